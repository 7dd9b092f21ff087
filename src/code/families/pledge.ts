import type { Family } from '../family.js';
import { movedForcesRecipient } from './own-forces.js';
import { objectCode } from './object-codes.js';
import { GIVEN } from './aid.js';

/** Promises whose object is aid given: CAMEO 033x (express intent to provide economic 0331, military 0332, humanitarian 0333 aid, protection 0334). */
const PROMISE_AID = new Set(['pledge.promise', 'pledge.offer']);
const AID_INTENT: Record<string, string> = { '071': '0331', '072': '0332', '073': '0333', '074': '0334', '075': '033' };

/**
 * Offers, promises and readiness to act are AGREE, unless the act offered is harm ("ready to attack",
 * "prepared to impose martial law"): those are threats, recoded CAMEO 138 (PLOVER THREATEN).
 */
const HARMFUL = new Set([
  'attack', 'strike', 'hit', 'kill', 'destroy', 'eradicate', 'eliminate', 'annihilate', 'wipe', 'invade', 'bomb', 'shell',
  'retaliate', 'avenge', 'punish', 'target', 'fire', 'shoot', 'seize', 'occupy', 'expel', 'arrest', 'execute', 'crush',
  'defeat', 'sanction', 'blockade', 'storm', 'confront', 'fight', 'impose', 'punish', 'die', 'sacrifice', 'go',
]);

const SELF_HARM = new Set(['die', 'sacrifice', 'go']);

export const pledge: Family = {
  name: 'pledge',
  check(ctx, draft) {
    let k = draft.trigger.tokenEnd;
    if (ctx.norm(k) === 'to') k++;
    while (ctx.norm(k).endsWith('ly') || ctx.norm(k) === 'not') k++;
    const act = ctx.norm(k);
    // "pledged 500 million dollars to rebuild Gaza", "offered military assistance to Syria": intent to give aid, CAMEO 033x
    if (!HARMFUL.has(act)) {
      const given = draft.form === 'verb' && PROMISE_AID.has(draft.entry.id) ? objectCode(ctx, draft.trigger.tokenEnd, GIVEN, 6) : null;
      const code = given ? AID_INTENT[given.code] : undefined;
      if (given && code) {
        draft.cameo = code;
        draft.cameoRule = `object:${given.head}`;
      }
      return null;
    }
    // "ready to die", "prepared to go": no harm to anyone else, no threat either
    if (SELF_HARM.has(act)) return 'pledge:harmful-act';
    // "is prepared to impose martial law", "ready to attack": readiness to harm is a threat (CAMEO 138, PLOVER THREATEN)
    draft.cameo = '138';
    draft.cameoRule = `readiness-to-harm:${draft.entry.id}`;
    return null;
  },
  complete(ctx, draft) {
    // "offered to withdraw its troops from Lebanon": the country the forces leave, not the forces
    movedForcesRecipient(ctx, draft, true);
  },
};
