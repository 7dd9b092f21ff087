import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import { codesByHead, objectCode, passiveSubjectCode } from './object-codes.js';

/**
 * Halting an exchange (CAMEO 16 reduce relations → PLOVER SANCTION): "halted economic aid",
 * "suspended talks", "a suspension of air links". The same verbs on a protest are a concession
 * ("called off the strike"), on a planned visit a rejection ("cancelled a planned visit"), on
 * restrictions an easing ("cancelled restrictions"). Without one of these objects the verb is no event.
 */
const HALTED = codesByHead({
  '162': ['aid', 'assistance', 'help', 'supplies', 'deliveries', 'shipments', 'loans', 'credits', 'funding', 'aid program',
    'aid programme', 'food aid', 'subsidies', 'donations', 'food supplies', 'arms sales', 'loan', 'loan program', 'loan programme',
    'grants', 'credit line', 'budget support', 'development aid', 'development assistance', 'disbursements'],
  '161': ['relations', 'ties', 'links', 'contacts', 'contact', 'diplomatic relations', 'diplomatic ties', 'air links', 'flights',
    'cooperation', 'co-operation', 'trade', 'exchanges', 'membership', 'exports', 'imports', 'arms exports', 'arms deliveries',
    'oil exports', 'oil imports', 'gas exports', 'trade links'],
  '164': ['talks', 'negotiations', 'dialogue', 'peace talks', 'peace process'],
  '165': ['mediation', 'mediation efforts', 'mediation effort'],
  '082': ['strike', 'strikes', 'protest', 'protests', 'demonstration', 'demonstrations', 'boycott', 'sit-in', 'march',
    'rally', 'hunger strike', 'walkout', 'blockade of'],
  '125': ['visit', 'trip', 'meeting', 'summit', 'planned visit', 'scheduled visit', 'state visit'],
  '081': ['restrictions', 'curfew', 'state of emergency', 'martial law'],
  '085': ['sanctions', 'embargo'],
  // withholding public services (PLOVER COERCE withhold): "cut off electricity to the town"
  '170': ['electricity', 'power supply', 'power supplies', 'water supply', 'water supplies', 'water', 'internet', 'internet access',
    'phone lines', 'telephone lines', 'mobile networks', 'mobile phone networks', 'communications'],
  // suspending a member from a body reduces relations: "suspended Mali from the organisation"
  '160': ['organisation', 'organization', 'commonwealth', 'bloc', 'alliance'],
  // boycotting a vote or goods is a protest act (CAMEO 143)
  '143': ['elections', 'election', 'vote', 'polls', 'referendum', 'products', 'goods', 'parliament', 'session'],
});

/** Words before the month: "stopped in March", "halted since March". */
const MONTH_BEFORE = new Set(['in', 'since', 'until', 'till', 'by', 'last', 'next', 'early', 'late', 'mid', 'this', 'during', 'through']);

/**
 * "March" as the month, not a protest march: capitalised and dated ("was stopped March 16", "a time mention") or after a
 * time preposition ("suspended in March"); "halted the March for Our Lives" stays a halted march.
 */
function monthMarch(ctx: SentenceContext, at: number): boolean {
  if (ctx.textOf(at, at + 1) !== 'March') return false;
  return ctx.time(at) !== undefined || ctx.number(at + 1) !== undefined || /^\d/.test(ctx.norm(at + 1)) || MONTH_BEFORE.has(ctx.norm(at - 1));
}

export const halt: Family = {
  name: 'halt',
  check(ctx, draft) {
    const start = draft.trigger.tokenEnd;
    const skip = draft.form === 'noun' && ctx.norm(start) === 'of' ? start + 1 : start;
    const hit = (draft.voice === 'passive' ? passiveSubjectCode(ctx, draft.trigger.tokenStart, HALTED) : null) ?? objectCode(ctx, skip, HALTED);
    if (!hit) return 'halt:no-halted-object';
    if (hit.head === 'march' && monthMarch(ctx, hit.at)) return 'halt:month-march';
    draft.cameo = hit.code;
    draft.cameoRule = `object:${hit.head}`;
    return null;
  },
};
