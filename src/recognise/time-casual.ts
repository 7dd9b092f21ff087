import { addDays } from '../resolve/dates.js';
import { UNRESOLVED, dayData, normAt, type TimeContext, type TimeFamily, type TimeHit } from './time-words.js';

/**
 * Casual day references: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning",
 * "earlier today", "the day before yesterday"; and "ongoing" (precision 'ongoing', no dates).
 */

const DAY_WORDS = new Map<string, number>([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening']);

function rel(start: number, end: number, entry: string, offset: number): TimeHit {
  return { tokenStart: start, tokenEnd: end, entry, relative: true, resolve: (ref) => (ref ? dayData(addDays(ref, offset)) : UNRESOLVED) };
}

export const casualFamily: TimeFamily = {
  id: 'casual',
  starts: new Set(['ongoing', 'the', 'earlier', 'later', 'last', 'this', ...DAY_WORDS.keys()]),
  match(ctx: TimeContext, i: number): TimeHit | null {
    const w = normAt(ctx, i);
    if (w === 'ongoing') {
      return { tokenStart: i, tokenEnd: i + 1, entry: 'time:ongoing', relative: false, resolve: () => ({ start: null, end: null, precision: 'ongoing' }) };
    }
    if (w === 'the' && normAt(ctx, i + 1) === 'day' && normAt(ctx, i + 2) === 'before' && normAt(ctx, i + 3) === 'yesterday') {
      return rel(i, i + 4, 'time:day-before-yesterday', -2);
    }
    if ((w === 'earlier' || w === 'later') && DAY_WORDS.has(normAt(ctx, i + 1))) {
      return rel(i, i + 2, `time:${normAt(ctx, i + 1)}`, DAY_WORDS.get(normAt(ctx, i + 1))!);
    }
    const d = DAY_WORDS.get(w);
    if (d !== undefined) {
      // "yesterday morning", "today's meeting"
      const end = PARTS_OF_DAY.has(normAt(ctx, i + 1)) || normAt(ctx, i + 1) === 'night' ? i + 2 : i + 1;
      return rel(i, end, `time:${w}`, d);
    }
    if (w === 'last' && normAt(ctx, i + 1) === 'night') return rel(i, i + 2, 'time:last-night', -1);
    if (w === 'this' && PARTS_OF_DAY.has(normAt(ctx, i + 1))) return rel(i, i + 2, `time:this-${normAt(ctx, i + 1)}`, 0);
    return null;
  },
};
