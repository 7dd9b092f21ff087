import type { Token } from '../pipeline/doc.js';

/**
 * The dictionary vocabulary: every normalised token that occurs in some PhraseTrie phrase, numbered
 * 1, 2, 3… once per process. Tries key their children by these small integers, and a text token's
 * number is looked up once (lazily, on its first trie probe) and kept on the token (Token.vid), so
 * the many probes at one position (names, heads, generic nouns, titles, triggers…) cost an integer
 * Map look-up each instead of hashing and comparing strings. Words no dictionary holds get 0 and are
 * rejected by every trie at once. The vocabulary only grows (bounded by the dictionaries, not by the
 * text); a token marked unknown remembers the vocabulary version, so a trie built later still sees it.
 */
const ids = new Map<string, number>();
/** Bumped whenever a word is added: "unknown" marks of older versions are looked up again. */
let version = 1;

/** The number of a dictionary word, adding it when new. */
export function internNorm(norm: string): number {
  let id = ids.get(norm);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(norm, id);
    version++;
    tableAdd(norm, id);
  }
  return id;
}

/**
 * The vocabulary again, as an open-addressing table keyed by a hash computed here (FNV-1a over the UTF-16 code
 * units), for initialVid: a text token's norm is a fresh string with no hash yet, and `Map.get` makes V8 compute
 * and store one in its runtime for every token (~1.1 M a bench pass, 40 k distinct norms) before probing its table.
 * Here the hash is a short JavaScript loop over the word, a miss usually ends at an empty slot without comparing
 * strings, and a hit compares the stored word with the token's. Same answers as `ids` (both are filled by internNorm).
 * Kept at most half full.
 */
let tableMask = 8191;
let tableWords: (string | null)[] = new Array<string | null>(tableMask + 1).fill(null);
let tableHashes = new Int32Array(tableMask + 1);
let tableIds = new Int32Array(tableMask + 1);

/** FNV-1a over the string's UTF-16 code units (32-bit). */
export function normHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function tableAdd(norm: string, id: number): void {
  if (2 * (ids.size + 1) > tableMask + 1) {
    const words = tableWords;
    const hashes = tableHashes;
    const vals = tableIds;
    tableMask = tableMask * 2 + 1;
    tableWords = new Array<string | null>(tableMask + 1).fill(null);
    tableHashes = new Int32Array(tableMask + 1);
    tableIds = new Int32Array(tableMask + 1);
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (w !== null && w !== undefined) tablePut(w, hashes[k]!, vals[k]!);
    }
  }
  tablePut(norm, normHash(norm), id);
}

function tablePut(norm: string, h: number, id: number): void {
  let k = h & tableMask;
  while (tableWords[k] !== null) k = (k + 1) & tableMask;
  tableWords[k] = norm;
  tableHashes[k] = h;
  tableIds[k] = id;
}

/** The number of `norm` in the table, or 0 when the vocabulary does not hold it. */
function tableGet(norm: string): number {
  const h = normHash(norm);
  const words = tableWords;
  for (let k = h & tableMask; ; k = (k + 1) & tableMask) {
    const w = words[k];
    if (w === null || w === undefined) return 0;
    if (tableHashes[k] === h && w === norm) return tableIds[k]!;
  }
}

/** The vocabulary number of a text token, or 0 when no dictionary holds its norm. */
export function tokenVid(tok: Token): number {
  const v = tok.vid;
  if (v !== undefined && v > 0) return v;
  if (v === -version) return 0;
  const id = ids.get(tok.norm);
  tok.vid = id ?? -version;
  return id ?? 0;
}

/**
 * The `vid` a new token starts with: its number, or "unknown at this version" (what tokenVid would set). The
 * tokeniser asks when it builds the token, while the norm string is fresh in the cache: every token is looked up
 * anyway (the outlet trie probes each one), and a later probe then reads the field.
 */
export function initialVid(norm: string): number {
  const id = tableGet(norm);
  return id > 0 ? id : -version;
}

/** Size of the vocabulary (for benches and tests). */
export function vocabSize(): number {
  return ids.size;
}

/**
 * A fixed set of words (norms) as a bitmap indexed by vocabulary number: whether a token's norm is in the set
 * costs one typed-array read once the token has its number (the tries number every token early: outlets probe
 * each one), instead of hashing and comparing the string in a Set. The words are added to the vocabulary, which
 * changes no trie's answer (a word no phrase holds is no trie's child). Same answers as `set.has(tok.norm)`.
 */
export class WordBits {
  private readonly bits: Uint8Array;

  /** The words `norms` (numbered here) and any vocabulary numbers `ids` already known. */
  constructor(norms: Iterable<string>, ids: Iterable<number> = []) {
    const all: number[] = [...ids];
    for (const w of norms) all.push(internNorm(w));
    this.bits = bitmapOf(all);
  }

  /** A set given as vocabulary numbers only (the first words of tries, for instance). */
  static ofIds(ids: Iterable<number>): WordBits {
    return new WordBits([], ids);
  }

  /** Whether the vocabulary number is in the set (numbers past its end, given to words later, are not). */
  has(id: number): boolean {
    return id < this.bits.length && this.bits[id] === 1;
  }

  /** Whether the token's norm is one of the words. */
  hasToken(tok: Token): boolean {
    return this.has(tokenVid(tok));
  }
}

function bitmapOf(ids: readonly number[]): Uint8Array {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  const out = new Uint8Array(max + 1);
  for (const id of ids) out[id] = 1;
  return out;
}
