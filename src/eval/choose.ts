import type { Event } from '../model/event.js';
import { isPlaceCountry } from '../model/actor.js';
import type { Location } from '../model/location.js';
import type { Doc, Mention, PlaceData } from '../pipeline/doc.js';
import type { Quantity } from '../model/quantity.js';
import { backgroundFight } from '../resolve/backdrop-fight.js';
import { supportAct } from '../resolve/support-act.js';

/**
 * Which of our events stands for a gold record that codes one event. Two documented policies:
 *
 * - `severity` (ACLED notes, one violent or political event per note): prefer asserted/ongoing events;
 *   then events that carry an ACLED code; then events that name an actor or recipient; then material conflict (quad class 4 before 3, 2, 1); then the
 *   lowest Goldstein score (most severe); ties → the first in text order. A fight told only as the backdrop of another act
 *   gives way to a strategic development (`beyondBackdrop`). Then demonstrations first, as
 *   ACLED codes them: a protest replaces violence against civilians or a strategic development, a riot
 *   replaces a protest or a strategic development (`demonstrationFirst`); an event coded a peaceful protest only for its
 *   sentence's protest cue (the killing protested) gives way to the demonstration's own event.
 * - `first` (single sentences from the CAMEO manual / PLOVER GSR, coded for their main event): prefer
 *   asserted/ongoing events, then the first in text order.
 */
export type ChoosePolicy = 'severity' | 'first';

const REAL = new Set(['asserted', 'ongoing']);

/**
 * Did the event itself happen? A threat's modality describes the threatened act ("will strike if …"), not
 * the threat, which was made; a promise (AGREE) is made even though what it promises lies ahead.
 */
export function happened(e: Event): boolean {
  if (REAL.has(e.modality)) return true;
  if (e.codes.plover.type === 'THREATEN') return e.modality === 'threatened' || e.modality === 'conditional' || e.modality === 'future';
  if (e.codes.plover.type === 'AGREE') return e.modality === 'future';
  return false;
}

/** An event that names who acted or who was hit says more about the incident than one that names nobody. */
function hasParticipants(e: Event): boolean {
  return e.actors.length > 0 || (e.recipients.some((a) => !isPlaceCountry(a)) && !outcomeOnly(e));
}

/** Words that tell only the outcome of an attack ("two soldiers were killed"), not the attack itself. */
const OUTCOME = new Set(['killed', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'died', 'dead', 'death', 'deaths']);

/**
 * An event told only by its outcome, with no attacker ("three fighters were killed in the strikes"), names its
 * victims but not the incident: it does not outrank the attack it reports on for naming participants.
 */
function outcomeOnly(e: Event): boolean {
  return e.actors.length === 0 && e.triggers.length > 0 && e.triggers.every((t) => OUTCOME.has(t.text.toLowerCase()));
}

function textOrder(a: Event, b: Event): number {
  return a.span[0] - b.span[0] || a.sentence - b.sentence;
}

export function chooseEvent(events: readonly Event[], policy: ChoosePolicy): Event | null {
  if (events.length === 0) return null;
  const ranked = events.map((e, i) => ({ e, i }));
  ranked.sort((x, y) => {
    const a = x.e;
    const b = y.e;
    const real = Number(happened(b)) - Number(happened(a));
    if (real) return real;
    if (policy === 'severity') {
      const acled = Number(b.codes.acled != null) - Number(a.codes.acled != null);
      if (acled) return acled;
      const named = Number(hasParticipants(b)) - Number(hasParticipants(a));
      if (named) return named;
      const quad = b.codes.quadClass - a.codes.quadClass;
      if (quad) return quad;
      const gold = a.codes.goldstein - b.codes.goldstein;
      if (gold) return gold;
    }
    return textOrder(a, b) || x.i - y.i;
  });
  let best = ranked[0]!.e;
  if (policy === 'severity') best = beyondSupport(beyondBackdrop(best, ranked.map((r) => r.e)), ranked.map((r) => r.e));
  return policy === 'severity' ? demonstrationFirst(best, ranked.map((r) => r.e)) : best;
}

/**
 * A fight told only as the backdrop of another act ("an agreement was reached following days of fighting", "a curfew
 * after intense clashes"; `background-fight.ts`) gives way to the next-ranked event that happened, carries an ACLED code
 * and is no backdrop itself.
 */
function beyondBackdrop(best: Event, ranked: readonly Event[]): Event {
  if (!happened(best) || !backgroundFight(best)) return best;
  return ranked.find((e) => e !== best && happened(e) && e.codes.acled != null && !backgroundFight(e) && RIVAL.has(e.codes.acled.eventType)) ?? best;
}

/**
 * An attack told only as the backing of another act ("forces, supported by coalition air raids, clashed with …";
 * `support-act.ts`) gives way to the next-ranked fight or attack of its sentence that happened, carries an ACLED code
 * and backs nothing itself.
 */
function beyondSupport(best: Event, ranked: readonly Event[]): Event {
  if (!happened(best) || !supportAct(best)) return best;
  return ranked.find((e) => e !== best && e.sentence === best.sentence && happened(e) && e.codes.acled != null && (e.family === 'fight' || e.family === 'assault') && !supportAct(e)) ?? best;
}

/** What may take a backdrop fight's place: a strategic development (an agreement, curfew, deployment, looting); a violent event beside it is told for its own sake. */
const RIVAL = new Set(['Strategic developments']);

/**
 * ACLED codes a demonstration as the event even when force, arrests or attacks on people occur at it
 * (protest with intervention, excessive force) and a violent demonstration as a riot: a protest beats
 * violence against civilians and strategic developments, and a riot beats a protest, a strategic
 * development or an attack coded as a battle whose attackers are unnamed or civilians (the same crowd's violence
 * read without its crowd words; a clash stays a battle). Only events that happened and carry an ACLED type take part.
 */
/** Sectors of people who are no armed group: a battle by them (or by nobody named) can be a crowd's riot. */
const CROWD = new Set(['CVL', 'PRO', 'EDU', 'LAB', 'AGR', 'REF', 'BUS', 'REL', 'MED', 'OPP', 'PTY']);

function demonstrationFirst(best: Event, ranked: readonly Event[]): Event {
  if (!happened(best)) return best;
  const typed = (t: string): Event | undefined => ranked.find((e) => happened(e) && e.codes.acled?.eventType === t);
  let chosen = best;
  const type = (): string | undefined => chosen.codes.acled?.eventType;
  if (type() === 'Violence against civilians' || type() === 'Strategic developments') chosen = typed('Protests') ?? chosen;
  if (type() === 'Protests' || type() === 'Strategic developments') chosen = typed('Riots') ?? chosen;
  // "relatives of a man found dead protested": the sentence's protest cue codes the killing a peaceful protest too; the
  // demonstration itself is the note's event, not the act it protests (an intervention at a protest, "police dispersed
  // the sit-in", keeps its own sub-event type and stays)
  if (type() === 'Protests' && chosen.family !== 'protest' && chosen.codes.acled?.subEventType === 'Peaceful protest') chosen = ranked.find((e) => happened(e) && e.codes.acled?.eventType === 'Protests' && e.family === 'protest') ?? chosen;
  // a crowd's violence told twice ("rioters attacked a man … the group beat him"): the mention that names no armed attacker is the riot
  if (type() === 'Battles' && chosen.family === 'assault' && chosen.actors.every((a) => CROWD.has(a.sector ?? ''))) chosen = typed('Riots') ?? chosen;
  if (type() === 'Explosions/Remote violence') chosen = ranked.find((e) => happened(e) && e.codes.acled?.eventType === 'Battles' && returnFire(e)) ?? chosen;
  return chosen;
}

/** Phrases for an exchange of fire: a shelling or bombing answered with fire is a battle (ACLED armed clash). */
const EXCHANGE = new Set(['exchanged fire', 'exchange fire', 'exchanging fire', 'exchanged gunfire', 'exchange of fire', 'firefight',
  'firefights', 'gun battle', 'gunbattle', 'gun battles', 'returned fire', 'return fire', 'returning fire', 'returned the fire',
  'fired back', 'firing back', 'shot back']);

function returnFire(e: Event): boolean {
  return e.triggers.some((t) => EXCHANGE.has(t.text.toLowerCase()));
}

const PRECISION_RANK: Record<string, number> = { site: 0, city: 1, admin1: 2, country: 3, region: 4 };

/** The most specific place named in the document (first of the most precise kind), or null. */
export function mostSpecificPlace(doc: Doc): Mention<PlaceData> | null {
  let best: Mention<PlaceData> | null = null;
  for (const p of doc.places) {
    if (!best || (PRECISION_RANK[p.data.precision] ?? 9) < (PRECISION_RANK[best.data.precision] ?? 9)) best = p;
  }
  return best;
}

/** A place as the three fields the location scorers compare. */
export interface PlaceView {
  name: string;
  text: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  from: 'event' | 'document' | 'none';
}

/** Our event's first location; fallback: the document's most specific place. */
export function eventPlace(event: Event | null, doc: Doc): PlaceView {
  const loc: Location | undefined = event?.locations[0];
  if (loc) return { name: loc.name, text: loc.text, country: loc.country, admin1: loc.admin1, lat: loc.lat, lon: loc.lon, from: 'event' };
  const p = mostSpecificPlace(doc);
  if (p) return { name: p.data.name, text: p.text, country: p.data.country, admin1: p.data.admin1, lat: p.data.lat, lon: p.data.lon, from: 'document' };
  return { name: '', text: '', country: null, admin1: null, lat: null, lon: null, from: 'none' };
}

/**
 * Fatalities of an event: its `fatalities` total (src/resolve/fatalities.ts); for events without one
 * (stored before it existed) the sum of its `killed` quantities (distinct spans), each counted at its
 * lower bound (min, else value; ACLED codes the lowest reported figure), 0 when there are none.
 */
export function killedCount(event: Event | null): number {
  if (!event) return 0;
  if (event.fatalities) return event.fatalities.count;
  const seen = new Set<string>();
  let total = 0;
  for (const q of event.quantities as Quantity[]) {
    if (q.kind !== 'killed') continue;
    const key = `${q.span[0]}:${q.span[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total += q.min ?? q.value ?? 0;
  }
  return total;
}
