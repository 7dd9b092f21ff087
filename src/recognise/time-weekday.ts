import { weekdayAfter, weekdayOnOrAfter, weekdayOnOrBefore } from '../resolve/dates.js';
import { UNRESOLVED, WEEKDAYS, capAt, dayData, futureCue, normAt, type TimeContext, type TimeFamily, type TimeHit } from './time-words.js';

/**
 * Weekdays: "Monday", "on Tuesday", "Tuesday's meeting", "Monday night", "last Friday", "next Sunday".
 * News convention: a bare weekday is the most recent such day on or before the reference date
 * ("Tuesday" in an article published on a Tuesday is that day); "last Friday" is strictly before it;
 * after a future-tense cue ("will meet on Thursday") the weekday is on or after the reference date.
 * The weekday must be capitalised (or the whole text upper-case).
 */

const BEFORE = new Map<string, 'on' | 'last' | 'next' | 'this'>([
  ['on', 'on'], ['last', 'last'], ['next', 'next'], ['this', 'this'], ['since', 'on'], ['until', 'on'], ['by', 'on'],
  ['early', 'on'], ['late', 'on'],
]);
const AFTER = new Set(['morning', 'afternoon', 'evening', 'night']);

export const weekdayFamily: TimeFamily = {
  id: 'weekday',
  starts: new Set([...BEFORE.keys(), ...WEEKDAYS.keys()]),
  match(ctx: TimeContext, i: number): TimeHit | null {
    let k = i;
    const lead = BEFORE.get(normAt(ctx, k));
    if (lead) k++;
    const day = WEEKDAYS.get(normAt(ctx, k));
    if (day === undefined || !capAt(ctx, k)) return null;
    // "on" is in the span ("on Tuesday"); "since"/"until"/"by"/"early"/"late" are read but left out
    const start = lead && (normAt(ctx, i) === 'on' || lead !== 'on') ? i : k;
    let end = k + 1;
    if (AFTER.has(normAt(ctx, end))) end++;
    // "Blinken will travel to Israel on Thursday": a future-tense cue just before a bare weekday looks ahead
    const ahead = (lead === undefined || lead === 'on' || lead === 'this') && futureCue(ctx, start);
    const mode = ahead ? 'next-or-same' : lead ?? 'on';
    const entry = mode === 'last' ? 'time:last-weekday' : mode === 'next' ? 'time:next-weekday' : ahead ? 'time:weekday-future' : 'time:weekday';
    return {
      tokenStart: start,
      tokenEnd: end,
      entry,
      relative: true,
      resolve(ref) {
        if (!ref) return UNRESOLVED;
        if (mode === 'next') return dayData(weekdayAfter(ref, day));
        if (mode === 'next-or-same') return dayData(weekdayOnOrAfter(ref, day));
        return dayData(weekdayOnOrBefore(ref, day, mode === 'last'));
      },
    };
  },
};
