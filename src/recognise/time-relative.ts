import type { TimeData } from '../pipeline/doc.js';
import { addDays, addMonths, monthRange, parseIso, weekRange, yearRange, type DateRange } from '../resolve/dates.js';
import { UNRESOLVED, countAt, normAt, type TimeContext, type TimeFamily, type TimeHit } from './time-words.js';

/**
 * Calendar-relative periods: "last week" (the previous Monday–Sunday, not one day seven days back),
 * "this week", "next month", "earlier this month", "last year", "last weekend", "the past week",
 * "the past two weeks".
 */

type Unit = 'week' | 'month' | 'year' | 'weekend';
const UNITS = new Map<string, Unit>([['week', 'week'], ['month', 'month'], ['year', 'year'], ['weekend', 'weekend']]);
const PLURAL_UNITS = new Map<string, 'day' | 'week' | 'month' | 'year'>([
  ['days', 'day'], ['weeks', 'week'], ['months', 'month'], ['years', 'year'],
]);

/** "last", "this", "next" and their synonyms → offset in units. "past" is its own reading. */
const WHICH = new Map<string, number | 'past'>([
  ['last', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['past', 'past'],
]);
/** "earlier this month": the part of the period up to the reference date; "later this month": after it. */
const PART = new Map<string, 'before' | 'after' | 'whole'>([
  ['earlier', 'before'], ['later', 'after'], ['early', 'whole'], ['late', 'whole'], ['mid', 'whole'],
]);

function period(unit: Unit, offset: number, ref: string): DateRange {
  if (unit === 'week') return weekRange(ref, offset);
  if (unit === 'month') return monthRange(ref, offset);
  if (unit === 'year') return yearRange(parseIso(ref)!.y + offset);
  // weekend: Saturday–Sunday of the reference week shifted by `offset` ("last weekend" read on a Tuesday is the one just past)
  const sat = addDays(weekRange(ref, offset).start, 5);
  return { start: sat, end: addDays(sat, 1) };
}

function precisionOf(unit: Unit | 'day'): TimeData['precision'] {
  if (unit === 'weekend' || unit === 'day') return 'day';
  return unit;
}

function hit(start: number, end: number, entry: string, resolve: (ref: string) => TimeData): TimeHit {
  return { tokenStart: start, tokenEnd: end, entry, relative: true, resolve: (ref) => (ref ? resolve(ref) : UNRESOLVED) };
}

export const relativeFamily: TimeFamily = {
  id: 'relative',
  starts: new Set([...PART.keys(), ...WHICH.keys(), 'the']),
  match(ctx: TimeContext, i: number): TimeHit | null {
    let k = i;
    const part = PART.get(normAt(ctx, k));
    if (part) k++;
    if (normAt(ctx, k) === '-') k++; // "mid-last month" is rare but harmless
    if (normAt(ctx, k) === 'the' && !part) k++;
    const which = WHICH.get(normAt(ctx, k));
    if (which === undefined) return null;
    k++;
    const unit = UNITS.get(normAt(ctx, k));
    if (unit) {
      const end = k + 1;
      if (which === 'past') {
        // "the past week", "over the past year": the period ending on the reference date
        const entry = `time:past-${unit}`;
        return hit(i, end, entry, (ref) => {
          const start = unit === 'week' || unit === 'weekend' ? addDays(ref, -6) : unit === 'month' ? addDays(addMonths(ref, -1), 1) : addDays(addMonths(ref, -12), 1);
          return { start, end: ref, precision: precisionOf(unit) };
        });
      }
      const name = which < 0 ? 'last' : which > 0 ? 'next' : 'this';
      const entry = `time:${part === 'before' ? 'earlier-' : part === 'after' ? 'later-' : ''}${name}-${unit}`;
      return hit(i, end, entry, (ref) => {
        const r = period(unit, which, ref);
        if (which === 0 && part === 'before') return { start: r.start, end: ref < r.end ? ref : r.end, precision: precisionOf(unit) };
        if (which === 0 && part === 'after') return { start: ref > r.start ? ref : r.start, end: r.end, precision: precisionOf(unit) };
        return { start: r.start, end: r.end, precision: precisionOf(unit) };
      });
    }
    // "the past two weeks", "the last three months": the stretch ending on the reference date
    if (which === 'past' || which === -1) {
      const n = countAt(ctx, k);
      const plural = PLURAL_UNITS.get(normAt(ctx, k + 1));
      if (n !== null && n > 1 && plural && normAt(ctx, i) === 'the') {
        return hit(i, k + 2, `time:past-n-${plural}s`, (ref) => {
          const start =
            plural === 'day' ? addDays(ref, -n) : plural === 'week' ? addDays(ref, -7 * n) : plural === 'month' ? addMonths(ref, -n) : addMonths(ref, -12 * n);
          return { start, end: ref, precision: precisionOf(plural) };
        });
      }
    }
    return null;
  },
};
