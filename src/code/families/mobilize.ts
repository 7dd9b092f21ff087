import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';

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

/** Deployments, patrols and positions: without a named actor, only when force words say who moved. */
export const mobilize: Family = {
  name: 'mobilize',
  check(ctx, draft) {
    if (draft.actors.length === 0 && !forceNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd)) return 'mobilize:no-force';
    if (peacekeepingNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd)) {
      draft.cameo = '074';
      draft.cameoRule = 'object:peacekeepers';
    }
    return null;
  },
};
