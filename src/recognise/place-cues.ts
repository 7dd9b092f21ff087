import type { Token } from '../pipeline/doc.js';
import { readDataJson } from '../util/data-file.js';
import { tokenVid, WordBits } from './vocab.js';

/**
 * Document country cues (data/places/country-cues.json): the words, spellings and symbols that tell which
 * English-speaking country a story was written in. A local story from Oxford, England writes "£1,700", "Mr Bradley",
 * "neighbourhood" and "fortnight"; one from Oxford, Ohio "$1,700", "Mr. Bradley", "neighborhood" and "sheriff's
 * deputies"; one from Oxford County, Ontario "per cent", "program", "MPP" and "RCMP". One linear pass over the tokens
 * tallies, per country, the cue items of each group (repeats count, capped per group): +1 for the group's `for` countries,
 * −1 for its `against` countries. geo-disambiguate.ts turns a clear lead among a name's candidate countries into a
 * little evidence, weaker than any named place.
 */

interface CueRow {
  id: string;
  example?: string;
  for?: string[];
  against?: string[];
  /** Count only uncapitalised words (spellings, not names: "Centre Street", "Harbor Road"). */
  lower?: boolean;
  /** Every stem with every ending is a word ("col" + "our", "ours", "oured": colour, colours, coloured). */
  stems?: string[];
  endings?: string[];
  /** The word must stand before a capitalised word (honorifics: "Mr Bradley"). */
  beforeName?: boolean;
  cap?: number;
  words?: string[];
  /** Words counted only as written, in capitals (acronyms: "MP", "RCMP"). */
  upper?: string[];
  phrases?: string[];
  /** "£", "$", or a currency prefix glued to "$" ("C$", "A$"). */
  symbols?: string[];
  /** North American telephone numbers: "(555) 555-0100", "555-555-0100". */
  phone?: boolean;
}

interface CueFile { cues: CueRow[] }

interface Group { weights: [string, number][]; cap: number; lower: boolean; beforeName: boolean }

interface Table {
  groups: Group[];
  /** lower-cased word → group index */
  words: Map<string, number>;
  /** exact text → group index (acronyms) */
  upper: Map<string, number>;
  /** first word → [rest of the phrase as words, group] */
  phrases: Map<string, [string[], number][]>;
  /** symbol ("£", "$", "C$") → group index */
  symbols: Map<string, number>;
  phone: number;
  /** the words that may open a cue (a bitmap: most tokens are none) */
  first: WordBits;
}

let table: Table | null = null;

function load(): Table {
  const file = readDataJson<CueFile>('places/country-cues.json', ['cues']);
  const t: Table = { groups: [], words: new Map(), upper: new Map(), phrases: new Map(), symbols: new Map(), phone: -1, first: new WordBits([]) };
  const firsts: string[] = [];
  for (const row of file.cues) {
    const g = t.groups.length;
    const weights: [string, number][] = [];
    for (const c of row.for ?? []) weights.push([c, 1]);
    for (const c of row.against ?? []) weights.push([c, -1]);
    t.groups.push({ weights, cap: row.cap ?? 2, lower: row.lower === true, beforeName: row.beforeName === true });
    const words = [...(row.words ?? [])];
    for (const stem of row.stems ?? []) for (const e of row.endings ?? []) words.push(stem + e);
    for (const w of words) { t.words.set(w, g); firsts.push(w); }
    for (const u of row.upper ?? []) { t.upper.set(u, g); firsts.push(u.toLowerCase()); }
    for (const p of row.phrases ?? []) {
      const parts = p.split(' ');
      const list = t.phrases.get(parts[0]!) ?? [];
      list.push([parts.slice(1), g]);
      t.phrases.set(parts[0]!, list);
      firsts.push(parts[0]!);
    }
    for (const s of row.symbols ?? []) t.symbols.set(s, g);
    if (row.phone) t.phone = g;
  }
  t.first = new WordBits(firsts);
  return t;
}

function cueTable(): Table {
  return (table ??= load());
}

/**
 * Token j, or undefined past either end. The reads below test the index first: a read past an array's end, first met
 * late in a run, throws away the function's optimised code ("out of bounds").
 */
function at(tokens: readonly Token[], j: number): Token | undefined {
  return j >= 0 && j < tokens.length ? tokens[j] : undefined;
}

const isDigits = (tok: Token | undefined, n: number): boolean => tok !== undefined && tok.kind === 'number' && tok.text.length === n && /^[0-9]+$/.test(tok.text);

/** "(555) 555-0100" or "555-555-0100" starting at token i. */
function phoneAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === '(') return isDigits(at(tokens, i + 1), 3) && at(tokens, i + 2)?.text === ')' && isDigits(at(tokens, i + 3), 3) && at(tokens, i + 4)?.kind === 'dash' && isDigits(at(tokens, i + 5), 4);
  return isDigits(t, 3) && at(tokens, i + 1)?.kind === 'dash' && isDigits(at(tokens, i + 2), 3) && at(tokens, i + 3)?.kind === 'dash' && isDigits(at(tokens, i + 4), 4);
}

/** A currency symbol at token i: its group, or -1. */
function symbolGroup(t: Table, tokens: readonly Token[], i: number, tok: Token): number {
  if (tok.text === '$') {
    // a prefix glued to the sign names the currency ("C$", "A$"; "US$" and "HK$" are written for readers abroad)
    const prev = at(tokens, i - 1);
    const g = prev !== undefined && prev.kind === 'word' && !tok.space ? t.symbols.get(`${prev.text}$`) : t.symbols.get('$');
    return g ?? -1;
  }
  return t.symbols.get(tok.text) ?? -1;
}

/** Count the cues of the word token i (an acronym, a spelling, the first word of a phrase) into `seen`; true on a hit. */
function wordCues(t: Table, tokens: readonly Token[], i: number, tok: Token, seen: Int32Array): boolean {
  let hit = false;
  const up = t.upper.get(tok.text);
  if (up !== undefined) { seen[up]!++; hit = true; }
  const g = t.words.get(tok.norm);
  if (g !== undefined) {
    const grp = t.groups[g]!;
    const next = at(tokens, i + 1);
    if ((!grp.lower || !tok.cap || i === 0 || isSentenceStart(tokens, i)) && (!grp.beforeName || (next !== undefined && next.kind === 'word' && next.cap && next.sentence === tok.sentence))) { seen[g]!++; hit = true; }
  }
  const ps = t.phrases.get(tok.norm);
  if (ps) {
    for (const [rest, pg] of ps) {
      let ok = true;
      for (let k = 0; k < rest.length && ok; k++) {
        // (undefined past the end tested apart: a compare that had seen only strings deopts on it)
        const next = at(tokens, i + 1 + k);
        ok = next !== undefined && next.norm === rest[k];
      }
      if (ok) { seen[pg]!++; hit = true; }
    }
  }
  return hit;
}

/** The counts of one call (countryCues is not re-entered), zeroed before its use by a call that finds a cue. */
let scratch = new Int32Array(0);

/**
 * ISO3 → cue points of the document's tokens (empty when it shows no cue). Each occurrence counts, a group at most
 * `cap`. (A short loop over the tokens with the rarer branches in helpers: a branch first met late in a run
 * recompiles only the helper it is in.) With `marks`, the same walk also pushes onto `marked`, in order, the index
 * of every capitalised word token whose norm is one of `marks` (the document context's demonyms: one walk over
 * the document's tokens, not two).
 */
export function countryCues(tokens: readonly Token[], marks: WordBits | null = null, marked: number[] = []): Map<string, number> {
  const t = cueTable();
  // group → items seen (repeats count: a writer who writes "Mr Bradley" five times has a house style)
  if (scratch.length !== t.groups.length) scratch = new Int32Array(t.groups.length);
  const seen = scratch;
  seen.fill(0);
  let any = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const kind = tok.kind;
    // most tokens are words, and most words open no cue (one bitmap read)
    if (kind === 'word') {
      const vid = tokenVid(tok);
      if (t.first.has(vid) && wordCues(t, tokens, i, tok, seen)) any = true;
      if (marks !== null && tok.cap && marks.has(vid)) marked.push(i);
      continue;
    }
    if (kind === 'symbol') {
      const g = symbolGroup(t, tokens, i, tok);
      if (g >= 0) { seen[g]!++; any = true; }
      continue;
    }
    if (t.phone >= 0 && (tok.text === '(' || kind === 'number') && phoneAt(tokens, i)) { seen[t.phone]!++; any = true; }
  }
  const out = new Map<string, number>();
  if (!any) return out;
  for (let g = 0; g < seen.length; g++) {
    const grp = t.groups[g]!;
    const n = Math.min(grp.cap, seen[g]!);
    if (n > 0) for (const [c, w] of grp.weights) out.set(c, (out.get(c) ?? 0) + w * n);
  }
  return out;
}

/** A capitalised spelling word at the start of its sentence is still running text ("Centre staff said ..."). */
function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  return at(tokens, i - 1)?.sentence !== tokens[i]!.sentence;
}
