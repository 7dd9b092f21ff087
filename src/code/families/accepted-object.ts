import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { triggerTables } from '../triggers.js';
import { codesByHead, objectCode, type ObjectCodes } from './object-codes.js';

/**
 * "accepted an offer of mediation", "accepted the peace deal": the noun that `agree.accept` read as its object (CAMEO 038)
 * is what was accepted, not an event of its own (an offer made, a deal reached). True for a noun draft that stands at the
 * object head of an earlier `agree.accept` draft of the same sentence.
 */
let heads: ObjectCodes | null = null;

export function acceptedObject(ctx: SentenceContext, draft: EventDraft, earlier: readonly EventDraft[]): boolean {
  if (draft.form !== 'noun') return false;
  for (const d of earlier) {
    if (d.entry.id !== 'agree.accept' || d.dropped || d.trigger.tokenEnd > draft.trigger.tokenStart) continue;
    if (heads === null) {
      const objects = triggerTables().byId.get('agree.accept')?.objects;
      heads = codesByHead(objects && !Array.isArray(objects) ? objects : {});
    }
    const hit = objectCode(ctx, d.trigger.tokenEnd, heads, 8);
    if (hit && hit.at <= draft.trigger.tokenStart && draft.trigger.tokenStart < hit.at + hit.head.split(' ').length) return true;
  }
  return false;
}
