import type { Token } from '../pipeline/doc.js';
import { tokenize } from '../segment/tokenize.js';
import { phraseKey } from './phrase-cache.js';
import { internNorm, tokenVid } from './vocab.js';
import { emptyList, mapList } from '../util/lists.js';

/** How strictly an entry's surface must match the text. */
export type CaseRule =
  /** any case ("militants") */
  | 'any'
  /** every word of the text starts upper-case, or the text is all upper-case ("Chad", "Turkey") */
  | 'cap'
  /** exactly as written ("US", "IS", "AP") */
  | 'exact';

interface Entry<T> {
  value: T;
  caseRule: CaseRule;
  surface: string[];
}

interface Node<T> {
  /** The first child added and its vocabulary number (most inner nodes have one child: no Map look-up); c1 null for a leaf (most nodes). */
  k1: number;
  c1: Node<T> | null;
  /** The other children by vocabulary number of the normalised token (vocab.ts); null when there are none. */
  next: Map<number, Node<T>> | null;
  /** Entries ending here; null when none. */
  entries: Entry<T>[] | null;
  /** When every entry here matches in any case: their values, shared by every match (no allocation). */
  anyValues: T[] | null;
}

export interface TrieMatch<T> {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  /** The entries' values; may be shared between matches: read, never modify. */
  values: T[];
}

/** Tokens of a dictionary phrase, using the same tokeniser as the text (so "U.S." and "Kata'ib" agree). */
export function phraseTokens(phrase: string): Token[] {
  return tokenize(phrase);
}

/**
 * A token trie over normalised tokens: all phrases of one dictionary compiled once, then matched at
 * each token position in time proportional to the matched length (longest match wins). Children are
 * keyed by the tokens' vocabulary numbers (vocab.ts), so a probe is an integer look-up and a word no
 * dictionary holds is rejected at once.
 */
export class PhraseTrie<T> {
  /** The root's children (every first word) in one Map, for firstIds(). */
  private readonly firstWords = new Map<number, Node<T>>();
  /**
   * first[id] === 1 when some phrase starts with the word of vocabulary number id (exactly the root's children):
   * most probes are rejected by one typed-array read instead of a Map look-up in the root (a trie's largest map).
   * Ids past its end start nothing here (every first word was numbered before the array last grew to hold it).
   */
  private first = new Uint8Array(16);
  /** rootKids[id]: the root's child for first word id (undefined when none), read once `first` let the position through. */
  private rootKids: (Node<T> | undefined)[] = [];
  /** Longest phrase length, in tokens. */
  maxLength = 0;
  size = 0;

  add(phrase: string, value: T, caseRule: CaseRule = 'any'): void {
    // the phrase's tokens as tokenize() gives them, remembered across processes (phrase-cache.ts)
    const { norms, surface } = phraseKey(phrase);
    if (norms.length === 0) return;
    const id0 = internNorm(norms[0]!);
    if (id0 >= this.first.length) {
      const grown = new Uint8Array(Math.max(id0 + 1, this.first.length * 2));
      grown.set(this.first);
      this.first = grown;
    }
    this.first[id0] = 1;
    while (this.rootKids.length <= id0) this.rootKids.push(undefined);
    let node: Node<T> = this.rootKids[id0] ?? this.addFirst(id0);
    for (let k = 1; k < norms.length; k++) {
      const id = internNorm(norms[k]!);
      let child: Node<T> | undefined = node.c1 !== null && node.k1 === id ? node.c1 : node.next?.get(id);
      if (child === undefined) {
        child = newNode<T>();
        if (node.c1 === null) {
          node.k1 = id;
          node.c1 = child;
        } else (node.next ??= new Map()).set(id, child);
      }
      node = child;
    }
    const entries = (node.entries ??= []);
    // every entry here matches in any case: this one does, and so did the ones before (they had their anyValues)
    const allAny = caseRule === 'any' && (entries.length === 0 || node.anyValues !== null);
    entries.push({ value, caseRule, surface });
    // mapList, emptyList: value lists of one elements kind whichever tier built them (readers of match.values stay monomorphic)
    node.anyValues = allAny ? mapList(entries, (e) => e.value) : null;
    this.maxLength = Math.max(this.maxLength, norms.length);
    this.size++;
  }

  private addFirst(id0: number): Node<T> {
    const node = newNode<T>();
    this.rootKids[id0] = node;
    this.firstWords.set(id0, node);
    return node;
  }

  /** Vocabulary numbers (vocab.ts) of the words some phrase starts with: no match can start elsewhere. */
  firstIds(): IterableIterator<number> {
    return this.firstWords.keys();
  }

  /** Longest match starting at token i that passes its case rule, or null. `upperText`: the text is all upper-case. */
  matchAt(tokens: Token[], i: number, upperText = false, limit = tokens.length): TrieMatch<T> | null {
    if (i >= limit) return null;
    // the first word: one typed-array read rejects most positions (0, an unknown word, is never a first word)
    const v = tokenVid(tokens[i]!);
    if (v >= this.first.length || this.first[v] === 0) return null;
    let node = this.rootKids[v]!;
    let bestEnd = -1;
    let best: T[] | null = null;
    for (let k = i; ; ) {
      // node: the phrase of tokens i..k
      const entries = node.entries;
      if (entries !== null) {
        if (node.anyValues !== null) {
          best = node.anyValues;
          bestEnd = k + 1;
        } else {
          let ok: T[] | null = null;
          for (const e of entries) if (e.caseRule === 'any' || caseOk(e.caseRule, e.surface, tokens, i, upperText)) (ok ??= emptyList()).push(e.value);
          if (ok !== null) {
            best = ok;
            bestEnd = k + 1;
          }
        }
      }
      if (node.c1 === null || ++k >= limit) break;
      const id = tokenVid(tokens[k]!);
      const child = node.k1 === id ? node.c1 : node.next === null ? undefined : node.next.get(id);
      if (child === undefined) break;
      node = child;
    }
    return best === null ? null : { tokenStart: i, tokenEnd: bestEnd, values: best };
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

function newNode<T>(): Node<T> {
  return { k1: -1, c1: null, next: null, entries: null, anyValues: null };
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
  // every recogniser asks about the same document in turn: remember the last answer
  if (text === lastText) return lastUpper;
  lastText = text;
  lastUpper = countUpper(text);
  return lastUpper;
}

let lastText: string | null = null;
let lastUpper = false;

function countUpper(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    // the answer is already no when even every character left being upper-case could not outweigh the lower-case ones
    // seen (at the end upper <= upper + left, and lower only grows): ordinary prose stops within a few hundred characters
    if ((i & 63) === 63 && lower >= (upper + (n - i - 1)) * 0.05) return false;
  }
  return upper > 20 && lower < upper * 0.05;
}
