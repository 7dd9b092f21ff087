import type { Doc, Mention, NumberData } from '../pipeline/doc.js';

/**
 * Explicit statements of a fatality total, read off the tokens of one sentence (plain token scans):
 *
 * - `coded`: a stated coding of the total ("fatalities coded as 10", "unknown fatalities coded to 3",
 *   "fatalities (12) coded as half"; a later "split …, 5 each" gives the share of this event);
 * - `stated`: a number directly before "fatality"/"fatalities" ("resulting in 1 fatality", "3 fatalities.");
 *   a running total ("634 fatalities from 18 March …", "… up to 16 February") or a pool not yet attributed
 *   ("29 fatalities not attributed to specific events") is not an event's total;
 * - `none`: a negated count ("there were no fatalities", "no casualties were reported", "no one was
 *   killed"), unless an exception follows ("no fatalities … except the bomber");
 * - `elsewhere`: the sentence's deaths are counted on another record ("two soldiers were killed
 *   (fatalities coded to the X event)", "… was executed on 6 June (coded separately)").
 */
export type StatementKind = 'coded' | 'stated' | 'none' | 'elsewhere';

export interface FatalityStatement {
  kind: StatementKind;
  value: number;
  sentence: number;
  tokenStart: number;
  span: [number, number];
  rule: string;
}

const FATAL_NOUNS = new Set(['fatality', 'fatalities', 'deaths', 'death']);
const NEGATED_NOUNS = new Set(['fatality', 'fatalities', 'casualties', 'casualty', 'deaths', 'dead', 'victims', 'losses']);
const KILL_WORDS = new Set(['killed', 'died', 'dead', 'hurt', 'injured', 'harmed']);
const RUNNING = new Set(['from', 'since', 'upto', 'up', 'until', 'so']);
const EXCEPT = new Set(['except', 'besides', 'apart', 'other', 'but']);
const CODED_PREPS = new Set(['as', 'to', 'at']);

function numberStartingAt(nums: Mention<NumberData>[], k: number): Mention<NumberData> | undefined {
  return nums.find((n) => n.tokenStart === k && !n.data.ordinal);
}

function lowest(n: Mention<NumberData>): number {
  return n.data.min ?? n.data.value;
}

const SPLIT_WORDS = new Set(['split', 'spread', 'distributed', 'divided']);
const SPLIT_PREPS = new Set(['between', 'across', 'over', 'among', 'into']);

/**
 * The share of a coded total one event gets: "… with 1 fatality coded to this event", "8 coded to each
 * event", "split, 5 each", else the total divided by the parts named ("split between 5 locations",
 * "spread across two locations", "split between both locations"), rounded.
 */
function splitShare(doc: Doc, nums: Mention<NumberData>[], total: number, from: number, to: number): number | null {
  let split = false;
  let parts: number | null = null;
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k]!.norm;
    const n = numberStartingAt(nums, k);
    if (n) {
      let j = n.tokenEnd;
      if (FATAL_NOUNS.has(doc.tokens[j]?.norm ?? '')) j++;
      const next = doc.tokens[j]?.norm;
      if (next === 'coded' && doc.tokens[j + 1]?.norm === 'to' && (doc.tokens[j + 2]?.norm === 'this' || doc.tokens[j + 2]?.norm === 'each')) return lowest(n);
      if (split && next === 'each') return lowest(n);
    }
    if (SPLIT_WORDS.has(w)) split = true;
    if (split && parts === null && SPLIT_PREPS.has(w)) {
      const m = numberStartingAt(nums, k + 1) ?? numberStartingAt(nums, k + 2);
      if (m && lowest(m) > 1) parts = lowest(m);
      else if (doc.tokens[k + 1]?.norm === 'both') parts = 2;
    }
  }
  return parts !== null ? Math.round(total / parts) : null;
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
    if (w === 'event' || w === 'events') return doc.tokens[k - 1]?.norm !== 'this' && doc.tokens[k - 1]?.norm !== 'each';
  }
  return false;
}

function coded(doc: Doc, nums: Mention<NumberData>[], s: number, from: number, to: number, out: FatalityStatement[]): void {
  let fatalAt = -1;
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k]!.norm;
    if (FATAL_NOUNS.has(w) || w === 'casualties') fatalAt = k;
    if (w !== 'coded') continue;
    const prep = doc.tokens[k + 1]?.norm ?? '';
    if (prep === 'separately' && deathBefore(doc, from, k) || fatalAt >= 0 && prep === 'to' && !numberStartingAt(nums, k + 2) && eventWordAfter(doc, k + 2, to)) {
      out.push({ kind: 'elsewhere', value: 0, sentence: s, tokenStart: k, span: [doc.tokens[k]!.start, doc.tokens[k + 1]!.end], rule: 'fatalities:coded-elsewhere' });
      continue;
    }
    if (fatalAt < 0 || !CODED_PREPS.has(prep)) continue;
    const n = numberStartingAt(nums, k + 2);
    let value: number | null = n ? lowest(n) : null;
    if (value === null && doc.tokens[k + 2]?.norm === 'half') {
      const stated = nums.find((x) => x.tokenStart > fatalAt - 3 && x.tokenEnd <= k);
      if (stated) value = Math.floor(lowest(stated) / 2);
    }
    if (value === null) continue;
    const end = n ? n.tokenEnd : k + 3;
    const share = splitShare(doc, nums, value, end, to);
    out.push({ kind: 'coded', value: share ?? value, sentence: s, tokenStart: k, span: [doc.tokens[k]!.start, doc.tokens[end - 1]!.end], rule: share !== null ? 'fatalities:coded-split' : 'fatalities:coded' });
  }
}

function stated(doc: Doc, nums: Mention<NumberData>[], s: number, to: number, out: FatalityStatement[]): void {
  for (const n of nums) {
    if (n.data.ordinal || n.data.unit) continue;
    const next = doc.tokens[n.tokenEnd]?.norm;
    if (next !== 'fatality' && next !== 'fatalities') continue;
    const after = n.tokenEnd + 1 < to ? doc.tokens[n.tokenEnd + 1]!.norm : '';
    if (RUNNING.has(after) || after === 'not' || after === 'in' && doc.tokens[n.tokenEnd + 2]?.norm === 'total') continue;
    // "coded as 10 … 2 fatalities" is read by `coded`; the note's own coded figure wins there
    out.push({ kind: 'stated', value: lowest(n), sentence: s, tokenStart: n.tokenStart, span: [n.start, doc.tokens[n.tokenEnd]!.end], rule: 'fatalities:stated-total' });
  }
}

function exceptionFollows(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k]!.norm;
    if (w === ',' || w === ';') continue;
    if (EXCEPT.has(w) && (w !== 'other' || doc.tokens[k + 1]?.norm === 'than') && (w !== 'apart' || doc.tokens[k + 1]?.norm === 'from')) return true;
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
    if ((w === 'nobody' || (w === 'no' && doc.tokens[k + 1]?.norm === 'one')) && end < 0) {
      // "no one was killed", "nobody died"
      for (let j = k + 1; j < Math.min(to, k + 5); j++) {
        if (KILL_WORDS.has(doc.tokens[j]!.norm)) { end = j; break; }
      }
    }
    if (end < 0 || exceptionFollows(doc, end + 1, to)) continue;
    out.push({ kind: 'none', value: 0, sentence: s, tokenStart: k, span: [doc.tokens[k]!.start, doc.tokens[end]!.end], rule: 'fatalities:negated' });
    return;
  }
}

/** Every explicit fatality statement of the document, in text order. */
export function fatalityStatements(doc: Doc): FatalityStatement[] {
  const out: FatalityStatement[] = [];
  let i = 0;
  for (const s of doc.sentences) {
    const nums: Mention<NumberData>[] = [];
    while (i < doc.numbers.length && doc.numbers[i]!.tokenStart < s.tokenStart) i++;
    for (let j = i; j < doc.numbers.length && doc.numbers[j]!.tokenStart < s.tokenEnd; j++) nums.push(doc.numbers[j]!);
    coded(doc, nums, s.index, s.tokenStart, s.tokenEnd, out);
    stated(doc, nums, s.index, s.tokenEnd, out);
    negated(doc, s.index, s.tokenStart, s.tokenEnd, out);
  }
  return out;
}
