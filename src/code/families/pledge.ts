import type { Family } from '../family.js';
import { movedForcesRecipient } from './own-forces.js';

/**
 * Offers, promises and readiness to act are AGREE, unless the act offered is harm ("ready to attack",
 * "prepared to impose martial law"): those are threats, left to the threaten family.
 */
const HARMFUL = new Set([
  'attack', 'strike', 'hit', 'kill', 'destroy', 'eradicate', 'eliminate', 'annihilate', 'wipe', 'invade', 'bomb', 'shell',
  'retaliate', 'avenge', 'punish', 'target', 'fire', 'shoot', 'seize', 'occupy', 'expel', 'arrest', 'execute', 'crush',
  'defeat', 'sanction', 'blockade', 'storm', 'confront', 'fight', 'impose', 'punish', 'die', 'sacrifice', 'go',
]);

export const pledge: Family = {
  name: 'pledge',
  check(ctx, draft) {
    let k = draft.trigger.tokenEnd;
    if (ctx.norm(k) === 'to') k++;
    while (ctx.norm(k).endsWith('ly') || ctx.norm(k) === 'not') k++;
    if (HARMFUL.has(ctx.norm(k))) return 'pledge:harmful-act';
    return null;
  },
  complete(ctx, draft) {
    // "offered to withdraw its troops from Lebanon": the country the forces leave, not the forces
    movedForcesRecipient(ctx, draft, true);
  },
};
