import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import { tokenize } from '../segment/tokenize.js';

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

/** `prefixes[k]` is the stem of a `stem*` pattern token, else null (the token must equal `tokens[k]`). */
interface Phrase { tokens: string[]; prefixes: (string | null)[]; cue: AcledCue }

export interface CueMatcher {
  cues: AcledCue[];
  /** Find every cue phrase in a sequence of normalised tokens (dash tokens are skipped). */
  find(norms: readonly string[]): CueHit[];
}

const SKIP = new Set(['-', '–', '—', '‐', '‑']);

/** Normalised tokens of a phrase or sentence as the cue matcher sees them (dashes dropped). */
export function cueTokens(text: string): string[] {
  return tokenize(text).map((t) => t.norm).filter((n) => !SKIP.has(n) && !isDash(n));
}

function isDash(n: string): boolean {
  for (let i = 0; i < n.length; i++) if (!SKIP.has(n[i]!)) return false;
  return n.length > 0;
}

/** The token sequence cue hits index into: the norms without dash tokens. */
export function cueNorms(norms: readonly string[]): string[] {
  return norms.filter((n) => !isDash(n));
}

/** cueNorms without a copy when there is no dash token (the usual case); callers only read the result. */
function cueNormsShared(norms: readonly string[]): readonly string[] {
  for (const n of norms) if (isDash(n)) return cueNorms(norms);
  return norms;
}

function tokenMatches(p: Phrase, k: number, token: string): boolean {
  const prefix = p.prefixes[k];
  return prefix != null ? token.startsWith(prefix) : p.tokens[k] === token;
}

/** Does phrase p match the norms at position i? */
function matchesAt(p: Phrase, norms: readonly string[], i: number): boolean {
  if (i + p.tokens.length > norms.length) return false;
  for (let k = 0; k < p.tokens.length; k++) if (!tokenMatches(p, k, norms[i + k]!)) return false;
  return true;
}

/** Compile cues into a first-token index: one pass over the tokens, each position tries only the phrases starting with its token. */
export function compileCues(raw: AcledCue[]): CueMatcher {
  // every field written out in one order (unset ones `undefined`): cues parsed from JSON with different optional
  // fields had different hidden classes, which made the reads of `cue.group`, `cue.weapon`, `cue.shadows` megamorphic
  const cues = raw.map((c): AcledCue => ({ id: c.id, group: c.group, phrases: c.phrases, example: c.example, weapon: c.weapon, shadows: c.shadows, note: c.note }));
  const byFirst = new Map<string, Phrase[]>();
  const prefixed: Phrase[] = [];
  for (const cue of cues) {
    for (const p of cue.phrases) {
      const tokens = p.split(' ').map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0 && !isDash(t));
      if (tokens.length === 0) continue;
      const phrase: Phrase = { tokens, prefixes: tokens.map((t) => (t.endsWith('*') ? t.slice(0, -1) : null)), cue };
      const first = tokens[0]!;
      if (first.endsWith('*')) { prefixed.push(phrase); continue; }
      const list = byFirst.get(first);
      if (list) list.push(phrase); else byFirst.set(first, [phrase]);
    }
  }
  let maxLen = 1;
  for (const list of byFirst.values()) for (const p of list) maxLen = Math.max(maxLen, p.tokens.length);
  for (const p of prefixed) maxLen = Math.max(maxLen, p.tokens.length);
  // Longest phrases first so that a hit on "shot dead" is listed before "shot".
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const find = (input: readonly string[]): CueHit[] => {
    const norms = cueNormsShared(input);
    const hits: CueHit[] = [];
    for (let i = 0; i < norms.length; i++) {
      const candidates = byFirst.get(norms[i]!);
      if (candidates) for (const p of candidates) if (matchesAt(p, norms, i)) hits.push({ cue: p.cue, group: p.cue.group, start: i, end: i + p.tokens.length });
      for (const p of prefixed) if (matchesAt(p, norms, i)) hits.push({ cue: p.cue, group: p.cue.group, start: i, end: i + p.tokens.length });
    }
    return dropShadowed(hits, maxLen);
  };
  return { cues, find };
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
  const out: CueHit[] = [];
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
