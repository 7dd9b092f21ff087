import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import type { Family } from '../family.js';

/**
 * PLOVER codes cooperative CONSULT, SUPPORT, COOPERATE and AID actions announced for the future as AGREE
 * ("will visit", "would provide", "plans to host"). CAMEO has the same split: 03x "express intent to"
 * next to 04–07. This reads the words right before the trigger; negated intents ("will not visit") keep
 * their type (the modality stage marks them negated).
 */
const MODALS = new Set(['will', 'would', 'shall', "'ll"]);
const INTENT_TO = new Set(['plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended', 'going', 'expected', 'decided', 'hopes', 'aims']);
const SKIP = new Set(['also', 'soon', 'now', 'then', 'again', 'still', 'jointly', 'both', 'further', 'shortly', 'later', 'probably', 'likely', 'be']);

/** CAMEO intent codes by the code of the act (exact, then by the act's root). */
const INTENT_BY_CODE: Record<string, string> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '036': '036', '038': '038',
};
const INTENT_BY_ROOT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033' };

/** True when a modal or "plans to"-style cue stands right before the trigger (adverbs skipped). */
export function announcedIntent(ctx: SentenceContext, start: number): boolean {
  for (let k = start - 1; k >= Math.max(ctx.from, start - 4); k--) {
    const n = ctx.norm(k);
    if (n === 'not' || n === "n't" || n === 'never') return false;
    if (MODALS.has(n)) return true;
    if (n === 'to') return INTENT_TO.has(ctx.norm(k - 1));
    if (!SKIP.has(n) && !n.endsWith('ly')) return false;
  }
  return false;
}

/** Recode a cooperative act announced for the future as CAMEO 03x (PLOVER AGREE). */
export function recodeIntent(ctx: SentenceContext, draft: EventDraft): void {
  if (draft.form !== 'verb' || draft.entry.plover) return;
  if (!announcedIntent(ctx, draft.trigger.tokenStart)) return;
  const intent = INTENT_BY_CODE[draft.cameo] ?? INTENT_BY_ROOT[draft.cameo.slice(0, 2)];
  if (!intent) return;
  draft.cameo = intent;
  draft.cameoRule = `intent:${draft.entry.id}`;
}

/** A family whose only extra logic is the announced-intent recoding. */
export function intentFamily(name: string): Family {
  return { name, complete(ctx, draft) { recodeIntent(ctx, draft); } };
}
