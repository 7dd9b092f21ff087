import { addDays, addMonths, monthRange, parseIso, weekRange, yearRange } from '../resolve/dates.js';
import { SMALL_NUMBERS, UNRESOLVED, countAt, dayData, normAt, rangeData, type TimeContext, type TimeFamily, type TimeHit } from './time-words.js';

/** "two days ago", "a week ago", "three months ago", "a year ago": counted back from the reference date. */

const UNITS = new Map<string, 'day' | 'week' | 'month' | 'year'>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);

export const agoFamily: TimeFamily = {
  id: 'ago',
  starts: new Set(SMALL_NUMBERS.keys()),
  match(ctx: TimeContext, i: number): TimeHit | null {
    const n = countAt(ctx, i);
    if (n === null) return null;
    const unit = UNITS.get(normAt(ctx, i + 1));
    if (!unit || normAt(ctx, i + 2) !== 'ago') return null;
    return {
      tokenStart: i,
      tokenEnd: i + 3,
      entry: `time:${unit}s-ago`,
      relative: true,
      resolve(ref) {
        if (!ref) return UNRESOLVED;
        if (unit === 'day') return dayData(addDays(ref, -n));
        if (unit === 'week') return rangeData(weekRange(addDays(ref, -7 * n), 0), 'week');
        if (unit === 'month') return rangeData(monthRange(addMonths(ref, -n), 0), 'month');
        return rangeData(yearRange(parseIso(ref)!.y - n), 'year');
      },
    };
  },
};
