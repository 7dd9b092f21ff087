import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import { movedForcesRecipient } from './own-forces.js';

/** Words for the forces that move, deploy or dig in, when no named actor was bound ("a convoy of trucks entered", "500 members of the army were deployed"). */
export const FORCE_WORDS: ReadonlySet<string> = new Set(['convoy', 'convoys', 'forces', 'troops', 'soldiers', 'army', 'military', 'vehicles', 'reinforcements', 'police', 'policemen', 'militants', 'fighters', 'units', 'tanks', 'brigade', 'battalion', 'guard', 'guards', 'militia', 'militias', 'militiamen', 'patrol', 'patrols', 'commanders', 'personnel', 'gendarmes', 'gendarmerie', 'marines', 'navy', 'warships', 'helicopters', 'coalition']);

function forceNear(ctx: SentenceContext, start: number, end: number): boolean {
  for (let i = Math.max(ctx.from, start - 10); i < Math.min(ctx.to, end + 4); i++) if (FORCE_WORDS.has(ctx.norm(i))) return true;
  return false;
}

/** Peacekeeping forces: deploying them is military protection (CAMEO 074, PLOVER AID peacekeeping), not a mobilization. */
const PEACEKEEPING = new Set(['peacekeepers', 'peacekeeper', 'peacekeeping', 'peace-keeping', 'peace-keepers', 'blue-helmets']);

/** A peacekeeping word in the clause before the trigger (its subject) or right after it (its object). */
function peacekeepingNear(ctx: SentenceContext, start: number, end: number): boolean {
  for (let i = Math.max(ctx.from, start - 8); i < Math.min(ctx.to, end + 3); i++) {
    if (PEACEKEEPING.has(ctx.norm(i))) return true;
  }
  return false;
}

/** Sectors of armed actors: forces that enter a place are moving, anyone else is visiting or protesting. */
const ARMED_SECTORS = new Set(['MIL', 'COP', 'REB', 'MILITIA', 'UAF', 'PRM', 'SPY']);

/** A force word among the up to 8 words before the trigger, back to a comma or the clause start ("dozens of military vehicles reportedly entered"). */
function forceBefore(ctx: SentenceContext, start: number): boolean {
  for (let i = start - 1; i >= ctx.from && i >= start - 8; i--) {
    const n = ctx.norm(i);
    if (n === ',' || n === ';' || n === ':') return false;
    if (FORCE_WORDS.has(n)) return true;
  }
  return false;
}

/** Deployments, patrols and positions: without a named actor, only when force words say who moved. */
export const mobilize: Family = {
  name: 'mobilize',
  check(ctx, draft) {
    if (draft.entry.id === 'mobilize.enter') {
      // "police prevented the people from entering the building": the entering is someone else's, and did not happen
      if (ctx.norm(draft.trigger.tokenStart - 1) === 'from') return 'mobilize:prevented-from-entering';
      const armed = draft.actors.length > 0 && draft.actors.every((a) => ARMED_SECTORS.has(a.mention.data.sector ?? ''));
      if (!armed && !forceBefore(ctx, draft.trigger.tokenStart)) return 'mobilize:entered-without-forces';
    }
    if (draft.actors.length === 0 && !forceNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd)) return 'mobilize:no-force';
    if (peacekeepingNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd)) {
      draft.cameo = '074';
      draft.cameoRule = 'object:peacekeepers';
    }
    return null;
  },
  complete(ctx, draft) {
    // "deployed its troops to Mali": the country entered is the recipient, not the forces sent
    if (draft.entry.id === 'mobilize.deploy') movedForcesRecipient(ctx, draft);
  },
};
