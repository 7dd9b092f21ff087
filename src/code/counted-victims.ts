import type { ActorData, Mention, NumberData } from '../pipeline/doc.js';
import type { ActorFiller } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { AUXILIARIES, BE_FORMS, SKIPPABLE_ADVERBS } from './words.js';
import { emptyList, listFrom } from '../util/lists.js';

/**
 * Rule family: a bare count as the people harmed — "the blast killed 26 and wounded 42", "22 were killed", "left 21
 * dead". News often counts the dead with no noun; the count is then the harm verb's object or its passive subject, and
 * the victims are those people (a generic group of unknown sector, named by the count as written).
 */

export const RULE_COUNTED = 'rule:actor.counted-victims';

/** Harm verbs that count the people they harm. */
const COUNT_VERBS = new Set([
  'killed', 'killing', 'kill', 'kills', 'wounded', 'wounding', 'wound', 'injured', 'injuring', 'injure', 'murdered', 'murdering',
  'massacred', 'slaughtered', 'executed', 'executing', 'hurt', 'hurting', 'maimed',
]);

/** Words that may stand before the count: "killed at least 26", "killing more than 40", "another 38 were injured". */
const QUALIFIERS = new Set(['at', 'least', 'over', 'more', 'than', 'nearly', 'almost', 'about', 'around', 'some', 'another', 'up', 'to', 'roughly', 'approximately', 'the', 'an', 'estimated', 'a', 'total', 'of']);

/** What may follow a count that is a noun phrase of its own (no noun after it): a clause or phrase break. */
const AFTER_COUNT = new Set([
  ',', '.', ';', ':', ')', '-', 'and', 'or', 'but', 'in', 'on', 'at', 'near', 'during', 'when', 'while', 'as', 'after', 'before',
  'including', 'inside', 'outside', 'across', 'around', 'overnight', 'instantly', 'immediately', 'dead', 'wounded', 'injured', 'hurt',
]);

/** The people a count names: generic, plural, of no stated sector or country. */
function countedData(): ActorData {
  return { name: 'people', country: null, sector: null, kind: 'generic', backedBy: emptyList(), role: null, plural: true, generic: true, alsoPlace: false, ref: null };
}

function countedMention(ctx: SentenceContext, n: Mention<NumberData>): Mention<ActorData> {
  return { start: n.start, end: n.end, tokenStart: n.tokenStart, tokenEnd: n.tokenEnd, sentence: ctx.sentence, text: n.text, entry: RULE_COUNTED, data: countedData() };
}

/** Vague quantity words: "dozens were killed" gives a toll, but no count that names the people. */
const VAGUE = new Set(['several', 'dozens', 'dozen', 'scores', 'hundreds', 'thousands', 'millions', 'few', 'handful', 'couple', 'many', 'some']);

/** A stated count: a cardinal above zero, no ordinal, amount, range ("60,000 to 70,000") or vague word, no date or time. */
function statedCount(ctx: SentenceContext, n: Mention<NumberData>): boolean {
  const d = n.data;
  if (d.ordinal || d.unit !== null || d.value <= 0 || ctx.time(n.tokenStart)) return false;
  if (d.min !== null && d.max !== null && d.min !== d.max) return false;
  return !VAGUE.has(ctx.norm(n.tokenEnd - 1));
}

/** A count of people at k: a stated count with nothing nominal after it. */
function countAt(ctx: SentenceContext, k: number): Mention<NumberData> | undefined {
  const n = ctx.number(k);
  if (!n || n.tokenStart !== k || !statedCount(ctx, n)) return undefined;
  const after = n.tokenEnd;
  if (after < ctx.to && (!AFTER_COUNT.has(ctx.norm(after)) || ctx.actor(after))) return undefined;
  return n;
}

/** The harm verb at [start, end) counts people: "killed", "wounding". */
export function countsPeople(ctx: SentenceContext, start: number, end: number): boolean {
  return end === start + 1 && COUNT_VERBS.has(ctx.norm(start));
}

/** "killed 26 and wounded 42", "killing at least three": a bare count right after an active harm verb. */
export function countedObject(ctx: SentenceContext, end: number, rule = 'role:counted-object'): ActorFiller[] {
  let k = end;
  while (k < ctx.to && k < end + 4 && QUALIFIERS.has(ctx.norm(k)) && !ctx.number(k)) k++;
  const n = countAt(ctx, k);
  return n ? listFrom([filled(countedMention(ctx, n), rule, 'stated')]) : emptyList();
}

/** "22 were killed", "another 38 were injured", "496 had been killed": a bare count as the subject of a passive harm verb. */
export function countedSubject(ctx: SentenceContext, start: number): ActorFiller[] {
  let k = start - 1;
  let be = false;
  while (k > ctx.from && k > start - 6 && (BE_FORMS.has(ctx.norm(k)) || AUXILIARIES.has(ctx.norm(k)) || SKIPPABLE_ADVERBS.has(ctx.norm(k)))) {
    if (BE_FORMS.has(ctx.norm(k))) be = true;
    k--;
  }
  if (!be) return emptyList();
  const n = ctx.number(k);
  if (!n || n.tokenEnd !== k + 1) return emptyList();
  // "Route 22 was hit", "Flight 17 was shot down": a count after a capitalised name is part of that name
  const before = ctx.token(n.tokenStart - 1);
  // (in text written all in capitals a capital says nothing)
  if (n.tokenStart > ctx.from && before && before.kind === 'word' && before.cap && before.text !== before.text.toUpperCase() && !QUALIFIERS.has(before.norm)) return emptyList();
  if (!statedCount(ctx, n)) return emptyList();
  return listFrom([filled(countedMention(ctx, n), 'role:counted-subject', 'stated')]);
}
