import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { triggerTables } from '../triggers.js';
import { codesByHead, objectCode, type ObjectCodes } from './object-codes.js';
import { GIVEN } from './aid.js';
import { POLICY } from './blocked-policy.js';

/**
 * "accepted an offer of mediation", "accepted the peace deal": the noun that `agree.accept` read as its object (CAMEO 038)
 * is what was accepted, not an event of its own (an offer made, a deal reached); so is the aid promised by a pledge coded
 * CAMEO 033x ("offered military assistance"). True for a noun draft that stands at the object head of such an earlier
 * draft of the same sentence.
 */
let heads: ObjectCodes | null = null;
const PROMISES = new Set(['pledge.promise', 'pledge.offer']);

export function acceptedObject(ctx: SentenceContext, draft: EventDraft, earlier: readonly EventDraft[]): boolean {
  if (draft.form !== 'noun') return false;
  for (const d of earlier) {
    if (d.dropped || d.trigger.tokenEnd > draft.trigger.tokenStart) continue;
    // "offered military assistance to Syria", "pledged food aid": the aid promised (pledge.ts, CAMEO 033x) is not given yet
    const promised = PROMISES.has(d.entry.id) && d.cameo.startsWith('033');
    // "blocked the EU sanctions package": the sanctions blocked are not imposed (blocked-policy.ts)
    const blocked = d.cameoRule.startsWith('blocked:');
    if (blocked) {
      const hit = objectCode(ctx, d.trigger.tokenEnd, POLICY, 5);
      if (hit && draft.trigger.tokenStart >= d.trigger.tokenEnd && draft.trigger.tokenStart <= hit.at) return true;
      continue;
    }
    if (d.cameoRule.startsWith('object:') && objectHead(ctx, d, draft)) return true;
    if (d.entry.id !== 'agree.accept' && !promised) continue;
    if (heads === null) {
      const objects = triggerTables().byId.get('agree.accept')?.objects;
      heads = codesByHead(objects && !Array.isArray(objects) ? objects : {});
    }
    const hit = objectCode(ctx, d.trigger.tokenEnd, promised ? GIVEN : heads, promised ? 6 : 8);
    if (hit && hit.at <= draft.trigger.tokenStart && draft.trigger.tokenStart < hit.at + hit.head.split(' ').length) return true;
  }
  return false;
}

/**
 * "withdrew from the nuclear deal", "pulled out of the agreement", "suspended the talks": the noun whose head coded an
 * earlier act (its family's `object:<head>` rule, object-codes.ts) is what the act was done to, not an event of its own
 * (no deal was made). True when the noun trigger is the first word of that head's words after the act's trigger,
 * within the act's object window and before any sentence boundary.
 */
function objectHead(ctx: SentenceContext, act: EventDraft, noun: EventDraft): boolean {
  const words = act.cameoRule.slice('object:'.length).split(' ');
  const end = Math.min(ctx.to, act.trigger.tokenEnd + 8);
  for (let k = act.trigger.tokenEnd; k < end; k++) {
    if (ctx.isBoundary(k)) return false;
    if (words.includes(ctx.norm(k))) return noun.trigger.tokenStart >= k && noun.trigger.tokenStart < k + words.length;
  }
  return false;
}
