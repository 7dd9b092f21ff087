import type { Stage } from '../pipeline/stage.js';
import type { Doc, Mention, ActorData } from '../pipeline/doc.js';
import { pronounFits } from '../code/roles.js';
import { DETERMINERS_BUT_OF, PREPOSITIONS_AT } from '../code/words.js';
import type { Attribution } from '../model/attribution.js';
import { governingCue, type ReportingCue } from '../code/reporting.js';
import { toActor } from '../resolve/to-model.js';
import { quoteSpans, cueFor, cueCache } from './quotes.js';

const ANONYMOUS_HEADS = new Set(['official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'diplomats', 'officer', 'aide', 'person', 'people', 'witness', 'witnesses', 'resident', 'residents', 'activist', 'activists']);

/** Unnamed speakers: the phrase ends in a role word ("a Defense Department official", "Pentagon spokesman", "sources"); named ones end in a name. */
function isAnonymous(cue: ReportingCue): boolean {
  const text = (cue.speaker?.text ?? cue.speakerText ?? '').toLowerCase();
  if (!text) return cue.outlet === null;
  // the last word: what follows the last space (the whole text when it has none), without splitting it into an array
  return ANONYMOUS_HEADS.has(text.slice(text.lastIndexOf(' ') + 1));
}

export function toAttribution(doc: Doc, cue: ReportingCue, rule: string): Attribution {
  const start = doc.tokens[cue.cueStart]!;
  const end = doc.tokens[cue.cueEnd - 1]!;
  const from = Math.min(start.start, cue.speaker?.start ?? cue.speakerSpan?.[0] ?? start.start, cue.outlet?.start ?? start.start);
  const to = Math.max(end.end, cue.speaker?.end ?? cue.speakerSpan?.[1] ?? end.end, cue.outlet?.end ?? end.end);
  return {
    speaker: cue.speaker ? toActor({ mention: cue.speaker, rule: 'attribution:speaker', how: 'stated' }) : null,
    speakerText: cue.speaker?.text ?? cue.speakerText,
    anonymous: isAnonymous(cue),
    outlet: cue.outlet?.data.name ?? null,
    cue: cue.cue,
    span: [from, to],
    provenance: { span: [from, to], rule, how: 'stated' },
  };
}

/**
 * Can the pronoun subject of a reported clause stand for the cue's speaker? It follows the cue, it agrees with the
 * speaker ("the ministry said it had arrested": it/its for a state or organisation, he/she for a person, they for a
 * group; "the minister said it was …" is no reference to the minister), and no nearer actor between the cue and the
 * pronoun fits it as a subject ("the army said the rebels claimed they …"; not the object of a preposition, not a name
 * in a phrase a comma closes before the pronoun). First persons are read by the quotation stage.
 */
function speakerPronoun(doc: Doc, cue: ReportingCue, speaker: Mention<ActorData>, pronoun: { norm: string; tokenIndex: number }): boolean {
  if (cue.cueEnd > pronoun.tokenIndex || pronoun.norm === 'we' || pronoun.norm === 'i' || pronoun.norm === 'you') return false;
  if (!speakerFits(pronoun.norm, speaker.data)) return false;
  // the actor layer is in text order: binary search for the first mention at or after the cue's end
  const actors = doc.actors;
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid]!.tokenStart < cue.cueEnd) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < actors.length && actors[i]!.tokenStart < pronoun.tokenIndex; i++) {
    const m = actors[i]!;
    if (speakerFits(pronoun.norm, m.data) && !afterPreposition(doc, m.tokenStart) && !commaBetween(doc, m.tokenEnd, pronoun.tokenIndex)) return false;
  }
  return true;
}

/**
 * Agreement of a speaker and the pronoun that stands for it: `pronounFits`, except that "it" may stand for a collective
 * that the actor layer marks plural ("the army said it had …", "police said it arrested …"), never for one person.
 */
function speakerFits(pronoun: string, d: ActorData): boolean {
  if (pronoun === 'it' || pronoun === 'its') return d.kind !== 'person' && !(d.kind === 'generic' && !d.plural);
  return pronounFits(pronoun, d);
}

/**
 * A comma between a nearer actor and the pronoun: the actor stands in a phrase set off before the reported clause
 * ("said that after clashes with the rebels, supported by militias, they withdrew"), not as its subject.
 */
function commaBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.norm === ',') return true;
  return false;
}

/** The mention at `start` is the object of a preposition ("after fighting against the rebels, they …"): no subject. */
function afterPreposition(doc: Doc, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && DETERMINERS_BUT_OF.hasToken(doc.tokens[k]!)) k--;
  return k >= 0 && PREPOSITIONS_AT.hasToken(doc.tokens[k]!);
}

/** Who reported each event: the reporting cue that governs its trigger, or the speaker of its quotation. */
export const attributionStage: Stage = {
  name: 'attribution',
  run(doc) {
    const quotes = quoteSpans(doc);
    const cues = cueCache(doc);
    for (const d of doc.drafts) {
      const t = d.trigger.tokenStart;
      let cue = governingCue(cues(d.sentence), t);
      let rule = 'attribution:governing-cue';
      const q = quotes.find((x) => x.open < t && x.close > t);
      if (q) {
        // the cue of the quotation, which may sit in a later sentence
        cue = cueFor(doc, q, cues).cue ?? cue;
        rule = 'attribution:quotation';
      }
      if (!cue) continue;
      d.attribution.push(toAttribution(doc, cue, rule));
      // "Israel said it struck …": a pronoun subject after a speaker is the speaker
      if (d.actors.length === 0 && d.subjectPronoun && cue.speaker && speakerPronoun(doc, cue, cue.speaker, d.subjectPronoun)) {
        d.actors = [{ mention: cue.speaker, rule: 'role:pronoun-is-speaker', how: 'inferred' }];
      }
      if (doc.trace) doc.explain('attribution', rule, d.sentence, d.attribution[d.attribution.length - 1]!.span, `${d.entry.id}: ${cue.cue} speaker=${cue.speaker?.text ?? cue.speakerText ?? '-'} outlet=${cue.outlet?.data.name ?? '-'}`);
    }
  },
};
