import { parseHTML } from 'linkedom';

/**
 * DOM → plain text with paragraph breaks: block elements end with "\n\n", <br>, list items and table
 * rows with "\n"; whitespace inside runs of text collapses to one space. Iterative (no recursion), so
 * deeply nested hostile markup cannot overflow the stack.
 */

interface DomNode {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes?: ArrayLike<DomNode>;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'title', 'math', 'select', 'button', 'input', 'textarea']);
/** Skipped too when extracting a whole page without Readability (boilerplate). */
const BOILERPLATE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const PARAGRAPH = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre',
  'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav', 'address',
  'hr', 'details', 'summary', 'fieldset', 'center', 'body', 'html',
]);
const LINE = new Set(['li', 'tr', 'dt', 'dd', 'br', 'caption', 'option']);

class TextSink {
  private parts: string[] = [];
  private pending = 0;
  private lastSpace = true;

  text(s: string, pre: boolean): void {
    let t = pre ? s : collapse(s);
    if (!t.length) return;
    if (this.pending && this.parts.length) {
      this.trimEnd();
      this.parts.push(this.pending === 2 ? '\n\n' : '\n');
      this.lastSpace = true;
    }
    this.pending = 0;
    if (this.lastSpace && t.charCodeAt(0) === 32) t = t.slice(1);
    if (!t.length) return;
    this.parts.push(t);
    this.lastSpace = t.charCodeAt(t.length - 1) === 32 || t.charCodeAt(t.length - 1) === 10;
  }

  brk(level: 1 | 2): void {
    if (level > this.pending) this.pending = level;
  }

  private trimEnd(): void {
    const last = this.parts.length - 1;
    const s = this.parts[last];
    if (s !== undefined && s.endsWith(' ')) this.parts[last] = s.trimEnd();
  }

  result(): string {
    this.trimEnd();
    return this.parts.join('').trim();
  }
}

/** Runs of whitespace (incl. nbsp) → one space, without a regex over untrusted text. */
function collapse(s: string): string {
  let out = '';
  let space = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
    if (ws && !space) {
      out += s.slice(start, i) + ' ';
      space = true;
    } else if (!ws && space) {
      start = i;
      space = false;
    }
  }
  if (!space) out += s.slice(start);
  return out;
}

export interface TextOptions {
  /** Also skip nav/header/footer/aside/form (whole-page fallback). */
  skipBoilerplate?: boolean;
  /** Filled in: the deepest element nesting seen and the number of elements. */
  stats?: { maxDepth: number; elements: number };
}

export function nodeToText(root: unknown, options: TextOptions = {}): string {
  const sink = new TextSink();
  type Item = { node: DomNode; exit: boolean; pre: boolean; depth: number };
  const stack: Item[] = [{ node: root as DomNode, exit: false, pre: false, depth: 0 }];
  const stats = options.stats;
  while (stack.length) {
    const { node, exit, pre, depth } = stack.pop() as Item;
    if (node.nodeType === 3) {
      sink.text(node.nodeValue ?? '', pre);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.localName?.toLowerCase() ?? '';
    if (exit) {
      if (PARAGRAPH.has(name)) sink.brk(2);
      else if (LINE.has(name)) sink.brk(1);
      continue;
    }
    if (stats) {
      stats.elements++;
      if (depth > stats.maxDepth) stats.maxDepth = depth;
    }
    if (SKIP.has(name) || (options.skipBoilerplate && BOILERPLATE.has(name))) continue;
    if (name === 'br') {
      sink.brk(1);
      continue;
    }
    if (PARAGRAPH.has(name)) sink.brk(2);
    else if (LINE.has(name)) sink.brk(1);
    stack.push({ node, exit: true, pre, depth });
    const kids = node.childNodes;
    if (!kids) continue;
    const inPre = pre || name === 'pre';
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as DomNode, exit: false, pre: inPre, depth: depth + 1 });
  }
  return sink.result();
}

/** Wrap a fragment so linkedom builds html/head/body around it. */
export function wrapHtml(html: string): string {
  const head = html.slice(0, 4096).toLowerCase();
  return head.includes('<html') ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** An HTML string (page or fragment, e.g. an RSS description) → plain text with paragraph breaks. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(wrapHtml(html));
  return nodeToText(document.body ?? document.documentElement ?? document);
}
