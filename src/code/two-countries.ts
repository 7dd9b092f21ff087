import type { ActorData, Mention } from '../pipeline/doc.js';
import type { ActorFiller } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import { mapList } from '../util/lists.js';
import type { SentenceContext } from './context.js';
import { AUXILIARIES, SKIPPABLE_ADVERBS } from './words.js';

/**
 * "India and Pakistan held talks on Monday. The two countries agreed to reopen the border": a subject that counts two
 * states ("the two countries", "both nations", "the two governments", "the two neighbours") stands for the last two
 * states named before it, in its own sentence or at most two sentences back; both are the subject, inferred
 * (`role:subject:two-countries`). States are state mentions (names, metonyms "Washington", demonym readings of a state);
 * persons, groups and IGOs are not, nor a country or capital after a place preposition ("talks in Lima"). With fewer
 * than two such states, none.
 */
export const RULE_TWO_COUNTRIES = 'role:subject:two-countries';

const COUNTED = new Set(['countries', 'nations', 'states', 'governments', 'neighbours', 'neighbors', 'capitals']);
const WINDOW = 2;
const PLACE_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'inside', 'outside']);

/** The index where "the two countries" / "both countries" starts when it ends right before `end`; else -1. */
function countedStart(ctx: SentenceContext, end: number): number {
  const k = end - 1;
  if (k - 1 < ctx.from || !COUNTED.has(ctx.norm(k))) return -1;
  if (ctx.norm(k - 1) === 'both') return k - 1;
  if (ctx.norm(k - 1) === 'two' && ctx.norm(k - 2) === 'the') return k - 2;
  return -1;
}

/** The two-states subject of the trigger at `trigger`, or null. */
export function twoCountriesSubject(ctx: SentenceContext, trigger: number): ActorFiller[] | null {
  let end = trigger;
  while (end - 1 > ctx.from && (AUXILIARIES.has(ctx.norm(end - 1)) || SKIPPABLE_ADVERBS.has(ctx.norm(end - 1)))) end--;
  const start = countedStart(ctx, end);
  if (start < 0) return null;
  const seen: Mention<ActorData>[] = [];
  const actors = ctx.doc.actors;
  // the document's mentions are in text order: walk back from the phrase
  let i = actors.length - 1;
  while (i >= 0 && (actors[i]!.sentence > ctx.sentence || (actors[i]!.sentence === ctx.sentence && actors[i]!.tokenStart >= start))) i--;
  for (; i >= 0 && seen.length < 2; i--) {
    const m = actors[i]!;
    if (ctx.sentence - m.sentence > WINDOW) break;
    if (m.data.kind !== 'state' || m.data.country === null || seen.some((s) => s.data.country === m.data.country)) continue;
    // "held talks in Lima": a capital or country after a place preposition is where, not who
    if (m.data.alsoPlace && PLACE_PREPS.has(ctx.doc.tokens[m.tokenStart - 1]?.norm ?? '')) continue;
    seen.push(m);
  }
  if (seen.length < 2) return null;
  seen.reverse();
  return mapList(seen, (m) => filled(m, RULE_TWO_COUNTRIES, 'inferred'));
}
