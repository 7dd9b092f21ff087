import type { Stage } from '../pipeline/stage.js';
import type { Doc } from '../pipeline/doc.js';
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
      if (d.actors.length === 0 && d.subjectPronoun && cue.speaker && cue.cueEnd <= t && d.subjectPronoun.norm !== 'we' && d.subjectPronoun.norm !== 'i') {
        d.actors = [{ mention: cue.speaker, rule: 'role:pronoun-is-speaker', how: 'inferred' }];
      }
      if (doc.trace) doc.explain('attribution', rule, d.sentence, d.attribution[d.attribution.length - 1]!.span, `${d.entry.id}: ${cue.cue} speaker=${cue.speaker?.text ?? cue.speakerText ?? '-'} outlet=${cue.outlet?.data.name ?? '-'}`);
    }
  },
};
