import { addDays } from '../resolve/dates.js';
import { UNRESOLVED, WEEKDAYS, countAt, digitStart, normAt, rangeData, type TimeContext, type TimeFamily, type TimeHit } from './time-words.js';

/**
 * Anchored expressions: counted back from a date the text states near them, else from the published date.
 * "Reported on 3 May 2020, over the past 24 hours …" is 2–3 May; "police said on Tuesday that gunmen struck the
 * day before" is Monday; "airstrikes overnight" in a Wednesday article (or next to "on Wednesday") is the night
 * Tuesday–Wednesday, so the range starts the day before.
 *
 * - time:past-n-hours — "the past 24 hours", "the last 12 hours": the day before the anchor to it (sentence anchor:
 *   the report date of the same sentence); longer windows ("the past 48 hours") are left to the report date
 * - time:overnight — "overnight", "the overnight attack": the anchor day (sentence anchor)
 * - time:day-before — "the day before", "the previous day", "a day earlier", "the night before": the day before the
 *   anchor (nearby anchor: the same sentence or the two before); not "the day before the vote", which is relative
 *   to an event
 */

/** Where the anchor may be looked for: the same sentence, or also the two sentences before. */
export type AnchorScope = 'sentence' | 'nearby';

/** Nouns after "the overnight" that make it an event's time ("the overnight raid"); other nouns ("an overnight curfew") are not times. */
const NIGHT_EVENTS = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'shelling', 'bombing', 'bombardment',
  'assault', 'clashes', 'fighting', 'offensive', 'barrage', 'explosion', 'explosions', 'blast', 'blasts',
]);
const DETERMINERS = new Set(['the', 'an', 'a', 'its', 'their', 'his', 'her', "'s", 'this', 'that']);
/** Words after "the day before" that make it relative to something else: "the day before the vote", "the day before he died". */
const NOT_END = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'that', 'this', 'elections', 'election', 'polls', 'yesterday']);

function anchored(start: number, end: number, entry: string, scope: AnchorScope, resolve: (ref: string) => ReturnType<TimeHit['resolve']>): TimeHit {
  return { tokenStart: start, tokenEnd: end, entry, relative: true, anchor: scope, resolve: (ref) => (ref ? resolve(ref) : UNRESOLVED) };
}

function dayBefore(ctx: TimeContext, start: number, end: number): TimeHit | null {
  const next = normAt(ctx, end);
  if (NOT_END.has(next) || (next !== '' && digitStart(next)) || WEEKDAYS.has(next)) return null;
  return anchored(start, end, 'time:day-before', 'nearby', (ref) => rangeData({ start: addDays(ref, -1), end: addDays(ref, -1) }, 'day'));
}

export const anchoredFamily: TimeFamily = {
  id: 'anchored',
  starts: new Set(['the', 'a', 'overnight']),
  match(ctx: TimeContext, i: number): TimeHit | null {
    const w = normAt(ctx, i);
    if (w === 'overnight' || (w === 'the' && normAt(ctx, i + 1) === 'overnight')) {
      const k = w === 'overnight' ? i : i + 1;
      const next = normAt(ctx, k + 1);
      // "overnight Tuesday", "overnight into Wednesday": the weekday family reads the day named
      if (WEEKDAYS.has(next) || next === 'into' || next === 'on') return null;
      const determined = k > ctx.from && DETERMINERS.has(normAt(ctx, k - 1));
      if (determined && !NIGHT_EVENTS.has(next)) return null;
      return anchored(k, k + 1, 'time:overnight', 'sentence', (ref) => rangeData({ start: ref, end: ref }, 'day'));
    }
    if (w === 'the') {
      const a = normAt(ctx, i + 1);
      const b = normAt(ctx, i + 2);
      // "the day before", "the night before", "the day earlier", "the previous day", "the previous night"
      if ((a === 'day' || a === 'night') && (b === 'before' || b === 'earlier')) return dayBefore(ctx, i, i + 3);
      if ((a === 'previous' || a === 'preceding') && (b === 'day' || b === 'night')) return dayBefore(ctx, i, i + 3);
      // "the past 24 hours", "the last 48 hours"
      if (a === 'past' || a === 'last') {
        const n = countAt(ctx, i + 2);
        if (n !== null && n >= 12 && n <= 24 && normAt(ctx, i + 3) === 'hours') {
          return anchored(i, i + 4, 'time:past-n-hours', 'sentence', (ref) => rangeData({ start: addDays(ref, -1), end: ref }, 'day'));
        }
      }
      return null;
    }
    // "a day earlier", "a day before" (at the end of a clause)
    if (w === 'a' && normAt(ctx, i + 1) === 'day' && (normAt(ctx, i + 2) === 'earlier' || normAt(ctx, i + 2) === 'before')) return dayBefore(ctx, i, i + 3);
    return null;
  },
};
