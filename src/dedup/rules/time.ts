import { type DayRange, gapDays } from '../dates.js';
import type { DedupOptions } from '../types.js';
import { type Evidence, points, veto } from '../evidence.js';

/**
 * Time rule: ranges must overlap or lie within `maxGapDays`. Both stated and overlapping: 1 point;
 * within the gap, or resting on a publication date: 0.5. Undated on either side (no date, no
 * publication date): veto, since nothing ties the two reports to the same days.
 */
export function timeRule(a: DayRange | null, b: DayRange | null, options: DedupOptions): Evidence {
  if (!a || !b) return veto('undated');
  const gap = gapDays(a, b);
  if (gap > options.maxGapDays) return veto('time');
  if (a.stated && b.stated && gap === 0) {
    // A month-long range overlapping a day says little.
    const long = a.end - a.start > 7 || b.end - b.start > 7;
    return points(long ? 0.25 : 1);
  }
  return points(0.5);
}
