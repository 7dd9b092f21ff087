import type { TimeData } from '../pipeline/doc.js';
import { daysInMonth, inferYear, isoIfValid, monthOf, parseIso, yearRange } from '../resolve/dates.js';
import { MONTHS, UNRESOLVED, WEEKDAYS, capAt, futureCue, dayAt, monthAt, normAt, rangeData, tokenAt, yearAt, type TimeContext, type TimeFamily, type TimeHit } from './time-words.js';

/**
 * Calendar dates written out: "On 02 February 2020", "Oct. 12", "October 12, 2023", "12 October",
 * "12-14 October", "Monday, Oct. 23", "2023-10-24", "10/24/2023", "in March", "March 2020", "mid-October",
 * "in 2019", "since 2011". A month or day without a year takes the year by news convention
 * (resolve/dates.ts inferYear) and so needs the reference date.
 */

/** Words that make a bare month or year a time ("in March", "since 2011"). Prepositions other than "in"/"on" stay out of the span. */
const LEADS = new Set(['in', 'on', 'since', 'during', 'by', 'until', 'till', 'from', 'before', 'after', 'of', 'throughout', 'last', 'this', 'next', 'early', 'mid', 'late', 'end', 'through']);
/** Nouns a year may qualify as the time of an event ("the 2014 war"). */
const EVENT_NOUNS = new Set([
  'war', 'wars', 'conflict', 'election', 'elections', 'vote', 'referendum', 'uprising', 'revolution', 'coup', 'attack',
  'attacks', 'invasion', 'offensive', 'ceasefire', 'truce', 'deal', 'agreement', 'accord', 'accords', 'unification',
  'protests', 'crisis', 'massacre', 'bombing', 'bombings', 'earthquake', 'floods', 'famine', 'summit', 'talks',
  'census', 'budget', 'law', 'constitution', 'peace', 'raid', 'siege', 'riots', 'insurgency', 'elections',
]);
const PERIOD_PARTS = new Set(['early', 'mid', 'late', 'end']);
const OUT_OF_SPAN = new Set(['since', 'during', 'by', 'until', 'till', 'from', 'before', 'after', 'of', 'throughout', 'through']);

interface Parsed {
  end: number;
  month: number;
  day: number | null;
  dayTo: number | null;
  year: number | null;
  entry: string;
}

function isDash(ctx: TimeContext, k: number): boolean {
  const t = tokenAt(ctx, k);
  return !!t && (t.kind === 'dash' || t.norm === 'to');
}

/** Year after a date: "12 October 2023", "October 12, 2023". */
function yearAfter(ctx: TimeContext, k: number): { year: number | null; end: number } {
  const y = yearAt(ctx, k);
  if (y !== null) return { year: y, end: k + 1 };
  const after = tokenAt(ctx, k + 2);
  const glued = !!after && after.kind === 'dash' && !after.space; // ", 2023-10-24" is another date
  if (normAt(ctx, k) === ',' && yearAt(ctx, k + 1) !== null && !glued) return { year: yearAt(ctx, k + 1), end: k + 2 };
  return { year: null, end: k };
}

/** Month-first: "Oct. 12", "October 12-14, 2023", "March 2020", "March". */
function monthFirst(ctx: TimeContext, k: number): Parsed | null {
  const month = monthAt(ctx, k, true);
  if (month === null) return null;
  const day = dayAt(ctx, k + 1);
  if (day !== null && yearAt(ctx, k + 1) === null) {
    let end = k + 2;
    let dayTo: number | null = null;
    if (isDash(ctx, end) && dayAt(ctx, end + 1) !== null) {
      dayTo = dayAt(ctx, end + 1);
      end += 2;
    }
    const y = yearAfter(ctx, end);
    return { end: y.end, month, day, dayTo, year: y.year, entry: 'time:date' };
  }
  const y = yearAt(ctx, k + 1);
  if (y !== null) return { end: k + 2, month, day: null, dayTo: null, year: y, entry: 'time:month-year' };
  if (monthAt(ctx, k, false) === null) return null; // "Oct" alone is not a time
  return { end: k + 1, month, day: null, dayTo: null, year: null, entry: 'time:month' };
}

/** Day-first: "12 October", "02 February 2020", "12-14 October", "the 12th of October". */
function dayFirst(ctx: TimeContext, k: number): Parsed | null {
  const day = dayAt(ctx, k);
  if (day === null) return null;
  let m = k + 1;
  let dayTo: number | null = null;
  if (isDash(ctx, m) && dayAt(ctx, m + 1) !== null) {
    dayTo = dayAt(ctx, m + 1);
    m += 2;
  }
  if (normAt(ctx, m) === 'of') m++;
  const month = monthAt(ctx, m, true);
  if (month === null) return null;
  const y = yearAfter(ctx, m + 1);
  return { end: y.end, month, day, dayTo, year: y.year, entry: 'time:date' };
}

/** ISO date: 2023-10-24 (three number tokens joined by hyphens, no spaces). */
function iso(ctx: TimeContext, k: number): { end: number; date: string } | null {
  const y = yearAt(ctx, k);
  if (y === null) return null;
  const a = tokenAt(ctx, k + 1);
  const mt = tokenAt(ctx, k + 2);
  const b = tokenAt(ctx, k + 3);
  const dt = tokenAt(ctx, k + 4);
  if (!a || !mt || !b || !dt || a.kind !== 'dash' || b.kind !== 'dash' || a.space || mt.space || b.space || dt.space) return null;
  if (mt.kind !== 'number' || dt.kind !== 'number' || mt.norm.length !== 2 || dt.norm.length !== 2) return null;
  const date = isoIfValid(y, Number(mt.norm), Number(dt.norm));
  return date ? { end: k + 5, date } : null;
}

/**
 * Numeric date with slashes: "10/24/2023" (US) or "24/10/2023". When both readings are valid the one
 * on or before the reference date and nearest to it is taken; with no reference date, it stays unresolved.
 */
function slashDate(ctx: TimeContext, k: number): { end: number; candidates: string[] } | null {
  const a = tokenAt(ctx, k);
  const s1 = tokenAt(ctx, k + 1);
  const b = tokenAt(ctx, k + 2);
  const s2 = tokenAt(ctx, k + 3);
  const y = yearAt(ctx, k + 4);
  if (!a || !s1 || !b || !s2 || y === null || a.kind !== 'number' || b.kind !== 'number') return null;
  if (s1.norm !== '/' || s2.norm !== '/' || s1.space || b.space || s2.space || tokenAt(ctx, k + 4)!.space) return null;
  if (a.norm.length > 2 || b.norm.length > 2) return null;
  const x = Number(a.norm);
  const z = Number(b.norm);
  const out = new Set<string>();
  const us = isoIfValid(y, x, z);
  const eu = isoIfValid(y, z, x);
  if (us) out.add(us);
  if (eu) out.add(eu);
  return out.size > 0 ? { end: k + 5, candidates: [...out] } : null;
}

function pickSlash(candidates: string[], ref: string | null): TimeData {
  if (candidates.length === 1) return { start: candidates[0]!, end: candidates[0]!, precision: 'day' };
  if (!ref) return UNRESOLVED;
  const past = candidates.filter((c) => c <= ref).sort();
  const pick = past[past.length - 1] ?? candidates.sort()[0]!;
  return { start: pick, end: pick, precision: 'day' };
}

function resolveParsed(p: Parsed, ref: string | null, lead: string, future: boolean): TimeData {
  let year = p.year;
  if (year === null) {
    if (!ref) return UNRESOLVED;
    year = inferYear(ref, p.month, p.day);
    // "elections will be held in March": the first such month or day on or after the reference date
    if (future) {
      const r = parseIso(ref)!;
      year = p.month > r.m || (p.month === r.m && (p.day === null || p.day >= r.d)) ? r.y : r.y + 1;
    }
    // "last March" read in March is a year back; "next March" a year ahead
    const r = parseIso(ref)!;
    if (lead === 'last' && year === r.y && p.month >= r.m) year -= 1;
    if (lead === 'next' && (year < r.y || (year === r.y && p.month <= r.m))) year = r.y + 1;
  }
  if (p.day === null) return rangeData(monthOf(year, p.month), 'month');
  let start = isoIfValid(year, p.month, p.day);
  // "February 29" without a year: the latest leap year not after the inferred one
  for (let back = 1; !start && p.year === null && back <= 4; back++) {
    year -= 1;
    start = isoIfValid(year, p.month, p.day);
  }
  if (!start) return UNRESOLVED;
  const endDay = p.dayTo !== null && p.dayTo > p.day ? Math.min(p.dayTo, daysInMonth(year, p.month)) : p.day;
  return { start, end: isoIfValid(year, p.month, endDay) ?? start, precision: 'day' };
}

export const dateFamily: TimeFamily = {
  id: 'date',
  starts: new Set([...LEADS, ...MONTHS.keys(), ...WEEKDAYS.keys(), 'the', "'s"]),
  match(ctx: TimeContext, i: number): TimeHit | null {
    let k = i;
    const leadWord = normAt(ctx, k);
    let lead = LEADS.has(leadWord) ? leadWord : '';
    if (lead) k++;
    // a second lead word: "in mid-October", "since early 2011"
    let spanStart = lead && !OUT_OF_SPAN.has(lead) ? i : k;
    if (lead && PERIOD_PARTS.has(normAt(ctx, k)) && !PERIOD_PARTS.has(lead)) {
      if (OUT_OF_SPAN.has(lead)) spanStart = k;
      lead = normAt(ctx, k);
      k++;
    }
    if (lead === 'mid' || lead === 'end' || lead === 'early' || lead === 'late') {
      if (isDash(ctx, k)) k++;
      else if (lead === 'end' && normAt(ctx, k) === 'of') k++;
    }
    // optional weekday before a date: "Monday, Oct. 23" / "on Monday 23 October"
    let w = k;
    if (WEEKDAYS.has(normAt(ctx, w)) && capAt(ctx, w)) {
      w++;
      if (normAt(ctx, w) === ',') w++;
    }
    if (normAt(ctx, w) === 'the' && dayAt(ctx, w + 1) !== null) w++;

    const isoHit = iso(ctx, w);
    if (isoHit) {
      return { tokenStart: spanStart, tokenEnd: isoHit.end, entry: 'time:iso-date', relative: false, resolve: () => ({ start: isoHit.date, end: isoHit.date, precision: 'day' }) };
    }
    const slash = slashDate(ctx, w);
    if (slash) {
      return { tokenStart: spanStart, tokenEnd: slash.end, entry: 'time:numeric-date', relative: slash.candidates.length > 1, resolve: (ref) => pickSlash(slash.candidates, ref) };
    }
    const parsed = monthFirst(ctx, w) ?? dayFirst(ctx, w);
    if (parsed) {
      // a bare month name needs a lead word or a weekday/year with it ("in March", "mid-October"); "May" alone is a verb
      if (parsed.entry === 'time:month' && !lead) return null;
      if (w > k && parsed.day === null) return null; // "Monday, March" is not a date
      const future = parsed.year === null && futureCue(ctx, spanStart);
      return {
        tokenStart: spanStart,
        tokenEnd: parsed.end,
        entry: parsed.entry,
        relative: parsed.year === null,
        resolve: (ref) => resolveParsed(parsed, ref, lead, future),
      };
    }
    // a year naming an event: "the 2014 war", "Yemen's 1990 unification", "the 2011 Bahrain uprising"
    const lw = normAt(ctx, i);
    const modified = lw === 'the' || lw === "'s" ? yearAt(ctx, i + 1) : null;
    if (modified !== null) {
      const next = tokenAt(ctx, i + 2);
      if (next && next.kind === 'word' && (EVENT_NOUNS.has(next.norm) || (next.cap && !ctx.upper))) {
        const y = modified;
        return { tokenStart: i + 1, tokenEnd: i + 2, entry: 'time:year-modifier', relative: false, resolve: () => rangeData(yearRange(y), 'year') };
      }
    }
    // a year with a lead word: "in 2019", "since 2011", "by 2030"
    if (lead && w === k) {
      const y = yearAt(ctx, k);
      const next = tokenAt(ctx, k + 1);
      // a year glued to a dash is a range or a compound ("2019-20 season"), left alone
      if (y !== null && !(next && next.kind === 'dash' && !next.space)) {
        return { tokenStart: spanStart, tokenEnd: k + 1, entry: 'time:year', relative: false, resolve: () => rangeData(yearRange(y), 'year') };
      }
    }
    return null;
  },
};
