import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { recodeTo } from './recode.js';
import { codesByHead, objectCode } from './object-codes.js';

/**
 * Truces announced or declared, CAMEO 0871 (declare truce, ceasefire; PLOVER RETREAT): "announced a 72-hour ceasefire",
 * "declared a three-day truce in Tigray". The fixed phrases of `agree.declare-ceasefire` ("declared a ceasefire") take no
 * words between verb and noun; `agree.announce-truce` reads "announced" with the truce in its object, and "declared" (a
 * phrase of `restrict.impose-object`, which lists the truce nouns under 0871) is recoded here. Not the end of one:
 * "announced the collapse of the ceasefire", "declared the truce over" (the word after the noun).
 */
const TRUCE = codesByHead({ '0871': ['ceasefire', 'cease-fire', 'truce', 'armistice', 'humanitarian pause', 'humanitarian truce'] });
const ENDED = new Set(['end', 'collapse', 'breakdown', 'violation', 'violations', 'suspension', 'expiry', 'expiration', 'failure', 'breach', 'breaches']);
const OVER_AFTER = new Set(['over', 'void', 'dead', 'ended', 'finished']);

/** The truce head in the object of an announcing or declaring verb, or null when there is none or it is ended. */
export function truceObject(ctx: SentenceContext, end: number): { at: number } | null {
  const hit = objectCode(ctx, end, TRUCE, 7);
  if (!hit) return null;
  for (let k = end; k < hit.at; k++) if (ENDED.has(ctx.norm(k))) return null;
  const after = hit.at + hit.head.split(' ').length;
  if (OVER_AFTER.has(ctx.norm(after)) || ENDED.has(ctx.norm(after))) return null;
  return hit;
}

/** "declared a three-day truce": recode a `restrict.impose-object` draft whose object is a truce to `agree.declare-ceasefire`. */
export function recodeDeclaredTruce(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.entry.id !== 'restrict.impose-object' || draft.cameo !== '0871') return false;
  return truceObject(ctx, draft.trigger.tokenEnd) !== null && recodeTo(draft, 'agree.declare-ceasefire', 'restrict:declared-truce');
}
