import type { SentenceContext } from '../context.js';
import type { ActorFiller, EventDraft } from '../../pipeline/draft.js';
import { coordinated } from '../roles.js';
import { CLAUSE_WORDS } from '../words.js';
import { emptyList } from '../../util/lists.js';

/**
 * Whom an investigation is aimed at when the text names the doers of what is investigated: "launched an investigation
 * into alleged crimes committed by Croat forces", "is investigating war crimes by Croatian extremists", "an inquiry into
 * killings by the army". The investigated act's agent ("by X", after the object noun has begun) is the recipient, as CAMEO
 * and PLOVER code the target of an inquiry (rule `role:investigated-doer`, stated). Not the investigator: "an
 * investigation by the UN into …" has its "by" right after the noun, before any object, and a passive ("was investigated
 * by police") is skipped. Only for `accuse.investigate` drafts with no recipient of their own.
 */
const INTO = new Set(['into', 'of']);

export function investigatedDoer(ctx: SentenceContext, draft: EventDraft): ActorFiller[] {
  if (draft.entry.id !== 'accuse.investigate' || draft.recipients.length > 0 || draft.voice === 'passive') return emptyList();
  let k = draft.trigger.tokenEnd;
  // the nominal takes its object after "into"/"of"; the verb directly ("investigating alleged war crimes by …")
  if (draft.form === 'noun') {
    if (!INTO.has(ctx.norm(k))) return emptyList();
    k++;
  }
  const first = k;
  for (; k < Math.min(ctx.to, first + 10); k++) {
    const n = ctx.norm(k);
    if (ctx.isBoundary(k) || n === ',' || CLAUSE_WORDS.has(n)) return emptyList();
    if (n === 'by' && k > first) {
      const m = ctx.actor(k + 1);
      return m && m.tokenStart === k + 1 ? coordinated(ctx, m, 'role:investigated-doer') : emptyList();
    }
  }
  return emptyList();
}
