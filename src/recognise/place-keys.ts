import type { Token } from '../pipeline/doc.js';
import type { Gazetteer, GeoCandidate } from '../resolve/gazetteer.js';
import { foldNorm } from '../resolve/gazetteer-key.js';
import { tokenVid } from './vocab.js';

/**
 * A per-process memo of gazetteer answers, as a trie over key parts: the place matcher grows a name one token
 * at a time, and each step is one Map look-up on the token's (already hashed) normal form instead of building
 * the space-joined key string and asking the gazetteer's filters, hash index and memo again. A node remembers
 * its key, its readings, whether a longer name starts with it and its transliteration readings, each computed
 * on first use. The gazetteer's answers depend on the key alone, so this changes no result. Bounded: the
 * whole trie is dropped after MAX_NODES nodes (or when another gazetteer is asked).
 */
export interface KeyNode {
  /** The gazetteer key: the parts joined by single spaces (as keyOfTokens joins them one at a time). */
  readonly key: string;
  next: Map<string, KeyNode> | null;
  /** g.sharedCandidates(key), once asked. */
  cands: readonly GeoCandidate[] | null;
  /** g.extendable(key): 1 / 0, or -1 not asked yet. */
  ext: number;
  /** g.fuzzyUnmemoised(key) (= g.sharedFuzzy(key)), once asked. */
  fuzzy: readonly GeoCandidate[] | null;
  /** g.fuzzyExtendable(key): 1 / 0, or -1 not asked yet. */
  fext: number;
  /** g.continuationHash(key), once asked: the hash in `hash` when `cont` is 1; 0: none; -1: not asked yet. */
  cont: number;
  hash: number;
  /** Whether every reading fits any capitalised text as it is (place-match.ts plainReadings): 1 / 0, or -1 not asked yet. */
  plain: number;
}

const MAX_NODES = 300_000;
let owner: Gazetteer | null = null;
let root: KeyNode = newNode('');
let nodes = 0;
/** Root children by the token's dictionary-vocabulary number (vocab.ts), for words that have one: an array read instead of the root Map. */
let byVid: (KeyNode | null)[] = [];
/** Per vocabulary number, what place-match.ts's deadStart found: 0 not asked yet, DEAD or LIVE (one byte a word). */
let startFlags = new Uint8Array(1024);
export const START_DEAD = 1;
export const START_LIVE = 2;

function newNode(key: string): KeyNode {
  return { key, next: null, cands: null, ext: -1, fuzzy: null, fext: -1, cont: -1, hash: 0, plain: -1 };
}

/** The root node for this gazetteer (an empty key). */
export function keyRoot(g: Gazetteer): KeyNode {
  if (owner !== g || nodes > MAX_NODES) {
    owner = g;
    root = newNode('');
    nodes = 0;
    byVid = [];
    startFlags = new Uint8Array(1024);
  }
  return root;
}

/** The start flag remembered for vocabulary number v (0: not known yet). */
export function startFlag(g: Gazetteer, v: number): number {
  keyRoot(g);
  return v < startFlags.length ? startFlags[v]! : 0;
}

/** Remember the start flag of vocabulary number v. */
export function setStartFlag(g: Gazetteer, v: number, flag: number): void {
  keyRoot(g);
  if (v >= startFlags.length) {
    let n = startFlags.length;
    while (n <= v) n *= 2;
    const grown = new Uint8Array(n);
    grown.set(startFlags);
    startFlags = grown;
  }
  startFlags[v] = flag;
}

/**
 * The node of token t's key alone (a child of the root), as childKey(keyRoot(g), t). A token whose word some
 * dictionary holds already carries its vocabulary number (the tries numbered it: outlets probe every token), and
 * one number is one norm, so that number finds the node without hashing the string in the root's large Map.
 */
export function firstKey(g: Gazetteer, t: Token): KeyNode {
  const r = keyRoot(g);
  const v = t.kind === 'word' ? tokenVid(t) : 0;
  if (v <= 0) return childKey(r, t);
  if (v < byVid.length) {
    const hit = byVid[v];
    if (hit) return hit;
  } else while (byVid.length <= v) byVid.push(null);
  const child = childKey(r, t);
  byVid[v] = child;
  return child;
}

/** The key part of one token, as keyOfTokens gives it for that token alone ('' for a dash or a quote mark). */
function partOf(t: Token): string {
  return t.kind === 'dash' || t.kind === 'quote' ? '' : foldNorm(t.norm);
}

/** The node of the key `node.key` extended by token t (joined as keyOfTokens would join it). */
export function childKey(node: KeyNode, t: Token): KeyNode {
  const part = partOf(t);
  const next = (node.next ??= new Map());
  let child = next.get(part);
  if (child === undefined) {
    child = newNode(node.key ? `${node.key} ${part}` : part);
    next.set(part, child);
    nodes++;
  }
  return child;
}

export function readingsOf(g: Gazetteer, node: KeyNode): readonly GeoCandidate[] {
  return (node.cands ??= g.sharedCandidates(node.key));
}

export function extendableKey(g: Gazetteer, node: KeyNode): boolean {
  if (node.ext < 0) node.ext = g.extendable(node.key) ? 1 : 0;
  return node.ext === 1;
}

export function fuzzyOf(g: Gazetteer, node: KeyNode): readonly GeoCandidate[] {
  // the node is the memo: the gazetteer's own is not asked (it would only churn with one-off keys)
  return (node.fuzzy ??= g.fuzzyUnmemoised(node.key));
}

/** Whether a transliteration reading may be found for this key or a longer one (g.fuzzyExtendable), remembered. */
export function fuzzyExtendableKey(g: Gazetteer, node: KeyNode): boolean {
  if (node.fext < 0) node.fext = g.fuzzyExtendable(node.key) ? 1 : 0;
  return node.fext === 1;
}

/**
 * Whether the key of node extended by token t may have readings or continue (g.mayContinue): false only when the
 * child's key names nothing and starts no name, found from hashes without making the child (most words after a
 * name that could grow, "Gaza on Monday", end it here). The root's children are never ruled out this way.
 */
export function mayContinueKey(g: Gazetteer, node: KeyNode, t: Token): boolean {
  if (node.cont < 0) {
    const h = node.key === '' ? null : g.continuationHash(node.key);
    node.cont = h === null ? 0 : 1;
    node.hash = h ?? 0;
  }
  return node.cont === 0 || g.mayContinue(node.hash, partOf(t));
}
