import { RULE_BARE_BODY } from '../recognise/actor-rules/bare-state-body.js';
import type { Doc, Mention, ActorData } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { loadActorData } from '../recognise/actor-data.js';
import type { ActorEntry } from '../recognise/actor-types.js';
import type { Actor } from '../model/actor.js';
import type { Location } from '../model/location.js';
import { copyActor } from './to-model.js';
import { emptyList, mapList } from '../util/lists.js';

/**
 * Where an event happened, read from who took part when the text names no place: the actors' and
 * recipients' countries, with intervention coalitions and operations counted in the country they operate
 * in (their `theatre` in data/actors: the Saudi-led coalition fights in Yemen, Operation Peace Spring in
 * Syria), and a state's forces acting on another country's people counted where those people are.
 */

let theatres: Map<string, string> | null = null;

/** Dictionary id → the one country the actor operates in (data/actors entries with `theatre`). */
function theatreOf(id: string | null | undefined): string | null {
  if (!id) return null;
  if (!theatres) {
    theatres = new Map();
    for (const e of loadActorData().named) if (e.theatre) theatres.set(e.id, e.theatre);
  }
  return theatres.get(id) ?? null;
}

/** The one country an intervention force or operation acts in (its `theatre`), or null. */
export function theatreOfMention(m: Mention<ActorData>): string | null {
  return theatreOf(m.entry) ?? theatreOf(m.data.ref);
}

/** Country codes that name no one state (UN bodies, other IGOs, regions). */
const NOT_A_STATE = new Set(['UNO', 'IGO', 'EUR', 'AFR', 'WAF', 'EAF', 'SAF', 'NAF', 'MEA', 'ASA', 'SAS', 'SEA', 'WST', 'CAU', 'LAM', 'NMR', 'CRB']);
const STATE_SECTORS = new Set(['MIL', 'GOV', 'COP', 'SPY']);

/** The country where an actor acts: its theatre, else its own country (null for IGOs and unknowns). */
export function actingCountry(m: Mention<ActorData>): string | null {
  const t = theatreOf(m.entry) ?? theatreOf(m.data.ref);
  if (t) return t;
  const c = m.data.country;
  return c && c.length === 3 && !NOT_A_STATE.has(c) ? c : null;
}

function isStateForce(m: Mention<ActorData>, country: string): boolean {
  return m.data.country === country && (m.data.kind === 'state' || (m.data.sector != null && STATE_SECTORS.has(m.data.sector)));
}

/** The one non-null value of `list.map(fn)` (null when there is none or several), without the intermediate arrays (their elements kinds vary with the tier that made them). */
function singleOf<T>(list: readonly T[], fn: (x: T) => string | null): string | null {
  let found: string | null = null;
  for (let i = 0; i < list.length; i++) {
    const c = fn(list[i]!);
    if (c === null) continue;
    if (found === null) found = c;
    else if (c !== found) return null;
  }
  return found;
}

/** Sectors of a state's forces and agents that may act abroad (troops, warplanes, intelligence officers, envoys). */
const MOBILE_SECTORS = new Set(['MIL', 'GOV', 'SPY']);

/** A state, or its army, government or intelligence service: an actor whose own country need not be where it acts. */
function mayActAbroad(m: Mention<ActorData>): boolean {
  return m.data.kind === 'state' || (m.data.sector != null && MOBILE_SECTORS.has(m.data.sector));
}

/**
 * Every mention in `list` that acts in `country` is a state's force or agent of that country (no intervention's
 * theatre): the country is then only their nationality, and says nothing of where they act ("Turkish forces
 * shelled the town", "Russian warplanes struck").
 */
export function onlyForcesOf(list: readonly Mention<ActorData>[], country: string): boolean {
  let any = false;
  for (const m of list) {
    if (actingCountry(m) !== country) continue;
    if (theatreOfMention(m) !== null || m.data.country !== country || !mayActAbroad(m)) return false;
    any = true;
  }
  return any;
}

/** Words before an ally of a force ("backed by Hezbollah", "supported by the elite forces of", "along with"). */
const ALLY_WORDS = new Set(['backed', 'supported', 'support', 'alongside', 'along', 'allied', 'allies', 'ally', 'loyal', 'aided', 'assisted', 'joined']);

/**
 * The mention fights beside a state's force, so it shares the force's whereabouts, not its own country's: an ally
 * word within five tokens before it in its sentence, or a coordination with a force ("regime forces, Hizbullah and
 * Lebanese forces").
 */
function besideForce(doc: Doc, m: Mention<ActorData>): boolean {
  const from = doc.sentences[m.sentence]?.tokenStart ?? 0;
  for (let k = m.tokenStart - 1; k >= Math.max(from, m.tokenStart - 5); k--) if (ALLY_WORDS.has(doc.tokens[k]!.norm)) return true;
  const prev = doc.tokens[m.tokenStart - 1]?.norm;
  if (prev !== ',' && prev !== 'and') return false;
  const before = doc.actors.find((a) => a.sentence === m.sentence && (a.tokenEnd === m.tokenStart - 1 || a.tokenStart === m.tokenEnd + 1));
  return before !== undefined && mayActAbroad(before);
}

/**
 * Where a foreign force acts, read from the people rooted in the place: the one country, other than the force's
 * own, of every actor of the document that acts at home (armed groups and rebels, police, civilians, protesters,
 * parties; not states, armies, governments or intelligence services, nor a bare state body, nor the force's allies,
 * who may have come with it). "Turkish forces supported by Syrian National Army allies captured the town from YPG
 * fighters" is in Syria. Null when there is none, or they name several countries.
 */
export function localActorsCountry(doc: Doc, force: string): ActorCountry | null {
  let country: string | null = null;
  let mention: Mention<ActorData> | null = null;
  for (const m of doc.actors) {
    if (m.entry === RULE_BARE_BODY || mayActAbroad(m) || theatreOfMention(m) !== null) continue;
    const c = actingCountry(m);
    if (c === null || c === force || besideForce(doc, m)) continue;
    if (country === null) { country = c; mention = m; } else if (c !== country) return null;
  }
  return country !== null && mention !== null && country !== force ? { country, mention, rule: 'place:local-actors-country' } : null;
}

export interface ActorCountry {
  country: string;
  mention: Mention<ActorData>;
  rule: string;
}

/**
 * For an event in a text that names no place at all: (1) its actors all act in one country; when they are
 * a state's forces and their targets belong to another country, the targets' country (strikes and raids
 * abroad); (2) else its recipients' one country; (3) else the country most of the document's actors act in (on a tie, an intervention's theatre).
 * `crossBorder` events (deployments, aid, interceptions) use only theatres and recipients, never a home country;
 * protests never use their recipients.
 */
export function countryFromActors(doc: Doc, d: EventDraft, crossBorder: boolean): ActorCountry | null {
  // (plain loops and top-level helpers, no closures: this is one of the longest TurboFan compilations of the first pass)
  const actors = mentionsOf(d.actors, false);
  // whom a protest is against says nothing of where it is held (rallies abroad against a foreign state)
  // nor do the neighbours across a border closed ("closed its border with Somalia" happens at home)
  const recipients = d.family === 'protest' ? emptyList<Mention<ActorData>>() : mentionsOf(d.recipients, true);
  // an intervention force named with its own state's forces ("coalition airstrikes and Saudi artillery") acts in its theatre
  const theatre = singleOf(actors, theatreOfMention);
  const own = theatre ?? singleOf(actors, actingCountry);
  const theirs = singleOf(recipients, actingCountry);
  if (own && theirs && own !== theirs && allStateForces(actors, own)) return pick(recipients, theirs, 'place:targets-country');
  // a state's forces in a text that names an operation or intervention that state leads act in its theatre ("Turkish
  // forces shelled the village as part of Operation Peace Spring" is in Syria)
  if (own && actors.length > 0 && allStateForces(actors, own)) {
    const led = ledTheatre(doc.actors, own);
    if (led) return { country: led, mention: actingIn(actors, own), rule: 'place:operation-theatre' };
  }
  if (own && (!crossBorder || viaTheatre(actors, own))) {
    // a state's forces among the people of another country act there
    const local = onlyForcesOf(actors, own) ? localActorsCountry(doc, own) : null;
    return local ?? pick(actors, own, 'place:actor-home-country');
  }
  if (theirs) return pick(recipients, theirs, 'place:recipients-country');
  const best = documentCountry(doc.actors);
  if (!best) return null;
  const local = onlyForcesOf(doc.actors, best) ? localActorsCountry(doc, best) : null;
  return local ?? pick(doc.actors, best, 'place:document-actors-country');
}

/** The fillers' mentions; with `notBorder`, but those of the "border with" rules. */
function mentionsOf(fillers: readonly { mention: Mention<ActorData>; rule: string }[], notBorder: boolean): Mention<ActorData>[] {
  const out = emptyList<Mention<ActorData>>();
  for (let i = 0; i < fillers.length; i++) {
    const a = fillers[i]!;
    if (notBorder && a.rule.startsWith('role:border-with')) continue;
    out.push(a.mention);
  }
  return out;
}

/** The first mention of `list` acting in `c` (`c` was read from the list). */
function actingIn(list: readonly Mention<ActorData>[], c: string): Mention<ActorData> {
  for (let i = 0; i < list.length; i++) if (actingCountry(list[i]!) === c) return list[i]!;
  return undefined as unknown as Mention<ActorData>;
}

function pick(list: readonly Mention<ActorData>[], c: string, rule: string): ActorCountry {
  return { country: c, mention: actingIn(list, c), rule };
}

/** Every actor acting in `own` is a state force of `own`. */
function allStateForces(actors: readonly Mention<ActorData>[], own: string): boolean {
  for (let i = 0; i < actors.length; i++) {
    const m = actors[i]!;
    if (actingCountry(m) === own && !isStateForce(m, own)) return false;
  }
  return true;
}

/** Some actor acts in `c` through a theatre (its own country is another). */
function viaTheatre(list: readonly Mention<ActorData>[], c: string): boolean {
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (actingCountry(m) === c && m.data.country !== c) return true;
  }
  return false;
}

/** The one theatre (other than `own`) of the document's actors of country `own`: an operation that state leads; else null. */
function ledTheatre(mentions: readonly Mention<ActorData>[], own: string): string | null {
  let found: string | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.data.country !== own) continue;
    const c = theatreOfMention(m);
    if (c === null || c === own) continue;
    if (found === null) found = c;
    else if (c !== found) return null;
  }
  return found;
}

/** The country most of the document's actors act in; on a tie, the one theatre among the leaders (an intervention is where it operates). */
function documentCountry(mentions: readonly Mention<ActorData>[]): string | null {
  const counts = new Map<string, number>();
  const inTheatre = new Set<string>();
  for (const m of mentions) {
    // a bare state body's country repeats an earlier mention's ("the government"): no vote of its own
    const c = m.entry === RULE_BARE_BODY ? null : actingCountry(m);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    const t = theatreOf(m.entry) ?? theatreOf(m.data.ref);
    if (t) inTheatre.add(t);
  }
  let top = 0;
  for (const n of counts.values()) if (n > top) top = n;
  let best: string | null = null;
  let leaders = 0;
  let theatreLeader: string | null = null;
  let theatreLeaders = 0;
  for (const [c, n] of counts) {
    if (n !== top) continue;
    leaders++;
    if (leaders === 1) best = c;
    if (inTheatre.has(c)) {
      theatreLeaders++;
      theatreLeader = c;
    }
  }
  if (leaders === 1) return best;
  return theatreLeaders === 1 ? theatreLeader : null;
}

let theatreForces: Map<string, ActorEntry[]> | null = null;

/**
 * A state's own forces acting inside the theatre of the one intervention that state leads are that
 * intervention ("Saudi warplanes" striking in Yemen → Saudi-led coalition; ACLED codes them so). When the state
 * leads several operations in that country (Turkey in Syria), the actor is left as it is.
 */
export function asTheatreForces(actors: Actor[], locations: Location[]): Actor[] {
  const where = locations.find((l) => l.country)?.country ?? null;
  if (!where) return actors;
  if (!theatreForces) {
    theatreForces = new Map();
    for (const e of loadActorData().named) {
      if (!e.theatre || !e.country) continue;
      const key = `${e.country}|${e.theatre}`;
      theatreForces.set(key, [...(theatreForces.get(key) ?? []), e]);
    }
  }
  return mapList(actors, (a) => {
    if (!a.country || a.country === where || !(a.kind === 'state' || a.sector === 'MIL')) return a;
    const forces = theatreForces!.get(`${a.country}|${where}`);
    if (!forces || forces.length !== 1) return a;
    const e = forces[0]!;
    const c = copyActor(a, `${a.provenance.rule} +theatre-force`, 'inferred');
    c.name = e.canonical;
    c.sector = e.sector;
    c.kind = e.kind ?? a.kind;
    c.entry = e.id;
    return c;
  });
}
