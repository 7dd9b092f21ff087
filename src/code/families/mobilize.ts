import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import { movedForcesRecipient } from './own-forces.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { filled } from '../../pipeline/draft.js';
import { BE_FORMS } from '../words.js';

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

/** Fight words in the sentence of "reached" that make the reaching an advance of the fight. */
const FIGHT_WORDS = new Set(['clashes', 'clash', 'fighting', 'battle', 'battles', 'firefight', 'offensive', 'attack', 'assault']);

/** Nouns of places that forces reach ("reached the outskirts of the city", "reached the front line"). */
const REACHED_PLACES = new Set(['outskirts', 'town', 'city', 'village', 'villages', 'area', 'areas', 'border', 'front', 'frontline', 'base', 'airport', 'port', 'district', 'province', 'region', 'camp', 'centre', 'center', 'entrance', 'edge', 'gates', 'vicinity', 'neighbourhood', 'neighborhood', 'road', 'highway', 'junction', 'crossing', 'bridge', 'hill', 'mountain', 'positions', 'governorate', 'countryside']);

/**
 * "reached the outskirts of the town", "reached Qamishli": the object of "reached" must be a place (a place mention or a
 * place noun within its first words), not a number or a state ("reached 40 degrees", "reached a stalemate"); the phrases of
 * heading somewhere need no object.
 */
function movedTo(ctx: SentenceContext, draft: EventDraft): boolean {
  if (ctx.norm(draft.trigger.tokenStart) !== 'reached') return true;
  // "forces reached the village following clashes with …": reaching a place in a fight is an advance, the fight's own event
  for (let k = ctx.from; k < ctx.to; k++) if (FIGHT_WORDS.has(ctx.norm(k))) return false;
  for (let k = draft.trigger.tokenEnd; k < Math.min(ctx.to, draft.trigger.tokenEnd + 4); k++) {
    if (ctx.place(k) || REACHED_PLACES.has(ctx.norm(k))) return true;
    if (ctx.isBoundary(k) || ctx.norm(k) === ',' || ctx.number(k)) return false;
  }
  return false;
}

/** "the deployment of (the first) NATO peacekeeping troops": an actor within four words after "of" is the deploying force. */
function deployedOf(ctx: SentenceContext, draft: EventDraft): void {
  const of = draft.trigger.tokenEnd;
  if (ctx.norm(of) !== 'of') return;
  for (let k = of + 1; k < Math.min(ctx.to, of + 5); k++) {
    const a = ctx.actor(k);
    if (a && a.tokenStart === k) {
      draft.actors = [filled(a, 'role:deployment-of', 'stated')];
      return;
    }
    const n = ctx.norm(k);
    if (n === ',' || ctx.isBoundary(k) || n === 'to' || n === 'in' || n === 'into') return;
  }
}

/** Verbs of rallying that are a mobilization only when forces are rallied. */
const CIVIL_VERBS = new Set(['mobilized', 'mobilised', 'mobilize', 'mobilise', 'mobilizes', 'mobilises', 'mobilization', 'mobilisation']);

/** Exercises and patrols, which two or more countries may hold together. */
const JOINT_ENTRIES = new Set(['mobilize.drill', 'mobilize.patrol']);
const JOINT_WORDS = new Set(['joint', 'jointly', 'combined', 'multinational', 'bilateral', 'together']);

function jointNear(ctx: SentenceContext, start: number, end: number): boolean {
  for (let i = Math.max(ctx.from, start - 3); i < Math.min(ctx.to, end + 2); i++) if (JOINT_WORDS.has(ctx.norm(i))) return true;
  return false;
}

/** Distinct countries of the draft's actors ("French and Egyptian warships"). */
function countriesOf(draft: { actors: { mention: { data: { country: string | null } } }[] }): number {
  const seen = new Set<string>();
  for (const a of draft.actors) if (a.mention.data.country) seen.add(a.mention.data.country);
  return seen.size;
}

/** Deployments, patrols and positions: without a named actor, only when force words say who moved. */
export const mobilize: Family = {
  name: 'mobilize',
  check(ctx, draft) {
    if (draft.entry.id === 'mobilize.move' && !movedTo(ctx, draft)) return 'mobilize:reached-no-place';
    if (draft.entry.id === 'mobilize.prepare') {
      if (ctx.norm(draft.trigger.tokenEnd) !== 'to') return 'mobilize:prepared-without-infinitive';
      // "is prepared to strike": readiness, which the threaten reading owns; "the army prepared to resume shelling": forces get ready
      if (ctx.norm(draft.trigger.tokenStart) === 'prepared' && BE_FORMS.has(ctx.norm(draft.trigger.tokenStart - 1))) return 'mobilize:prepared-as-readiness';
      const armed = draft.actors.length > 0 && draft.actors.every((a) => ARMED_SECTORS.has(a.mention.data.sector ?? ''));
      if (!armed && !forceBefore(ctx, draft.trigger.tokenStart)) return 'mobilize:prepared-without-forces';
    }
    if (draft.entry.id === 'mobilize.enter' || draft.entry.id === 'mobilize.move') {
      // "police prevented the people from entering the building": the entering is someone else's, and did not happen
      if (ctx.norm(draft.trigger.tokenStart - 1) === 'from') return 'mobilize:prevented-from-entering';
      const armed = draft.actors.length > 0 && draft.actors.every((a) => ARMED_SECTORS.has(a.mention.data.sector ?? ''));
      if (!armed && !forceBefore(ctx, draft.trigger.tokenStart)) return 'mobilize:entered-without-forces';
    }
    if (draft.actors.length === 0 && !forceNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd)) return 'mobilize:no-force';
    // "mobilized pressure groups", "called on Arabs to mobilize against": rallying people who are no armed force (PLOVER
    // MOBILIZE is military or police moves only)
    if (CIVIL_VERBS.has(ctx.norm(draft.trigger.tokenStart)) && !forceNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd) &&
      !draft.actors.some((a) => ARMED_SECTORS.has(a.mention.data.sector ?? ''))) return 'mobilize:civil-mobilization';
    if (peacekeepingNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd)) {
      draft.cameo = '074';
      draft.cameoRule = 'object:peacekeepers';
    }
    return null;
  },
  complete(ctx, draft) {
    // "the deployment of NATO peacekeeping troops": the forces after "of" are who deploys
    if (draft.entry.id === 'mobilize.deploy' && draft.form === 'noun' && draft.actors.length === 0) deployedOf(ctx, draft);
    // "deployed its troops to Mali": the country entered is the recipient, not the forces sent
    if (draft.entry.id === 'mobilize.deploy') movedForcesRecipient(ctx, draft);
    // joint exercises and patrols are military cooperation (CAMEO 062, PLOVER COOPERATE); one country's are MOBILIZE
    if (JOINT_ENTRIES.has(draft.entry.id) && (jointNear(ctx, draft.trigger.tokenStart, draft.trigger.tokenEnd) || countriesOf(draft) >= 2)) {
      draft.cameo = '062';
      draft.cameoRule = 'mobilize:joint-exercise';
    }
  },
};
