import type { ActorData, Doc, Mention } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { emptyList } from '../util/lists.js';

/**
 * A mention for an actor the text implies but does not name (the protesters of a rally, the unidentified
 * perpetrator of a killing, the one air power of a theatre): it stands on the event's trigger words, so its span
 * shows what implied it.
 */
export function triggerMention(doc: Doc, d: EventDraft, entry: string, data: ActorData): Mention<ActorData> {
  const t = d.trigger;
  const first = doc.tokens[t.tokenStart]!;
  const last = doc.tokens[t.tokenEnd - 1]!;
  return {
    start: first.start,
    end: last.end,
    tokenStart: t.tokenStart,
    tokenEnd: t.tokenEnd,
    sentence: d.sentence,
    text: doc.text.slice(first.start, last.end),
    entry,
    data,
  };
}

/** The generic crowd of a protest (a riot's: rioters), a new object each time. */
export function crowdData(riot: boolean): ActorData {
  return { name: riot ? 'rioters' : 'protesters', country: null, sector: 'PRO', kind: 'generic', backedBy: emptyList(), role: null, plural: true, generic: true, alsoPlace: false, ref: null };
}
