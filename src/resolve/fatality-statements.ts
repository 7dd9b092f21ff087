import type { Doc, Mention, NumberData } from '../pipeline/doc.js';
import { vagueStatements } from './fatality-vague.js';
import { lossStatements } from './fatality-losses.js';
import { placeSplitStatements } from './fatality-place-split.js';
import { WordBits } from '../recognise/vocab.js';
import { normAt } from '../pipeline/token-at.js';

/**
 * Explicit statements of a fatality total, read off the tokens of one sentence (plain token scans):
 *
 * - `coded`: a stated coding of the total ("fatalities coded as 10", "unknown fatalities coded to 3",
 *   "fatalities (12) coded as half");
 * - `stated`: a number directly before "fatality"/"fatalities" ("resulting in 1 fatality", "3 fatalities.");
 *   a running total ("634 fatalities from 18 March …", "… up to 16 February") or a pool not yet attributed
 *   ("29 fatalities not attributed to specific events") is not an event's total;
 * - `none`: a negated count ("there were no fatalities", "no casualties were reported", "no one was
 *   killed"), unless an exception follows ("no fatalities … except the bomber");
 * - `split`: the total is split over several records ("split over 2 locations (3)", "split, 5 each",
 *   "with 1 fatality coded to this event", "spread across four locations" → a quarter of the total);
 * - `elsewhere`: the sentence's deaths are counted on another record ("two soldiers were killed
 *   (fatalities coded to the X event)", "… was executed on 6 June (coded separately)");
 * - `combined`: one count of the killed and the injured together ("killing and injuring 17 fighters",
 *   "dozens were killed or wounded"): ACLED codes half of it, rounded down (src/resolve/fatality-vague.ts);
 * - `unknown`: deaths reported without a count ("killing and injuring a number of fighters", "an unknown
 *   number of soldiers were killed", "leaving unspecified fatalities", "fighters were reported killed"):
 *   ACLED's convention for an unknown number, 10 (src/resolve/fatality-vague.ts); also "suffered heavy losses",
 *   "fatalities on both sides", "fatalities are assumed", "killed its crew" (src/resolve/fatality-losses.ts).
 */
export type StatementKind = 'coded' | 'stated' | 'none' | 'elsewhere' | 'split' | 'combined' | 'unknown';

export interface FatalityStatement {
  kind: StatementKind;
  value: number;
  sentence: number;
  tokenStart: number;
  span: [number, number];
  rule: string;
  /** For `split`: the share named for this event, else the number of parts (share = total / parts, rounded). */
  share?: number;
  parts?: number;
}

/**
 * A statement with every field present, in one order (share and parts undefined unless set): the split ones used
 * to add fields, and the readers in fatalities.ts threw their optimised code away ("wrong map") at the first one.
 */
export function statement(kind: StatementKind, value: number, sentence: number, tokenStart: number, span: [number, number], rule: string, share?: number, parts?: number): FatalityStatement {
  return { kind, value, sentence, tokenStart, span, rule, share, parts };
}

const FATAL_NOUNS = new Set(['fatality', 'fatalities', 'deaths', 'death']);
const NEGATED_NOUNS = new Set(['fatality', 'fatalities', 'casualties', 'casualty', 'deaths', 'dead', 'victims', 'losses']);
const KILL_WORDS = new Set(['killed', 'died', 'dead', 'hurt', 'injured', 'harmed']);
const RUNNING = new Set(['from', 'since', 'upto', 'up', 'until', 'so']);
const EXCEPT = new Set(['except', 'besides', 'apart', 'other', 'but']);
const CODED_PREPS = new Set(['as', 'to', 'at']);
/** FATAL_NOUNS and "casualties" by vocabulary number, for the scans over every token of a sentence (same answers as the Set). */
const FATAL_OR_CASUALTIES_BITS = new WordBits([...FATAL_NOUNS, 'casualties']);

function numberStartingAt(nums: Mention<NumberData>[], k: number): Mention<NumberData> | undefined {
  return nums.find((n) => n.tokenStart === k && !n.data.ordinal);
}

/** Plain loops, not closures: a closure over coded()'s loop index would cost a context for every token. */
function numberEndingAt(nums: Mention<NumberData>[], end: number): Mention<NumberData> | undefined {
  for (const n of nums) if (n.tokenEnd === end) return n;
  return undefined;
}

/** The first number starting after `after` and ending by `end`. */
function numberBetween(nums: Mention<NumberData>[], after: number, end: number): Mention<NumberData> | undefined {
  for (const n of nums) if (n.tokenStart > after && n.tokenEnd <= end) return n;
  return undefined;
}

function lowest(n: Mention<NumberData>): number {
  return n.data.min ?? n.data.value;
}

const SPLIT_WORDS = new Set(['split', 'spread', 'distributed', 'divided']);
const SPLIT_PREPS = new Set(['between', 'across', 'over', 'among', 'into']);
const SPLIT_BITS = new WordBits(SPLIT_WORDS);

/**
 * A split of the total over several records, after a split word that follows a fatality noun in the
 * sentence: "(3)" or "3 each" or "1 fatality coded to this event" name this record's share; "between 5
 * locations", "over 2 days", "between both locations" name the parts.
 */
function split(doc: Doc, nums: Mention<NumberData>[], s: number, from: number, to: number, out: FatalityStatement[]): void {
  let fatal = false;
  let at = -1;
  for (let k = from; k < to && at < 0; k++) {
    const t = doc.tokens[k]!;
    const w = t.norm;
    // a pool not yet attributed to events ("383 fatalities not attributed to specific events split …") is not this total
    if (w === 'not' && normAt(doc.tokens, k + 1) === 'attributed') return;
    if (FATAL_OR_CASUALTIES_BITS.hasToken(t)) fatal = true;
    else if (fatal && SPLIT_BITS.hasToken(t)) at = k;
  }
  if (at < 0) return;
  let parts: number | undefined;
  for (let k = at + 1; k < to; k++) {
    const w = doc.tokens[k]!.norm;
    const n = numberStartingAt(nums, k);
    if (n) {
      let j = n.tokenEnd;
      if (FATAL_NOUNS.has(normAt(doc.tokens, j))) j++;
      const next = normAt(doc.tokens, j);
      if (next === 'coded') continue; // "… with 1 fatality coded to this event" is read by `coded`
      const share = next === 'each' || (normAt(doc.tokens, k - 1) === '(' && next === ')');
      if (share) {
        out.push(statement('split', lowest(n), s, at, [doc.tokens[at]!.start, doc.tokens[j]!.end], 'fatalities:split-share', lowest(n)));
        return;
      }
    }
    if (parts === undefined && SPLIT_PREPS.has(w)) {
      const m = numberStartingAt(nums, k + 1) ?? numberStartingAt(nums, k + 2);
      if (m && lowest(m) > 1) parts = lowest(m);
      else if (normAt(doc.tokens, k + 1) === 'both') parts = 2;
    }
  }
  if (parts !== undefined) out.push(statement('split', parts, s, at, [doc.tokens[at]!.start, doc.tokens[at]!.end], 'fatalities:split-parts', undefined, parts));
}

const DEATH_WORDS = new Set(['killed', 'killing', 'dead', 'died', 'executed', 'fatality', 'fatalities', 'deaths', 'death', 'murdered', 'slain']);

function deathBefore(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DEATH_WORDS.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/** "coded to Novotroitske event", "coded to the Kalinovo event": another record. */
function eventWordAfter(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const w = doc.tokens[k]!.norm;
    if (w === 'event' || w === 'events') return normAt(doc.tokens, k - 1) !== 'this' && normAt(doc.tokens, k - 1) !== 'each';
  }
  return false;
}

function coded(doc: Doc, nums: Mention<NumberData>[], s: number, from: number, to: number, out: FatalityStatement[]): void {
  let fatalAt = -1;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (FATAL_OR_CASUALTIES_BITS.hasToken(t)) fatalAt = k;
    if (t.norm === 'coded') codedAt(doc, nums, s, from, to, k, fatalAt, out);
  }
}

/**
 * coded() at the word "coded" (token k; fatalAt the last fatality word before it, or -1). A function of its own: the
 * scan runs over every token, and a rare branch first met late in a run then recompiles this part only
 * (docs/PERFORMANCE.md, session 5).
 */
function codedAt(doc: Doc, nums: Mention<NumberData>[], s: number, from: number, to: number, k: number, fatalAt: number, out: FatalityStatement[]): void {
  const prep = normAt(doc.tokens, k + 1);
  const target = normAt(doc.tokens, k + 2);
  if (prep === 'to' && (target === 'this' || target === 'each')) {
    // "28 fatalities coded to this event", "8 coded to each event": this record's share
    const back = FATAL_NOUNS.has(normAt(doc.tokens, k - 1)) ? k - 1 : k;
    const n = numberEndingAt(nums, back);
    if (n) out.push(statement('split', lowest(n), s, n.tokenStart, [n.start, doc.tokens[k + 2]!.end], 'fatalities:split-share', lowest(n)));
    return;
  }
  if (prep === 'separately' && deathBefore(doc, from, k) || fatalAt >= 0 && prep === 'to' && !numberStartingAt(nums, k + 2) && eventWordAfter(doc, k + 2, to)) {
    out.push(statement('elsewhere', 0, s, k, [doc.tokens[k]!.start, doc.tokens[k + 1]!.end], 'fatalities:coded-elsewhere'));
    return;
  }
  if (fatalAt < 0 || !CODED_PREPS.has(prep)) return;
  const n = numberStartingAt(nums, k + 2);
  let value: number | null = n ? lowest(n) : null;
  if (value === null && normAt(doc.tokens, k + 2) === 'half') {
    // "coded as half (6)", "coded to half, 10": the half is stated
    const after = numberStartingAt(nums, k + 4);
    if (after && (normAt(doc.tokens, k + 3) === '(' || normAt(doc.tokens, k + 3) === ',')) value = lowest(after);
  }
  if (value === null && normAt(doc.tokens, k + 2) === 'half') {
    const stated = numberBetween(nums, fatalAt - 3, k);
    if (stated) value = Math.floor(lowest(stated) / 2);
  }
  if (value === null) return;
  const end = n ? n.tokenEnd : k + 3;
  out.push(statement('coded', value, s, k, [doc.tokens[k]!.start, doc.tokens[end - 1]!.end], 'fatalities:coded'));
}

const TOTAL_FILLER = new Set(['of', ':', 'were', 'was', 'is', 'are', 'at', 'least', 'count', 'the', 'confirmed', 'reported', 'number', 'stood', 'rose', 'to', 'reached']);

/**
 * "Total fatalities 7", "total fatalities of 2", "Total confirmed fatalities were 16", "the total
 * fatalities were at least 12", "a total fatality count of 13": the token index of "total", or -1.
 */
function totalBefore(doc: Doc, numberStart: number): number {
  let k = numberStart - 1;
  let noun = false;
  for (let steps = 0; k >= 0 && steps < 7; k--, steps++) {
    const w = doc.tokens[k]!.norm;
    if (w === 'total') return noun ? k : -1;
    if (FATAL_NOUNS.has(w)) noun = true;
    else if (!TOTAL_FILLER.has(w)) return -1;
  }
  return -1;
}

function stated(doc: Doc, nums: Mention<NumberData>[], s: number, to: number, out: FatalityStatement[]): void {
  for (const n of nums) {
    if (n.data.ordinal || n.data.unit) continue;
    let nounAt = n.tokenEnd;
    if (normAt(doc.tokens, nounAt) === 'total') nounAt++; // "7 total fatalities"
    const next = normAt(doc.tokens, nounAt);
    const total = totalBefore(doc, n.tokenStart);
    if (total >= 0) {
      out.push(statement('stated', lowest(n), s, n.tokenStart, [doc.tokens[total]!.start, n.end], 'fatalities:stated-total'));
      continue;
    }
    if (next !== 'fatality' && next !== 'fatalities') continue;
    const after = nounAt + 1 < to ? doc.tokens[nounAt + 1]!.norm : '';
    if (RUNNING.has(after) || after === 'not' || after === 'in' && normAt(doc.tokens, nounAt + 2) === 'total') continue;
    // "coded as 10 … 2 fatalities" is read by `coded`; the note's own coded figure wins there
    out.push(statement('stated', lowest(n), s, n.tokenStart, [n.start, doc.tokens[nounAt]!.end], 'fatalities:stated-total'));
  }
}

function exceptionFollows(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k]!.norm;
    if (w === ',' || w === ';') continue;
    if (EXCEPT.has(w) && (w !== 'other' || normAt(doc.tokens, k + 1) === 'than') && (w !== 'apart' || normAt(doc.tokens, k + 1) === 'from')) return true;
  }
  return false;
}

function negated(doc: Doc, s: number, from: number, to: number, out: FatalityStatement[]): void {
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k]!.norm;
    let end = -1;
    if (w === 'no' || w === 'without') {
      // "no fatalities", "no reported casualties", "no reports of fatalities", "no injuries or fatalities"
      for (let j = k + 1; j < Math.min(to, k + 5); j++) {
        if (NEGATED_NOUNS.has(doc.tokens[j]!.norm)) { end = j; break; }
      }
    }
    if ((w === 'nobody' || (w === 'no' && normAt(doc.tokens, k + 1) === 'one')) && end < 0) {
      // "no one was killed", "nobody died"
      for (let j = k + 1; j < Math.min(to, k + 5); j++) {
        if (KILL_WORDS.has(doc.tokens[j]!.norm)) { end = j; break; }
      }
    }
    if (end < 0 || exceptionFollows(doc, end + 1, to)) continue;
    out.push(statement('none', 0, s, k, [doc.tokens[k]!.start, doc.tokens[end]!.end], 'fatalities:negated'));
    return;
  }
}

/** Words without which a sentence states no total: a cheap test before the scans. */
const CUES = new Set(['coded', 'fatality', 'fatalities', 'casualties', 'deaths', 'death', 'no', 'nobody', 'without', 'killed', 'killing', 'kill', 'dead', 'died', 'losses', 'assumed']);

/** CUES by vocabulary number (same answers as `CUES.has(norm)`): this runs on every token of the document. */
const CUE_BITS = new WordBits(CUES);

function mayState(doc: Doc, from: number, to: number): boolean {
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) if (CUE_BITS.hasToken(tokens[k]!)) return true;
  return false;
}

/** Every explicit fatality statement of the document, in text order. */
export function fatalityStatements(doc: Doc): FatalityStatement[] {
  const out: FatalityStatement[] = [];
  let i = 0;
  for (const s of doc.sentences) {
    while (i < doc.numbers.length && doc.numbers[i]!.tokenStart < s.tokenStart) i++;
    if (!mayState(doc, s.tokenStart, s.tokenEnd)) continue;
    const nums: Mention<NumberData>[] = [];
    for (let j = i; j < doc.numbers.length && doc.numbers[j]!.tokenStart < s.tokenEnd; j++) nums.push(doc.numbers[j]!);
    coded(doc, nums, s.index, s.tokenStart, s.tokenEnd, out);
    stated(doc, nums, s.index, s.tokenEnd, out);
    split(doc, nums, s.index, s.tokenStart, s.tokenEnd, out);
    placeSplitStatements(doc, s.index, s.tokenStart, s.tokenEnd, out);
    negated(doc, s.index, s.tokenStart, s.tokenEnd, out);
    vagueStatements(doc, nums, s.index, s.tokenStart, s.tokenEnd, out);
    lossStatements(doc, nums, s.index, s.tokenStart, s.tokenEnd, out);
  }
  return out;
}
