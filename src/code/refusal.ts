import type { EventDraft } from '../pipeline/draft.js';
import { triggerEntry } from './triggers.js';

/**
 * A cooperative act negated under a modal of will or ability ("will not withdraw", "would not meet their demands",
 * "won't lift the sanctions", "can't accept") is a refusal, which happened: CAMEO 12 (PLOVER REJECT) "refuse to …",
 * as the CAMEO manual codes "refuse to yield" (124x) or "reject proposal to meet" (125). A plain past negation ("did
 * not withdraw") tells that nothing happened and stays negated. Called by the modality stage, which finds the negator.
 */
const REFUSAL_BY_CODE: Record<string, string> = {
  '0811': '1241', '081': '1241', '0812': '1241', '0813': '1241', '0814': '1241', '082': '1242', '083': '124', '080': '124',
  '084': '1243', '0841': '1243', '0842': '1243', '085': '1244', '086': '1245', '0861': '1245', '0862': '1245', '0863': '1245',
  '087': '1246', '0871': '1246', '0872': '1246', '0873': '1246', '0874': '1246',
};
const REFUSAL_BY_ROOT: Record<string, string> = { '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };

/** Modals before "not"/"n't" that make a negated act a refusal ("wo" and "ca" are the first halves of won't and can't). */
const REFUSAL_MODALS = new Set(['will', 'would', 'wo', 'shall', 'can', 'could', 'ca']);
/** The same as one token. */
const REFUSAL_WORDS = new Set(["won't", "wouldn't", "can't", "couldn't", "shan't", 'cannot', 'won’t', 'wouldn’t', 'can’t', 'couldn’t']);

/** Is token `n` (after token `prev`) the negator of a refusal: "will not", "won't", "cannot"? */
export function refusalNegator(n: string, prev: string): boolean {
  return REFUSAL_WORDS.has(n) || ((n === 'not' || n === "n't") && REFUSAL_MODALS.has(prev));
}

/** The CAMEO code of refusing the draft's act, or null when the act is not a cooperative one (CAMEO 03–08). */
export function refusalCode(cameo: string): string | null {
  return REFUSAL_BY_CODE[cameo] ?? REFUSAL_BY_ROOT[cameo.slice(0, 2)] ?? null;
}

/** Recode a draft as the refusal of its act; false when its act is not cooperative. */
export function recodeRefusal(draft: EventDraft): boolean {
  const code = refusalCode(draft.cameo);
  if (!code) return false;
  if (draft.entry.plover) {
    draft.entry = triggerEntry(draft.entry, draft.entry.family, false);
  }
  draft.cameo = code;
  draft.cameoRule = `refusal:${draft.entry.id}`;
  return true;
}
