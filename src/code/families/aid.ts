import type { Family } from '../family.js';
import { codesByHead, objectCode, passiveSubjectCode, type ObjectCodes } from './object-codes.js';
import { recodeIntent } from './intent.js';
import { filled, type EventDraft } from '../../pipeline/draft.js';
import { emptyList, mapList } from '../../util/lists.js';
import { triggerTables } from '../triggers.js';
import { recodeTo } from './recode.js';
import type { SentenceContext } from '../context.js';
import { CLAUSE_WORDS } from '../words.js';

/**
 * Aid. The giving verbs of `aid.give` ("gave", "provided", "supplied", "sent", "granted") are aid only
 * with an aid object, which also picks the CAMEO code: money 071, arms 072, relief 073, protection 074,
 * asylum 075. Announced aid ("will provide") is AGREE (see intent.ts).
 */
export const GIVEN = codesByHead({
  '071': ['dollars', 'euros', 'pounds', 'yen', 'money', 'funds', 'loan', 'loans', 'credit', 'credits', 'grant', 'grants',
    'economic aid', 'financial aid', 'budget support', 'debt relief', 'financing', 'funding'],
  '072': ['arms', 'weapons', 'ammunition', 'military equipment', 'military aid', 'military assistance', 'military intelligence',
    'intelligence', 'aerial photographs', 'military training', 'military advisers', 'military advisors', 'tanks', 'fighter jets',
    'air defence', 'air defense', 'air defence systems', 'air defense systems', 'military hardware', 'munitions', 'weaponry',
    'military supplies', 'armoured vehicles', 'armored vehicles', 'military vehicles', 'howitzers', 'artillery', 'rifles',
    'firearms', 'guns', 'small arms', 'missile systems', 'rocket launchers'],
  '073': ['aid', 'assistance', 'relief', 'food', 'food aid', 'medicine', 'medicines', 'medical supplies', 'supplies', 'grain',
    'flour', 'rice', 'wheat', 'tents', 'blankets', 'vaccines', 'humanitarian aid', 'emergency aid', 'relief supplies', 'water', 'shelter'],
  '074': ['peacekeepers', 'peacekeeping troops', 'protection', 'security guarantees'],
  '075': ['asylum', 'political asylum', 'diplomatic asylum', 'refuge', 'sanctuary'],
  // sending one's own forces somewhere is a deployment (CAMEO 154, PLOVER MOBILIZE), not aid: "sent two warships to the Gulf"
  '154': ['troops', 'soldiers', 'warships', 'reinforcements', 'paratroopers', 'marines', 'battalion', 'battalions', 'naval vessels',
    'aircraft carrier', 'aircraft carriers', 'destroyers', 'frigates', 'gunboats', 'commandos', 'special forces', 'riot police'],
});
const SEND = new Set(['sent', 'send', 'sends', 'sending', 'shipped', 'airlifted']);
const EXTEND = new Set(['extended']);

/** The heads `restrict.impose-object` takes (curfews, states of emergency, restrictions, blockades), built once. */
let restrictHeads: ObjectCodes | null = null;

/**
 * "extended a dusk-to-dawn curfew", "the state of emergency was extended": a giving verb whose object is a
 * security measure is that measure renewed (`restrict.impose-object`, CAMEO 172x), not aid. The phrase "extended"
 * belongs to `aid.give` in the trigger trie (a phrase has one entry), so the draft is recoded here.
 */
function extendedMeasure(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.form !== 'verb' || !EXTEND.has(ctx.norm(draft.trigger.tokenStart))) return false;
  const entry = triggerTables().byId.get('restrict.impose-object');
  if (!entry || !entry.objects || Array.isArray(entry.objects)) return false;
  restrictHeads ??= codesByHead(entry.objects);
  const hit = (draft.voice === 'passive' ? passiveSubjectCode(ctx, draft.trigger.tokenStart, restrictHeads) : null)
    ?? objectCode(ctx, draft.trigger.tokenEnd, restrictHeads, 8);
  if (!hit) return false;
  draft.entry = entry;
  draft.family = entry.family;
  draft.cameo = hit.code;
  draft.cameoRule = `object:${hit.head}`;
  draft.recipients = emptyList();
  return true;
}

/** Clemency granted: "granted an amnesty to political prisoners", "granted a pardon to". */
const CLEMENCY = codesByHead({ '0811': ['amnesty', 'general amnesty', 'pardon', 'pardons', 'presidential pardon', 'clemency', 'reprieve'] });
const GRANT = new Set(['granted', 'grant', 'grants', 'granting', 'gave', 'give', 'gives', 'giving', 'extended', 'offered']);

/**
 * "granted an amnesty to 500 prisoners": a giving verb whose object is clemency is the pardon (`yield.pardon`, CAMEO 0811,
 * PLOVER CONCEDE), not aid; "granted" belongs to `aid.give` in the trigger trie, so the draft is recoded here.
 */
function grantedPardon(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.form !== 'verb' || !GRANT.has(ctx.norm(draft.trigger.tokenStart))) return false;
  const hit = objectCode(ctx, draft.trigger.tokenEnd, CLEMENCY, 5);
  return hit !== null && recodeTo(draft, 'yield.pardon', `object:${hit.head}`, hit.code);
}

/** Verbs of supplying (not "sent": "sent drones to Kyiv" may be the attack itself). */
const SUPPLY = new Set(['supplied', 'supply', 'supplies', 'supplying', 'provided', 'provide', 'provides', 'providing', 'delivered',
  'deliver', 'delivers', 'shipped', 'gave', 'give', 'gives', 'giving', 'transferred', 'transfer', 'transfers', 'transferring']);

/**
 * "Iran supplied drones to Russia", "supplied the Houthis with ballistic missiles", "shipped artillery shells to Russia":
 * a weapon of the weapons layer in the object of a verb of supplying is military aid (072), as the listed heads are.
 * The object ends at a clause word, a comma or the end of the clause; a weapon after "by", "from", "at" or "on" is not
 * the thing given ("delivered the message by drone").
 */
function weaponObject(ctx: SentenceContext, draft: EventDraft): { code: string; head: string; at: number } | null {
  if (draft.form !== 'verb' || draft.voice !== 'active' || !SUPPLY.has(ctx.norm(draft.trigger.tokenStart))) return null;
  const end = draft.trigger.tokenEnd;
  for (let k = end; k < Math.min(ctx.to, end + 9); k++) {
    const n = ctx.norm(k);
    if (ctx.isBoundary(k) || n === ',' || (k > end && CLAUSE_WORDS.has(n)) || NOT_GIVEN.has(n)) return null;
    const w = ctx.weapon(k);
    if (w) return { code: '072', head: 'weapon', at: k };
  }
  return null;
}
const NOT_GIVEN = new Set(['by', 'from', 'at', 'on', 'against', 'in', 'near', 'into']);

/** Words before "armed" that make it an adjective ("the recent armed clashes", "heavily armed men"). */
const ADJECTIVE_BEFORE = new Set(['the', 'a', 'an', 'recent', 'last', 'these', 'those', 'this', 'that', 'heavily', 'lightly', 'well', 'fully', 'unidentified', 'unknown', 'several', 'many', 'two', 'three', 'other']);

export const aid: Family = {
  name: 'aid',
  check(ctx, draft) {
    // "X received weapons from Y": Y gives, X receives
    if (draft.entry.id === 'aid.receive') {
      const giver = draft.recipients;
      if (giver.length === 0) return 'aid:received-without-giver';
      draft.recipients = mapList(draft.actors, (a) => filled(a.mention, 'role:receiver', a.how));
      draft.actors = mapList(giver, (g) => filled(g.mention, 'role:giver', g.how));
      draft.cameo = /weapons|arms|military/.test(ctx.norm(draft.trigger.tokenStart + 1) + ' ' + ctx.norm(draft.trigger.tokenStart + 2)) ? '072' : '070';
      return null;
    }
    // "the recent armed clashes", "heavily armed men": "armed" after a determiner or modifier is an adjective
    if (draft.entry.id === 'aid.military' && ctx.norm(draft.trigger.tokenStart) === 'armed' && ADJECTIVE_BEFORE.has(ctx.norm(draft.trigger.tokenStart - 1))) return 'aid:armed-adjective';
    if (draft.entry.id !== 'aid.give') return null;
    const hit = objectCode(ctx, draft.trigger.tokenEnd, GIVEN, 9) ?? weaponObject(ctx, draft);
    if (!hit) return extendedMeasure(ctx, draft) || grantedPardon(ctx, draft) ? null : 'aid:no-aid-object';
    // "sent weapons into Gaza" is no aid: a sending verb needs a recipient ("to X")
    if (SEND.has(ctx.norm(draft.trigger.tokenStart)) && draft.recipients.length === 0 && hit.code !== '154') return 'aid:sent-without-recipient';
    draft.cameo = hit.code;
    draft.cameoRule = `object:${hit.head}`;
    return null;
  },
  complete(ctx, draft) {
    recodeIntent(ctx, draft);
  },
};
