import type { Token } from '../../pipeline/doc.js';

/** Auxiliaries and adverbs between a subject and its verb ("is massacring", "has been bombing", "reportedly shelled"). */
const BETWEEN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'will', 'would', 'also', 'reportedly', 'allegedly', 'again', 'still', 'then', 'repeatedly', 'deliberately']);

/** Forms of violent verbs whose subject is their doer. */
const VIOLENT = new Set([
  'attacked', 'attacking', 'attacks', 'bombed', 'bombing', 'bombs', 'shelled', 'shelling', 'shells', 'killed', 'killing', 'kills',
  'massacred', 'massacring', 'massacres', 'slaughtered', 'slaughtering', 'shot', 'shooting', 'struck', 'striking', 'raided', 'raiding',
  'tortured', 'torturing', 'executed', 'executing', 'bombarded', 'bombarding', 'bombards', 'besieged', 'besieging', 'gassed', 'gassing',
  'murdered', 'murdering', 'starving', 'starved',
]);

/**
 * "The government is massacring its own people", "the authorities have been bombing hospitals": a bare state body
 * whose text names no state (src/recognise/actor-rules/bare-state-body.ts leaves it no actor then) is still the doer
 * when it is the subject of a violent verb right after it. The actor keeps no country.
 */
export function violentBodySubject(tokens: readonly Token[], end: number, to: number): boolean {
  let k = end;
  while (k < to && k < end + 3 && BETWEEN.has(tokens[k]!.norm)) k++;
  return k < to && VIOLENT.has(tokens[k]!.norm);
}
