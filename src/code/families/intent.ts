import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import type { Family } from '../family.js';
import { triggerEntry } from '../triggers.js';

/**
 * PLOVER codes cooperative CONSULT, SUPPORT, COOPERATE and AID actions announced for the future as AGREE
 * ("will visit", "would provide", "plans to host"). CAMEO has the same split: 03x "express intent to"
 * next to 04–07. This reads the words right before the trigger; negated intents ("will not visit") keep
 * their type (the modality stage marks them negated).
 */
const MODALS = new Set(['will', 'would', 'shall', "'ll"]);
const INTENT_TO = new Set(['plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended', 'going', 'expected', 'decided', 'hopes', 'aims', 'about',
  // wishes (session 12): "wants to help", "wanted to mediate" (CAMEO 03x: express intent to)
  'wants', 'want', 'wanted',
  // promises and offers: "agreed to withdraw", "is willing to pull out", "promised to release" (PLOVER AGREE, not the act itself)
  'agreed', 'agrees', 'agree', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'offered', 'offers', 'willing', 'ready', 'undertook', 'committed']);
const SKIP = new Set(['also', 'soon', 'now', 'then', 'again', 'still', 'jointly', 'both', 'further', 'shortly', 'later', 'probably', 'likely', 'be']);

/** CAMEO intent codes by the code of the act (exact, then by the act's root). */
const INTENT_BY_CODE: Record<string, string> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '036': '036', '038': '038',
  // CAMEO 035 "express intent to yield": announced concessions and retreats ("will lift the curfew", "will release the hostages")
  '080': '035', '081': '0351', '0811': '0351', '082': '0352', '083': '035', '084': '0353', '0841': '0353', '0842': '0353',
  '085': '0354', '086': '0355', '0861': '0355', '0862': '0355', '0863': '0355',
  '087': '0356', '0871': '0356', '0872': '0356', '0873': '0356', '0874': '0356',
};
const INTENT_BY_ROOT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };

/** True when a modal or "plans to"-style cue stands right before the trigger (adverbs skipped). */
export function announcedIntent(ctx: SentenceContext, start: number, cues: ReadonlySet<string> = INTENT_TO): boolean {
  for (let k = start - 1; k >= Math.max(ctx.from, start - 4); k--) {
    const n = ctx.norm(k);
    if (n === 'not' || n === "n't" || n === 'never') return false;
    if (MODALS.has(n)) return true;
    if (n === 'to') {
      // "threatened today to impose": a time may stand between the cue and "to"
      let j = k - 1;
      while (j > ctx.from && ctx.time(j) && j > k - 4) j--;
      if (ctx.time(j + 1) && (ctx.norm(j) === 'on' || ctx.norm(j) === 'last')) j--;
      return cues.has(ctx.norm(j));
    }
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

/**
 * Announced coercive acts are threats: "would tighten the blockade", "will halt aid", "may halt mediation
 * if …". CAMEO 13x codes the threatened act; the entry's own PLOVER override (if any) gives way.
 */
const THREAT_BY_CODE: Record<string, string> = {
  '160': '1313', '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136', '1661': '136', '1662': '136', '1663': '136',
  '170': '130', '172': '132', '143': '133', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '191': '1381',
};
const HEDGES = new Set(['may', 'might', 'could']);
const THREAT_TO = new Set([...INTENT_TO, 'threatened', 'threatens', 'threaten', 'threatening', 'prepared', 'ready', 'vowed', 'vows']);

export function recodeThreat(ctx: SentenceContext, draft: EventDraft): void {
  if (draft.form !== 'verb') return;
  const start = draft.trigger.tokenStart;
  const hedged = HEDGES.has(ctx.norm(start - 1));
  if (!hedged && !announcedIntent(ctx, start, THREAT_TO)) return;
  const threat = THREAT_BY_CODE[draft.cameo];
  if (!threat) return;
  if (draft.entry.plover) {
    draft.entry = triggerEntry(draft.entry, draft.entry.family, false);
  }
  draft.cameo = threat;
  draft.cameoRule = `announced-threat:${draft.entry.id}`;
}

/** A family whose announced acts are threats (wraps an optional family's own logic). */
export function threatFamily(name: string, own?: Family): Family {
  return {
    name,
    check: own?.check,
    complete(ctx, draft, earlier) {
      const extra = own?.complete?.(ctx, draft, earlier);
      recodeThreat(ctx, draft);
      return extra;
    },
  };
}
