import { triggerMention } from './trigger-mention.js';
import type { Doc, Mention, ActorData } from '../pipeline/doc.js';
import type { ActorFiller, EventDraft } from '../pipeline/draft.js';
import { isThingFiller } from '../code/targets.js';
import { emptyList } from '../util/lists.js';
import { joinNorms } from '../pipeline/token-join.js';
import { nonViolentDeathContext } from './non-violent-death.js';
import { RULE_COUNTED } from '../code/counted-victims.js';

/**
 * A killing, shooting or abduction told only passively ("a man was shot dead", "the body of a woman was
 * found with gunshot wounds", "a trader was kidnapped") still has a perpetrator: someone armed whom the
 * text does not name. ACLED codes such events to an unidentified armed group of the country; we give the
 * event an inferred generic actor (sector UNK) on its trigger, with its own rule id, so the act keeps a
 * side. Only when nothing in the sentence can be the perpetrator:
 *
 * - the draft has no actor and is passive (or a body found), asserted, with a person (not a thing, not a
 *   soldier or fighter: they fall in battles) as recipient; or with no recipient the recogniser knows ("a person
 *   was killed", "an adolescent was shot") when it reads as a homicide (a shooting; a killing whose sentence tells
 *   of the body found; a body found with marks of violence in its sentence or the next), is not told in a relative
 *   clause, and its sentence tells no accident, disaster, illness or death of the past (non-violent-death.ts);
 * - the sentence tells no weapon of an army or of an explosion (air, drone, missile, rocket, artillery, naval,
 *   armour, chemical, explosive, grenade), and every other event of the sentence is such an actorless
 *   killing too (not "killed in clashes with X", not a protest over a killing);
 * - the document names no armed actor at all (soldiers, rebels, militias, gangs, gunmen; police, who find
 *   bodies and investigate, aside): a text that names one leaves the killing to be bound to it, or not; but when
 *   every armed actor named is an unnamed one ("gunmen", "two armed individuals", "the attackers", "gang
 *   members") and one is told from the sentence before to the one after ("a man was shot dead … by two armed
 *   individuals"; "… The gunmen fled"), the nearest of them is the perpetrator (rule
 *   `actor:unnamed-armed-near-killing`, its own mention, inferred);
 * - the verb is not a state's (executed) or a crowd's (lynched), nor a hijacking or a mass grave.
 *
 * A blast with no actor ("a roadside bomb exploded near the market") gets one too, in any voice and with or
 * without anyone hit, unless an army's weapon (air, drone, missile, rocket, artillery, naval, armour, chemical)
 * is named in its sentence; the other conditions hold as above.
 */

export const RULE_IMPLIED_PERPETRATOR = 'actor:implied-by-killing';
/** The unnamed armed people the text tells of near the killing, not bound to it by the syntax. */
export const RULE_NAMED_UNKNOWN = 'actor:unnamed-armed-near-killing';

const ACTS = new Set(['assault.shoot', 'assault.kill', 'assault.assassinate', 'assault.abduct', 'assault.body-found', 'assault.body-found-later']);
const FOUND = new Set(['assault.body-found', 'assault.body-found-later']);
/** Blasts need no passive and no person hit ("a bomb exploded near the office"): someone planted the bomb. */
const BLASTS = new Set(['assault.explosion']);
/** Weapons of an army: a blast by one of these is a strike, not an unknown bomber's. */
const ARMY_ONLY = new Set(['air', 'drone', 'missile', 'rocket', 'artillery', 'naval', 'armour', 'chemical']);
const ARMY_WEAPONS = new Set(['air', 'drone', 'missile', 'rocket', 'artillery', 'naval', 'armour', 'chemical', 'explosive', 'suicide', 'grenade']);
/** A planted or thrown charge (IED, bomb, landmine, grenade): someone unnamed set it when nobody is named. */
const CHARGES = new Set(['explosive', 'suicide', 'grenade']);
/** Trigger words whose doer is a state or a crowd, or a count of the dead: no unknown armed perpetrator. */
/** Recipients who fall in battles rather than at an unknown gunman's hand. */
const FIGHTERS = new Set(['MIL', 'REB', 'MILITIA']);
/** Actors who could be the perpetrator: a document naming one gets no unnamed one. */
const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'UNK', 'CRM', 'SPY']);
const NOT_ARMED = new Set(['executed', 'execute', 'executes', 'executing', 'execution', 'executions', 'lynched', 'mass grave', 'hijacked', 'hijack', 'hijacking']);

/** Unnamed armed people: "gunmen", "two armed individuals", "the attackers", "a gang" (generic, no entry of their own). */
const UNNAMED = new Set(['UNK', 'CRM']);

/** Words of a dead body: "a person was killed and the body was found", "human remains were found". */
const BODY_WORDS = new Set(['body', 'bodies', 'corpse', 'corpses', 'remains']);
/** Marks of violence on a body found: "found with gunshot wounds", "the hands tied", "wrapped in a blanket". */
const VIOLENCE_MARKS = new Set([
  'gunshot', 'gunshots', 'bullet', 'bullets', 'shot', 'stabbed', 'stab', 'wounds', 'tied', 'bound', 'handcuffed', 'blindfolded',
  'gagged', 'tortured', 'torture', 'beheaded', 'decapitated', 'dismembered', 'strangled', 'executed', 'bag', 'bags', 'blanket',
  'blankets', 'tarp', 'message', 'beaten',
]);
const AUX = new Set(['was', 'were', 'been', 'had', 'have', 'has', 'being', 'is', 'are']);
const RELATIVE = new Set(['who', 'whom', 'that', 'which']);

function sentenceHas(doc: Doc, sentence: number, words: ReadonlySet<string>): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (words.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/**
 * A killing with an unknown victim reads as a homicide when it is a shooting, a killing whose sentence tells of the
 * body found, or a body found with marks of violence told in its sentence or the next; not when it is told in a
 * relative clause (background: "the bodies of the men who were killed").
 */
function homicideCue(doc: Doc, d: EventDraft): boolean {
  let k = d.trigger.tokenStart - 1;
  while (k >= 0 && AUX.has(doc.tokens[k]!.norm)) k--;
  if (k >= 0 && RELATIVE.has(doc.tokens[k]!.norm)) return false;
  if (d.entry.id === 'assault.shoot') return true;
  if (FOUND.has(d.entry.id)) return sentenceHas(doc, d.sentence, VIOLENCE_MARKS) || sentenceHas(doc, d.sentence + 1, VIOLENCE_MARKS);
  return sentenceHas(doc, d.sentence, BODY_WORDS);
}

/** The trigger word is itself a charge's weapon mention ("a bomb exploded"). */
function triggerIsCharge(doc: Doc, d: EventDraft): boolean {
  for (const w of doc.weapons) {
    if (w.sentence === d.sentence && w.tokenStart <= d.trigger.tokenStart && w.tokenEnd >= d.trigger.tokenEnd) return CHARGES.has(w.data.category);
  }
  return false;
}

/** The sentence tells of a charge (IED, bomb, landmine, grenade) and of no army's weapon. */
function chargeKilling(doc: Doc, sentence: number): boolean {
  let charge = false;
  for (const w of doc.weapons) {
    if (w.sentence !== sentence) continue;
    if (ARMY_ONLY.has(w.data.category)) return false;
    if (CHARGES.has(w.data.category)) charge = true;
  }
  return charge;
}

export function impliedPerpetrator(doc: Doc, d: EventDraft, others: readonly EventDraft[]): ActorFiller | null {
  if (d.family !== 'assault' || d.actors.length > 0) return null;
  // "a bomb exploded (, killing …)": the noun "bomb" is read as a bombing (assault.airstrike), but the weapon it names
  // is a charge; a blast only when it took in another act's trigger or hit someone ("carrying a bomb" is none)
  const blast = BLASTS.has(d.entry.id) || ((d.extraTriggers.length > 0 || d.recipients.length > 0) && triggerIsCharge(doc, d));
  // "four policemen were killed by a bomb", "a soldier was injured by the explosion of an IED": a charge's victims,
  // soldiers too, fall to whoever planted it
  const charged = !blast && chargeKilling(doc, d.sentence);
  if (!ACTS.has(d.entry.id) && !blast) return null;
  if (d.modality !== 'asserted') return null;
  const t = d.trigger;
  const words = joinNorms(doc.tokens, t.tokenStart, t.tokenEnd);
  if (NOT_ARMED.has(words)) return null;
  if (blast) {
    for (const w of doc.weapons) if (w.sentence === d.sentence && ARMY_ONLY.has(w.data.category)) return null;
  } else if (charged) {
    if (d.voice !== 'passive' || !d.recipients.some((r) => !isThingFiller(r) && r.mention.data.kind !== 'state')) return null;
  } else {
    if (d.voice !== 'passive' && !FOUND.has(d.entry.id)) return null;
    // a victim the recogniser does not know ("a person was killed", "an adolescent was shot"): only outside an
    // accident, a disaster or a death of the past
    // (a bare count of the dead, "22 were killed", says no more than no victim at all: src/code/counted-victims.ts)
    const victims = d.recipients.filter((r) => r.mention.entry !== RULE_COUNTED);
    if (!victims.some((r) => !isThingFiller(r) && !FIGHTERS.has(r.mention.data.sector ?? '') && r.mention.data.kind !== 'state')) {
      if (victims.some((r) => !isThingFiller(r) && r.mention.data.kind !== 'state') || !homicideCue(doc, d) || nonViolentDeathContext(doc, d.sentence)) return null;
    }
    if (victims.some((r) => FIGHTERS.has(r.mention.data.sector ?? ''))) return null;
    for (const w of doc.weapons) if (w.sentence === d.sentence && ARMY_WEAPONS.has(w.data.category)) return null;
  }
  for (const o of others) {
    if (o === d || o.dropped || o.sentence !== d.sentence) continue;
    // "a man was shot dead and another was wounded by two armed individuals": an attack beside it whose doers are
    // unnamed armed people (UNK, CRM) leaves this one to the nearest unnamed actor below
    if (o.family === 'assault' && o.actors.length > 0 && o.actors.every((a) => UNNAMED.has(a.mention.data.sector ?? '') && a.mention.data.generic)) continue;
    if (o.actors.length > 0 || o.family !== 'assault' || (!ACTS.has(o.entry.id) && !BLASTS.has(o.entry.id))) return null;
  }
  // an armed actor named in the text: the killing is left to it, unless every one is unnamed ("by two armed
  // individuals", "the gunmen fled"): then the nearest of them is the perpetrator
  // (a sentence before to one after; one named farther off leaves the killing unbound, as any armed actor does)
  let unnamed: Mention<ActorData> | null = null;
  let armed = false;
  // the soldiers or police a charge hit did not plant it
  const hit = charged ? new Set(d.recipients.map((r) => r.mention)) : null;
  for (const a of doc.actors) {
    if (!ARMED.has(a.data.sector ?? '') || a.entry === 'gen:civilians' || hit?.has(a)) continue;
    if (!UNNAMED.has(a.data.sector ?? '') || !a.data.generic) return null;
    armed = true;
    if (a.sentence >= d.sentence - 1 && a.sentence <= d.sentence + 1 && (unnamed === null || Math.abs(a.sentence - d.sentence) < Math.abs(unnamed.sentence - d.sentence))) unnamed = a;
  }
  if (unnamed !== null) return { mention: unnamed, rule: RULE_NAMED_UNKNOWN, how: 'inferred' };
  if (armed) return null;
  const mention = triggerMention(doc, d, 'gen:gunmen', { name: 'unidentified armed group', country: null, sector: 'UNK', kind: 'generic', backedBy: emptyList(), role: null, plural: true, generic: true, alsoPlace: false, ref: null });
  return { mention, rule: RULE_IMPLIED_PERPETRATOR, how: 'inferred' };
}
