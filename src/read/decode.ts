import { InputError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of control characters (other than tab, newline, carriage return, form feed) above which text counts as binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of U+FFFD replacement characters above which text counts as binary/mis-decoded. */
const MAX_REPLACEMENT_SHARE = 0.01;

/**
 * Bytes → text. UTF-8 unless another charset is named (HTML meta or HTTP header); the BOM is dropped.
 * Throws BINARY for NUL bytes, invalid UTF-8 or a high share of control/replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string | null): string {
  if (bytes.includes(0)) throw new InputError('BINARY', 'input looks binary (contains NUL bytes), not text');
  let text: string;
  const cs = charset?.trim().toLowerCase();
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(cs);
    } catch {
      decoder = utf8;
    }
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new InputError('BINARY', 'input is not valid UTF-8 text (binary, or another encoding)');
    }
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new InputError('BINARY', 'input is not valid UTF-8 text (binary, or another encoding)');
    }
  }
  checkText(text);
  return text;
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
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (n > 0 && (control / n > MAX_CONTROL_SHARE || replacement / n > MAX_REPLACEMENT_SHARE)) {
    throw new InputError('BINARY', 'input looks binary (many control or replacement characters), not text');
  }
  return text;
}

/** Strip a BOM and check; returns the text. */
export function cleanText(text: string): string {
  return checkText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
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
