import { QUALIFIED_PLACE } from './place-qualified.js';
import { actorLexicon } from '../recognise/actor-lexicon.js';
import type { EventDraft, ActorFiller } from '../pipeline/draft.js';
import { filled, copyDraft, tokenRange } from '../pipeline/draft.js';
import type { TriggerEntry, TriggerHit } from './triggers.js';
import { triggerTables } from './triggers.js';
import type { SentenceContext } from './context.js';
import { actorAt, actorAfterNames, agentOf, betweenOf, coordinated, modifierOf, objectOf, subjectOf, governorOf } from './roles.js';
import { isPassive, outCompound, readsAsNoun, reducedRelative } from './voice.js';
import { attackedSubjectVerb, underAttackVerb } from './under-attack.js';
import { PREPOSITIONS, RECIPIENT_PREPS, HARM_VERBS, IRREALIS_HEADS, DETERMINERS, AUXILIARIES, SKIPPABLE_ADVERBS, DETERMINERS_AT, DETERMINERS_BUT_OF, AUXILIARIES_AT, SKIPPABLE_ADVERBS_AT, SKIPPABLE_ADVERBS_BUT_IN } from './words.js';
import { WordBits } from '../recognise/vocab.js';
import { refineCameo, weaponModes } from './weapons-to-codes.js';
import { emptyList, mapList } from '../util/lists.js';
import { objectOwner } from './owner-object.js';
import { objectAuthor, possessiveAuthor } from './author-object.js';
import { objectComplement } from './object-complement.js';
import { AS_FAMILIES, afterAsPhrase } from './as-phrase.js';
import { complementParty, raisedAgainst, sendDestination } from './send-destination.js';
import { complaintTarget } from './complaint-about.js';

/** Families of refusing and agreeing, whose infinitive of sending names its destination (send-destination.ts). */
const SEND_FAMILIES = new Set(['reject', 'agree', 'pledge', 'threaten', 'mobilize', 'aid']);
/** Families whose infinitive complement names the party they are aimed at (send-destination.ts complementParty). */
const COMPLEMENT_FAMILIES = new Set(['reject', 'agree', 'pledge', 'threaten']);
/** Entries of mediating: "between X and Y" names whom the mediator acts on, not the actors. */
const MEDIATION_ENTRIES = new Set(['consult.mediate']);
import { codesByHead, objectCode, passiveSubjectCode, type ObjectCodes } from './families/object-codes.js';
import { capNameWords, namesNoDevice } from '../recognise/weapon-dictionary.js';
import { weaponModifies, weaponNotUsed } from './weapon-not-used.js';
import { partInPastFight } from './past-part.js';
import { fledFromNoun } from './families/flee.js';
import { thingAt } from './targets.js';
import { adjunctFightSubject } from './adjunct-fight.js';
import { behindAttack, laidOnParty, ownedResponsibility } from './responsible-party.js';
import { countedObject, countedSubject, countsPeople } from './counted-victims.js';
import { coordinatedVerbSubject, objectBeforeConjunction } from './coordinated-verb.js';

const WITH_PREPS = new Set([...RECIPIENT_PREPS, 'with']);
/** Nouns that a trigger noun may modify without being an event itself. */
const MODIFIED_HEADS = new Set([
  'law', 'laws', 'bill', 'bills', 'case', 'cases', 'survivor', 'survivors', 'charge', 'charges', 'trial', 'trials', 'helicopter',
  'helicopters', 'aircraft', 'force', 'group', 'groups', 'movement', 'movements', 'crimes', 'suspect', 'suspects', 'investigation',
  'investigations', 'probe', 'claims', 'plan', 'plans', 'kit', 'squad', 'unit', 'units', 'zone', 'zones', 'season', 'culture', 'rate',
  'rates', 'statistics', 'risk', 'risks', 'fears', 'drill', 'drills', 'simulation', 'exercise', 'scenario', 'victim', 'victims',
  'museum', 'memorial', 'anniversary', 'song', 'songs', 'film', 'book', 'novel', 'game', 'games', 'video', 'videos', 'policy', 'leader',
  'leaders', 'organisers', 'organizers', 'committee', 'council', 'permit', 'permits', 'route', 'routes', 'dog', 'dogs', 'vehicle',
  'vehicles', 'boat', 'boats', 'ship', 'ships', 'submarine', 'submarines', 'capability', 'capabilities', 'wing', 'command', 'team',
  // "rejected the dialogue proposal", "a ceasefire proposal": what is proposed has not happened
  'proposal', 'proposals',
]);

/** Sectors that carry arms: their violent verbs are events even without a named target. */
const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'COP', 'SPY', 'CRM']);

/** Recipient prepositions per trigger entry, built once per entry (the sets are only read). */
const prepsCache = new WeakMap<TriggerEntry, Set<string>>();
function prepsFor(entry: TriggerEntry): Set<string> {
  let preps = prepsCache.get(entry);
  if (!preps) { preps = prepsOf(entry); prepsCache.set(entry, preps); }
  return preps;
}

function prepsOf(entry: TriggerEntry): Set<string> {
  if (entry.recipientPreps) return new Set(entry.recipientPreps);
  if (entry.reciprocal) return WITH_PREPS;
  if (entry.family === 'threaten' || entry.family === 'accuse' || entry.family === 'request' || entry.family === 'sanction') return new Set(['to', 'on', 'against', 'of']);
  if (entry.family === 'consult') return new Set(['with', 'to']);
  if (entry.family === 'aid') return new Set(['to', 'for']);
  if (entry.family === 'retreat') return new Set(['from', 'to']);
  return RECIPIENT_PREPS;
}

/** The `objects` of an entry with `needs: "object"` as a head table, built once per entry. */
const objectsCache = new WeakMap<TriggerEntry, ObjectCodes>();
function objectHeads(entry: TriggerEntry): ObjectCodes {
  let heads = objectsCache.get(entry);
  if (!heads) {
    const objects = entry.objects ?? [];
    heads = codesByHead(Array.isArray(objects) ? { [entry.cameo]: objects } : objects);
    objectsCache.set(entry, heads);
  }
  return heads;
}

/** Choose the noun or verb reading of a trigger whose words allow both. */
export function chooseHit(ctx: SentenceContext, hits: TriggerHit[], start: number, end: number): TriggerHit {
  // "came under fire", "were under attack": after "under" the word is a noun (under-attack.ts)
  if (ctx.norm(start - 1) === 'under' && underAttackVerb(ctx, start) >= 0) {
    const h = hits.find((x) => x.form === 'noun') ?? hits[0]!;
    return h.form === 'noun' ? h : { entry: h.entry, form: 'noun' }; // written out as the trie's hits are (one hidden class)
  }
  if (hits.length === 1) {
    const only = hits[0]!;
    const prev = ctx.norm(start - 1);
    if (only.form === 'verb' && (((prev === 'the' || prev === 'a' || prev === 'an') && !ctx.norm(start).endsWith('ed')) || outCompound(ctx, end))) return { entry: only.entry, form: 'noun' }; // written out as the trie's hits are (one hidden class)
    return only;
  }
  const noun = readsAsNoun(ctx, start, end);
  return hits.find((h) => h.form === (noun ? 'noun' : 'verb')) ?? hits[0]!;
}

let counter = 0;

/**
 * A one-word weapon name used as a verb after "to", an auxiliary or "not" ("pilots sent to bomb the capital", "those who
 * shell the villages", "they will bomb"): it names the act, like "bombing".
 */
function weaponAsVerb(ctx: SentenceContext, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const prev = ctx.norm(start - 1);
  return AUXILIARIES.has(prev) || prev === 'not' || prev === 'never' || ((prev === 'who' || prev === 'they' || prev === 'we') && DETERMINERS.has(ctx.norm(end)));
}

/**
 * A weapon near the trigger as the draft's filler. A word that names the attack or the attacker ("the bombing", "a
 * shooting", "a sniper": `notDevice` in data/weapons.json) gives the event its weapon kind (codes, modes), but states no
 * instrument: rule weapon:act-word, inferred. Any other name is a stated instrument (weapon:near-trigger).
 */
function weaponFiller(ctx: SentenceContext, w: SentenceContext['weapons'][number]): EventDraft['weapons'][number] {
  const act = namesNoDevice(w.data.name) || weaponAsVerb(ctx, w.tokenStart, w.tokenEnd);
  return { mention: w, rule: act ? 'weapon:act-word' : 'weapon:near-trigger', how: act ? 'inferred' : 'stated', count: countBefore(ctx, w.tokenStart) };
}

/** Shared by drafts with no weapon in their sentence: only read (bindTrigger maps it to a new array). */
const NO_WEAPONS: never[] = emptyList();

/**
 * A trigger word that only modifies a weapon's name before its head ("assault rifles", "attack helicopters") names no
 * act; one that ends the name ("a drone strike", "a suicide attack") does.
 */
export function inWeaponName(ctx: SentenceContext, start: number, end: number): boolean {
  const w = ctx.weapon(start);
  return w !== undefined && w.tokenStart <= start && end < w.tokenEnd;
}

/**
 * A weapon held, taken or traded near the trigger is no instrument of it (rule weapon:not-used): unless the weapon is
 * the trigger's own word ("the bomb exploded") or its object.
 */
function notUsed(ctx: SentenceContext, w: SentenceContext['weapons'][number], start: number, end: number, verb: boolean): boolean {
  if (w.tokenStart < end && start < w.tokenEnd) return false;
  const modifies = weaponModifies(ctx, w.tokenEnd);
  // the trigger's own object ("destroyed IEDs that were found", "defused the rockets") is what the act is done to
  let k = end;
  while (!modifies && verb && k < w.tokenStart && (DETERMINERS.has(ctx.norm(k)) || ctx.number(k) !== undefined)) k++;
  if (!modifies && verb && k === w.tokenStart) return false;
  const out = modifies || weaponNotUsed(ctx, w.tokenStart, w.tokenEnd);
  if (out && ctx.doc.trace) ctx.doc.explain('code', 'weapon:not-used', ctx.sentence, ctx.span(w.tokenStart, w.tokenEnd), `${w.text} is held, taken or traded, not used`);
  return out;
}

/** Weapons from 6 tokens before the trigger to 10 after it, outside the recipients' words, not held or taken (notUsed). */
function weaponsAround(ctx: SentenceContext, recipients: ActorFiller[], start: number, end: number, verb: boolean): SentenceContext['weapons'] {
  const inRecipient = (k: number): boolean => recipients.some((r) => k >= r.mention.tokenStart && k < r.mention.tokenEnd);
  // a weapon seized, found, defused or traded ("seized a rifle", "arms trafficking") is not the instrument (weapon-not-used.ts)
  return ctx.weapons.filter((w) => w.tokenStart >= start - 6 && w.tokenStart < Math.min(ctx.to, end + 10) && !inRecipient(w.tokenStart) && !notUsed(ctx, w, start, end, verb));
}

/**
 * Why a noun trigger is no event: an irrealis complement ("the risk of a larger conflict", "further attacks"), a zero
 * count, a noun used as a modifier, a negation; null when none. bindTrigger is split in parts that V8 compiles on
 * their own (each too large to inline): a branch met for the first time in a run throws away and recompiles the
 * optimised code of its part only, not of all of bindTrigger.
 */
function nounRejection(ctx: SentenceContext, entry: TriggerEntry, start: number, end: number): string | null {
  const g = governorOf(ctx, start);
  let k = start - 1;
  for (let steps = 0; steps < 4 && k >= ctx.from; steps++, k--) {
    const n = ctx.norm(k);
    if (ctx.is(k, IRREALIS_HEADS_AT) && !(entry.family === 'threaten' && (n === 'threat' || n === 'threats'))) {
      return `irrealis:${n}`;
    }
    // "rejected talks between the government and the traffickers", "boycotted the negotiations": talks refused are not held
    if (entry.family === 'consult' && REFUSING_HEADS.has(n)) return `irrealis:${n}`;
    // a possessive name between a preventing head and the noun: "to prevent Evans' arrest", "averted Ford's strike"
    // (not after other heads: "concerned about Obama's calls for", "called McBeth's accusations false" name real acts)
    if (POSSESSIVE.has(n) && k - 2 >= ctx.from && PREVENTING.has(ctx.norm(k - 2))) { k--; continue; }
    if (!ctx.is(k, DETERMINERS_AT) && !ctx.weapon(k) && n !== 'and' && !ctx.actor(k) && !(n === 'of' && steps < 3) && !DEMANDED_MANNER.has(n)) break;
  }
  const num = ctx.number(start - 1);
  if (num && num.data.value === 0) return 'zero-count';
  // a noun used as a modifier: "the rape abortion law", "attack helicopters", "protest movement"
  if (MODIFIED_HEADS.has(ctx.norm(end)) && !ctx.token(end)?.cap) return `compound-modifier:${ctx.norm(end)}`;
  if (ctx.norm(start - 1) === 'no' || ctx.norm(start - 1) === 'zero' || g.norm === 'no') return 'negated-noun';
  if (ctx.norm(start - 1) === 'further' && ctx.norm(start - 2) === 'about') return 'irrealis:about-further';
  // "released 79 people involved in the recent clashes": the fight only describes who was released or held
  if ((entry.family === 'fight' || entry.family === 'assault' || entry.family === 'protest') && partInPastFight(ctx, start)) return 'background:part-in';
  // "thousands of civilians fled the bombardment of the town": the violence fled is why they fled, the flight is the event
  if ((entry.family === 'fight' || entry.family === 'assault') && fledFromNoun(ctx, start)) return 'background:fled';
  return null;
}

interface BoundRoles {
  voice: EventDraft['voice'];
  actors: ActorFiller[];
  recipients: ActorFiller[];
}

/*
 * bindRoles by voice, each part compiled on its own: a branch first met late in the run ("insufficient type feedback")
 * recompiles only the part it is in (docs/PERFORMANCE.md, session 5).
 */

/** The filler whose mention ends last (undefined for none). */
function lastEnding(fillers: ActorFiller[]): ActorFiller | undefined {
  let best: ActorFiller | undefined;
  for (const f of fillers) if (!best || f.mention.tokenEnd > best.mention.tokenEnd) best = f;
  return best;
}

/** bindRoles for a verb in the active voice (which may turn out passive). */
function activeRoles(ctx: SentenceContext, entry: TriggerEntry, start: number, end: number): BoundRoles {
  let voice: EventDraft['voice'] = 'active';
  let actors = subjectOf(ctx, start);
  // "Gunmen kidnapped two teachers and shot a guard": the object of the verb before "and" is no subject of this one
  // (of coordinated subjects, the one that ends right before the conjunction: "kidnapped two teachers and three farmers and shot")
  const shared = objectBeforeConjunction(ctx, start, lastEnding(actors));
  if (shared) actors = shared;
  // "the government has taken back areas with siege tactics, bombarding and starving people", "a teen was shot after
  // entering the settlement and stabbing a girl": a participle adjunct shares the subject of its main clause
  if (actors.length === 0) actors = adjunctSubject(ctx, start);
  // "demonstrators gathered in the square but clashed with police": a coordinated verb shares the first one's subject
  if (actors.length === 0) actors = coordinatedVerbSubject(ctx, start);
  let recipients = objectOf(ctx, end, prepsFor(entry), true);
  // "stabbing to death a 13-year-old girl", "beat to death two men": the result phrase stands before the object
  if (recipients.length === 0 && ctx.norm(end) === 'to' && ctx.norm(end + 1) === 'death') recipients = objectOf(ctx, end + 2, prepsFor(entry), true);
  // "the blast killed 26 and wounded 42": a bare count of the people harmed (counted-victims.ts)
  if (recipients.length === 0 && entry.family === 'assault' && countsPeople(ctx, start, end)) recipients = countedObject(ctx, end);
  // "a man was abducted by two armed men, beaten up, and injured": a participle with no object of its own that
  // shares its subject with an earlier passive verb is passive too; the subject is its victim
  if (actors.length > 0 && recipients.length === 0 && sharesPassiveSubject(ctx, actors[0]!.mention.tokenEnd, start, end)) {
    recipients = mapList(actors, (a) => filled(a.mention, 'role:shared-passive-subject', a.how));
    actors = emptyList();
    voice = 'passive';
  }
  return { voice, actors, recipients };
}

/** Words that open a participle adjunct ("after entering", "while fleeing", ", bombarding"). */
const ADJUNCT_OPENERS = new Set([',', 'after', 'before', 'while', 'when', 'by']);

/**
 * The subject of the main clause for a participle adjunct at `start` (an -ing form after a comma or "after/while/by",
 * or after "and" following such a participle): the subject of the clause before the opener, read from the opener back.
 */
function adjunctSubject(ctx: SentenceContext, start: number): ActorFiller[] {
  if (!ctx.norm(start).endsWith('ing')) return emptyList();
  let k = start - 1;
  // "entering the settlement and stabbing": the first participle of a coordination
  if (ctx.norm(k) === 'and') {
    let j = k - 1;
    while (j > ctx.from && j > k - 6 && !ctx.norm(j).endsWith('ing')) j--;
    if (!ctx.norm(j).endsWith('ing') || ctx.isBoundary(j)) return emptyList();
    k = j - 1;
  }
  if (k <= ctx.from || !ADJUNCT_OPENERS.has(ctx.norm(k))) return emptyList();
  const subject = subjectOf(ctx, k, 'role:adjunct-subject');
  return subject.length > 0 ? mapList(subject, (a) => filled(a.mention, 'role:adjunct-subject', 'inferred')) : subject;
}

/** bindRoles for a verb in the passive voice. */
function passiveRoles(ctx: SentenceContext, entry: TriggerEntry, start: number, end: number): BoundRoles {
  // "people killed in drone strikes": a reduced relative's subject is the words right before it, never further left
  let recipients = reducedRelative(ctx, start, end) ? adjacentVictim(ctx, start) : subjectOf(ctx, start, 'role:passive-subject');
  // "22 were killed", "another 38 were injured": a bare count as the passive subject (counted-victims.ts)
  if (recipients.length === 0 && entry.family === 'assault' && countsPeople(ctx, start, end)) recipients = countedSubject(ctx, start);
  let actors = agentOf(ctx, end);
  // "600 National Guard troops were deployed": the forces moved are the actor
  // likewise "Sudanese soldiers were withdrawn" (armed forces only: "civilians were evacuated from" is displacement)
  const withdrawnForces = entry.id === 'retreat.withdraw' && recipients.length > 0 && recipients.every((r) => ARMED.has(r.mention.data.sector ?? ''));
  if ((entry.family === 'mobilize' || withdrawnForces) && actors.length === 0) {
    actors = mapList(recipients, (r) => filled(r.mention, 'role:deployed-forces', r.how));
    recipients = emptyList();
  }
  return { voice: 'passive', actors, recipients };
}

/** bindRoles for a noun trigger. */
function nominalRoles(ctx: SentenceContext, entry: TriggerEntry, start: number, end: number): BoundRoles {
  // "peacekeepers came under fire from rebels": the subject of the verb before "under" was attacked (under-attack.ts)
  const under = entry.family === 'assault' || entry.family === 'fight' ? attackedSubjectVerb(ctx, start) : -1;
  if (under >= 0) return underAttackRoles(ctx, start, end, under);
  let actors = agentOf(ctx, end, 'role:nominal-by', 16);
  // "civilian massacres", "child killings": a bare civilian noun before a violent noun is its victim, not its doer
  let victimModifiers: ActorFiller[] = emptyList();
  if (actors.length === 0) {
    const mods = modifierOf(ctx, start);
    if (entry.family === 'assault' && mods.length > 0 && mods.every((m) => m.mention.data.sector === 'CVL' && m.mention.data.generic && !m.mention.data.country)) {
      victimModifiers = mapList(mods, (m) => filled(m.mention, 'role:modifier-victim', m.how));
    } else actors = mods;
  }
  // light verbs: "carried out airstrikes", "held a protest", "initiated an armed confrontation"
  if (actors.length === 0) {
    const light = lightVerbBefore(ctx, start);
    // "drones were used in an attack": the subject of a passive light verb is its instrument or product, not the actor
    if (light >= 0 && !isPassive(ctx, light, light + 1)) actors = subjectOf(ctx, light, 'role:light-verb-subject');
  }
  // ", bombarding and starving people": a gerund adjunct shares the subject of its main clause
  if (actors.length === 0) actors = adjunctSubject(ctx, start);
  // "blamed the rebels for the attack", "holds the FMLN responsible for the assassination": the one blamed
  if (actors.length === 0) actors = blamedFor(ctx, start);
  // "the Islamic State was behind the bombing", "the ambush was blamed on the rebels" (responsible-party.ts)
  if (actors.length === 0) actors = behindAttack(ctx, start);
  if (actors.length === 0) actors = laidOnParty(ctx, end);
  let recipients = objectOf(ctx, end, prepsFor(entry), false, 'role:nominal-object');
  if (recipients.length === 0) recipients = victimModifiers;
  // "the killing of three soldiers", "the bombing of the Shiite mosque by X": the "of" phrase of a violent
  // noun is what it was done to (the doer comes with "by")
  // ("the slaughter and maiming of men": a coordinated noun may stand before the "of")
  let ofAt = ctx.norm(end) === 'of' ? end : ctx.norm(end) === 'and' && ctx.norm(end + 2) === 'of' && ctx.token(end + 1)?.kind === 'word' ? end + 2 : -1;
  // "the massacre by Polish villagers of 1,600 Jews", "the killing by soldiers of three civilians": the "of" phrase right
  // after the "by" agent
  if (ofAt < 0 && ctx.norm(end) === 'by' && actors.length > 0 && actors[0]!.rule.startsWith('role:nominal-by')) {
    const last = actors[actors.length - 1]!.mention.tokenEnd;
    if (last > end && ctx.norm(last) === 'of') ofAt = last;
  }
  if (recipients.length === 0 && entry.family === 'assault' && ofAt >= 0) {
    const patient = actorAt(ctx, ofAt + 1) ?? actorAfterNames(ctx, ofAt + 1) ?? actorPastAdjectives(ctx, ofAt + 1);
    if (patient && !actors.some((a) => a.mention === patient)) recipients = coordinated(ctx, patient, 'role:nominal-of');
  }
  // "the ongoing conflict in Gaza between Israel and Hamas", "clashes between X and Y"
  const sides = betweenOf(ctx, end);
  // "Qatar's mediation between Israel and Hamas": the sides are whom the mediator acts on
  if (sides.length > 0 && MEDIATION_ENTRIES.has(entry.id)) recipients = sides;
  else if (sides.length > 0) {
    actors = sides;
    recipients = mapList(sides, (s) => filled(s.mention, s.rule + ':reciprocal', s.how));
  }
  // "the army retook the village after clashes with rebels": the main clause's subject fought
  if (actors.length === 0) actors = adjunctFightSubject(ctx, entry, start, recipients.length > 0);
  return { voice: 'nominal', actors, recipients };
}

/**
 * "came under attack by militants", "under fire from rebels", "under US bombardment": the attacker is the "by" or "from"
 * phrase after the noun, else the noun's modifier; the subject of the verb before "under" is the one attacked.
 */
function underAttackRoles(ctx: SentenceContext, start: number, end: number, verb: number): BoundRoles {
  let actors = agentOf(ctx, end, 'role:nominal-by');
  if (actors.length === 0 && ctx.norm(end) === 'from') {
    const m = actorAt(ctx, end + 1);
    if (m && !m.data.alsoPlace) actors = coordinated(ctx, m, 'role:under-attack-from');
  }
  // "repelled the attack of ISWAP fighters": the subject was attacked, so the "of" phrase is the attacker
  if (actors.length === 0 && ctx.norm(end) === 'of') {
    const m = actorAt(ctx, end + 1);
    if (m && !m.data.alsoPlace) actors = coordinated(ctx, m, 'role:under-attack-of');
  }
  if (actors.length === 0) actors = modifierOf(ctx, start);
  let recipients = subjectOf(ctx, verb, 'role:under-attack');
  // "repelled an attack on their base": with no actor subject, the noun's own object
  if (recipients.length === 0) recipients = objectOf(ctx, end, RECIPIENT_PREPS, false, 'role:nominal-object');
  return { voice: 'nominal', actors, recipients };
}

/**
 * "the killing of three unarmed civilians", "the massacre of hundreds of innocent villagers": the actor after a count
 * and lower-case adjectives that the actor rule left out of the mention (at most four words, no preposition or verb).
 */
const COUNT_NOUNS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions']);

function actorPastAdjectives(ctx: SentenceContext, j: number): ReturnType<typeof actorAt> {
  for (let k = j; k < Math.min(ctx.to, j + 5); k++) {
    const m = ctx.actor(k);
    if (m) return m.tokenStart === k ? m : undefined;
    const t = ctx.token(k);
    if (!t || ctx.isBoundary(k)) return undefined;
    if (ctx.number(k) || ctx.is(k, DETERMINERS_BUT_OF)) continue;
    // "hundreds of Jewish men": a quantity and its "of"
    if (t.norm === 'of' && COUNT_NOUNS.has(ctx.norm(k - 1))) continue;
    if (COUNT_NOUNS.has(t.norm) && ctx.norm(k + 1) === 'of') continue;
    if (t.kind !== 'word' || t.cap || PREPOSITIONS.has(t.norm) || t.norm === 'and' || t.norm === 'or' || t.norm.endsWith('ing')) return undefined;
  }
  return undefined;
}

/** No recipient but countries or cities named as the act's place ("in downtown Mogadishu", src/code/place-qualified.ts). */
function onlyPlaces(recipients: readonly ActorFiller[]): boolean {
  for (const r of recipients) if (!r.rule.includes(QUALIFIED_PLACE)) return false;
  return true;
}

/** The victims found, then the places kept; the places alone when no victim was found. */
function withPlaces(victims: ActorFiller[], places: ActorFiller[]): ActorFiller[] {
  if (victims.length === 0) return places;
  for (const p of places) victims.push(p);
  return victims;
}

/** Whether a filler of `list` is `mention` (the few actors of one trigger: a loop, not a Set built per draft). */
function hasMention(list: readonly ActorFiller[], mention: ActorFiller['mention']): boolean {
  for (const a of list) if (a.mention === mention) return true;
  return false;
}

/** The voice of a trigger and its actors and recipients, bound by voice (a part of bindTrigger: see nounRejection). */
function bindRoles(ctx: SentenceContext, entry: TriggerEntry, form: TriggerHit['form'], start: number, end: number): BoundRoles {
  const bound = form === 'noun' ? nominalRoles(ctx, entry, start, end) : isPassive(ctx, start, end) ? passiveRoles(ctx, entry, start, end) : activeRoles(ctx, entry, start, end);
  const voice = bound.voice;
  const actors = bound.actors;
  let recipients = bound.recipients;
  // "the blast left 20 people dead", "attacked the village, leaving five civilians wounded": the people left dead
  // (a country or city named only as the act's place, QUALIFIED_PLACE, leaves room for them)
  if (entry.family === 'assault' && onlyPlaces(recipients) && voice !== 'passive') recipients = withPlaces(leftHarmed(ctx, end), recipients);
  // "the blast wounded three soldiers": a harm verb right after an attack noun names the noun's victims
  if (entry.family === 'assault' && onlyPlaces(recipients) && voice === 'nominal') recipients = withPlaces(harmedAfter(ctx, end), recipients);
  // reciprocal verbs with a coordinated subject and no object: "X and Y clashed", "X and Y held talks"
  if (entry.reciprocal && recipients.length === 0 && actors.length >= 2) {
    recipients = mapList(actors, (a) => filled(a.mention, a.rule + ':reciprocal', a.how));
  }
  // "rejected an Indian proposal", "denounced the Israeli raid": the state whose proposal or act it is
  // "denounced as an ugly crime Serbia's suppression of …": the object after a fronted predicative "as" phrase
  if (recipients.length === 0 && voice === 'active' && form === 'verb' && AS_FAMILIES.has(entry.family)) {
    const k = afterAsPhrase(ctx, end);
    if (k > 0) {
      recipients = objectOf(ctx, k, prepsFor(entry), true, 'role:object-after-as');
      if (recipients.length === 0) recipients = objectAuthor(ctx, entry, k);
      if (recipients.length === 0) recipients = objectOwner(ctx, entry, k);
    }
  }
  // "rejected calls by Ukraine's leaders", "accepted an offer by Ethiopia": the author of what the act is about
  if (recipients.length === 0 && voice === 'active' && form === 'verb') recipients = objectAuthor(ctx, entry, end);
  // "would not meet the kidnappers' demands": the owner named with a possessive before the speech noun
  if (recipients.length === 0 && voice === 'active' && form === 'verb') recipients = possessiveAuthor(ctx, entry, start, end);
  if (recipients.length === 0 && voice === 'active' && form === 'verb') recipients = objectOwner(ctx, entry, end);
  // "halted economic aid to Serbia", "a suspension of air links with Serbia": the party inside the object
  if (recipients.length === 0 && voice === 'active' && form === 'verb') recipients = objectComplement(ctx, entry, end);
  // "Qatar mediated between Israel and Hamas", "launched a mediation effort between X and Y": the sides
  if (recipients.length === 0 && voice === 'active' && MEDIATION_ENTRIES.has(entry.id)) recipients = betweenOf(ctx, end, 'role:mediated-between');
  // "mobilized reservists for a possible war against Iraq": the party the forces are raised against
  if (voice === 'active' && form === 'verb' && entry.family === 'mobilize') {
    const against = raisedAgainst(ctx, end, actors, recipients);
    if (against !== null && against.length > 0) recipients = against;
  }
  // "refused to negotiate with Hamas", "agreed to hold talks with the United States": the infinitive's party
  if (recipients.length === 0 && voice === 'active' && form === 'verb' && COMPLEMENT_FAMILIES.has(entry.family)) recipients = complementParty(ctx, end, actors);
  // "complained to the United Nations over Israeli air raids": the party complained about, not the body complained to
  if (entry.family === 'accuse' && voice === 'active') {
    const about = complaintTarget(ctx, recipients, actors);
    if (about !== null && about.length > 0) recipients = about;
  }
  // "refused to send troops to Iraq": the destination of an infinitive of sending, not the forces sent
  if (voice === 'active' && form === 'verb' && SEND_FAMILIES.has(entry.family)) {
    const dest = sendDestination(ctx, end, actors, recipients);
    if (dest !== null && dest.length > 0) recipients = dest;
  }
  // an actor cannot be its own recipient unless the event is reciprocal
  if (!entry.reciprocal && recipients.length > 0 && actors.length > 0) {
    recipients = recipients.filter((r) => !hasMention(actors, r.mention));
  }

  return { voice, actors, recipients };
}

/** Verbs that stage a protest with its noun after them: "to hold a general strike", "to stage sit-ins", "to go on hunger strike". */
const PROTEST_STAGING = new Set(['hold', 'stage', 'call', 'organise', 'organize', 'launch', 'begin', 'start', 'go', 'mount', 'resume', 'intensify', 'escalate']);
const PROTEST_NOUNS = new Set(['strike', 'strikes', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'sit-in', 'sit-ins', 'march', 'marches', 'walkout', 'walkouts', 'boycott', 'boycotts', 'picket', 'pickets', 'stoppage', 'shutdown']);

/**
 * A threatened protest (CAMEO 133, "threaten with political dissent, protest"): the infinitive at k is "protest" or
 * "demonstrate", or a staging verb whose object, within four words, is a protest noun — "threatened to hold a general
 * strike", not "vowed to hold elections".
 */
function protestInfinitive(ctx: SentenceContext, k: number): boolean {
  const w = ctx.norm(k);
  if (w === 'protest' || w === 'demonstrate' || w === 'picket') return true;
  if (!PROTEST_STAGING.has(w)) return false;
  for (let j = k + 1; j < Math.min(ctx.to, k + 5); j++) {
    if (ctx.isBoundary(j) || ctx.norm(j) === ',') return false;
    if (PROTEST_NOUNS.has(ctx.norm(j))) return true;
  }
  return false;
}

/** Why the trigger table's `needs` rejects the trigger (all but `object`), or null (a part of bindTrigger: see nounRejection). */
function needsRejection(ctx: SentenceContext, entry: TriggerEntry, form: TriggerHit['form'], voice: EventDraft['voice'], actors: ActorFiller[], recipients: ActorFiller[], weaponsNear: SentenceContext['weapons'], start: number, end: number): string | null {
  switch (entry.needs) {
    case 'weapon-or-target': {
      const placeAfter = ctx.places.some((p) => p.tokenStart >= end && p.tokenStart < end + 8);
      // "fired at a car", "fired in the direction of": a target preposition right after the trigger
      let aimed = false;
      for (let k = end; k < Math.min(ctx.to, end + 4); k++) if ((RECIPIENT_PREPS.has(ctx.norm(k)) && !ctx.time(k + 1) && !ctx.time(k)) || ctx.norm(k) === 'direction') aimed = true;
      // an armed actor doing a violent act on any object: "Israeli airplanes struck 2 houses"
      // ("unidentified gunmen ambushed the leader's convoy": an unidentified armed actor, sector UNK, carries arms too)
      const armed = actors.some((a) => ARMED.has(a.mention.data.sector ?? '') || a.mention.data.sector === 'UNK');
      if (recipients.length === 0 && weaponsNear.length === 0 && !placeAfter && !aimed && !armed && voice !== 'passive' && !setOnFire(ctx, start) && !thingObject(ctx, entry, start, end)) return 'needs:weapon-or-target';
      break;
    }
    case 'harm-infinitive': {
      let k = end;
      // "threatened on Monday to break relations": a time between the verb and its infinitive
      while (ctx.time(k) && k < end + 6) k++;
      if (ctx.norm(k) === 'to') {
        k++;
        while (ctx.norm(k).endsWith('ly') || ctx.norm(k) === 'soon' || ctx.norm(k) === 'not') k++;
        if (!HARM_VERBS.has(ctx.norm(k)) && !protestInfinitive(ctx, k)) return 'needs:harm-infinitive';
      } else if (form === 'verb' && recipients.length === 0) {
        return 'needs:harm-infinitive';
      } else if (form === 'noun' && ctx.norm(end) === 'to' && !HARM_VERBS.has(ctx.norm(end + 1))) {
        return 'needs:harm-infinitive';
      }
      break;
    }
    case 'parties':
      if (actors.length + recipients.length < 2 && !(entry.family === 'consult' && actors.length >= 1 && recipients.length >= 1)) return 'needs:parties';
      break;
    case 'actor':
      // a pronoun subject ("he will withdraw", "they surrendered") stands for a named actor: attribution and merge resolve it
      // "nine people were wounded in the stabbings": a passive with its victims and a cause phrase is an outcome of an attack
      if (actors.length === 0 && !(voice === 'active' && pronounBefore(ctx, start)) && !(voice === 'passive' && recipients.length > 0 && CAUSE_AFTER.has(ctx.norm(end)))) return 'needs:actor';
      break;
    case 'actor-and-object':
      // "pirates sank a fishing boat", "a naval drone sank a patrol boat", "the ship was sunk by a Ukrainian drone":
      // someone (or a projectile) sank something; never "the
      // ferry sank in the storm" (no object) nor "the storm sank two boats" (no actor)
      if (voice === 'passive' ? actors.length === 0 && weaponsNear.length === 0 : (actors.length === 0 && !weaponSubject(ctx, start)) || (recipients.length === 0 && thingAt(ctx, end) === null)) return 'needs:actor-and-object';
      break;
    case 'found-after':
      // "a body wrapped in a blanket was found …": a passive find verb within the next ten words
      if (!foundAfter(ctx, end)) return 'needs:found-after';
      break;
    case 'weapon-subject':
      // "a rocket fell on a house", "mortar shells landed near the school": only a projectile or explosive as the subject
      if (!weaponSubject(ctx, start)) return 'needs:weapon-subject';
      break;
    case 'object':
      break; // bindTrigger: it also picks the CAMEO code
    case 'person-victim':
      // "agents poisoned him", "she was poisoned", "the poisoning of the former spy": a person hit, never "poisoned
      // relations", "the water was poisoned" or "food poisoning"
      if (recipients.length === 0 && !(voice === 'passive' && actors.length > 0) && !personPronounVictim(ctx, voice, start, end)) return 'needs:person-victim';
      break;
    case 'person-object':
      if (recipients.length === 0 && !ctx.numbers.some((n) => n.tokenStart >= end && n.tokenStart < end + 4) && !(voice === 'active' ? personNounObject(ctx, end) : voice === 'passive' && personNounSubject(ctx, start))) return 'needs:person-object';
      break;
    default:
      break;
  }
  return null;
}

/** Words that may follow the person noun of an object. */
const PERSON_OBJECT_END = new Set(['who', 'whom', 'that', 'and', 'or', 'but', 'last', 'earlier', 'yesterday', 'today', 'late', 'early']);

/** Modifiers that may stand between a determiner and a person noun: "the detained engineer", "a former mayor". */
const PERSON_MODIFIERS = new Set(['former', 'deputy', 'local', 'prominent', 'senior', 'popular', 'elected', 'veteran', 'young', 'elderly', 'female', 'male', 'foreign']);

/**
 * "released the mayor of Nablus", "freed a kidnapped engineer": the object is headed by a person noun of the generic
 * actor lexicon (a profession or office, which the actor stage takes as an actor only when harmed), after determiners
 * and up to two modifiers; never its owner ("released the mayor's statement").
 */
function personNounObject(ctx: SentenceContext, end: number): boolean {
  const lex = actorLexicon(false);
  let k = end;
  let mods = 0;
  while (k < ctx.to && k < end + 5) {
    const t = ctx.token(k);
    if (!t || t.kind !== 'word') return false;
    if (ctx.is(k, DETERMINERS_BUT_OF)) { k++; continue; }
    const m = lex.generic.matchAt(ctx.tokens, k, false, ctx.to);
    if (m) {
      const v = m.values[0]!;
      if (v.entry.inanimate || !(v.person || v.plural)) return false;
      // the noun ends its phrase: "the mayor of Nablus", "the engineer, who", "the mayor on Monday"; not an attribute
      // ("released the engineer report") nor an owner ("the mayor's statement")
      const after = ctx.token(m.tokenEnd);
      return m.tokenEnd >= ctx.to || !after || (after.kind === 'punct' && after.norm !== "'s" && after.norm !== "'") || after.cap || PREPOSITIONS.has(after.norm) || PERSON_OBJECT_END.has(after.norm) || ctx.time(m.tokenEnd) !== undefined;
    }
    if (mods < 2 && (PERSON_MODIFIERS.has(t.norm) || (!t.cap && t.norm.endsWith('ed')))) { mods++; k++; continue; }
    return false;
  }
  return false;
}

/** Auxiliaries and adverbs between a passive verb and its subject: "the men … were later released". */
const PASSIVE_BEFORE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'have', 'has', 'had', 'later', 'also', 'finally', 'reportedly', 'eventually', 'subsequently', 'all']);

/**
 * "the men detained in the raid were released", "a kidnapped engineer was freed": the subject of the passive is a
 * person noun of the generic actor lexicon, the head of its noun phrase (after a determiner, number or modifier, not
 * inside a prepositional phrase), within eight words before the verb and its auxiliaries, in the same clause.
 */
function personNounSubject(ctx: SentenceContext, start: number): boolean {
  const lex = actorLexicon(false);
  let k = start - 1;
  while (k >= ctx.from && PASSIVE_BEFORE.has(ctx.norm(k))) k--;
  for (let steps = 0; k >= ctx.from && steps < 8; k--, steps++) {
    const t = ctx.token(k);
    if (!t || t.kind !== 'word' || CLAUSE_END_WORDS.has(t.norm)) return false;
    const m = lex.generic.matchAt(ctx.tokens, k, false, ctx.to);
    if (!m || m.tokenEnd > start) continue;
    const v = m.values[0]!;
    if (v.entry.inanimate || !(v.person || v.plural)) continue;
    // the head of its own noun phrase, not of a prepositional phrase ("the statement by the mayor", "the report on the engineers")
    let j = k - 1;
    for (let d = 0; j >= ctx.from && d < 3 && (DETERMINERS.has(ctx.norm(j)) || ctx.number(j)); d++) j--;
    if (j < ctx.from || !PREPOSITIONS.has(ctx.norm(j))) return true;
  }
  return false;
}

/** Words that end a clause read backwards from a passive verb: a reporting verb or a clause word. */
const CLAUSE_END_WORDS = new Set(['said', 'says', 'say', 'told', 'reported', 'added', 'that', 'which', 'while', 'but', 'although', 'because', 'when', 'after']);

/** Verbs of assault.hit that take any object in other senses ("the storm hit the town", "the sanctions targeted banks"). */
const WIDE_OBJECT_VERBS = new Set(['hit', 'hits', 'target', 'targets', 'targeted', 'targeting']);

/**
 * A verb of raiding or storming whose direct object is a building, site or vehicle: "gunmen stormed a hotel", "raided a
 * house in the village" (the thing target is assigned later, src/code/targets.ts); not for "hit" or "target", nor for a
 * participle used as an adjective ("evacuated from the besieged city").
 */
function thingObject(ctx: SentenceContext, entry: TriggerEntry, start: number, end: number): boolean {
  if (entry.id !== 'assault.hit' || WIDE_OBJECT_VERBS.has(ctx.norm(end - 1)) || end - start !== 1) return false;
  // "the besieged city", "a raided house": a participle after a determiner modifies the noun, it takes no object
  if (ctx.is(start - 1, DETERMINERS_AT)) return false;
  return thingAt(ctx, end) !== null;
}

/** Weapon kinds that fall or land as a strike (projectiles and explosives; not the aircraft or launchers that carry them). */
const IMPACT_CATEGORIES = new Set(['rocket', 'missile', 'artillery', 'drone', 'air', 'explosive', 'grenade']);
const NOT_IMPACT_KINDS = new Set(['warplane', 'helicopter-gunship', 'rocket-launcher', 'naval-drone']);
/** Participles of a reduced relative between a projectile and its verb: "a rocket fired from Gaza fell …". */
const LAUNCH_PARTICIPLES = new Set(['fired', 'launched', 'shot', 'dropped', 'lobbed']);

/**
 * Is the subject of the verb at `start` a projectile or explosive ("a rocket fell", "two mortar shells have landed",
 * "a drone reportedly crashed into", "a rocket fired from Gaza landed")? Walks back over auxiliaries and adverbs to a
 * weapon mention; or, within eight words and no comma, to a weapon followed by a launch participle.
 */
function weaponSubject(ctx: SentenceContext, start: number): boolean {
  return subjectWeapon(ctx, start) !== undefined;
}

/** The projectile or explosive that is the subject of the verb at `start` (see weaponSubject), or undefined. */
function subjectWeapon(ctx: SentenceContext, start: number): SentenceContext['weapons'][number] | undefined {
  let k = start - 1;
  while (k >= ctx.from && (ctx.is(k, AUXILIARIES_AT) || ctx.is(k, SKIPPABLE_ADVERBS_AT))) k--;
  const impact = (w: ReturnType<SentenceContext['weapon']>): boolean => w !== undefined && IMPACT_CATEGORIES.has(w.data.category) && !NOT_IMPACT_KINDS.has(w.data.kind);
  const at = k >= ctx.from ? ctx.weapon(k) : undefined;
  if (at && impact(at)) return at;
  for (let j = k; j >= Math.max(ctx.from, start - 9); j--) {
    if (ctx.isBoundary(j) || ctx.norm(j) === ',') return undefined;
    const w = ctx.weapon(j);
    if (w && impact(w)) return LAUNCH_PARTICIPLES.has(ctx.norm(w.tokenEnd)) ? w : undefined;
  }
  return undefined;
}

/** Categories of projectiles fired from afar: "a rocket exploded near the school" is shelling (194/195), not a bombing (183). */
const FIRED_CATEGORIES = new Set(['rocket', 'missile', 'artillery', 'drone', 'air']);

/** The code weapons refine: a generic use of force (190) for an explosion verb whose subject is a fired projectile. */
function baseCameo(ctx: SentenceContext, entry: TriggerEntry, form: TriggerHit['form'], start: number): string {
  if (entry.cameo !== '183' || form !== 'verb') return entry.cameo;
  const w = subjectWeapon(ctx, start);
  return w && FIRED_CATEGORIES.has(w.data.category) ? '190' : entry.cameo;
}

/** Build a draft for one trigger occurrence with its roles bound by voice; null when it is not an event. */
export function bindTrigger(ctx: SentenceContext, hit: TriggerHit, start: number, end: number): EventDraft | { rejected: string } {
  const entry = hit.entry;
  const form = hit.form;
  // "targeted the soldiers with a TBG shell", "using mortar shells": a weapon noun that is the means of another event
  if (form === 'verb' && entry.family === 'assault' && instrumentNoun(ctx, start)) return { rejected: 'instrument-noun' };
  // "two mortar shells landed": a bare verb form that ends a weapon's name, before a verb of impact, is that weapon's head noun
  if (form === 'verb' && entry.family === 'assault' && weaponHead(ctx, start, end)) return { rejected: 'weapon-head' };
  // "Shell said", "the oil company Shell": a trigger word that is also a company's name is an event only where the
  // weapons layer read it as the weapon (capIsName in data/weapons.json)
  if (entry.family === 'assault' && capNameWords().has(ctx.norm(start)) && !ctx.weapon(start)) return { rejected: 'proper-name' };
  // "released 79 people involved in the recent armed clashes": a verb form read in a noun phrase after "involved in"
  if (form === 'verb' && entry.family === 'fight' && partInPastFight(ctx, start, false)) return { rejected: 'background:part-in' };
  // irrealis complements (checked before role binding, which they do not read): "the risk of a larger conflict", "zero attacks", "further attacks"
  if (form === 'noun') {
    const rejected = nounRejection(ctx, entry, start, end);
    if (rejected !== null) return { rejected };
  }

  const roles = bindRoles(ctx, entry, form, start, end);
  let voice = roles.voice;
  let actors = roles.actors;
  let recipients = roles.recipients;
  // "a shepherd stepped on a landmine": the subject is the victim of the device
  if (entry.subjectIsVictim && voice === 'active' && actors.length > 0) {
    recipients = mapList(actors, (a) => filled(a.mention, 'role:victim-subject', a.how));
    actors = emptyList();
  }

  // constraints from the trigger table
  // weapons inside a recipient's words are the target ("a U.S. warship"); inside the actor's they are the means ("Israeli warplanes")
  const weaponsNear = ctx.weapons.length === 0 ? NO_WEAPONS : weaponsAround(ctx, recipients, start, end, form === 'verb');
  const rejected = needsRejection(ctx, entry, form, voice, actors, recipients, weaponsNear, start, end);
  if (rejected !== null) return { rejected };
  let objectHit: { code: string; head: string } | null = null;
  if (entry.needs === 'object') {
    // a verb with a gap before the words that make it an event: "put its forces on high alert", "imposed a night curfew"
    const hit = voice === 'passive' ? passiveSubjectCode(ctx, start, objectHeads(entry)) ?? objectCode(ctx, end, objectHeads(entry), 8) : objectCode(ctx, end, objectHeads(entry), 8);
    if (!hit) return { rejected: 'needs:object' };
    objectHit = hit;
  }

  const useWeapons = entry.family === 'assault' || entry.family === 'intercept' || entry.family === 'fight';
  const weapons = useWeapons ? mapList(weaponsNear, (w) => weaponFiller(ctx, w)) : emptyList<EventDraft['weapons'][number]>();
  const refined = objectHit ? { cameo: objectHit.code, rule: `object:${objectHit.head}` }
    : entry.family === 'intercept' ? { cameo: entry.cameo, rule: 'trigger' } : refineCameo(baseCameo(ctx, entry, form, start), mapList(weapons, (w) => w.mention.data));
  const modes = entry.plover?.modes ?? (useWeapons && entry.family !== 'intercept' ? weaponModes(mapList(weapons, (w) => w.mention.data)) : emptyList<string>());

  if (voice === 'nominal' && form === 'verb') voice = 'active';
  const draft: EventDraft = copyDraft({
    id: `d${++counter}`,
    sentence: ctx.sentence,
    family: entry.family,
    entry,
    trigger: tokenRange(start, end),
    extraTriggers: emptyList(),
    form,
    voice,
    actors,
    recipients,
    places: emptyList(),
    time: null,
    weapons,
    quantities: emptyList(),
    attribution: emptyList(),
    modality: 'asserted',
    modalityRule: 'default',
    modalitySpan: null,
    descriptors: emptyList(),
    topic: null,
    links: emptyList(),
    cameo: refined.cameo,
    ploverModes: modes,
    cameoRule: refined.rule === 'trigger' ? `trigger:${entry.id}` : refined.rule,
    confidence: 0.5,
    dropped: null,
    subjectPronoun: actors.length > 0 ? null : voice === 'active' ? pronounBefore(ctx, start) : voice === 'nominal' ? lightVerbPronoun(ctx, start) : null,
    mergedSentences: [],
  });
  return draft;
}

/** The actor ending right before a reduced-relative participle ("Taliban militants killed in"), with its coordination. */
function adjacentVictim(ctx: SentenceContext, start: number): ActorFiller[] {
  const m = ctx.actor(start - 1);
  return m && m.tokenEnd === start ? coordinated(ctx, m, 'role:reduced-relative') : emptyList();
}

const PARTICIPLES_EN = new Set(['beaten', 'shot', 'stabbed', 'hit', 'struck', 'taken', 'held', 'slain', 'thrown', 'blown']);

/**
 * The subject ending at `subjectEnd` is followed by a passive ("was abducted"), and the trigger later in the
 * sentence is a participle after a comma or "and" with no object: it is coordinated with that passive.
 */
function sharesPassiveSubject(ctx: SentenceContext, subjectEnd: number, start: number, end: number): boolean {
  const w = ctx.norm(start);
  if (!(w.endsWith('ed') || PARTICIPLES_EN.has(w))) return false;
  const prev = ctx.norm(start - 1);
  if (prev !== ',' && prev !== 'and' && prev !== 'then') return false;
  const next = ctx.norm(end);
  if (DETERMINERS.has(next) || ctx.number(end) || ctx.actor(end) || ctx.weapon(end)) return false;
  let k = subjectEnd;
  while (k < start && ctx.is(k, SKIPPABLE_ADVERBS_BUT_IN)) k++;
  if (!BE_PAST.has(ctx.norm(k))) return false;
  k++;
  while (k < start && ctx.is(k, SKIPPABLE_ADVERBS_BUT_IN)) k++;
  return k < start && (ctx.norm(k).endsWith('ed') || PARTICIPLES_EN.has(ctx.norm(k)));
}
const BE_PAST = new Set(['was', 'were', 'is', 'are', 'been']);

const LEFT = new Set(['left', 'leaving', 'leaves']);
const LEFT_STATES = new Set(['dead', 'wounded', 'injured', 'killed', 'hurt']);

/** "left eight policemen dead" within a dozen words after the trigger, before a clause break. */
function leftHarmed(ctx: SentenceContext, end: number): ActorFiller[] {
  for (let k = end; k < Math.min(ctx.to, end + 12); k++) {
    if (ctx.isBoundary(k) || ctx.norm(k) === ';') return emptyList();
    if (!LEFT.has(ctx.norm(k))) continue;
    const m = actorAt(ctx, k + 1);
    // "left 21 dead and almost 200 injured": a bare count of the people left dead
    if (!m) {
      const counted = countedObject(ctx, k + 1, 'role:left-harmed');
      return counted.length > 0 && LEFT_STATES.has(ctx.norm(counted[0]!.mention.tokenEnd)) ? counted : emptyList();
    }
    const group = coordinated(ctx, m, 'role:left-harmed');
    const last = group[group.length - 1]!.mention;
    return LEFT_STATES.has(ctx.norm(last.tokenEnd)) ? group : emptyList();
  }
  return emptyList();
}

/** Verbs that claim an attack ("claimed responsibility for", "took credit for", "accepted responsibility for"). */
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming', 'took', 'takes', 'take', 'taking', 'taken', 'accepted', 'accepts', 'admitted', 'admits', 'assumed', 'assumes']);
const RESPONSIBILITY_ADJECTIVES = new Set(['full', 'sole', 'formal', 'official', 'direct']);
const BLAME_VERBS = new Set(['blamed', 'blames', 'blame', 'blaming', 'faulted']);

/**
 * "blamed the rebels for the attack", "held the FMLN responsible for the assassination": the actor blamed for an
 * attack noun is its (claimed) actor; empty when the noun has no such "for" phrase before it.
 */
/** Words that name how or where an attack was done, before its noun: "a roadside explosion", "the suicide blast". */
const ATTACK_MANNER = new Set(['roadside', 'suicide', 'car', 'truck', 'motorcycle', 'vehicle', 'grenade', 'bomb', 'mortar', 'rocket', 'drone', 'mine', 'landmine', 'ied', 'ambush', 'gun', 'knife', 'arson']);

function blamedFor(ctx: SentenceContext, start: number): ActorFiller[] {
  let k = start - 1;
  // "claimed responsibility for a roadside explosion": the attack's own modifiers and weapon words are read through too
  while (k > ctx.from && k > start - 5 && (ctx.is(k, DETERMINERS_BUT_OF) || ATTACK_MANNER.has(ctx.norm(k)) || ctx.weapon(k) !== undefined)) k--;
  // "the rebels' responsibility in the killings": only "responsibility" takes "in"
  if (ctx.norm(k) === 'in') return ownedResponsibility(ctx, k);
  if (ctx.norm(k) !== 'for') return emptyList();
  const owned = ownedResponsibility(ctx, k);
  if (owned.length > 0) return owned;
  k--;
  // "Hezbollah claimed responsibility for the bombing", "the group has claimed full responsibility for": the claimant
  if (ctx.norm(k) === 'responsibility' || ctx.norm(k) === 'credit') {
    let v = k - 1;
    if (RESPONSIBILITY_ADJECTIVES.has(ctx.norm(v))) v--;
    return CLAIM_VERBS.has(ctx.norm(v)) ? subjectOf(ctx, v, 'role:claimed-responsibility') : emptyList();
  }
  if (ctx.norm(k) === 'responsible') {
    // "held X responsible for", "X was responsible for", "X is not responsible for" (no negation: empty)
    let j = k - 1;
    if (ctx.norm(j) === 'not') return emptyList();
    if (BE_PAST.has(ctx.norm(j)) || ctx.norm(j) === 'be') j--;
    const m = ctx.actor(j);
    if (m && m.tokenEnd === j + 1) return coordinated(ctx, m, 'role:held-responsible');
    return emptyList();
  }
  const m = ctx.actor(k);
  if (!m || m.tokenEnd !== k + 1) return emptyList();
  let v = m.tokenStart - 1;
  // "blamed the leftist ELN for": lower-case adjectives may stand between the article and the name
  while (v > ctx.from && v > m.tokenStart - 4 && (ctx.is(v, DETERMINERS_BUT_OF) || lowerAdjective(ctx, v))) v--;
  return BLAME_VERBS.has(ctx.norm(v)) ? coordinated(ctx, m, 'role:blamed-for') : emptyList();
}

/** A lower-case word that is no verb of blame, actor, number or punctuation ("leftist", "outlawed"). */
function lowerAdjective(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  return t !== undefined && t.kind === 'word' && !t.cap && !BLAME_VERBS.has(t.norm) && !ctx.actor(k) && !ctx.number(k);
}

/** Verbs of harm short of death that are no event of their own after an attack noun ("the blast wounded two"). */
const HARMED_AFTER = new Set(['wounded', 'injured', 'hurt', 'maimed', 'wounding', 'injuring']);

/** "The explosion wounded two women", "a bomb that injured five": the people a harm verb after the noun names. */
function harmedAfter(ctx: SentenceContext, end: number): ActorFiller[] {
  let k = end;
  if (ctx.norm(k) === 'that' || ctx.norm(k) === 'which' || ctx.norm(k) === ',') k++;
  while (k < end + 3 && ctx.is(k, SKIPPABLE_ADVERBS_BUT_IN)) k++;
  if (!HARMED_AFTER.has(ctx.norm(k))) return emptyList();
  const m = actorAt(ctx, k + 1);
  return m ? coordinated(ctx, m, 'role:harmed-after') : emptyList();
}

/** Prepositions after a passive harm verb that name its cause ("wounded in an attack", "injured during clashes"). */
const CAUSE_AFTER = new Set(['in', 'during', 'amid']);

const PRONOUNS_AT = new WordBits(['we', 'i', 'they', 'he', 'she', 'it', 'you']);
const IRREALIS_HEADS_AT = new WordBits(IRREALIS_HEADS);
/** Possessive markers, read over (with the name before them) between an irrealis head and its noun. */
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);
/** Irrealis heads of prevention, read over a possessive name. */
const PREVENTING = new Set(['prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'avoids', 'avoided', 'avoiding', 'avert', 'averts', 'averted', 'averting', 'forestall', 'forestalled']);
/**
 * Manner words between an irrealis head and its noun, read over like determiners: "demanding the immediate withdrawal
 * of troops", "called for the unconditional release of" (what is demanded is not done, whatever its manner).
 */
const REFUSING_HEADS = new Set(['rejected', 'rejects', 'reject', 'rejecting', 'refused', 'refuses', 'refuse', 'refusing', 'boycotted', 'boycotts', 'boycott', 'boycotting', 'shunned', 'shuns', 'spurned', 'spurns']);
const DEMANDED_MANNER = new Set(['immediate', 'unconditional', 'full', 'complete', 'total', 'swift', 'prompt', 'rapid', 'quick', 'speedy', 'urgent', 'partial', 'phased', 'orderly', 'safe', 'early', 'gradual']);

/** Verbs that carry a nominal event: the subject of the verb is the event's actor. */
const LIGHT_VERBS = new Set([
  'carried', 'carry', 'carries', 'carrying', 'conducted', 'conduct', 'conducts', 'conducting', 'launched', 'launch', 'launches',
  'staged', 'stage', 'stages', 'held', 'hold', 'holds', 'holding', 'initiated', 'mounted', 'waged', 'wage', 'organized', 'organised',
  'led', 'joined', 'join', 'perpetrated', 'committed', 'unleashed', 'continued', 'resumed', 'began', 'started', 'engaged',
  'participated', 'made', 'executed', 'undertook', 'undertaken', 'performed', 'attempted', 'claimed',
  // reciprocal fire: "pro-Houthi and pro-Hadi forces exchanged artillery barrages", "traded shelling"
  'exchanged', 'exchange', 'exchanging', 'traded', 'trading',
  'waging', 'wages', 'mount', 'mounts', 'mounting', 'initiate', 'initiating', 'staging', 'launching',
  // the planner of an attack is its doer: "a cleric accused of orchestrating the coup attempt", "masterminded the bombing"
  'orchestrated', 'orchestrating', 'masterminded', 'masterminding', 'plotted',
  // aspect verbs before a gerund: "Russia will not stop bombing it", "kept shelling the town"
  'stop', 'stops', 'stopped', 'halt', 'halted', 'keep', 'keeps', 'kept',
  // verbs of placing or throwing a device: "militants planted a bomb", "protesters hurled petrol bombs"
  'planted', 'plant', 'plants', 'planting', 'threw', 'throw', 'throwing', 'hurled', 'hurl', 'hurling', 'lobbed', 'dropped', 'dropping',
  // "rebels used poison gas", "police used tear gas"
  'used', 'use', 'uses', 'using',
  // orders and warnings: "the army issued an evacuation order" (session 10)
  'issued', 'issue', 'issues', 'issuing',
]);
const LIGHT_VERBS_AT = new WordBits(LIGHT_VERBS);
const LIGHT_PARTICLES_AT = new WordBits(['out', 'in', 'part', 'a', 'an', 'the', 'their', 'its', 'his', 'her', 'of']);

/** Index of a light verb right before a nominal trigger (skipping particles, determiners, numbers, weapons), or -1. */
/** Articles and possessives that open a noun phrase: no adjective of the phrase stands before them. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

function lightVerbBefore(ctx: SentenceContext, start: number): number {
  let determiner = false;
  for (let k = start - 1; k >= Math.max(ctx.from, start - 6); k--) {
    if (ctx.is(k, LIGHT_VERBS_AT)) return k;
    const n = ctx.norm(k);
    if (NP_OPENERS.has(n)) determiner = true;
    // "carried out the Saturday airstrike": a time word may stand before the noun
    if (ctx.is(k, LIGHT_PARTICLES_AT) || ctx.is(k, DETERMINERS_AT) || ctx.number(k) || ctx.weapon(k) || ctx.time(k) || n === 'and' || n === '-' || n.endsWith('ly')) continue;
    const t = ctx.token(k);
    // adjectives: "a deadly armed", "coordinated"; they stand after the noun phrase's determiner, never before it
    // ("claimed the government thwarted the attack": "thwarted" is a verb of its own, "claimed" not the light verb)
    if (t && t.kind === 'word' && !t.cap && !ctx.actor(k) && k > start - 4 && !determiner) continue;
    break;
  }
  return -1;
}

/**
 * The pronoun subject of an active light verb before a nominal trigger ("They launched an assault on the town", "it
 * carried out the attack"), or null; src/enrich/pronouns.ts gives it the nearest earlier actor that fits.
 */
function lightVerbPronoun(ctx: SentenceContext, start: number): { norm: string; tokenIndex: number } | null {
  const light = lightVerbBefore(ctx, start);
  return light >= 0 && !isPassive(ctx, light, light + 1) ? pronounBefore(ctx, light) : null;
}

/** A personal pronoun subject before the verb, skipping auxiliaries and adverbs ("we will defend"). */
function pronounBefore(ctx: SentenceContext, start: number): { norm: string; tokenIndex: number } | null {
  for (let k = start - 1; k >= Math.max(ctx.from, start - 5); k--) {
    const n = ctx.norm(k);
    if (ctx.is(k, PRONOUNS_AT)) return { norm: n, tokenIndex: k };
    if (!(ctx.is(k, AUXILIARIES_AT) || ctx.is(k, SKIPPABLE_ADVERBS_AT) || n.endsWith('ly') || n === 'not' || n === "n't")) return null;
  }
  return null;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'himself', 'herself', 'themselves']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you']);

/** A personal pronoun as the victim: the object of an active verb ("poisoned him"), the subject of a passive ("he was poisoned"). */
function personPronounVictim(ctx: SentenceContext, voice: EventDraft['voice'], start: number, end: number): boolean {
  if (voice === 'active') return OBJECT_PRONOUNS.has(ctx.norm(end));
  if (voice !== 'passive') return false;
  for (let k = start - 1; k >= Math.max(ctx.from, start - 6); k--) {
    const n = ctx.norm(k);
    if (SUBJECT_PRONOUNS.has(n)) return true;
    if (!(ctx.is(k, AUXILIARIES_AT) || ctx.is(k, SKIPPABLE_ADVERBS_AT) || BE_FORMS_AT_BIND.has(n) || n.endsWith('ly') || n === 'not')) return false;
  }
  return false;
}
const BE_FORMS_AT_BIND = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets']);

/** A count right before a weapon: "five Iranian cruise missiles" (origin adjectives may stand between). */
export function countBefore(ctx: SentenceContext, tokenStart: number): number | null {
  for (let k = tokenStart - 1; k >= Math.max(ctx.from, tokenStart - 3); k--) {
    const n = ctx.number(k);
    if (n && !n.data.ordinal) return n.data.value;
    if (ctx.actor(k) || ctx.is(k, DETERMINERS_BUT_OF)) continue;
    if (!ctx.token(k)?.cap) break;
  }
  return null;
}

/** "set a bus on fire", "set the shops on fire": arson whose object stands between "set" and "on fire". */
function setOnFire(ctx: SentenceContext, start: number): boolean {
  if (ctx.norm(start) !== 'fire' || ctx.norm(start - 1) !== 'on') return false;
  for (let k = start - 2; k >= Math.max(ctx.from, start - 8); k--) if (ctx.norm(k) === 'set') return true;
  return false;
}

const INSTRUMENT_PREPS = new Set(['with']);

/** A bare verb form of an attack ("shell", "shells") within three words after "with", no verb between, is the instrument noun ("using these barrel bombs" stays an event: RAMS codes it). */
function instrumentNoun(ctx: SentenceContext, start: number): boolean {
  const w = ctx.norm(start);
  if (w.endsWith('ed') || w.endsWith('ing')) return false;
  for (let k = start - 1; k >= Math.max(ctx.from, start - 3); k--) {
    const n = ctx.norm(k);
    if (INSTRUMENT_PREPS.has(n)) return true;
    if (n === 'to' || n === ',' || n === 'and' || n.endsWith('ed')) return false;
  }
  return false;
}

/**
 * The trigger's words end a longer weapon mention ("mortar shells", "artillery shells") that is the subject of a verb of
 * impact (a `weapon-subject` entry: "landed", "fell"): a noun, not the verb "shells".
 */
function weaponHead(ctx: SentenceContext, start: number, end: number): boolean {
  const w = ctx.weapon(start);
  if (w === undefined || w.tokenStart >= start || w.tokenEnd !== end) return false;
  // "shipped artillery shells to Russia", "fired 40 mortar shells": a plural weapon name after a count or a lower-case
  // verb in -ed is that verb's object, not a verb of its own ("Russian artillery shells Kharkiv"; "opened small arms
  // fire" keeps "fire", and "these barrel bombs" the attack noun)
  const before = w.tokenStart - 1;
  const b = ctx.token(before);
  const word = ctx.norm(end - 1);
  if (before >= ctx.from && b && word.length > 4 && word.endsWith('s') && (ctx.number(before) || (!b.cap && b.norm.length > 4 && b.norm.endsWith('ed')))) return true;
  let k = end;
  while (k < ctx.to && (ctx.is(k, AUXILIARIES_AT) || ctx.is(k, SKIPPABLE_ADVERBS_AT))) k++;
  return impactVerbs().has(ctx.norm(k));
}

/** First words of the verbs of `weapon-subject` entries ("fell", "landed", "slammed"), built once. */
let impactWords: Set<string> | null = null;
function impactVerbs(): Set<string> {
  if (impactWords) return impactWords;
  impactWords = new Set();
  for (const e of triggerTables().entries) if (e.needs === 'weapon-subject') for (const v of e.verbs) impactWords.add(v.split(' ')[0]!);
  return impactWords;
}

const FIND_VERBS = new Set(['found', 'discovered', 'recovered', 'dumped', 'retrieved', 'located']);

/** "was found", "were discovered" within ten words after `end`, before a clause break. */
function foundAfter(ctx: SentenceContext, end: number): boolean {
  for (let k = end; k < Math.min(ctx.to, end + 10); k++) {
    const n = ctx.norm(k);
    if (n === ';' || n === '.') return false;
    if (FIND_VERBS.has(n) && (ctx.norm(k - 1) === 'was' || ctx.norm(k - 1) === 'were' || ctx.norm(k - 2) === 'was' || ctx.norm(k - 2) === 'were')) return true;
  }
  return false;
}
