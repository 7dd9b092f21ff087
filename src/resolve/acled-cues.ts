import { emptyList } from '../util/lists.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import { tokenize } from '../segment/tokenize.js';
import type { Token } from '../pipeline/doc.js';
import { internNorm, tokenVid } from '../recognise/vocab.js';

/** One keyword cue of data/ontology/acled/cues.json. */
export interface AcledCue {
  id: string;
  group: string;
  phrases: string[];
  example: string;
  /** Weapon category the cue implies (drone, air, artillery, …), if any. */
  weapon?: string;
  /** Hits of this cue hide shorter hits of other groups inside them ("without a fight" hides "fight"). */
  shadows?: boolean;
  note?: string;
}

/** A cue found in a token sequence: [start, end) index into the filtered norms. */
export interface CueHit {
  cue: AcledCue;
  group: string;
  start: number;
  end: number;
}

export interface CueMatcher {
  cues: AcledCue[];
  /** Find every cue phrase in a sequence of normalised tokens (dash tokens are skipped). */
  find(norms: readonly string[]): CueHit[];
  /**
   * The same as `find(tokens.map((t) => t.norm))`, from the tokens' dictionary-vocabulary numbers (Token.vid, which
   * the recognisers have filled for nearly every token): a known word costs two typed-array reads, not a string look-up.
   */
  findTokens(tokens: readonly Token[]): CueHit[];
}

const SKIP = new Set(['-', '–', '—', '‐', '‑']);

/** Normalised tokens of a phrase or sentence as the cue matcher sees them (dashes dropped). */
export function cueTokens(text: string): string[] {
  return tokenize(text).map((t) => t.norm).filter((n) => !SKIP.has(n) && !isDash(n));
}

/** A token made only of dashes (-, en, em, hyphen, non-breaking hyphen): char-code tests, no Set look-up per character. */
export function isDash(n: string): boolean {
  const len = n.length;
  if (len === 0) return false;
  for (let i = 0; i < len; i++) {
    const c = n.charCodeAt(i);
    if (c !== 0x2d && c !== 0x2013 && c !== 0x2014 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
}

/** The token sequence cue hits index into: the norms without dash tokens. */
export function cueNorms(norms: readonly string[]): string[] {
  return norms.filter((n) => !isDash(n));
}

/**
 * One phrase of a cue. `seq` is its place in the file (cue order, then phrase order); `starFirst` when its first
 * token is a `stem*` pattern. The order of the hits at one position is the one the first-token index gave:
 * phrases with a plain first token longest first (file order among equal lengths), then `stem*`-first phrases
 * in file order.
 */
interface Phrase { len: number; cue: AcledCue; seq: number; starFirst: boolean }

/**
 * A node of the phrase trie over cue words: children by word number (plain tokens) and by `stem*` pattern
 * (a bit of the token's prefix mask); `ends` the phrases that end here, in file order.
 */
interface Node { next: Map<number, Node> | null; star: StarEdge[] | null; ends: Phrase[] | null }
interface StarEdge { bit: number; node: Node }

/** A matcher's per-call scratch: word numbers and stem masks of the scanned words, the phrases found at one position. */
interface Scratch { ids: Int32Array; masks: Int32Array; found: Phrase[]; nfound: number }

/**
 * Collect the phrases that match from `node` on, having consumed the tokens before `j`. One function for every matcher
 * (not a closure per matcher: the closures of several matchers share one feedback vector, and the recursive call's
 * target changed with the matcher, "wrong call target").
 */
function walk(st: Scratch, node: Node, j: number, n: number): void {
  if (node.ends) for (const p of node.ends) st.found[st.nfound++] = p;
  if (j >= n) return;
  if (node.next && st.ids[j] !== 0) {
    const child: Node | undefined = node.next.get(st.ids[j]!);
    if (child) walk(st, child, j + 1, n);
  }
  if (node.star) for (const e of node.star) if ((st.masks[j]! & e.bit) !== 0) walk(st, e.node, j + 1, n);
}

function newNode(): Node {
  return { next: null, star: null, ends: null };
}

/** Bits of the (length, first two characters) pre-filter: 16 lengths × 64 × 64 codes. */
const BUCKET_WORDS = (16 * 64 * 64) >> 5;

/** The filter bucket of a word (lengths above 15 share one; characters by their low six bits). */
function bucketOf(w: string, len = w.length): number {
  return (Math.min(len, 15) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.length > 1 ? w.charCodeAt(1) & 63 : 0);
}

function setBucket(b: Int32Array, k: number): void {
  b[k >> 5]! |= 1 << (k & 31);
}

function inBucket(b: Int32Array, w: string): boolean {
  const k = bucketOf(w);
  return (b[k >> 5]! & (1 << (k & 31))) !== 0;
}

/** Longest phrases with a plain first token first, then `stem*`-first ones; file order otherwise (a stable sort's order). */
function before(a: Phrase, b: Phrase): boolean {
  if (a.starFirst !== b.starFirst) return !a.starFirst;
  if (!a.starFirst && a.len !== b.len) return a.len > b.len;
  return a.seq < b.seq;
}

/**
 * Compile cues into a trie over word numbers. `find` looks each token up once (one Map look-up for its word
 * number, a few prefix tests for the `stem*` patterns), then walks the trie only from tokens that start some
 * phrase, comparing integers; dash tokens are skipped as the tokens are numbered (no filtered copy).
 */
export function compileCues(raw: AcledCue[]): CueMatcher {
  // every field written out in one order (unset ones `undefined`): cues parsed from JSON with different optional
  // fields had different hidden classes, which made the reads of `cue.group`, `cue.weapon`, `cue.shadows` megamorphic
  const cues = raw.map((c): AcledCue => ({ id: c.id, group: c.group, phrases: c.phrases, example: c.example, weapon: c.weapon, shadows: c.shadows, note: c.note }));
  const words = new Map<string, number>();
  const stars: string[] = [];
  /** Root children by word number (index 0 unused: not a cue word). */
  const roots: (Node | undefined)[] = [undefined];
  const root = newNode();
  let seq = 0;
  let maxLen = 1;
  for (const cue of cues) {
    for (const p of cue.phrases) {
      const tokens = p.split(' ').map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0 && !isDash(t));
      if (tokens.length === 0) continue;
      const phrase: Phrase = { len: tokens.length, cue, seq: seq++, starFirst: tokens[0]!.endsWith('*') };
      maxLen = Math.max(maxLen, tokens.length);
      let node: Node | null = null;
      for (const t of tokens) {
        if (t.endsWith('*')) {
          const stem = t.slice(0, -1);
          let k = stars.indexOf(stem);
          if (k < 0) {
            if (stars.length >= 28) throw new Error(`acled cues: more than 28 distinct stem* patterns (${t})`);
            k = stars.push(stem) - 1;
          }
          const at: Node = node ?? root;
          at.star ??= [];
          let edge = at.star.find((e) => e.bit === 1 << k);
          if (!edge) { edge = { bit: 1 << k, node: newNode() }; at.star.push(edge); }
          node = edge.node;
        } else {
          let id = words.get(t);
          if (id === undefined) { id = words.size + 1; words.set(t, id); roots.push(undefined); }
          if (node === null) {
            node = roots[id] ??= newNode();
          } else {
            node.next ??= new Map();
            let child: Node | undefined = node.next.get(id);
            if (!child) { child = newNode(); node.next.set(id, child); }
            node = child;
          }
        }
      }
      (node!.ends ??= []).push(phrase);
    }
  }
  // per-call scratch (find is not re-entrant: it calls nothing that calls it)
  const st: Scratch = { ids: new Int32Array(64), masks: new Int32Array(64), found: [], nfound: 0 };
  // a token can only be a cue word or start a `stem*` pattern when its (length, first two characters) bucket holds
  // one: most tokens are rejected by a bit test, without hashing the string for the Map look-up
  const buckets = new Int32Array(BUCKET_WORDS);
  for (const w of words.keys()) setBucket(buckets, bucketOf(w));
  for (const stem of stars) {
    if (stem.length < 2) buckets.fill(-1); // "x*" or "*": any first two characters
    else for (let len = stem.length; len <= 15; len++) setBucket(buckets, bucketOf(stem, len));
  }
  const prefixMask = (w: string): number => {
    let m = 0;
    for (let k = 0; k < stars.length; k++) if (w.startsWith(stars[k]!)) m |= 1 << k;
    return m;
  };
  /** Number the word `w` into ids[n]/masks[n]; false for a dash token (skipped: it takes no position). */
  const number = (w: string, n: number): boolean => {
    const c0 = w.charCodeAt(0);
    if ((c0 === 0x2d || (c0 >= 0x2010 && c0 <= 0x2014)) && isDash(w)) return false;
    if (!inBucket(buckets, w)) { st.ids[n] = 0; st.masks[n] = 0; return true; }
    st.ids[n] = words.get(w) ?? 0;
    st.masks[n] = stars.length === 0 ? 0 : prefixMask(w);
    return true;
  };
  /** number() for a word the vocabulary does not hold: never a cue word, so its id is 0. */
  const numberUnknown = (w: string, n: number): boolean => {
    const c0 = w.charCodeAt(0);
    if ((c0 === 0x2d || (c0 >= 0x2010 && c0 <= 0x2014)) && isDash(w)) return false;
    st.ids[n] = 0;
    st.masks[n] = stars.length === 0 || !inBucket(buckets, w) ? 0 : prefixMask(w);
    return true;
  };
  // Every cue word gets a dictionary-vocabulary number, so a token whose vid is 0 is no cue word. Per vid, filled on
  // first sight: 0 not yet known, else 1 | 2 (a dash token) | the stem mask << 2; the cue word number by vid.
  const vids = [...words.keys()].map((w) => internNorm(w));
  const cueIdByVid = new Int32Array(Math.max(0, ...vids) + 1);
  [...words.values()].forEach((id, k) => { cueIdByVid[vids[k]!] = id; });
  let vidInfo = new Int32Array(1024);
  const growScratch = (len: number): void => {
    if (len <= st.ids.length) return;
    st.ids = new Int32Array(len * 2);
    st.masks = new Int32Array(len * 2);
  };
  const find = (input: readonly string[]): CueHit[] => {
    growScratch(input.length);
    let n = 0;
    for (let i = 0; i < input.length; i++) if (number(input[i]!, n)) n++;
    return releaseLarge(scan(n));
  };
  const findTokens = (tokens: readonly Token[]): CueHit[] => {
    growScratch(tokens.length);
    // the scratch arrays and tables in locals: the loop's typed-array stores would otherwise make the compiled code
    // load them again from the scratch object and the closure at every token
    const ids = st.ids;
    const masks = st.masks;
    const byVid = cueIdByVid;
    let info0 = vidInfo;
    let n = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const vid = tokenVid(t);
      // a word outside the vocabulary is no cue word (every cue word was numbered above): only a `stem*` pattern or a
      // dash is left to test (number() without its Map look-up of the word, which could only miss)
      if (vid === 0) { if (numberUnknown(t.norm, n)) n++; continue; }
      if (vid >= info0.length) { const grown = new Int32Array(Math.max(vid + 1, info0.length * 2)); grown.set(info0); vidInfo = info0 = grown; }
      let info = info0[vid]!;
      if (info === 0) {
        const w = t.norm;
        info = isDash(w) ? 3 : 1 | ((stars.length === 0 ? 0 : prefixMask(w)) << 2);
        info0[vid] = info;
      }
      if ((info & 2) !== 0) continue;
      ids[n] = vid < byVid.length ? byVid[vid]! : 0;
      masks[n] = info >> 2;
      n++;
    }
    return releaseLarge(scan(n));
  };
  /** Scratch grown for a long text (a whole document's tokens) is not kept after the call. */
  const releaseLarge = (hits: CueHit[]): CueHit[] => {
    if (st.ids.length > 8192) { st.ids = new Int32Array(64); st.masks = new Int32Array(64); }
    return hits;
  };
  /** The hits over the numbered words ids/masks[0, n). */
  const scan = (n: number): CueHit[] => {
    const hits = emptyList<CueHit>();
    const found = st.found;
    for (let i = 0; i < n; i++) {
      const id = st.ids[i]!;
      const mask = st.masks[i]!;
      if (id === 0 && mask === 0) continue;
      st.nfound = 0;
      if (id !== 0) { const r = roots[id]; if (r) walk(st, r, i + 1, n); }
      if (mask !== 0 && root.star) for (const e of root.star) if ((mask & e.bit) !== 0) walk(st, e.node, i + 1, n);
      const nfound = st.nfound;
      if (nfound === 0) continue;
      // insertion sort: a position matches one or two phrases
      for (let a = 1; a < nfound; a++) {
        const p = found[a]!;
        let b = a - 1;
        while (b >= 0 && before(p, found[b]!)) { found[b + 1] = found[b]!; b--; }
        found[b + 1] = p;
      }
      for (let a = 0; a < nfound; a++) {
        const p = found[a]!;
        hits.push({ cue: p.cue, group: p.cue.group, start: i, end: i + p.len });
      }
    }
    return dropShadowed(hits, maxLen);
  };
  return { cues, find, findTokens };
}

/**
 * When a weapon phrase and another phrase overlap, the longer one says what the words mean
 * ("grenade" in "grenade launcher" is artillery; "air force" in "air force intelligence" is an
 * agency; "machine guns" in "heavy machine guns" is heavy weaponry), and so does a cue marked
 * `shadows` ("without a fight" is not a fight): drop the shorter hit.
 */
function dropShadowed(hits: CueHit[], maxLen: number): CueHit[] {
  if (!hits.some((h) => h.cue.weapon || h.cue.shadows)) return hits;
  // hits are in order of start: those that can contain h (starting at most maxLen tokens earlier, up to
  // h's own start) form one run of the array, so no index is built; linear in the number of hits.
  const out = emptyList<CueHit>();
  let lo = 0;
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j]!;
    while (hits[lo]!.start < h.start - maxLen) lo++;
    let shadowed = false;
    for (let i = lo; i < hits.length && hits[i]!.start <= h.start && !shadowed; i++) {
      const w = hits[i]!;
      if (w === h || w.group === h.group || w.end < h.end || w.end - w.start <= h.end - h.start) continue;
      if (w.cue.shadows || ((h.cue.weapon || w.cue.weapon) && w.cue.weapon !== h.cue.weapon)) shadowed = true;
    }
    if (!shadowed) out.push(h);
  }
  return out;
}

let matcher: CueMatcher | null = null;

/** The cue matcher over data/ontology/acled/cues.json, built on first use. */
export function acledCues(): CueMatcher {
  if (!matcher) {
    const file = JSON.parse(readFileSync(dataPath('ontology', 'acled', 'cues.json'), 'utf8')) as { cues: AcledCue[] };
    matcher = compileCues(file.cues);
  }
  return matcher;
}
