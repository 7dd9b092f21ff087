import type { ActorFiller } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { subjectOf } from './roles.js';
import { emptyList, mapList } from '../util/lists.js';

/** Adverbs that may stand between the conjunction and the second verb ("and later clashed", "but then fired"). */
const BETWEEN = new Set(['later', 'then', 'also', 'soon', 'subsequently', 'eventually', 'again']);

/**
 * A verb coordinated with an earlier one shares its subject (rule `role:coordinated-verb-subject`): "demonstrators
 * gathered in the square but clashed with police", "troops entered the village and later opened fire". Only a finite
 * past form right after "and/but" (an adverb aside) with no subject of its own; the subject is the one of the clause
 * before the conjunction, read from the conjunction back.
 */
export function coordinatedVerbSubject(ctx: SentenceContext, start: number): ActorFiller[] {
  const verb = ctx.norm(start);
  if (!verb.endsWith('ed') && !IRREGULAR_PAST.has(verb)) return emptyList();
  let k = start - 1;
  while (k > ctx.from && (BETWEEN.has(ctx.norm(k)) || (ctx.norm(k).length > 4 && ctx.norm(k).endsWith('ly')))) k--;
  const conj = ctx.norm(k);
  if (conj !== 'and' && conj !== 'but') return emptyList();
  const subject = subjectOf(ctx, k, 'role:coordinated-verb-subject');
  return subject.length > 0 ? mapList(subject, (a) => filled(a.mention, 'role:coordinated-verb-subject', 'inferred')) : subject;
}

/** Irregular past forms that take an object ("shot a guard", "beat a journalist"). */
const IRREGULAR_PAST = new Set(['shot', 'beat', 'took', 'struck', 'hit', 'threw', 'stole', 'seized', 'fought', 'caught', 'held', 'drove', 'set', 'blew', 'overran', 'tore', 'slew']);

/**
 * "Gunmen kidnapped two teachers and shot a guard": a past verb right after "and/but" joins a verb phrase to the
 * clause before, so an actor ending right before the conjunction that is the object of the verb before it ("two
 * teachers", after "kidnapped") is no subject of the second verb; the first verb's subject is (or none is named).
 * Null when the pattern does not apply; the shared subject (maybe empty) when it does.
 */
export function objectBeforeConjunction(ctx: SentenceContext, start: number, first: ActorFiller | undefined): ActorFiller[] | null {
  if (!first) return null;
  const verb = ctx.norm(start);
  if (!verb.endsWith('ed') && !IRREGULAR_PAST.has(verb)) return null;
  let k = start - 1;
  while (k > ctx.from && (BETWEEN.has(ctx.norm(k)) || (ctx.norm(k).length > 4 && ctx.norm(k).endsWith('ly')))) k--;
  const conj = ctx.norm(k);
  if ((conj !== 'and' && conj !== 'but') || first.mention.tokenEnd !== k) return null;
  // the verb before the object: past, lower case, right before the mention (an article or a count between)
  let j = first.mention.tokenStart - 1;
  while (j > ctx.from && j > first.mention.tokenStart - 4 && (ARTICLES.has(ctx.norm(j)) || ctx.number(j))) j--;
  // a coordinated object ("abducted scores of commuters and students and set …"): over "and", "of", commas, articles,
  // counts and other actor mentions back to the verb, at most ten words
  for (let steps = 0; j > ctx.from && steps < 10 && (OBJECT_LINKS.has(ctx.norm(j)) || ARTICLES.has(ctx.norm(j)) || ctx.number(j) || ctx.actor(j) || objectNoun(ctx, j)); steps++) {
    const a = ctx.actor(j);
    j = a && a.tokenStart < j ? a.tokenStart - 1 : j - 1;
  }
  const t = ctx.token(j);
  const before = ctx.norm(j);
  if (!t || t.kind !== 'word' || (t.cap && t.text !== t.text.toUpperCase()) || !(before.endsWith('ed') || IRREGULAR_PAST.has(before))) return null;
  // the subject of that verb, read from the verb back
  const subject = subjectOf(ctx, j, 'role:coordinated-verb-subject');
  return subject.length > 0 ? mapList(subject, (a) => filled(a.mention, 'role:coordinated-verb-subject', 'inferred')) : subject;
}

/** A plain lower-case word inside a coordinated object ("commuters"): no past verb, not after a clause break. */
function objectNoun(ctx: SentenceContext, j: number): boolean {
  const t = ctx.token(j);
  const n = ctx.norm(j);
  return !!t && t.kind === 'word' && !t.cap && n.endsWith('s') && !n.endsWith('ed') && !IRREGULAR_PAST.has(n) && (OBJECT_LINKS.has(ctx.norm(j - 1)) || ARTICLES.has(ctx.norm(j - 1)));
}

/** Words inside a coordinated object noun phrase ("scores of commuters and students"). */
const OBJECT_LINKS = new Set(['and', 'of', ',']);

const ARTICLES = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'six', 'several', 'dozens', 'scores', 'hundreds', 'at', 'least', 'his', 'her', 'their', 'its']);
