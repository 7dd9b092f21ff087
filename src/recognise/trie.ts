import type { Token } from '../pipeline/doc.js';
import { tokenize } from '../segment/tokenize.js';
import { phraseKey } from './phrase-cache.js';

/** How strictly an entry's surface must match the text. */
export type CaseRule =
  /** any case ("militants") */
  | 'any'
  /** every word of the text starts upper-case, or the text is all upper-case ("Chad", "Turkey") */
  | 'cap'
  /** exactly as written ("US", "IS", "AP") */
  | 'exact';

interface Node<T> {
  /** Children by normalised token; null for a leaf (most nodes: allocated only when needed). */
  next: Map<string, Node<T>> | null;
  /** Entries ending here; null when none. */
  values: { value: T; caseRule: CaseRule; surface: string[] }[] | null;
}

export interface TrieMatch<T> {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  values: T[];
}

/** Tokens of a dictionary phrase, using the same tokeniser as the text (so "U.S." and "Kata'ib" agree). */
export function phraseTokens(phrase: string): Token[] {
  return tokenize(phrase);
}

/**
 * A token trie over normalised tokens: all phrases of one dictionary compiled once, then matched at
 * each token position in time proportional to the matched length (longest match wins).
 */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };
  /** Longest phrase length, in tokens. */
  maxLength = 0;
  size = 0;

  add(phrase: string, value: T, caseRule: CaseRule = 'any'): void {
    // the phrase's tokens as tokenize() gives them, remembered across processes (phrase-cache.ts)
    const { norms, surface } = phraseKey(phrase);
    if (norms.length === 0) return;
    let node = this.root;
    for (const norm of norms) {
      const next: Map<string, Node<T>> = (node.next ??= new Map());
      let child = next.get(norm);
      if (!child) {
        child = { next: null, values: null };
        next.set(norm, child);
      }
      node = child;
    }
    (node.values ??= []).push({ value, caseRule, surface });
    this.maxLength = Math.max(this.maxLength, norms.length);
    this.size++;
  }

  /** Longest match starting at token i that passes its case rule, or null. `upperText`: the text is all upper-case. */
  matchAt(tokens: Token[], i: number, upperText = false, limit = tokens.length): TrieMatch<T> | null {
    let node: Node<T> = this.root;
    let best: TrieMatch<T> | null = null;
    for (let k = i; k < limit; k++) {
      // a phrase does not run across a space-less hyphen boundary into another word unless the entry has it
      const child = node.next?.get(tokens[k]!.norm);
      if (child === undefined) break;
      node = child;
      const values = node.values;
      if (values === null) continue;
      let ok: T[] | null = null;
      for (const v of values) if (v.caseRule === 'any' || caseOk(v.caseRule, v.surface, tokens, i, upperText)) (ok ??= []).push(v.value);
      if (ok !== null) best = { tokenStart: i, tokenEnd: k + 1, values: ok };
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right, within [from, to). */
  scan(tokens: Token[], from = 0, to = tokens.length, upperText = false): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const m = this.matchAt(tokens, i, upperText, to);
      if (m) {
        out.push(m);
        i = m.tokenEnd;
      } else i++;
    }
    return out;
  }
}

function caseOk(rule: CaseRule, surface: string[], tokens: Token[], i: number, upperText: boolean): boolean {
  if (rule === 'any') return true;
  for (let k = 0; k < surface.length; k++) {
    const tok = tokens[i + k]!;
    const want = surface[k]!;
    if (rule === 'exact') {
      if (tok.text !== want && !(upperText && tok.text === want.toUpperCase())) return false;
    } else {
      // 'cap': words that are capitalised in the entry must be capitalised in the text
      const c = want.charCodeAt(0);
      const wantCap = c >= 65 && c <= 90;
      if (wantCap && !tok.cap && !upperText) return false;
    }
  }
  return true;
}

/** True when the text is (almost) all upper-case, like wire copy: case rules then relax. */
export function isUpperText(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 20 && lower < upper * 0.05;
}
