import { triggerMention, crowdData } from './trigger-mention.js';
import { acledSectorOf } from './acled-sector.js';
import { crowdNamedBefore } from './crowd-named-before.js';
import type { Stage } from '../pipeline/stage.js';
import type { Doc } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import type { Event, EventLink } from '../model/event.js';
import type { Quantity, Weapon } from '../model/quantity.js';
import type { Provenance } from '../model/provenance.js';
import { buildCodes } from './codes.js';
import { cameoToPlover, ploverMode } from './ontology.js';
import { classifyAcled, acledNoteGroups, acledKeeps, type AcledResult } from './acled.js';
import { toActor, toLocation, toTime, copyActor } from './to-model.js';
import { gazetteer } from './gazetteer.js';
import { actingCountry, asTheatreForces, countryFromActors, localActorsCountry, onlyForcesOf } from './actor-country.js';
import type { Location } from '../model/location.js';
import type { Actor } from '../model/actor.js';
import type { Mention, ActorData, PlaceData, Token } from '../pipeline/doc.js';
import type { ActorFiller } from '../pipeline/draft.js';
import { reportingIn } from '../code/place-syntax.js';
import { placeSummary, addPlace, precisionRank, NO_PLACES, type PlacePart } from './place-summary.js';
import { emptyList, mapList } from '../util/lists.js';
import { isThingFiller } from '../code/targets.js';
import { placeRecipient } from './place-recipient.js';
import { threatenedActRecipients } from './threat-recipient.js';
import { joinNorms } from '../pipeline/token-join.js';
import { impliedPerpetrator } from './implied-perpetrator.js';
import { addProtestCrowd } from './protest-crowd.js';
import { weaponOwner } from './weapon-owner.js';
import { soleAirPower } from './air-power.js';
import { placeNamed, unnamedActor } from './place-named.js';
import { CITY_PART_ENTRY } from '../recognise/place-city-part.js';
import { UNLISTED_ENTRY } from '../recognise/place-unlisted.js';
import { townOfNeighbourhood } from './place-neighbourhood.js';

function tokenSpan(doc: Doc, t: { tokenStart: number; tokenEnd: number }): [number, number] {
  return [doc.tokens[t.tokenStart]!.start, doc.tokens[t.tokenEnd - 1]!.end];
}

function weaponsOf(d: EventDraft): Weapon[] {
  return mapList(d.weapons, (w) => ({
    kind: w.mention.data.kind,
    name: w.mention.data.name,
    category: w.mention.data.category,
    count: w.count,
    origin: w.mention.data.origin,
    text: w.mention.text,
    span: [w.mention.start, w.mention.end],
    provenance: { span: [w.mention.start, w.mention.end], rule: `${w.rule} ${w.mention.entry}`, how: w.how },
  }));
}

/** PLOVER reading: the trigger's, else the CAMEO table's; modes kept only where PLOVER 2.0 has them. */
function ploverOf(d: EventDraft): { type: string; modes: string[] } {
  // an entry's own PLOVER type holds while the event keeps the entry's family ("protesters called on …" becomes a protest)
  const own = d.family === d.entry.family ? d.entry.plover?.type : undefined;
  // a statement code (CAMEO 01, 02) has no PLOVER type: a recoded event keeps its entry's ("denied the charges": REJECT)
  const type = own ?? cameoToPlover(d.cameo)?.type ?? cameoToPlover(d.entry.cameo)?.type ?? 'ASSAULT';
  return { type, modes: d.ploverModes.filter((m) => ploverMode(type, m) !== undefined) };
}

/** ACLED records violence, demonstrations and some strategic developments, not statements, threats or talks. */
const ACLED_FAMILIES = new Set(['assault', 'fight', 'intercept', 'protest', 'coerce', 'agree', 'retreat', 'mobilize']);

/**
 * The sentence's words for the ACLED classifier, without the trigger words of other events in it whose
 * actors are different people ("four were shot down by the USS Carney" is not the Houthis' launch);
 * events of the same actors stay visible (shelling amid clashes is the battle ACLED records).
 */
function sentenceWords(doc: Doc, d: EventDraft, others: EventDraft[], tokens: Token[]): string[] {
  const s = doc.sentences[d.sentence]!;
  // with no actors of its own, or alone in its sentence, nothing is skipped: no sets are built
  let skip: Set<number> | null = null;
  if (d.actors.length > 0 && (others.length > 1 || others[0] !== d)) {
    const mine = new Set(d.actors.map((a) => a.mention.data.name));
    for (const o of others) {
      if (o === d || o.dropped || o.sentence !== d.sentence || o.actors.length === 0) continue;
      if (o.actors.some((a) => mine.has(a.mention.data.name))) continue;
      skip ??= new Set<number>();
      for (const t of [o.trigger, ...o.extraTriggers]) for (let k = t.tokenStart; k < t.tokenEnd; k++) skip.add(k);
    }
  }
  const out: string[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (!skip?.has(k)) { const t = doc.tokens[k]!; out.push(t.norm); tokens.push(t); }
  // a demonstration's course is told in the sentences after it ("They threw stones at the police."): read the next one too
  const next = d.family === 'protest' ? doc.sentences[d.sentence + 1] : undefined;
  if (next) for (let k = next.tokenStart; k < next.tokenEnd; k++) { const t = doc.tokens[k]!; out.push(t.norm); tokens.push(t); }
  return out;
}

/** Note-level ACLED cue groups, once per document: an air strike answered by air defences in a later sentence is a battle. */
function noteGroups(doc: Doc): string[] {
  doc.noteGroups ??= acledNoteGroups(doc.tokens.map((t) => t.norm), doc.tokens);
  return doc.noteGroups;
}

/** A protest implies protesters (a riot, rioters) when the text names no one: an inferred generic actor on the trigger. */
function impliedCrowd(doc: Doc, d: EventDraft): ActorFiller | null {
  if (d.family !== 'protest' || d.actors.length > 0) return null;
  const riot = d.cameo === '145';
  // "Palestinian riots", "Palestinian youths threw stones during demonstrations": the crowd the sentence names
  const named = crowdNamedBefore(doc, d, riot);
  if (named) return named;
  const mention = triggerMention(doc, d, riot ? 'gen:rioters' : 'gen:protesters', crowdData(riot));
  return { mention, rule: riot ? 'actor:implied-by-riot' : 'actor:implied-by-protest', how: 'inferred' };
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'IGO']);

/** Civil organisations whose members demonstrate as a crowd: parties, unions, student and civic groups. */
const CIVIL_SECTORS = new Set(['PTY', 'OPP', 'LAB', 'EDU', 'NGO', 'REL', 'BUS', 'MED', 'HLH', 'CVL', 'REF', 'ELI']);
const CIVIL_KINDS = new Set(['organisation', 'group']);

/**
 * People who demonstrate are protesters (rioters in a riot), as PLOVER and ACLED code them: "students held a
 * protest" → protesters, with "students" kept as the role. So are the members of a party, union or civic group
 * that "held a protest" ("INC members staged a protest"): the organisation's name becomes the role, its entry and
 * country stay (ACLED: Protesters (India), with the party as associated actor).
 */
function asCrowd(actors: Actor[], riot: boolean): Actor[] {
  return mapList(actors, (a) => ((a.kind === 'generic' && !STATE_SECTORS.has(a.sector ?? '') && a.sector !== 'PRO') ||
    (CIVIL_KINDS.has(a.kind) && CIVIL_SECTORS.has(a.sector ?? ''))
    ? crowdOf(a, riot)
    : a));
}

function crowdOf(a: Actor, riot: boolean): Actor {
  const c = copyActor(a, `${a.provenance.rule} +crowd-of-protest`, 'inferred');
  c.name = riot ? 'rioters' : 'protesters';
  c.sector = 'PRO';
  c.role = a.role ?? a.name;
  return c;
}

/** Unnamed state forces, police, protesters and civilians belong to the country where the event happened ("police" in Konya → Turkey). */
function localise(actors: Actor[], locations: Location[], side: 'actors' | 'recipients'): Actor[] {
  const first = locations.find((l) => l.country);
  const country = first?.country ?? null;
  if (!country) return actors;
  const other = first !== undefined && otherSidesCountry(first, side);
  return mapList(actors, (a) => (unnamedActor(a) && !(other && !STATE_FORCE_SECTORS.has(a.sector ?? ''))
    ? localCopy(a, country)
    : a));
}

/**
 * A place inferred from the other side's country says nothing of this side's: "Hackers defaced 3,000 Danish web sites"
 * (placed in Denmark by its targets) leaves the hackers of no country, "Burundian militiamen attacked a camp" (placed
 * in Burundi by its attackers) leaves the camp's people of none (session 12). A state's police, army or officials still
 * take it.
 */
const FROM_RECIPIENTS = new Set(['place:recipients-country', 'place:targets-country']);
const FROM_ACTORS = new Set(['place:actor-home-country']);
/** A state's own forces and bodies still act where their counterpart is ("Police killed two Nigerian protesters"). */
const STATE_FORCE_SECTORS = new Set(['COP', 'MIL', 'GOV', 'JUD', 'LEG', 'SPY']);

function otherSidesCountry(l: Location, side: 'actors' | 'recipients'): boolean {
  const rule = l.provenance.rule.split(' ')[0]!;
  return side === 'actors' ? FROM_RECIPIENTS.has(rule) : FROM_ACTORS.has(rule);
}

function localCopy(a: Actor, country: string): Actor {
  const c = copyActor(a, `${a.provenance.rule} +country-of-event-place`, 'inferred');
  c.country = country;
  return c;
}

const FINENESS: Record<Location['precision'], number> = { site: 0, city: 1, admin1: 2, country: 3, region: 4 };

/**
 * An event's places with the finest first when it lies inside the first one: "teachers of a council in Iran …
 * protested in Mashhad city (Razavi Khorasan)" happened in Mashhad, not just somewhere in Iran. Inside means the same
 * country, and for an admin1 unit the same admin1; any town or unit is inside a sea or region that spans countries
 * ("fired from the Black Sea on Odesa region"); the others keep their text order.
 */
export function finestFirst(locations: Location[]): Location[] {
  const head = locations[0];
  if (!head || head.entry === CITY_PART_ENTRY) return locations;
  if (head.precision === 'city' || head.entry === UNLISTED_ENTRY) return partFirst(locations, head);
  if (head.precision === 'site') return locations;
  let best = -1;
  for (let i = 1; i < locations.length; i++) {
    const l = locations[i]!;
    // a sea or region across countries ("the Black Sea", "the Red Sea") holds any place of a country named with it
    const inside = head.country === null ? l.country !== null && l.precision !== 'country' :
      l.country !== null && l.country === head.country && (head.precision !== 'admin1' || (l.admin1 !== null && l.admin1 === head.admin1));
    if (inside && FINENESS[l.precision] < FINENESS[head.precision] && (best < 0 || FINENESS[l.precision] < FINENESS[locations[best]!.precision])) best = i;
  }
  return best < 0 ? locations : [locations[best]!, ...locations.filter((_, i) => i !== best)];
}

/**
 * A town's part named after it ("northwest of Gaza City and on the outskirts of Gaza - Ash Shati' Camp", entry
 * place:city-part) comes before the town, and before a site the gazetteer lacks ("in Al Sahaba area of Gaza - Ad
 * Darraj"): the part is the named place the event lies in.
 */
function partFirst(locations: Location[], head: Location): Location[] {
  for (let i = 1; i < locations.length; i++) {
    const l = locations[i]!;
    if (l.entry === CITY_PART_ENTRY && l.country === head.country && (head.precision === 'site' || l.admin1 === head.admin1)) return [l, ...locations.filter((_, j) => j !== i)];
  }
  return locations;
}

/** Normalised words of each of the draft's triggers, space-joined (one word needs no join). */
function triggerWords(doc: Doc, d: EventDraft): string[] {
  const out: string[] = [triggerNorms(doc, d.trigger)];
  for (const t of d.extraTriggers) out.push(triggerNorms(doc, t));
  return out;
}

function triggerNorms(doc: Doc, t: { tokenStart: number; tokenEnd: number }): string {
  if (t.tokenEnd - t.tokenStart === 1) return doc.tokens[t.tokenStart]!.norm;
  return joinNorms(doc.tokens, t.tokenStart, t.tokenEnd);
}

/** Some actor's country differs from a located place's, and no actor is of a place's country. Plain loops. */
function actorForeign(actors: Actor[], locations: Location[]): boolean {
  let differs = false;
  for (const a of actors) {
    if (a.country === null) continue;
    for (const l of locations) if (l.country !== null && l.country !== a.country) { differs = true; break; }
    if (differs) break;
  }
  if (!differs) return false;
  for (const a of actors) for (const l of locations) if (l.country === a.country) return false;
  return true;
}

/** Words that tell a demonstration (not a riot): the trigger of a protest event that has one is a demonstration told. */
const DEMONSTRATION_WORDS = new Set(['demonstration', 'demonstrations', 'demonstrate', 'demonstrated', 'demonstrating', 'demonstrators',
  'protest', 'protests', 'protested', 'protesting', 'protesters', 'protestors', 'rally', 'rallies', 'rallied', 'march', 'marched',
  'marches', 'marchers', 'sit-in', 'sit-ins', 'picket', 'picketed', 'vigil']);

/**
 * An event of the document, in any sentence, is a demonstration that happened: a protest-family event with a
 * demonstration word among its triggers ("rioters clashed with the police during a demonstration against …"). A
 * crowd's violence told beside it ("Soldiers fired tear gas at the rioters.") is the demonstration's violence, which
 * ACLED codes as a violent demonstration rather than mob violence (rules riot.violent-demonstration.told*).
 */
function demonstrationTold(doc: Doc, live: readonly EventDraft[]): boolean {
  for (const o of live) {
    if (o.family !== 'protest' || (o.modality !== 'asserted' && o.modality !== 'ongoing')) continue;
    for (const t of [o.trigger, ...o.extraTriggers]) for (let k = t.tokenStart; k < t.tokenEnd; k++) if (DEMONSTRATION_WORDS.has(doc.tokens[k]!.norm)) return true;
  }
  return false;
}

/** The ACLED reading of an event ACLED may record (see ACLED_FAMILIES): its features, then the classifier's first rule. */
function acledOf(doc: Doc, d: EventDraft, others: EventDraft[], demo: boolean, ploverType: string, weapons: Weapon[], actors: Actor[], recipients: Actor[], killed: number | null, locations: Location[]): AcledResult | null {
  const sentenceTokens: Token[] = [];
  const coFamilies: string[] = [];
  for (const o of others) if (o !== d && o.sentence === d.sentence && !o.dropped) coFamilies.push(o.family);
  return classifyAcled({
    family: d.family,
    ploverType,
    cameo: d.cameo,
    triggers: triggerWords(doc, d),
    weaponCategories: mapList(weapons, (w) => w.category),
    // de facto authorities ACLED codes as a state's forces read as such (acled-sector.ts)
    actorSectors: mapList(actors, acledSectorOf),
    recipientSectors: mapList(recipients, acledSectorOf),
    recipientKinds: mapList(recipients, (a) => a.kind),
    killed,
    sentenceNorms: sentenceWords(doc, d, others, sentenceTokens),
    sentenceTokens,
    noteGroups: () => noteGroups(doc),
    modality: d.modality,
    threatOnly: d.modalityRule === 'modality:threat-noun',
    coFamilies,
    demonstrationTold: demo,
    actorForeign: actorForeign(actors, locations),
    entry: d.entry.id,
  });
}

/** The event's trigger words and their spans (the main trigger first). */
function eventTriggers(doc: Doc, d: EventDraft): Event['triggers'] {
  const out: Event['triggers'] = [triggerOf(doc, d.trigger)];
  for (const t of d.extraTriggers) out.push(triggerOf(doc, t));
  return out;
}

function triggerOf(doc: Doc, t: { tokenStart: number; tokenEnd: number }): Event['triggers'][number] {
  const span = tokenSpan(doc, t);
  return { text: doc.text.slice(span[0], span[1]), span: tokenSpan(doc, t) };
}

/** The first location, a site of no known country, with the country of the event's actors (countryFromActors), when they tell one. */
function countrylessSite(doc: Doc, d: EventDraft, locations: Location[]): void {
  const found = countryFromActors(doc, d, CROSS_BORDER.has(d.family));
  const c = found ? gazetteer().country(found.country) : null;
  if (!found || !c) return;
  const l = locations[0]!;
  locations[0] = { text: l.text, span: l.span, name: l.name, country: found.country, admin1: null, lat: c.lat, lon: c.lon, precision: l.precision, entry: l.entry,
    provenance: { span: l.provenance.span, rule: `${l.provenance.rule} +${found.rule}`, how: 'inferred' } };
}

/** `others`: the live drafts of d's sentence (more are allowed: only those of its sentence are read); `demo`: the document tells a demonstration (demonstrationTold). */
function toEvent(doc: Doc, d: EventDraft, id: string, others: EventDraft[], demo: boolean): Event {
  const s = doc.sentences[d.sentence]!;
  const triggerSpan = tokenSpan(doc, d.trigger);
  const weapons = weaponsOf(d);
  const crowd = impliedCrowd(doc, d);
  const fallback = d.places.length > 0 ? null : fallbackLocation(doc, d);
  const locations = d.places.length > 0 ? refined(doc, d, finestFirst(mapList(townOfNeighbourhood(doc, d.places), toLocation))) : fallback ? [fallback] : emptyList<Location>();
  // a stated place of no known country (an unlisted village with nothing to anchor it: "in the town of X") takes the
  // country its actors act in, as an event in a text naming no place would (inferred, the rule says so)
  if (locations.length > 0 && locations[0]!.country === null && locations[0]!.precision === 'site') countrylessSite(doc, d, locations);
  // the owner of the weapon ("a mine planted by X": src/resolve/weapon-owner.ts); else a killing told only
  // passively has an unnamed armed perpetrator (src/resolve/implied-perpetrator.ts)
  // an air strike with no doer in a theatre with one air power is that power's (src/resolve/air-power.ts)
  const culprit = crowd ? null : weaponOwner(doc, d) ?? impliedPerpetrator(doc, d, others) ?? soleAirPower(doc, d, locations);
  // "Darfur rebels": an unnamed actor after a place name is of the place's country (place-named.ts)
  const named = placeNamed(doc, mapList(crowd ? [crowd] : culprit ? [culprit] : d.actors, toActor));
  const own = localise(d.family === 'protest' ? asCrowd(named, d.cameo === '145') : named, locations, 'actors');
  // armed acts by a state's forces inside the theatre of the intervention it leads are that intervention's
  const armed = ARMED_ACTS.has(d.family);
  const actors = armed ? asTheatreForces(own, locations) : own;
  const targets = localise(placeNamed(doc, mapList(d.recipients, toActor)), locations, 'recipients');
  const recipients = armed ? asTheatreForces(targets, locations) : targets;
  let killed: number | null = null;
  for (const q of d.quantities) if (q.kind === 'killed' && q.value !== null) killed = (killed ?? 0) + q.value;
  const plover = ploverOf(d);
  // an attack only threatened ("a bomb threat", modality.ts) is still an ACLED event: the disruption it caused
  const acled = (ACLED_FAMILIES.has(d.family) || acledKeeps(d.entry.id)) && (d.modality === 'asserted' || d.modality === 'ongoing' || d.modalityRule === 'modality:threat-noun')
    ? acledOf(doc, d, others, demo, plover.type, weapons, actors, recipients, killed, locations)
    : null;
  const codes = buildCodes({ cameo: d.cameo, plover, acled: acled ? { eventType: acled.eventType, subEventType: acled.subEventType } : null });
  // an ACLED protest or riot has its crowd, also when told from the police's side (src/resolve/protest-crowd.ts)
  addProtestCrowd(doc, d, acled?.eventType ?? null, actors, recipients, locations);
  // after ACLED's reading, which never takes a country for its second actor
  const territory = placeRecipient(plover.type, d.cameo, recipients, locations);
  if (territory) recipients.push(territory);
  const provenance: Record<string, Provenance> = {
    codes: { span: triggerSpan, rule: `${d.cameoRule}`, how: d.cameoRule.startsWith('weapon:') ? 'inferred' : 'stated', note: `trigger ${d.entry.id} → CAMEO ${d.cameo}` },
    modality: { span: d.modalitySpan, rule: d.modalityRule, how: d.modalityRule === 'default' ? 'inferred' : 'stated' },
    confidence: { span: null, rule: 'confidence:field-coverage', how: 'inferred' },
    family: { span: triggerSpan, rule: d.entry.id, how: 'stated' },
  };
  if (acled) provenance['acled'] = { span: null, rule: `acled:${acled.rule}`, how: 'inferred' };
  if (d.time) provenance['time'] = { span: [d.time.mention.start, d.time.mention.end], rule: d.time.rule, how: d.time.how };
  return {
    id,
    articleId: doc.article.id,
    sentence: d.sentence,
    span: [s.start, s.end],
    sentenceText: doc.text.slice(s.start, s.end),
    triggers: eventTriggers(doc, d),
    family: d.family,
    codes,
    actors,
    recipients,
    locations,
    time: d.time ? toTime(d.time) : null,
    weapons,
    quantities: d.quantities,
    attribution: d.attribution,
    modality: d.modality,
    descriptors: d.descriptors,
    topic: d.topic,
    confidence: d.confidence,
    links: d.links,
    provenance,
  };
}

/** Events with no time of their own take an absolute date stated in one of the two sentences before (inferred). */
function carryDates(doc: Doc, live: EventDraft[]): void {
  // live is in sentence order: the drafts before position `first` are those of earlier sentences, the only candidates
  let first = 0;
  for (const d of live) {
    while (live[first]!.sentence < d.sentence) first++;
    if (d.time) continue;
    let prior: EventDraft | undefined;
    for (let i = first - 1; i >= 0 && !prior; i--) {
      const x = live[i]!;
      if (x.sentence < d.sentence - 2) break; // nothing earlier is near enough
      if (x !== d && x.time && x.sentence < d.sentence && x.sentence >= d.sentence - 2 && x.time.mention.entry.startsWith('time:') && x.time.mention.data.precision === 'day' && /^\d{4}|\d{4}$/.test(x.time.mention.text)) prior = x;
    }
    if (prior?.time) d.time = { mention: prior.time.mention, rule: 'time:carried-from-previous-sentence', how: 'inferred' };
  }
}

const ARMED_ACTS = new Set(['assault', 'fight', 'intercept', 'coerce', 'mobilize', 'retreat']);
const PHYSICAL = new Set(['assault', 'fight', 'intercept', 'protest', 'coerce', 'mobilize', 'retreat', 'aid']);
const SPECIFIC = new Set(['site', 'city', 'admin1']);
/** Acts whose place is where their parties are: agreements, cooperation, sanctions, yielding. */
const SETTLED = new Set(['agree', 'cooperate', 'yield', 'sanction', 'halt', 'pledge', 'restrict', 'support']);
/** Acts that usually happen abroad: deployments, aid deliveries, interceptions, withdrawals. */
const CROSS_BORDER = new Set(['mobilize', 'aid', 'intercept', 'retreat']);

function countryLocation(iso3: string, span: [number, number] | null, rule: string, text: string): Location | null {
  const c = gazetteer().country(iso3);
  if (!c) return null;
  return { text, span: span ?? [0, 0], name: c.name, country: iso3, admin1: null, lat: c.lat, lon: c.lon, precision: 'country', entry: `geo:country:${iso3}`, provenance: { span, rule, how: 'inferred' } };
}

/**
 * An event placed only in a country or region ("in southern Yemen") whose sentence names a finer place inside it
 * ("(Al-Mahfad, Abyan governorate)"): that place first, inferred, then the stated ones.
 */
function refined(doc: Doc, d: EventDraft, locations: Location[]): Location[] {
  const head = locations[0];
  if (head && (head.precision === 'city' || head.entry === UNLISTED_ENTRY)) return partOfSentence(doc, d, locations, head);
  if (!head || SPECIFIC.has(head.precision) || !PHYSICAL.has(d.family)) return locations;
  // in its own sentence only: another sentence's town may be another event's
  const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
  const fits = (p: Mention<PlaceData>): boolean => p.sentence === d.sentence && SPECIFIC.has(p.data.precision) && !reportingIn(norm, p.tokenStart, d.trigger.tokenStart);
  const summary = placeSummary(doc.places);
  let m: Mention<PlaceData> | undefined;
  if (summary) {
    for (const i of summary.inSentence(d.sentence)) if (fits(doc.places[i]!)) { m = doc.places[i]!; break; }
  } else m = doc.places.find(fits);
  const finer = m ? toLocation({ mention: m, rule: 'place:sentence-finer', how: 'inferred' }) : null;
  if (!finer || !SPECIFIC.has(finer.precision) || finer.country === null || (head.country !== null && finer.country !== head.country)) return locations;
  return [finer, ...locations];
}

/**
 * An event placed in a town (or a site the gazetteer lacks) whose sentence names a part of that town after a dash
 * ("struck the southwest of Gaza City (coded as Gaza - Tal el Hawa, Gaza City)", "in Al-Hasakeh city (Al-Hasakeh - Al
 * Nashweh)"): the part first, inferred, then the stated ones.
 */
function partOfSentence(doc: Doc, d: EventDraft, locations: Location[], head: Location): Location[] {
  if (locations.some((l) => l.entry === CITY_PART_ENTRY)) return locations;
  for (const p of doc.places) {
    if (p.sentence !== d.sentence || p.entry !== CITY_PART_ENTRY || p.data.country !== head.country) continue;
    if (head.precision === 'city' && p.data.admin1 !== head.admin1) continue;
    return [toLocation({ mention: p, rule: 'place:sentence-part', how: 'inferred' }), ...locations];
  }
  return locations;
}

/**
 * Where an event with no place of its own happened, when the text still says: a specific place named in
 * its sentence (e.g. "(Mwenga, Sud-Kivu)"), else the one country all the document's places are in, else the
 * one country its actors and recipients share. Inferred, never for statements or threats.
 */
function fallbackLocation(doc: Doc, d: EventDraft): Location | null {
  // agreements, sanctions, cooperation in a text that names no place at all: where the actors act ("Houthi rebels and
  // the Southern Resistance agreed on a prisoner swap"); statements and threats carry none
  if (!PHYSICAL.has(d.family)) {
    if (!SETTLED.has(d.family) || doc.places.length > 0) return null;
    const found = countryFromActors(doc, d, false);
    return found ? countryLocation(found.country, [found.mention.start, found.mention.end], found.rule, found.mention.text) : null;
  }
  // not a place across reported speech: the speaker's ("… said, speaking to reporters from Mosul")
  // the first specific place of the sentence not across reported speech is the answer; else, over the places left
  // when a speaker's place in the event's own sentence ("a spokesman in Washington said …") is set aside, whether
  // they name one country, and the first of the lowest precision rank among them (src/resolve/place-summary.ts)
  if (doc.places.length > 0) {
    const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
    const summary = placeSummary(doc.places);
    let all: PlacePart | null = null;
    if (summary) {
      let own = NO_PLACES;
      for (const i of summary.inSentence(d.sentence)) {
        const p = doc.places[i]!;
        const reported = reportingIn(norm, p.tokenStart, d.trigger.tokenStart);
        if (!reported && SPECIFIC.has(p.data.precision)) return toLocation({ mention: p, rule: 'place:sentence-fallback', how: 'inferred' });
        if (!reported) own = addPlace(own, p, i);
      }
      all = summary.without(d.sentence, own);
    }
    // a short list (or a sentence whose places lie apart in it): one pass
    if (all === null) {
      const found = placesBut(doc, d, norm);
      if (!('mixed' in found)) return toLocation({ mention: found, rule: 'place:sentence-fallback', how: 'inferred' });
      all = found;
    }
    const best = all.best >= 0 ? doc.places[all.best]! : null;
    if (best !== null && !all.mixed && all.country !== null) {
      // the document's most specific place, when all its places lie in one country
      if (SPECIFIC.has(best.data.precision)) return toLocation({ mention: best, rule: 'place:document-place', how: 'inferred' });
      return countryLocation(best.data.country!, [best.start, best.end], 'place:document-country', best.text);
    }
  }
  // where each side acts: an intervention coalition in its theatre ("Coalition airstrikes hit a house, killing a civilian")
  // a domestic event: actors and recipients named, all of one country (a protest's target says nothing of where
  // the protesters are: "people protested in a foreign city against Russia's invasion"); the place's mention is the
  // first side of that country, i.e. the first with a country at all
  // (a building or place attacked is no side: src/code/targets.ts)
  if (d.actors.length > 0 && d.recipients.some((r) => !isThingFiller(r))) {
    const side = oneActingCountry(d.actors, d.family === 'protest' ? null : d.recipients);
    if (side) {
      // a state's forces among the people of another country act there (src/resolve/actor-country.ts)
      const sides = d.family === 'protest' ? mapList(d.actors, (a) => a.mention) : [...mapList(d.actors, (a) => a.mention), ...mapList(d.recipients, (a) => a.mention)];
      const local = onlyForcesOf(sides, side.country) ? localActorsCountry(doc, side.country) : null;
      if (local) return countryLocation(local.country, [local.mention.start, local.mention.end], local.rule, local.mention.text);
      // (a country only the recipients have is theirs: "Gunmen attacked an Israeli army post" leaves the gunmen of none)
      const rule = d.actors.some((a) => a.mention === side.mention) ? 'place:actors-country' : 'place:recipients-country';
      return countryLocation(side.country, [side.mention.start, side.mention.end], rule, side.mention.text);
    }
  }
  // a text that names no place at all: where its actors act (src/resolve/actor-country.ts)
  const found = doc.places.length === 0 ? countryFromActors(doc, d, CROSS_BORDER.has(d.family)) : null;
  return found ? countryLocation(found.country, [found.mention.start, found.mention.end], found.rule, found.mention.text) : null;
}

/**
 * One pass over the document's places: the first specific place of the event's sentence not across reported
 * speech, else the summary of every place but those of the sentence across reported speech.
 */
function placesBut(doc: Doc, d: EventDraft, norm: (k: number) => string): PlacePart | Mention<PlaceData> {
  let country: string | null = null;
  let mixed = false;
  let best = -1;
  let bestRank = 0;
  for (let i = 0; i < doc.places.length; i++) {
    const p = doc.places[i]!;
    if (p.sentence === d.sentence) {
      const reported = reportingIn(norm, p.tokenStart, d.trigger.tokenStart);
      if (!reported && SPECIFIC.has(p.data.precision)) return p;
      if (reported) continue;
    }
    const c = p.data.country;
    if (c !== null) {
      if (country === null) country = c;
      else if (c !== country) mixed = true;
    }
    const rank = precisionRank(p);
    if (best < 0 || rank < bestRank) { best = i; bestRank = rank; }
  }
  return { country, mixed, best, bestRank };
}

/** The one country the fillers act in (those without one aside) and the first of them, or null when none or mixed. */
function oneActingCountry(first: ActorFiller[], second: ActorFiller[] | null): { country: string; mention: Mention<ActorData> } | null {
  let country: string | null = null;
  let mention: Mention<ActorData> | null = null;
  for (let i = 0, n = first.length + (second?.length ?? 0); i < n; i++) {
    const m = (i < first.length ? first[i]! : second![i - first.length]!).mention;
    const c = actingCountry(m);
    if (c === null) continue;
    if (country === null) { country = c; mention = m; } else if (c !== country) return null;
  }
  return country !== null && mention !== null ? { country, mention } : null;
}

/**
 * An interception happened when the launch did, and an attack when its interception did. The first draft in
 * text order that fits, as a scan would find it, read off maps built once (a scan per draft was quadratic).
 */
function interceptionTimes(live: EventDraft[]): void {
  const position = new Map<string, number>();
  for (let i = 0; i < live.length; i++) if (!position.has(live[i]!.id)) position.set(live[i]!.id, i);
  for (const d of live) {
    if (d.family !== 'intercept' || d.time) continue;
    // the launch: the first draft that one of its outcome-of links points at
    let at = Infinity;
    for (const l of d.links) if (l.relation === 'outcome-of') at = Math.min(at, position.get(l.event) ?? Infinity);
    const launch = at !== Infinity ? live[at] : undefined;
    if (launch?.time) d.time = filled(launch.time.mention, 'time:of-intercepted-launch', 'inferred');
  }
  // the first timed interception linked to each draft (attacks get times below, interceptions do not)
  const interceptionOf = new Map<string, EventDraft>();
  for (const x of live) {
    if (x.family !== 'intercept' || !x.time) continue;
    for (const l of x.links) if (!interceptionOf.has(l.event)) interceptionOf.set(l.event, x);
  }
  if (interceptionOf.size === 0) return;
  for (const d of live) {
    if (d.family !== 'assault' || d.time) continue;
    const interception = interceptionOf.get(d.id);
    if (interception?.time) d.time = filled(interception.time.mention, 'time:of-its-interception', 'inferred');
  }
}

/** Turn the surviving drafts into model Events with their codes in every ontology. */
export const eventStage: Stage = {
  name: 'events',
  run(doc) {
    // text order: drafts made by later rules ("said the same") take their sentence's place
    const live = doc.drafts.filter((d) => !d.dropped).sort((a, b) => a.sentence - b.sentence || a.trigger.tokenStart - b.trigger.tokenStart);
    carryDates(doc, live);
    if (live.some((d) => d.family === 'intercept')) interceptionTimes(live);
    const ids = new Map<string, string>();
    live.forEach((d, i) => ids.set(d.id, `${doc.article.id}-e${i}`));
    // lull records point at the event that ended them by its final, stable id
    // the first draft of each id, built when a lull needs it (a find over every draft per lull was quadratic)
    let draftById: Map<string, EventDraft> | null = null;
    const draftOf = (id: string): EventDraft | undefined => {
      if (!draftById) {
        draftById = new Map();
        for (const x of doc.drafts) if (!draftById.has(x.id)) draftById.set(x.id, x);
      }
      return draftById.get(id);
    };
    const mergedInto = (id: string): string | null => {
      for (let hops = 0; hops < 10; hops++) {
        if (ids.has(id)) return ids.get(id)!;
        const reason = draftOf(id)?.dropped ?? '';
        if (!reason.startsWith('merged-into:')) return null;
        id = reason.split(':')[1]!;
      }
      return null;
    };
    for (const l of doc.lulls) if (l.endedBy) l.endedBy = mergedInto(l.endedBy);
    const demo = demonstrationTold(doc, live);
    // toEvent reads only the other drafts of the event's own sentence: index them once (in live order)
    const bySentence = new Map<number, EventDraft[]>();
    for (const d of live) {
      const list = bySentence.get(d.sentence);
      if (list) list.push(d); else bySentence.set(d.sentence, [d]);
    }
    for (const d of live) {
      const event = toEvent(doc, d, ids.get(d.id)!, bySentence.get(d.sentence)!, demo);
      // most events have no links: no set and no copies then
      if (event.links.length === 0) { doc.events.push(event); continue; }
      const seen = new Set<string>();
      event.links = mapList(event.links.filter((l) => ids.has(l.event)), (l): EventLink => ({ relation: l.relation, event: ids.get(l.event)! })).filter((l) => {
        const key = `${l.relation}:${l.event}`;
        if (seen.has(key) || l.event === event.id) return false;
        seen.add(key);
        return true;
      });
      doc.events.push(event);
    }
    // "threatened to shell Turkish villages": the threat is aimed at whom the threatened act would hit
    threatenedActRecipients(doc.events);
    // interceptions are also the outcome of the launch: "4 by the USS Carney, 1 by Saudi Arabia"
    if (!doc.events.some((e) => e.family === 'intercept')) return;
    const byId = new Map(doc.events.map((e) => [e.id, e]));
    for (const e of doc.events) {
      if (e.family !== 'intercept') continue;
      for (const l of e.links) {
        const launch = l.relation === 'outcome-of' ? byId.get(l.event) : undefined;
        if (!launch) continue;
        for (const q of e.quantities) {
          if (q.kind !== 'intercepted') continue;
          const copy: Quantity = { kind: q.kind, value: q.value, min: q.min, max: q.max, approximate: q.approximate, unit: q.unit, what: q.what, by: e.actors.length > 0 ? e.actors[0]! : null, text: q.text, span: q.span, provenance: { span: q.provenance.span, rule: `${q.provenance.rule}+linked-interception`, how: 'inferred' } };
          if (!launch.quantities.some((x) => x.kind === 'intercepted' && x.span[0] === q.span[0])) launch.quantities.push(copy);
          q.by = e.actors.length > 0 ? e.actors[0]! : null;
        }
      }
    }
  },
};
