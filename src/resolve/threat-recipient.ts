import type { Event } from '../model/event.js';
import { copyActor } from './to-model.js';

/**
 * A threat is aimed at whom its threatened act would hit: "Syria threatened to shell Turkish villages" (THREATEN →
 * the villages' country), "threatened to impose a curfew in Tunis" (→ Tunisia, the curfew's place-country recipient).
 * The threatened act is its own event, in the future, whose modality was set by the threat's trigger
 * (`modality:future-marker` with the threat verb as its span); a threat with no recipient of its own takes that act's
 * recipients, inferred (rule `role:threatened-act-recipient`). Promises and refusals keep their own binding.
 */
export const RULE_THREATENED_ACT = 'role:threatened-act-recipient';

export function threatenedActRecipients(events: readonly Event[]): void {
  for (const t of events) {
    if (t.codes.plover.type !== 'THREATEN' || t.modality !== 'threatened' || t.recipients.length > 0 || t.actors.length === 0) continue;
    const trigger = t.triggers[0];
    if (!trigger) continue;
    for (const a of events) {
      if (a === t || a.sentence !== t.sentence || a.recipients.length === 0) continue;
      const span = a.provenance['modality']?.span;
      if (!span || span[0] < trigger.span[0] || span[0] >= trigger.span[1]) continue;
      t.recipients = a.recipients.map((r) => copyActor(r, `${RULE_THREATENED_ACT} ${r.provenance.rule}`, 'inferred'));
      break;
    }
  }
}
