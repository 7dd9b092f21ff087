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
  }
  return id;
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
  return ids.get(norm) ?? -version;
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
