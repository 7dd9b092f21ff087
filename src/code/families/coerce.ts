import { heldBeforeRelease, RULE_HELD_BEFORE_RELEASE } from './held-before-release.js';
import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { codesByHead, objectCode } from './object-codes.js';
import { recodeThreat } from './intent.js';
import { fleeRejection } from './flee.js';
import { forceOutRejection } from './force-out.js';
import { recodeCapturedPeople } from './capture-person.js';
import { gatheringObject } from './banned-gathering.js';
import { recodeTo } from './recode.js';

/**
 * Coercion. Expelling diplomats, inspectors, observers or peacekeepers reduces relations (CAMEO 16,
 * PLOVER SANCTION expel) rather than deporting people (174, COERCE). Announced curfews, blockades
 * and bans are threats (intent.ts).
 */
const EXPELLED = codesByHead({
  '161': ['diplomats', 'diplomat', 'ambassador', 'envoy', 'attache', 'attaché', 'consul', 'embassy staff'],
  '1661': ['peacekeepers', 'peacekeeping troops', 'peacekeeping mission', 'peacekeeping force', 'peacekeeping operation'],
  '1662': ['inspectors', 'observers', 'monitors'],
  '1663': ['aid agencies', 'aid workers', 'relief agencies', 'humanitarian workers', 'aid agency', 'relief agency', 'refugee agency',
    'humanitarian agency', 'humanitarian agencies', 'aid organisations', 'aid organizations'],
});

/** Heads of a piece of territory taken: the object of "seized" that makes it a capture, not a confiscation (1711). */
const TERRITORY = new Set(['town', 'towns', 'village', 'villages', 'city', 'cities', 'airport', 'airbase', 'air base', 'military base', 'base',
  'bases', 'hill', 'hills', 'district', 'districts', 'area', 'areas', 'region', 'province', 'border crossing', 'crossing', 'port',
  'positions', 'position', 'outpost', 'outposts', 'stronghold', 'strongholds', 'territory', 'capital', 'neighbourhood', 'neighborhood',
  'suburb', 'suburbs', 'island', 'islands', 'garrison', 'checkpoint', 'checkpoints']);
/** Words that may stand before the territory head: determiners, demonyms and other capitalised modifiers, a few adjectives. */
const TERRITORY_MODIFIERS = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'key', 'strategic', 'nearby', 'northern', 'southern',
  'eastern', 'western', 'central', 'border', 'frontline', 'front-line', 'rebel-held', 'government-held', 'small', 'large', 'main']);

/**
 * "seized the village", "seize Ukrainian town", "seized control of" (its own phrase): the object of an active "seized" is a
 * piece of territory (a place name or a territory noun after determiners and modifiers) when it is captured, not goods
 * confiscated ("seized weapons", "seized the ship's cargo").
 */
function seizedTerritory(ctx: SentenceContext, draft: EventDraft): boolean {
  if (draft.form !== 'verb' || draft.voice !== 'active') return false;
  const end = draft.trigger.tokenEnd;
  for (let k = end; k < Math.min(ctx.to, end + 4); k++) {
    const n = ctx.norm(k);
    const place = ctx.place(k);
    if (place && place.tokenStart === k) return !ctx.actor(k) || ctx.actor(k)?.data.kind === 'state';
    if (TERRITORY.has(n) || TERRITORY.has(`${n} ${ctx.norm(k + 1)}`)) return true;
    const t = ctx.token(k);
    if (!(TERRITORY_MODIFIERS.has(n) || (t && t.kind === 'word' && t.cap))) return false;
  }
  return false;
}

/** What an embargo stops: the object of "banned" that makes the ban a sanction (CAMEO 163). */
const TRADE = codesByHead({ '163': ['imports', 'exports', 'trade', 'import', 'export', 'arms sales', 'oil imports', 'oil exports'] });
const BAN_VERBS = new Set(['banned']);
/** "banned the opposition party": a ban of a party is CAMEO 1722 (restrict.ban), not a curfew-like ban (1723). */
const PARTY = codesByHead({ '1722': ['party', 'parties', 'opposition party', 'political party', 'political parties', 'opposition parties'] });
/** "shut down the internet in Amhara": withholding a public service is CAMEO 170 (as "cut off the internet", halt.ts). */
const SERVICE = codesByHead({ '170': ['internet', 'internet access', 'mobile networks', 'mobile phone networks', 'mobile internet',
  'phone lines', 'telephone lines', 'communications', 'electricity', 'power supply', 'water supply'] });
/** "shut down independent newspapers": closing the media is censorship, CAMEO 1721 (restrict.censor). */
const MEDIA = codesByHead({ '1721': ['newspaper', 'newspapers', 'independent newspapers', 'media outlets', 'news outlets', 'news websites',
  'television station', 'television stations', 'tv station', 'tv stations', 'radio station', 'radio stations', 'broadcaster',
  'broadcasters', 'news agency', 'independent media'] });

export const coerce: Family = {
  name: 'coerce',
  check(ctx, draft) {
    // "released the reporter, who was detained for two days": custody that describes the person freed (held-before-release.ts)
    if (heldBeforeRelease(ctx, draft)) return RULE_HELD_BEFORE_RELEASE;
    // "seized two smugglers": a seizure of people is an arrest (capture-person.ts)
    if (draft.entry.id === 'coerce.seize') recodeCapturedPeople(ctx, draft);
    // "Russian troops seized the village", "rebels seize Ukrainian town": a seizure of territory is a capture (fight.capture)
    if (draft.entry.id === 'coerce.seize' && seizedTerritory(ctx, draft)) {
      recodeTo(draft, 'fight.capture', 'coerce:seized-territory');
    }
    // "banned all demonstrations": the ban of gatherings, a security measure (banned-gathering.ts)
    if (draft.entry.id === 'coerce.restrict' && ctx.norm(draft.trigger.tokenStart) === 'banned' && gatheringObject(ctx, draft.trigger.tokenEnd)) {
      recodeTo(draft, 'restrict.ban-gathering', 'coerce:banned-gathering');
    }
    // "banned imports of Georgian wine", "banned all trade with Iran": an embargo (CAMEO 163, SANCTION), not a curfew-like ban
    if (draft.entry.id === 'coerce.restrict' && draft.form === 'verb' && BAN_VERBS.has(ctx.norm(draft.trigger.tokenStart))) {
      const trade = objectCode(ctx, draft.trigger.tokenEnd, TRADE, 4);
      if (trade) recodeTo(draft, 'sanction.impose', `coerce:banned-${trade.head}`, trade.code);
    }
    if (draft.entry.id === 'coerce.restrict' && draft.form === 'verb' && BAN_VERBS.has(ctx.norm(draft.trigger.tokenStart))) {
      const party = objectCode(ctx, draft.trigger.tokenEnd, PARTY, 4);
      if (party) recodeTo(draft, 'restrict.ban', `coerce:banned-${party.head}`, party.code);
    }
    if (draft.entry.id === 'coerce.restrict' && draft.form === 'verb' && ctx.norm(draft.trigger.tokenStart) === 'shut') {
      const service = objectCode(ctx, draft.trigger.tokenEnd, SERVICE, 4);
      if (service) {
        draft.cameo = service.code;
        draft.cameoRule = `coerce:shut-down-${service.head}`;
      }
      const media = service ? null : objectCode(ctx, draft.trigger.tokenEnd, MEDIA, 4);
      if (media) recodeTo(draft, 'restrict.censor', `coerce:shut-down-${media.head}`, media.code);
    }
    if (draft.entry.id === 'coerce.force-out') return forceOutRejection(ctx, draft);
    return draft.entry.id === 'coerce.flee' ? fleeRejection(ctx, draft) : null;
  },
  complete(ctx, draft) {
    if (draft.entry.id === 'coerce.expel' || draft.entry.id === 'coerce.force-out') {
      const hit = objectCode(ctx, draft.trigger.tokenEnd, EXPELLED, 6);
      if (hit) {
        draft.cameo = hit.code;
        draft.cameoRule = `object:${hit.head}`;
      }
    }
    recodeThreat(ctx, draft);
  },
};
