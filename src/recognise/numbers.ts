import type { Stage } from '../pipeline/stage.js';
import type { Doc, Mention, NumberData, Token } from '../pipeline/doc.js';
import { isUpperText } from './trie.js';
import { mentionOver, coveredTokens } from './time-mention.js';
import { digitStart } from './time-words.js';
import { numberDictionary, type NumberDictionary, type Qualifier, type UnitWord } from './number-dictionary.js';
import { readCore, type Core, type Window } from './number-parse.js';

/**
 * Numbers: digits, number words, vague quantities, ranges ("three to five", "3-5": min/max, value =
 * min), qualifiers ("at least 4": approximate, min 4), ordinals ("the fifth"), money ("$6 billion" →
 * 6e9 USD), percentages and durations ("six months" → 6, unit month). One left-to-right pass per
 * sentence; every reader consumes what it reads. Skips words already read as times or outlets,
 * and digits inside names ("F-16", "Shahed-136").
 * Entry ids: "number:<family>" or "number:<qualifier>:<family>", family one of digits, words,
 * ordinal, vague.<id>, money, percent, duration.
 */

interface Reading {
  start: number;
  end: number;
  data: NumberData;
  entry: string;
}

/** Digits glued to a name by a hyphen: "F-16", "Su-25", "Shahed-136", "COVID-19". */
function inName(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'number' || t.space || i - 2 < from) return false;
  const dash = tokens[i - 1]!;
  return dash.kind === 'dash' && !dash.space && tokens[i - 2]!.kind === 'word';
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
  if (!core) return null;
  if (core.family === 'words' && core.value === 1 && !qual && !unit && isPronounOne(w.tokens, k, from, w.to)) return null;
  let end = core.end;
  let min: number | null = core.min;
  let max: number | null = core.max;
  let family = core.family;
  // range: "three to five", "3-5", "two or three", "between 3 and 5"
  const joiner = end < w.to ? w.tokens[end]!.norm : '';
  if (!core.ordinal && !core.family.startsWith('vague') && ((between && joiner === 'and') || (!between && RANGE_WORDS.has(joiner)))) {
    const second: Core | null = readCore(w, end + 1, dict, upper);
    if (second && !second.ordinal && !second.family.startsWith('vague') && second.value > core.value) {
      // "$5-6 billion": the scale of the second number applies to the first
      const scaled = core.scale === 1 && second.scale > 1 ? core.value * second.scale : core.value;
      min = scaled;
      max = second.value;
      end = second.end;
      family = 'range';
    }
  }
  if (between && family !== 'range') return null;
  // unit after: "6 billion dollars", "40 percent", "six months", "72-hour"
  if (!core.ordinal) {
    const post = unitAt(dict, w, end, upper);
    if (post && (!unit || post.unit.kind === 'currency')) {
      unit = post.unit;
      end = post.end;
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
  const kind = unit ? (unit.kind === 'currency' ? 'money' : unit.kind) : family;
  const data: NumberData = { value, min, max, approximate, ordinal: core.ordinal, unit: unit ? unit.unit : null };
  const q = qual ? `${qual.id.slice(5)}:` : '';
  return { start: i, end, data, entry: `number:${q}${kind}` };
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
  const skip = coveredTokens(doc.times, doc.outlets);
  const out: Mention<NumberData>[] = [];
  for (const s of doc.sentences) {
    const w: Window = { tokens: doc.tokens, to: s.tokenEnd };
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const norm = doc.tokens[i]!.norm;
      const candidate = !skip.has(i) && (dict.starts.has(norm) || digitStart(norm));
      const r = candidate ? readNumber(dict, w, i, s.tokenStart, upper) : null;
      if (!r || rangeHits(skip, r.start, r.end)) {
        i++;
        continue;
      }
      const m = mentionOver(doc, r.start, r.end, r.entry, r.data);
      out.push(m);
      doc.explain('numbers', r.entry, s.index, [m.start, m.end], `${r.data.value}${r.data.unit ? ' ' + r.data.unit : ''}`);
      i = r.end;
    }
  }
  return out;
}

function rangeHits(skip: Set<number>, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (skip.has(k)) return true;
  return false;
}

export const numberStage: Stage = {
  name: 'numbers',
  run(doc) {
    doc.numbers = recogniseNumbers(doc);
  },
};
