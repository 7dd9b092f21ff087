import type { Event } from '../model/event.js';
import { lowerWords, wordsEndWith } from '../util/word-list.js';

/**
 * A fight told only as the backdrop of another act: "Following days of fighting …, an agreement was reached",
 * "… announced a curfew following intense clashes between …", "reinforcements arrived … after armed clashes",
 * "… looted … after days of fighting", "troops deployed to support the fight against AQAP", "civilians displaced
 * by the ongoing armed conflict arrived in …". The fight is a noun phrase governed by a preposition of time or
 * cause (after, following, amid, in the wake of, since, by) or by a verb of purpose or ending ("to support the",
 * "prepare for the", "stopping the", "participating in the"), with only determiners, numbers, time nouns and
 * adjectives between. A note or a news snippet that tells such a fight codes the act in the main clause; a fight
 * told by a verb ("after rebels attacked the town") is an event of its own and is not read here.
 */

/** Words right before the fight noun phrase that make it a backdrop (lower case; a phrase is its words in order). */
const BACKDROP: readonly string[][] = [
  ['after'], ['following'], ['amid'], ['amidst'], ['since'], ['in', 'the', 'wake', 'of'], ['in', 'the', 'aftermath', 'of'],
  ['displaced', 'by'], ['caused', 'by'], ['due', 'to'], ['because', 'of'], ['as', 'a', 'result', 'of'],
  ['support'], ['supporting'], ['support', 'of'], ['for'], ['participate', 'in'], ['participating', 'in'], ['join'], ['joining'],
  ['stop'], ['stopping'], ['stopped'], ['end'], ['ending'], ['ended'], ['halt'], ['halting'], ['halted'], ['contain'], ['contained'],
  ['containing'], ['avoid'], ['resolve'], ['resolved'],
];

/** Words that may stand between the backdrop word and the fight noun ("after days of heavy armed clashes"). */
const MODIFIERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'of', 'recent', 'ongoing',
  'previous', 'earlier', 'renewed', 'continued', 'continuing', 'heavy', 'intense', 'fierce', 'violent', 'armed', 'deadly', 'bloody',
  'sporadic', 'brief', 'alleged', 'several', 'many', 'two', 'three', 'four', 'five', 'few', 'days', 'weeks', 'months', 'hours', 'day',
  'week', 'month', 'night', 'overnight', 'weeklong', 'tribal', 'fighting', 'military', 'ground', 'offensive', 'battle', 'battles', 'clashes',
  'and', 'against', 'war', 'latest']);

/** Trigger words that name a fight as a noun. */
const FIGHT_NOUNS = new Set(['clash', 'clashes', 'fighting', 'fight', 'battle', 'battles', 'conflict', 'war', 'hostilities', 'offensive',
  'confrontation', 'confrontations', 'skirmish', 'skirmishes', 'infighting']);

/**
 * Is the word at `i` of the lower-case words `ws` a fight noun governed by a backdrop word? Up to five modifiers may
 * stand between ("following days of intense clashes"); a verb or a subject between makes it a clause of its own.
 */
export function backdropAt(ws: readonly string[], i: number): boolean {
  if (!FIGHT_NOUNS.has(ws[i] ?? '')) return false;
  let end = i;
  for (let k = 0; k < 5 && end > 0 && MODIFIERS.has(ws[end - 1]!); k++) end--;
  return BACKDROP.some((p) => wordsEndWith(ws, end, p));
}

/** Is this trigger a fight noun governed by a backdrop word? (`before`: the sentence text before the trigger.) */
export function backdropNoun(trigger: string, before: string): boolean {
  const ws = lowerWords(before.slice(-120));
  ws.push(trigger.toLowerCase());
  return backdropAt(ws, ws.length - 1);
}

/** Is every trigger of this fight or attack event a backdrop noun? */
export function backgroundFight(e: Event): boolean {
  if (e.family !== 'fight' && e.family !== 'assault') return false;
  if (e.triggers.length === 0) return false;
  const start = e.span[0];
  return e.triggers.every((t) => backdropNoun(t.text, e.sentenceText.slice(0, Math.max(0, t.span[0] - start))));
}
