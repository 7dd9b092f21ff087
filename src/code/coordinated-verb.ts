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
  if (!verb.endsWith('ed')) return emptyList();
  let k = start - 1;
  while (k > ctx.from && (BETWEEN.has(ctx.norm(k)) || (ctx.norm(k).length > 4 && ctx.norm(k).endsWith('ly')))) k--;
  const conj = ctx.norm(k);
  if (conj !== 'and' && conj !== 'but') return emptyList();
  const subject = subjectOf(ctx, k, 'role:coordinated-verb-subject');
  return subject.length > 0 ? mapList(subject, (a) => filled(a.mention, 'role:coordinated-verb-subject', 'inferred')) : subject;
}
