import type { ActorData, Doc, Mention } from '../pipeline/doc.js';
import { copyActorData } from '../pipeline/doc.js';
import type { ActorFiller, EventDraft } from '../pipeline/draft.js';
import { actorLexicon } from '../recognise/actor-lexicon.js';
import { crowdData } from './trigger-mention.js';

/**
 * The crowd of a protest told with no subject of its own, when a state's demonym stands right before the protest noun
 * ("Palestinian riots", "Kurdish protests"): protesters (rioters) of that state, inferred, on the demonym's span (rule
 * `actor:implied-by-protest +demonym`). Not after "anti-"/"pro-" ("an anti-Saudi demonstration" is against Saudi
 * Arabia). Otherwise null, and the protest keeps its crowd implied on the trigger (events.ts `impliedCrowd`).
 * (Taking the nearest civil people named before the trigger, "youths threw stones during demonstrations", was tried
 * and dropped: ACLED actor1 lost five notes.)
 */
export function crowdNamedBefore(doc: Doc, d: EventDraft, riot: boolean): ActorFiller | null {
  const s = doc.sentences[d.sentence];
  if (!s) return null;
  const demonym = demonymBefore(doc, d.trigger.tokenStart, s.tokenStart, riot, d.sentence);
  return demonym ? { mention: demonym, rule: 'actor:implied-by-protest +demonym', how: 'inferred' } : null;
}

/** A state's demonym as the word right before the trigger ("Palestinian riots"), as a crowd mention of that state. */
function demonymBefore(doc: Doc, start: number, from: number, riot: boolean, sentence: number): Mention<ActorData> | null {
  const k = start - 1;
  if (k < from) return null;
  const t = doc.tokens[k]!;
  if (t.kind !== 'word' || !t.cap) return null;
  // "an anti-Saudi demonstration": the state is what the protest is against, not its crowd
  const dash = doc.tokens[k - 1];
  if (k - 1 >= from && dash && dash.kind === 'dash' && !t.space) return null;
  const m = actorLexicon(false).heads.matchAt(doc.tokens, k, false, start);
  const v = m && m.tokenEnd === start ? m.values.find((x) => (x.form === 'demonym' || x.form === 'adjective') && x.data.kind === 'state') : undefined;
  if (!v) return null;
  const data = copyActorData(crowdData(riot));
  data.country = v.data.country;
  return { start: t.start, end: t.end, tokenStart: k, tokenEnd: start, sentence, text: doc.text.slice(t.start, t.end), entry: riot ? 'gen:rioters' : 'gen:protesters', data };
}
