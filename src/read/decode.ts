import { InputError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** Share of control characters (C0 other than tab, LF, CR, FF; DEL; C1) above which text counts as binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of U+FFFD replacement characters above which text counts as binary/mis-decoded. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** Invalid UTF-8 tolerated (as U+FFFD) before the bytes are taken for a legacy single-byte encoding. */
const MAX_INVALID_UTF8_SHARE = 0.001;

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Bytes → text. A charset named by the page (HTML meta) or server (HTTP header) is used; otherwise
 * UTF-8, tolerating a few broken sequences (as U+FFFD), and falling back to windows-1252 (what
 * browsers assume for legacy pages) when the bytes are not UTF-8 at all. The BOM is dropped.
 * Throws BINARY for NUL bytes or a high share of control/replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string | null): string {
  if (bytes.includes(0)) throw new InputError('BINARY', 'input looks binary (contains NUL bytes), not text');
  const cs = charset?.trim().toLowerCase();
  let text: string | null = null;
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    try {
      text = new TextDecoder(cs).decode(bytes);
    } catch {
      text = null; // unknown charset name: decode as if none was given
    }
  }
  if (text === null) {
    try {
      text = utf8.decode(bytes);
    } catch {
      const lenient = utf8Lenient.decode(bytes);
      text = countReplacements(lenient) <= bytes.length * MAX_INVALID_UTF8_SHARE ? lenient : cp1252.decode(bytes);
    }
  }
  checkText(text);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reject strings (already decoded) that look binary; strip a leading BOM. */
export function checkText(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let control = 0;
  let replacement = 0;
  const n = Math.min(text.length, 1_000_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new InputError('BINARY', 'input looks binary (contains NUL characters), not text');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 127 && c <= 159)) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (n > 0 && (control / n > MAX_CONTROL_SHARE || replacement / n > MAX_REPLACEMENT_SHARE)) {
    throw new InputError('BINARY', 'input looks binary (many control or replacement characters), not text');
  }
  return text;
}

/** True when the string holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029)) return false;
  }
  return true;
}

/** The charset named in the first bytes of an HTML document (<meta charset> / http-equiv), or null. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).toLowerCase();
  const at = head.indexOf('charset=');
  if (at < 0) return null;
  let i = at + 8;
  while (i < head.length && (head[i] === '"' || head[i] === "'" || head[i] === ' ')) i++;
  let j = i;
  while (j < head.length && /[a-z0-9_\-:.]/.test(head[j] as string)) j++;
  return j > i ? head.slice(i, j) : null;
}
