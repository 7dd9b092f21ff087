import type { Stage } from '../pipeline/stage.js';
import type { Doc, Mention, NumberData, Token } from '../pipeline/doc.js';
import { isUpperText } from './trie.js';
import { mentionOver, coveredMask } from './time-mention.js';
import { digitStart } from './time-words.js';
import { numberDictionary, type NumberDictionary, type Qualifier, type UnitWord } from './number-dictionary.js';
import { readCore, type Core, type Window } from './number-parse.js';
import { emptyList } from '../util/lists.js';

/**
 * Numbers: digits, number words, vague quantities, ranges ("three to five", "3-5": min/max, value =
 * min), qualifiers ("at least 4": approximate, min 4), ordinals ("the fifth"), money ("$6 billion" →
 * 6e9 USD), percentages and durations ("six months" → 6, unit month). One left-to-right pass per
 * sentence; every reader consumes what it reads. Skips words already read as times or outlets,
 * and digits inside names ("F-16", "Shahed-136").
 * Entry ids: "number:<family>" or "number:<qualifier>:<family>", family one of digits, words,
 * ordinal, range, vague.<id>, money, percent, duration, age ("32-year-old": unit "years-old").
 * Clock times ("08:40", "5 p.m.") and phone-number-like digit groups are not read.
 */

interface Reading {
  start: number;
  end: number;
  data: NumberData;
  entry: string;
}

/**
 * Digits that are part of a name or code: glued by a hyphen to a word ("F-16", "Shahed-136"), to
 * other digit groups ("1-888-234-1294", the "40" of "08:40"), or to a glued slash ("FPP/12").
 */
function inName(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'number' || i - 1 < from) return false;
  const prev = tokens[i - 1]!;
  // the kind test first: ':' is punctuation and '/' a symbol, whose norms are internalised strings (segment/tokenize.ts);
  // a word's norm here made the optimised compare throw itself away ("wrong instance type")
  if (!t.space && (prev.kind === 'punct' || prev.kind === 'symbol') && (prev.norm === ':' || prev.norm === '/') && i - 2 >= from && !prev.space) return true;
  if (t.space || prev.kind !== 'dash' || prev.space || i - 2 < from) return false;
  const before = tokens[i - 2]!;
  return before.kind === 'word' || (before.kind === 'number' && i - 3 >= from && tokens[i - 3]!.kind === 'dash' && !tokens[i - 3]!.space);
}

/** A unit (currency, percent, duration) at token k, allowing a glued hyphen before durations ("72-hour"). */
function unitAt(dict: NumberDictionary, w: Window, k: number, upper: boolean): { unit: UnitWord; end: number } | null {
  let at = k;
  const t = w.tokens[at];
  if (t && at < w.to && t.kind === 'dash' && !t.space) at++;
  const m = dict.units.matchAt(w.tokens, at, upper, w.to);
  const u = m?.values[0];
  if (!m || !u) return null;
  if (at !== k && u.kind !== 'duration') return null;
  return { unit: u, end: m.tokenEnd };
}

const RANGE_WORDS = new Set(['to', 'or', '-', '\u2013', '\u2014']);

function readNumber(dict: NumberDictionary, w: Window, i: number, from: number, upper: boolean): Reading | null {
  let k = i;
  // qualifier: "at least", "more than", "about"; "between X and Y" is a range
  let qual: Qualifier | null = null;
  const between = w.tokens[k]!.norm === 'between';
  if (between) k++;
  else {
    const q = dict.qualifiers.matchAt(w.tokens, k, upper, w.to);
    if (q && q.values[0]) {
      qual = q.values[0];
      k = q.tokenEnd;
    }
  }
  // currency before the number: "$6 billion", "US$ 5m", "€3m"
  let unit: UnitWord | null = null;
  const pre = dict.units.matchAt(w.tokens, k, upper, w.to);
  if (pre && pre.values[0]?.kind === 'currency' && w.tokens[pre.tokenEnd - 1]!.kind === 'symbol') {
    unit = pre.values[0];
    k = pre.tokenEnd;
  }
  if (k >= w.to || inName(w.tokens, k, from)) return null;
  const core = readCore(w, k, dict, upper);
  if (!core || clockTime(w, core.end) || chainAfter(w, core.end)) return null;
  if (core.family === 'words' && core.value === 1 && !qual && !unit && isPronounOne(w.tokens, k, from, w.to)) return null;
  let end = core.end;
  let min: number | null = core.min;
  let max: number | null = core.max;
  let family = core.family;
  // range: "three to five", "3-5", "two or three", "between 3 and 5"
  const joiner = end < w.to ? w.tokens[end]!.norm : '';
  if (!core.ordinal && !core.family.startsWith('vague') && ((between && joiner === 'and') || (!between && RANGE_WORDS.has(joiner)))) {
    const second: Core | null = readCore(w, end + 1, dict, upper);
    if (second && !second.ordinal && !second.family.startsWith('vague') && second.value > core.value && !codeLike(w, k, end, second.end)) {
      // "$5-6 billion": the scale of the second number applies to the first
      const scaled = core.scale === 1 && second.scale > 1 ? core.value * second.scale : core.value;
      min = scaled;
      max = second.value;
      end = second.end;
      family = 'range';
    }
  }
  if (between && family !== 'range') return null;
  // unit after: "6 billion dollars", "40 percent", "six months", "72-hour"; "32-year-old" is an age
  let age = false;
  if (!core.ordinal) {
    const post = unitAt(dict, w, end, upper);
    if (post && (!unit || post.unit.kind === 'currency')) {
      unit = post.unit;
      end = post.end;
      if (unit.unit === 'year' && end + 1 < w.to && w.tokens[end]!.kind === 'dash' && !w.tokens[end]!.space && w.tokens[end + 1]!.norm === 'old') {
        age = true;
        end += 2;
      }
    }
  }
  let value = min ?? core.value;
  let approximate = core.approximate || family === 'range';
  if (qual) {
    approximate = true;
    if (qual.mode === 'min') max = core.max === core.value ? null : max;
    if (qual.mode === 'max') {
      max = core.value;
      min = null;
      value = core.value;
    }
  }
  const kind = age ? 'age' : unit ? (unit.kind === 'currency' ? 'money' : unit.kind) : family;
  const data: NumberData = { value, min, max, approximate, ordinal: core.ordinal, unit: age ? 'years-old' : unit ? unit.unit : null };
  const q = qual ? `${qual.id.slice(5)}:` : '';
  return { start: i, end, data, entry: `number:${q}${kind}` };
}

/** "08:40", "5 p.m.": a clock time, not a count. */
function clockTime(w: Window, end: number): boolean {
  const next = end < w.to ? w.tokens[end]! : undefined;
  if (!next) return false;
  if (next.norm === ':' && !next.space && end + 1 < w.to && w.tokens[end + 1]!.kind === 'number' && !w.tokens[end + 1]!.space) return true;
  return CLOCK.has(next.norm);
}
const CLOCK = new Set(['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'hrs', 'h']);

/** "1-888-234-…": the number starts a chain of at least three hyphen-glued digit groups. */
function chainAfter(w: Window, end: number): boolean {
  const t = (k: number): Token | undefined => (k < w.to ? w.tokens[k] : undefined);
  const d1 = t(end);
  const n1 = t(end + 1);
  const d2 = t(end + 2);
  return !!d1 && !!n1 && !!d2 && d1.kind === 'dash' && !d1.space && n1.kind === 'number' && !n1.space && d2.kind === 'dash' && !d2.space;
}

/** "1-888-234-1294", "746-5151": digit groups chained by hyphens, or a short group then a longer one, are codes or phone numbers. */
function codeLike(w: Window, firstStart: number, firstEnd: number, secondEnd: number): boolean {
  const before = firstStart - 1 >= 0 ? w.tokens[firstStart - 1]! : undefined;
  const after = secondEnd < w.to ? w.tokens[secondEnd]! : undefined;
  const glued = (t: Token | undefined, space: boolean): boolean => !!t && t.kind === 'dash' && !space;
  if (glued(before, w.tokens[firstStart]!.space) || (after && after.kind === 'dash' && !after.space)) return true;
  const a = w.tokens[firstEnd - 1]!;
  const b = w.tokens[secondEnd - 1]!;
  return a.kind === 'number' && b.kind === 'number' && b.norm.length > a.norm.length + 1;
}

/** "no one", "one another", "the one who": the pronoun, not a count. */
function isPronounOne(tokens: Token[], k: number, from: number, to: number): boolean {
  const prev = k > from ? tokens[k - 1]!.norm : '';
  const next = k + 1 < to ? tokens[k + 1]!.norm : '';
  return prev === 'no' || prev === 'the' || prev === 'every' || prev === 'any' || next === 'another' || prev === 'this' || prev === 'that';
}

export function recogniseNumbers(doc: Doc): Mention<NumberData>[] {
  const dict = numberDictionary();
  const upper = isUpperText(doc.text);
  const skip = coveredMask(doc.tokens.length, doc.times, doc.outlets);
  const out: Mention<NumberData>[] = emptyList();
  for (const s of doc.sentences) {
    const w: Window = { tokens: doc.tokens, to: s.tokenEnd };
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = doc.tokens[i]!;
      const candidate = skip[i] === 0 && (digitStart(t.norm) || dict.startWords.hasToken(t));
      const r = candidate ? readNumber(dict, w, i, s.tokenStart, upper) : null;
      if (!r || rangeHits(skip, r.start, r.end)) {
        i++;
        continue;
      }
      const m = mentionOver(doc, r.start, r.end, r.entry, r.data);
      out.push(m);
      if (doc.trace) doc.explain('numbers', r.entry, s.index, [m.start, m.end], `${r.data.value}${r.data.unit ? ' ' + r.data.unit : ''}`);
      i = r.end;
    }
  }
  return out;
}

function rangeHits(skip: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (skip[k] === 1) return true;
  return false;
}

export const numberStage: Stage = {
  name: 'numbers',
  run(doc) {
    doc.numbers = recogniseNumbers(doc);
  },
};
