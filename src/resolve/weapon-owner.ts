import type { Doc, Mention, ActorData } from '../pipeline/doc.js';
import type { ActorFiller, EventDraft } from '../pipeline/draft.js';

/**
 * The owner of the weapon is the attacker. An attack told with no doer often names who laid the mine or fired
 * the shells in the weapon's own noun phrase: "a landmine planted by the Houthis exploded", "shelling from
 * rebel forces stationed on the hill hit the town", "injured by artillery fire (allegedly originating from
 * government forces)", "an IED detonated under the vehicle. The IED was reportedly planted by militants".
 * A linguist would call the "by/from" phrase a post-modifier of the weapon noun, not of the event verb, so
 * the verb's binding never sees it. For an assault draft with no actor, a weapon of its sentence followed
 * within a few words by
 *
 * - an optional participle of laying or firing ("planted", "laid", "fired", "launched", "originating") and
 *   its auxiliaries and adverbs ("was reportedly planted"), then "by" or "from" (and "the"), then an armed
 *   actor (state forces, rebels, militias, gangs, unnamed gunmen; not a state named as a country, which
 *   after "from" is where the fire came from: "rockets fired from Lebanon"),
 *
 * gives that actor as the event's actor (rule `actor:weapon-owner`, inferred). The same phrase in the next
 * sentence counts when it names the same kind of weapon ("… an IED detonated. The IED was planted by …").
 */

export const RULE_WEAPON_OWNER = 'actor:weapon-owner';

/** Participles of laying, firing or aiming a weapon that may stand between it and its owner. */
const LAY = new Set([
  'planted', 'laid', 'placed', 'left', 'fired', 'launched', 'lobbed', 'dropped', 'shot', 'detonated', 'triggered',
  'originating', 'coming', 'believed', 'presumed', 'thought', 'suspected', 'allegedly', 'reportedly', 'apparently',
  'likely', 'probably', 'presumably', 'seemingly', 'possibly', 'purportedly', 'supposedly', 'was', 'were', 'had', 'been', 'have', 'has', 'is', 'are', 'being', 'to', 'be',
  'previously', 'earlier', 'reported', 'said',
  // the rest of the weapon's noun phrase: "artillery fire from", "mortar shells fired by"
  'fire', 'shells', 'shell', 'rounds', 'barrage', 'barrages', 'strikes', 'attacks',
]);
const BY = new Set(['by', 'from']);
/** Sectors of an actor who may own an attack's weapon. */
const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'UNK', 'CRM', 'SPY', 'COP']);
/** Words that may open the bracket or comma phrase before the owner: "(allegedly originating from X)". */
const OPENERS = new Set(['(', ',']);
/** How many words may stand between the weapon and "by"/"from". */
const GAP = 5;

/**
 * Weapons by sentence, and mentions by first token, built once per document (rebuilt if the lists grew): the
 * per-draft look-ups cost their sentence, not the document. Each is built on its first use: most documents with an
 * actorless assault have no weapon, and most weapons no "by"/"from" after them, so the mention map is seldom needed.
 * The mention map answers as the scan in text order did only when the mentions are in sentence order (the actor stage
 * appends them so); else the scan. A token lies in one sentence, so its index alone keys a mention's first token.
 */
interface WeaponIndex {
  weapons: Doc['weapons'];
  weaponCount: number;
  weaponsBySentence: Map<number, Doc['weapons']>;
}
interface StartIndex {
  actors: readonly Mention<ActorData>[];
  actorCount: number;
  /** null when the mentions are not in sentence order */
  starts: Map<number, Mention<ActorData>> | null;
}
const weaponIndexes = new WeakMap<Doc, WeaponIndex>();
const startIndexes = new WeakMap<Doc, StartIndex>();

function weaponsOf(doc: Doc): Map<number, Doc['weapons']> {
  const old = weaponIndexes.get(doc);
  if (old && old.weapons === doc.weapons && old.weaponCount === doc.weapons.length) return old.weaponsBySentence;
  const weaponsBySentence = new Map<number, Doc['weapons']>();
  for (const w of doc.weapons) {
    const l = weaponsBySentence.get(w.sentence);
    if (l) l.push(w);
    else weaponsBySentence.set(w.sentence, [w]);
  }
  weaponIndexes.set(doc, { weapons: doc.weapons, weaponCount: doc.weapons.length, weaponsBySentence });
  return weaponsBySentence;
}

function startsOf(doc: Doc): Map<number, Mention<ActorData>> | null {
  const old = startIndexes.get(doc);
  if (old && old.actors === doc.actors && old.actorCount === doc.actors.length) return old.starts;
  let starts: Map<number, Mention<ActorData>> | null = new Map();
  let last = -1;
  for (const a of doc.actors) {
    if (a.sentence < last) { starts = null; break; }
    last = a.sentence;
    if (!starts.has(a.tokenStart)) starts.set(a.tokenStart, a);
  }
  startIndexes.set(doc, { actors: doc.actors, actorCount: doc.actors.length, starts });
  return starts;
}

function actorStartingAt(doc: Doc, sentence: number, k: number): Mention<ActorData> | null {
  const starts = startsOf(doc);
  if (starts) {
    const a = starts.get(k);
    return a !== undefined && a.sentence === sentence ? a : null;
  }
  for (const a of doc.actors) {
    if (a.sentence === sentence && a.tokenStart === k) return a;
    if (a.sentence > sentence) break;
  }
  return null;
}

const NO_WEAPONS: Doc['weapons'] = [];

/** Up to this many weapons, a look-up reads them all (cheaper than building the map by sentence). */
const SCAN_MAX = 16;

/** The weapons of sentence `s`, in document order. */
function weaponsIn(doc: Doc, s: number): Doc['weapons'] {
  const all = doc.weapons;
  if (all.length > SCAN_MAX) return weaponsOf(doc).get(s) ?? NO_WEAPONS;
  let out: Doc['weapons'] | null = null;
  for (const w of all) if (w.sentence === s) (out ??= []).push(w);
  return out ?? NO_WEAPONS;
}

/** The armed owner named right after the weapon ending at token `end` of `sentence`, or null. */
function ownerAfter(doc: Doc, sentence: number, end: number, to: number): Mention<ActorData> | null {
  let k = end;
  const limit = Math.min(to, end + GAP + 1);
  while (k < limit) {
    const norm = doc.tokens[k]!.norm;
    if (BY.has(norm)) break;
    if (!LAY.has(norm) && !(OPENERS.has(norm) && k === end)) return null;
    k++;
  }
  if (k >= limit || !BY.has(doc.tokens[k]!.norm)) return null;
  k++;
  // "by the Houthis", "by an unknown armed group": an article before the owner
  const article = doc.tokens[k]?.norm;
  if (article === 'the' || article === 'a' || article === 'an') k++;
  // "planted by pro Houthi forces": "pro" written apart from its name
  if (doc.tokens[k]?.norm === 'pro' && !actorStartingAt(doc, sentence, k)) k++;
  const a = actorStartingAt(doc, sentence, k);
  if (!a || !ARMED.has(a.data.sector ?? '') || a.data.kind === 'state' || a.entry === 'gen:civilians') return null;
  // "fired from Israeli positions" names the owner; "from the Houthi-held area" a place: the mention must be
  // the head of its phrase, not an adjective before a place noun
  return a;
}

export function weaponOwner(doc: Doc, d: EventDraft): ActorFiller | null {
  if (d.family !== 'assault' || d.actors.length > 0 || doc.weapons.length === 0) return null;
  const here = weaponsIn(doc, d.sentence);
  if (here.length === 0) return null;
  const recipients = new Set(d.recipients.map((r) => r.mention));
  const categories = new Set<string>();
  for (const w of here) {
    categories.add(w.data.category);
    const s = doc.sentences[w.sentence]!;
    const owner = ownerAfter(doc, w.sentence, w.tokenEnd, s.tokenEnd);
    if (owner && !recipients.has(owner)) return { mention: owner, rule: RULE_WEAPON_OWNER, how: 'inferred' };
  }
  // "… an IED detonated under the vehicle. The IED was reportedly planted by militants."
  for (const w of weaponsIn(doc, d.sentence + 1)) {
    if (!categories.has(w.data.category)) continue;
    const s = doc.sentences[w.sentence]!;
    const owner = ownerAfter(doc, w.sentence, w.tokenEnd, s.tokenEnd);
    if (owner) return { mention: owner, rule: RULE_WEAPON_OWNER, how: 'inferred' };
  }
  return null;
}
