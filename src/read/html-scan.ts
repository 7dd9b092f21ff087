import { decodeEntities } from './entities.js';

/**
 * A linear scan of raw HTML, without a DOM: how deep the markup nests (approximately: void and
 * self-closed tags do not count, and a close tag pops one level) and how many tags it has. Pages
 * that nest absurdly deep are read with stripTags below instead of linkedom + Readability, whose cost
 * grows much faster than linear with depth.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'command']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table', 'figure', 'header', 'footer', 'aside', 'nav', 'address', 'hr', 'body']);
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd']);
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'textarea']);

export interface ScanStats {
  maxDepth: number;
  tags: number;
  /** '<' characters that open no tag (linkedom slows down badly on long runs of them). */
  stray: number;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** Read the tag starting at `lt` (a '<'), or null if it is not a tag. Quoted attribute values may hold '>'. */
function readTag(html: string, lt: number): Tag | null {
  let i = lt + 1;
  const closing = html.charCodeAt(i) === 47;
  if (closing) i++;
  const start = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  if (i === start) return null;
  const name = html.slice(start, i).toLowerCase();
  let quote = 0;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return { name, closing, selfClosing: html.charCodeAt(i - 1) === 47, end: i + 1 };
  }
  return { name, closing, selfClosing: false, end: html.length };
}

/** Skip a comment, doctype or processing instruction at `lt`; returns the index after it, or -1. */
function skipSpecial(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const e = html.indexOf('-->', lt + 4);
    return e < 0 ? html.length : e + 3;
  }
  const c = html.charCodeAt(lt + 1);
  if (c === 33 || c === 63) {
    const e = html.indexOf('>', lt);
    return e < 0 ? html.length : e + 1;
  }
  return -1;
}

/** Index just after the matching close tag of a raw-text element (script, style …); linear. */
function skipRaw(html: string, from: number, name: string): number {
  let i = from;
  for (;;) {
    const at = html.indexOf('</', i);
    if (at < 0) return html.length;
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
      const e = html.indexOf('>', at);
      return e < 0 ? html.length : e + 1;
    }
    i = at + 2;
  }
}

export function scanHtml(html: string): ScanStats {
  let depth = 0;
  let maxDepth = 0;
  let tags = 0;
  let stray = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const special = skipSpecial(html, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      stray++;
      i = lt + 1;
      continue;
    }
    tags++;
    i = tag.end;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (!tag.selfClosing && !VOID.has(tag.name)) {
      if (RAW.has(tag.name)) i = skipRaw(html, i, tag.name);
      else if (++depth > maxDepth) maxDepth = depth;
    }
  }
  return { maxDepth, tags, stray };
}

/** Text of raw HTML without a DOM: tags dropped, block tags → "\n\n", <br>/<li> → "\n", script/style/head skipped. */
export function stripTags(html: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) out.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    const special = skipSpecial(html, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (!tag.closing && SKIP_CONTENT.has(tag.name)) i = skipRaw(html, i, tag.name);
    else if (BLOCK.has(tag.name)) out.push('\n\n');
    else if (LINE.has(tag.name)) out.push('\n');
  }
  return out.join('').split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).join('\n');
}
