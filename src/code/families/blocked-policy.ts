import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { recodeTo } from './recode.js';
import { codesByHead, objectCode } from './object-codes.js';

/**
 * "Hungary blocked the EU sanctions package", "the opposition blocked the bill", "Russia blocked a UN resolution": a
 * proposal, measure or decision blocked is its rejection (CAMEO 120, PLOVER REJECT; a veto in effect), not a road
 * blocked in protest (protest.block, CAMEO 144). The policy noun heads the verb's object within its first five words.
 * Only with a named actor; the recode keeps the object head in `cameoRule` ("blocked:resolution").
 */
export const POLICY = codesByHead({
  '120': ['resolution', 'resolutions', 'proposal', 'proposals', 'plan', 'plans', 'package', 'deal', 'bill', 'bills', 'sanctions',
    'measure', 'measures', 'decision', 'appointment', 'nomination', 'accession', 'bid', 'membership', 'agreement', 'statement',
    'draft', 'motion', 'declaration', 'reform', 'reforms', 'legislation', 'initiative', 'candidacy', 'request', 'vote'],
});
const BLOCK = new Set(['blocked', 'block', 'blocks', 'blocking']);

export function recodeBlockedPolicy(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.entry.id !== 'protest.block' || draft.form !== 'verb' || draft.actors.length === 0 || !BLOCK.has(ctx.norm(draft.trigger.tokenStart))) return false;
  const hit = objectCode(ctx, draft.trigger.tokenEnd, POLICY, 5);
  return hit !== null && recodeTo(draft, 'reject.reject', `blocked:${hit.head}`, hit.code);
}
