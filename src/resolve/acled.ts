import { emptyList } from '../util/lists.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import type { AcledEventType } from '../model/codes.js';
import { acledCues, compileCues, cueNorms, type CueHit, type CueMatcher } from './acled-cues.js';
import { acledTypeOf } from './ontology.js';
import { symbolicBurns } from './acled-symbolic.js';
import type { Token } from '../pipeline/doc.js';
import { victimTold } from './acled-victim.js';
import { backdropAt } from './backdrop-fight.js';
import { militaryVehicleDestroyed } from './acled-vehicle.js';

/** What the ACLED classifier looks at: one event as the extractor saw it. */
export interface AcledFeatures {
  /** Event-pattern family: assault, fight, protest, riot, threaten, accuse, consult, agree, coerce, arrest, mobilize, retreat, sanction, aid, … */
  family: string;
  ploverType: string;
  cameo: string;
  /** Normalised trigger words. */
  triggers: string[];
  /** drone, air, missile, rocket, artillery, explosive, suicide, grenade, small-arms, blade, chemical, crowd-control, naval, armour. */
  weaponCategories: string[];
  actorSectors: string[];
  /** CVL = civilians. */
  recipientSectors: string[];
  recipientKinds: string[];
  /** The acting side is a foreign state's forces (its country differs from the event's). */
  actorForeign?: boolean;
  /**
   * Another event of the document is a demonstration that happened (a protest told by a demonstration word, see
   * events.ts demonstrationTold): a crowd's violence told beside it is the demonstration's violence (signal doc:demonstration).
   */
  demonstrationTold?: boolean;
  /** Families of the other events found in the same sentence ("fight" beside a shelling makes the shelling part of a battle). */
  coFamilies?: string[];
  killed: number | null;
  /** Normalised tokens of the sentence. */
  sentenceNorms: string[];
  /** The tokens of sentenceNorms (same length and order), when the caller has them: the cue matcher then reads their vocabulary numbers instead of looking the words up. */
  sentenceTokens?: readonly Token[];
  /**
   * Cue groups of NOTE_GROUPS found anywhere in the text (an answer told in a later sentence): see acledNoteGroups.
   * A function is called only when a rule that tests them is reached with its other conditions met (few events).
   */
  noteGroups?: readonly string[] | (() => readonly string[]);
  modality: string;
  /** An attack named only as threatened ("a bomb threat", modality:threat-noun): classified although its modality is skipped (rule sd.other.threat-only). */
  threatOnly?: boolean;
  /** Id of the trigger entry (data/triggers) that made the event: entries in rules.json `keepEntries` are classified although their family is skipped. */
  entry?: string;
}

export interface AcledResult {
  eventType: AcledEventType;
  subEventType: string;
  /** Id of the rule in data/ontology/acled/rules.json that decided. */
  rule: string;
}

/** A condition is a signal ("cue:protest", "weapon:drone", "recipient:CVL", "killed") or a list of alternatives. */
type Condition = string | string[];

export interface AcledRule {
  id: string;
  all?: Condition[];
  none?: string[];
  then: { eventType: AcledEventType; subEventType: string };
  example: string;
  note?: string;
}

interface RulesFile {
  /** Modalities of events ACLED does not record (threats, denials, plans). */
  skipModalities: string[];
  /** Event families and PLOVER types ACLED does not record (talks, accusations, sanctions, aid, …). */
  skipFamilies: string[];
  skipPloverTypes: string[];
  /**
   * Trigger entries ACLED records although their family or PLOVER type is skipped (evacuations of civilians, PLOVER AID),
   * with the one event type they may get: a rescue told beside a killing must not take the killing's type.
   */
  keepEntries?: Record<string, AcledEventType | KeptEntry>;
  /** Signals implied by others: any alternative holds; an alternative that is a list needs all its signals. */
  derived: Record<string, Condition[]>;
  rules: AcledRule[];
}

/**
 * A kept entry that only some rules may code: a visit ("arrived in") is no ACLED event, but refugees who arrived are
 * a displacement (rule sd.other.displaced-arrival); any other rule leaves the event without an ACLED type.
 */
interface KeptEntry {
  eventType: AcledEventType;
  rules: string[];
}

let rulesFile: RulesFile | null = null;

function loadRules(): RulesFile {
  if (!rulesFile) {
    const file = JSON.parse(readFileSync(dataPath('ontology', 'acled', 'rules.json'), 'utf8')) as RulesFile;
    for (const r of file.rules) {
      if (acledTypeOf(r.then.subEventType) !== r.then.eventType) {
        throw new Error(`acled-rules ${r.id}: "${r.then.subEventType}" is not a sub-event type of "${r.then.eventType}"`);
      }
    }
    rulesFile = file;
  }
  return rulesFile;
}

/** Is this trigger entry one ACLED records whatever its family (rules.json `keepEntries`)? */
export function acledKeeps(entry: string | undefined): boolean {
  const keep = loadRules().keepEntries;
  return entry !== undefined && keep !== undefined && Object.hasOwn(keep, entry);
}

export function acledRules(): AcledRule[] {
  return loadRules().rules;
}

/**
 * Signals as bits. Every signal name the rules and the derived signals test (and the few the classifier reads
 * itself) gets a bit at load; an event's signals are a few 32-bit words (`bits`, reused per event), the
 * derived signals and the rules are masks over them. A value no rule tests ("trigger:shot" when no rule names
 * it) sets no bit: it could not change the answer. Values are found through one Map per prefix ("family",
 * "cue", …), so no signal name is built per event.
 */
interface Compiled {
  names: string[];
  /** Bit of each prefix's values: prefix "cue" → value "clash" → bit of "cue:clash". */
  byPrefix: Map<string, Map<string, number>>;
  words: number;
  /** A derived signal holds when any bit of `single` is set (its one-signal alternatives) or all bits of one of `multi`. */
  derived: { bit: number; single: Int32Array; multi: Int32Array[]; alternatives: Int32Array[] }[];
  rules: { rule: AcledRule; all: Int32Array; any: Int32Array[]; none: Int32Array; needsNote: boolean; sparseAll: Int32Array; sparseAny: Int32Array[]; sparseNone: Int32Array }[];
  /** Every note:<group> bit; whether a derived signal tests one (then note groups are always resolved first). */
  noteMask: Int32Array; derivedNeedsNote: boolean;
  /** Bits the classifier reads or sets itself (-1 when no rule tests them). */
  killed: number; actorForeign: number; recipientUnknown: number; cueClash: number; cueTerritory: number; clashStateCivilians: number; vehicleDestroyed: number; demonstrationTold: number;
  family: Map<string, number>; plover: Map<string, number>; cameo: Map<string, number>; cameoRoot: Map<string, number>;
  modality: Map<string, number>; weapon: Map<string, number>; actor: Map<string, number>; cofamily: Map<string, number>;
  recipient: Map<string, number>; recipientKind: Map<string, number>; trigger: Map<string, number>; cue: Map<string, number>; entry: Map<string, number>;
  victim: Map<string, number>; actorWord: Map<string, number>; note: Map<string, number>;
}

let compiled: Compiled | null = null;
/** The current event's signal bits (compiled().words 32-bit words). */
let bits = new Int32Array(1);

function compileRules(): Compiled {
  const file = loadRules();
  const index = new Map<string, number>();
  const names: string[] = [];
  const bitOf = (name: string): number => {
    let b = index.get(name);
    if (b === undefined) { b = names.push(name) - 1; index.set(name, b); }
    return b;
  };
  const conditionNames = (c: Condition): string[] => (typeof c === 'string' ? [c] : c);
  for (const r of file.rules) {
    for (const c of r.all ?? []) for (const n of conditionNames(c)) bitOf(n);
    for (const n of r.none ?? []) bitOf(n);
  }
  for (const [name, alternatives] of Object.entries(file.derived)) {
    bitOf(name);
    for (const c of alternatives) for (const n of conditionNames(c)) bitOf(n);
  }
  for (const n of ['recipient:unknown', 'cue:clash']) bitOf(n);
  const words = Math.max(1, Math.ceil(names.length / 32));
  const mask = (list: readonly string[]): Int32Array => {
    const m = new Int32Array(words);
    for (const n of list) { const b = bitOf(n); m[b >> 5]! |= 1 << (b & 31); }
    return m;
  };
  const byPrefix = new Map<string, Map<string, number>>();
  names.forEach((name, b) => {
    const colon = name.indexOf(':');
    if (colon < 0) return;
    const prefix = name.slice(0, colon);
    let values = byPrefix.get(prefix);
    if (!values) { values = new Map(); byPrefix.set(prefix, values); }
    values.set(name.slice(colon + 1), b);
  });
  const prefix = (p: string): Map<string, number> => byPrefix.get(p) ?? new Map();
  const noteMask = mask(names.filter((n) => n.startsWith('note:')));
  const touchesNote = (m: Int32Array): boolean => m.some((w, i) => (w & noteMask[i]!) !== 0);
  const derived = Object.entries(file.derived).map(([name, alternatives]) => ({
    bit: bitOf(name),
    single: mask(alternatives.filter((c) => conditionNames(c).length === 1).map((c) => conditionNames(c)[0]!)),
    multi: alternatives.filter((c) => conditionNames(c).length !== 1).map((c) => mask(conditionNames(c))),
    alternatives: alternatives.map((c) => mask(conditionNames(c))),
  }));
  return {
    names,
    byPrefix,
    words,
    derived,
    noteMask,
    derivedNeedsNote: derived.some((d) => d.alternatives.some(touchesNote)),
    rules: file.rules.map((rule) => {
      const all: string[] = [];
      const any: Int32Array[] = [];
      for (const c of rule.all ?? []) {
        if (typeof c === 'string') all.push(c);
        else any.push(mask(c)); // a list: any of its signals (an empty list never holds)
      }
      // written out (a spread that adds a field gives every object a hidden class of its own: firstRule's reads would go megamorphic)
      const allMask = mask(all);
      const noneMask = mask(rule.none ?? []);
      return { rule, all: allMask, any, none: noneMask, needsNote: touchesNote(allMask) || touchesNote(noneMask) || any.some(touchesNote),
        sparseAll: sparse(allMask), sparseAny: any.map(sparse), sparseNone: sparse(noneMask) };
    }),
    killed: index.get('killed') ?? -1,
    actorForeign: index.get('actor:foreign') ?? -1,
    recipientUnknown: index.get('recipient:unknown') ?? -1,
    cueClash: index.get('cue:clash') ?? -1,
    cueTerritory: index.get('cue:territory') ?? -1,
    clashStateCivilians: index.get('clash:state-civilians') ?? -1,
    vehicleDestroyed: index.get('vehicle-destroyed') ?? -1,
    demonstrationTold: index.get('doc:demonstration') ?? -1,
    family: prefix('family'), plover: prefix('plover'), cameo: prefix('cameo'), cameoRoot: prefix('cameoRoot'),
    modality: prefix('modality'), weapon: prefix('weapon'), actor: prefix('actor'), cofamily: prefix('cofamily'),
    recipient: prefix('recipient'), recipientKind: prefix('recipientKind'), trigger: prefix('trigger'), cue: prefix('cue'), entry: prefix('entry'),
    victim: prefix('victim'), actorWord: prefix('actorWord'), note: prefix('note'),
  };
}

function rulesCompiled(): Compiled {
  if (!compiled) {
    compiled = compileRules();
    bits = new Int32Array(compiled.words);
  }
  return compiled;
}

function setBit(b: number): void {
  if (b >= 0) bits[b >> 5]! |= 1 << (b & 31);
}

function hasBit(b: number): boolean {
  return b >= 0 && (bits[b >> 5]! & (1 << (b & 31))) !== 0;
}

/** Set the bit of prefix:value when some rule tests it. */
function setValue(values: Map<string, number>, value: string): void {
  const b = values.get(value);
  if (b !== undefined) bits[b >> 5]! |= 1 << (b & 31);
}

/**
 * A mask as its nonzero words only, [word index, bits, word index, bits, …]: a rule names a few signals, which lie in
 * one or two of the mask's words, and firstRule tests ~40 rules an event (same answers as the dense masks).
 */
function sparse(m: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < m.length; i++) if (m[i] !== 0) out.push(i, m[i]!);
  return Int32Array.from(out);
}

/** hasAll of a sparse mask. */
function hasAllSparse(m: Int32Array): boolean {
  for (let i = 0; i < m.length; i += 2) if ((bits[m[i]!]! & m[i + 1]!) !== m[i + 1]) return false;
  return true;
}

/** hasAny of a sparse mask (false for an empty one, as for a zero mask). */
function hasAnySparse(m: Int32Array): boolean {
  for (let i = 0; i < m.length; i += 2) if ((bits[m[i]!]! & m[i + 1]!) !== 0) return true;
  return false;
}

/** Every bit of `m` set. */
function hasAll(m: Int32Array): boolean {
  for (let i = 0; i < m.length; i++) if ((bits[i]! & m[i]!) !== m[i]) return false;
  return true;
}

/** Some bit of `m` set. */
function hasAny(m: Int32Array): boolean {
  for (let i = 0; i < m.length; i++) if ((bits[i]! & m[i]!) !== 0) return true;
  return false;
}

/** Compute the event's signal bits into `bits`. */
function computeSignals(f: AcledFeatures, c: Compiled): void {
  bits.fill(0);
  if (f.family) setValue(c.family, f.family);
  if (f.ploverType) setValue(c.plover, f.ploverType);
  if (f.cameo) { setValue(c.cameo, f.cameo); if (c.cameoRoot.size > 0) setValue(c.cameoRoot, f.cameo.slice(0, 2)); }
  if (f.modality) setValue(c.modality, f.modality);
  if (f.killed !== null && f.killed > 0) setBit(c.killed);
  for (const w of f.weaponCategories) setValue(c.weapon, w);
  let sideNamed = false;
  for (const a of f.actorSectors) { setValue(c.actor, a); if (a !== 'UNK') sideNamed = true; }
  if (f.actorForeign) setValue(c.actor, 'foreign');
  if (f.demonstrationTold) setBit(c.demonstrationTold);
  if (f.coFamilies) for (const x of f.coFamilies) if (x !== f.family) setValue(c.cofamily, x);
  let recipientKnown = false;
  for (const r of f.recipientSectors) { setValue(c.recipient, r); if (r !== 'UNK') recipientKnown = true; }
  if (!recipientKnown) setValue(c.recipient, 'unknown');
  for (const k of f.recipientKinds) setValue(c.recipientKind, k);
  for (const t of f.triggers) setValue(c.trigger, t);
  if (f.entry) setValue(c.entry, f.entry);
  const sentenceHits = sentenceCueHits(f.sentenceNorms, f.sentenceTokens);
  const sentence = lastSentence!;
  for (const hit of sentenceHits) if (!backdropHit(sentence.cueNorms, hit, f.triggers) && !topicHit(sentence.cueNorms, hit, f.triggers) && !detaineesHit(sentence.cueNorms, hit)) addCue(c, hit);
  for (const t of f.triggers) {
    const hits = triggerCueHits(t);
    if (hits.length > 0 && !shadowedTrigger(sentence.cueNorms, t, sentenceHits)) for (const hit of hits) if (!detaineesTrigger(sentence.cueNorms, t, hit)) addCue(c, hit);
  }
  // an arrest told by a word that is no arrest cue ("captured three soldiers", "seized two smugglers": src/code/families/capture-person.ts)
  if (f.entry === 'coerce.arrest') setValue(c.cue, 'arrest');
  // a body found told by a word that is no body-found cue ("a decomposing body without a head was found", "the remains
  // of two men were found"): the found-body entries of data/triggers/assault.json are the cue
  else if (f.entry === 'assault.body-found' || f.entry === 'assault.body-found-later') setValue(c.cue, 'body-found');
  const victimWanted = hasBit(c.recipientUnknown);
  const sideWanted = !sideNamed;
  const anchor = victimWanted || sideWanted ? anchorOf(sentence.cueNorms, f.triggers, sentenceHits) : null;
  if (victimWanted) {
    const victim = victimNear(anchor, sentenceHits, sentence.cueNorms);
    if (victim) setValue(c.victim, victim);
  }
  if (sideWanted) {
    // who took the ground is the subject of the territory verb, not of the first trigger ("Following clashes with
    // rebels, regime forces took control of the town")
    const side = actorNear(anchor, sentenceHits) ?? actorNear(territoryAnchor(sentence.cueNorms, sentenceHits, anchor), sentenceHits);
    if (side) setValue(c.actorWord, side);
  }
  if ((sentence.control ??= controlVerb(f.sentenceNorms))) setValue(c.cue, 'territory');
  // a military vehicle destroyed as the act told (acled-vehicle.ts)
  if (c.vehicleDestroyed >= 0 && militaryVehicleDestroyed(sentence.cueNorms, f.triggers[0])) setBit(c.vehicleDestroyed);
  if (hasBit(c.cueClash) && stateAgainstCivilians(sentence.cueNorms, sentenceHits)) setBit(c.clashStateCivilians);
  pendingNotes = null;
  if (typeof f.noteGroups === 'function') {
    if (c.derivedNeedsNote) setNotes(c, f.noteGroups());
    else if (!isZero(c.noteMask)) pendingNotes = f.noteGroups;
  } else if (f.noteGroups) setNotes(c, f.noteGroups);
  for (const d of c.derived) {
    if (hasAny(d.single)) { setBit(d.bit); continue; }
    for (const alt of d.multi) if (hasAll(alt)) { setBit(d.bit); break; }
  }
}

/** Note groups not asked for yet (computeSignals of a lazy `noteGroups`): firstRule resolves them when a rule needs them. */
let pendingNotes: (() => readonly string[]) | null = null;

function setNotes(c: Compiled, groups: readonly string[]): void {
  for (const g of groups) setValue(c.note, g);
}

function isZero(m: Int32Array): boolean {
  for (let i = 0; i < m.length; i++) if (m[i] !== 0) return false;
  return true;
}

/** The signals the rules can test that hold for these features, by name (for tests and tracing; the classifier uses bits). */
export function acledSignals(f: AcledFeatures): Set<string> {
  const c = rulesCompiled();
  computeSignals(f, c);
  if (pendingNotes) { setNotes(c, pendingNotes()); pendingNotes = null; }
  const out = new Set<string>();
  for (let b = 0; b < c.names.length; b++) if (hasBit(b)) out.add(c.names[b]!);
  return out;
}

/**
 * A trigger inside a longer sentence cue that hides what it holds ("burned" in "burned the flag", "mob" in
 * "flash mob"): its own cue hits would undo that, so they are not added.
 */
function shadowedTrigger(norms: string[], trigger: string, hits: CueHit[]): boolean {
  const burn = trigger.startsWith('burn');
  if (!burn && !hits.some((h) => h.cue.shadows)) return false;
  const at = anchorSpan(norms, [trigger], NO_HITS);
  if (at === null) return false;
  if (burn && symbolicBurns(norms)?.has(at.start)) return true;
  return hits.some((h) => h.cue.shadows && h.start <= at.start && at.end <= h.end);
}

/** Sentence cue hits without the single-word burn hits (riot, destruction, harm) of symbolic burnings (`norms`: cue norms). */
function withoutSymbolicBurns(norms: readonly string[], hits: CueHit[]): CueHit[] {
  const symbolic = symbolicBurns(norms);
  return symbolic ? hits.filter((h) => !(h.end - h.start === 1 && symbolic.has(h.start))) : hits;
}

/** Cue groups that count anywhere in the text, not only in the event's sentence (signal note:<group>); the victim's affiliation told in a sentence of its own adds note:victim-civilian or note:victim-armed (acled-victim.ts). */
const NOTE_GROUPS = new Set(['air-defence-response', 'attack-answered', 'no-resistance', 'clash-told', 'clash-doubt', 'clash-unknown', 'off-duty', 'premature-blast', 'custody']);

/**
 * The NOTE_GROUPS cue groups found in a whole text's normalised tokens, and the victim's affiliation told in it (acled-victim.ts).
 * `tokens`, when given, are the tokens of `norms` (same length and order): the cue matchers then read their vocabulary
 * numbers (CueMatcher.findTokens, the same hits) instead of looking every word of the text up by its string.
 */
export function acledNoteGroups(norms: readonly string[], tokens?: readonly Token[]): string[] {
  // a note-group hit can only be hidden by a longer weapon or `shadows` cue (note-group cues name no weapon), so a
  // matcher over the note groups and those cues gives the full matcher's note-group hits in one smaller scan
  // most texts hold no note-group phrase at all: a matcher over those phrases alone answers that first
  noteOnly ??= compileCues(acledCues().cues.filter((c) => NOTE_GROUPS.has(c.group)));
  noteMatcher ??= compileCues(acledCues().cues.filter((c) => NOTE_GROUPS.has(c.group) || c.weapon !== undefined || c.shadows === true));
  const out: string[] = victimTold(norms, tokens);
  const byTokens = tokens !== undefined && tokens.length === norms.length;
  if ((byTokens ? noteOnly.findTokens(tokens) : noteOnly.find(norms)).length === 0) return out;
  for (const h of byTokens ? noteMatcher.findTokens(tokens) : noteMatcher.find(norms)) if (NOTE_GROUPS.has(h.group) && !out.includes(h.group)) out.push(h.group);
  return out;
}
let noteOnly: CueMatcher | null = null;
let noteMatcher: CueMatcher | null = null;

/** Damage words that are nouns or adjectives as often as acts ("against thefts and vandalism", "damaged or expired aid"). */
const TOPIC_DAMAGE = new Set(['vandalism', 'destruction', 'demolition', 'demolitions', 'damaged', 'destroyed', 'burning', 'burned', 'burnt', 'arson', 'sabotage']);
/** Words that open what a protest or an accusation is about, or a description of a thing ("which has been damaged"). */
const TOPIC_OPENERS = new Set(['against', 'over', 'about', 'denounce', 'denouncing', 'denounced', 'condemn', 'condemning', 'condemned',
  'demand', 'demanding', 'demanded', 'accused', 'accusing', 'which', 'that', 'for']);
const TOPIC_STOPS = new Set([',', '.', ';', ':', 'then', 'while', 'when', 'before', 'after', 'as']);

/**
 * A one-word damage or violent-act cue ("vandalism", "damaged", "burning") that names what a protest or an accusation is
 * about, or describes a thing in a relative clause, within four words after the opener and no clause break: "protested
 * against thefts and vandalism", "a pipe which has been severely damaged", "accused of delivering damaged aid". It is no
 * cue of the event (session 10). A trigger word is never a topic.
 */
function topicHit(norms: readonly string[], hit: CueHit, triggers: readonly string[]): boolean {
  if (hit.end - hit.start !== 1 || (hit.group !== 'violent-act' && hit.group !== 'destruction')) return false;
  const w = norms[hit.start]!;
  if (!TOPIC_DAMAGE.has(w) || triggers.includes(w)) return false;
  for (let k = hit.start - 1; k >= 0 && k >= hit.start - 5; k--) {
    const n = norms[k]!;
    if (TOPIC_STOPS.has(n)) return false;
    if (TOPIC_OPENERS.has(n)) return true;
  }
  return false;
}

/** Arrest words that describe people held before ("the workers, who were arrested by police", "the release of a detained man"). */
const DETAINED = new Set(['arrested', 'detained', 'jailed', 'imprisoned']);
/** Words between a relative pronoun and the participle of a relative clause ("who had been arrested", "who were reportedly detained"). */
const RELATIVE_AUX = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'being', 'earlier', 'previously', 'reportedly', 'recently', 'allegedly']);
const RELEASE_WORDS = new Set(['release', 'releasing', 'freedom']);

/**
 * The arrest word at norms[i] describes people detained before, which a demonstration is about, not an arrest at it:
 * the participle of a relative clause ("to support four members who were arrested the day before"; "later" is not
 * skipped: "protesters who were later arrested" were arrested at the protest), or a word within six words after
 * "release"/"freedom" with no clause break ("to demand the release of migrants detained at the facility").
 */
function detaineesAt(norms: readonly string[], i: number): boolean {
  if (!DETAINED.has(norms[i]!)) return false;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && RELATIVE_AUX.has(norms[k]!)) k--;
  if (k < i - 1 && k >= 0 && (norms[k] === 'who' || norms[k] === 'whom')) return true;
  for (k = i - 1; k >= 0 && k >= i - 6; k--) {
    const n = norms[k]!;
    if (TOPIC_STOPS.has(n)) return false;
    if (RELEASE_WORDS.has(n)) return true;
  }
  return false;
}

/** A protest-intervention cue ("arrested", "were detained") that describes detainees the protest is about (detaineesAt): no intervention at this event. */
function detaineesHit(norms: readonly string[], hit: CueHit): boolean {
  return hit.group === 'intervention' && detaineesAt(norms, hit.end - 1);
}

/** The same for an event's own trigger ("arrested" of an arrest told as the detainees' description). */
function detaineesTrigger(norms: string[], trigger: string, hit: CueHit): boolean {
  if (hit.group !== 'intervention' || !DETAINED.has(trigger)) return false;
  const at = anchorSpan(norms, [trigger], NO_HITS);
  return at !== null && detaineesAt(norms, at.start);
}

/** A clash word told only as the backdrop of another act ("a curfew following intense clashes", backdrop-fight.ts) is no cue of that act's event. */
function backdropHit(norms: readonly string[], hit: CueHit, triggers: readonly string[]): boolean {
  return hit.group === 'clash' && hit.end - hit.start === 1 && !triggers.includes(norms[hit.start]!) && backdropAt(norms, hit.start);
}

function addCue(c: Compiled, hit: CueHit): void {
  setValue(c.cue, hit.group);
  if (hit.cue.weapon) setValue(c.weapon, hit.cue.weapon);
}

/**
 * Cue hits of the last sentence seen: the events of one sentence mostly see the same words, so the
 * sentence is scanned once. The hits are only read by the callers; its cue norms (dashes dropped) are kept
 * with them, and its control verb is filled on first need.
 */
interface SentenceCues { norms: string[]; hits: CueHit[]; cueNorms: string[]; control: boolean | undefined }
let lastSentence: SentenceCues | null = null;
function sameNorms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function sentenceCueHits(norms: readonly string[], tokens: readonly Token[] | undefined): CueHit[] {
  if (lastSentence && sameNorms(norms, lastSentence.norms)) return lastSentence.hits;
  const cue = cueNorms(norms);
  const found = tokens && tokens.length === norms.length ? acledCues().findTokens(tokens) : acledCues().find(norms);
  lastSentence = { norms: norms.slice(), hits: withoutSymbolicBurns(cue, found), cueNorms: cue, control: undefined };
  return lastSentence.hits;
}

/** Cue hits inside one trigger's words ("air strike"), per distinct trigger; bounded. */
const triggerHits = new Map<string, CueHit[]>();
function triggerCueHits(trigger: string): CueHit[] {
  let hits = triggerHits.get(trigger);
  if (!hits) {
    if (triggerHits.size > 10_000) triggerHits.clear();
    hits = acledCues().find(trigger.split(' '));
    triggerHits.set(trigger, hits);
  }
  return hits;
}

const DASHES = new Set(['-', '–', '—', '‐', '‑']);
/** "in controlled explosions", "a controlled detonation", "a remote controlled IED": the adjective, not the verb. */
const NOT_CONTROL_BEFORE = new Set(['in', 'a', 'an', 'the', 'by', 'with', 'through', 'under', 'remote', 'remotely', 'radio']);

/**
 * "forces controlled the village" takes territory; "Houthi-controlled areas" and "controlled by"
 * only describe who holds it, and "in controlled explosions" is an adjective. Needs the dash tokens, so it reads the raw norms.
 */
function controlVerb(norms: readonly string[]): boolean {
  for (let i = 1; i < norms.length; i++) {
    if (norms[i] !== 'controlled' || DASHES.has(norms[i - 1]!) || NOT_CONTROL_BEFORE.has(norms[i - 1]!)) continue;
    const next = norms[i + 1];
    if (next !== undefined && next !== 'by' && next !== 'areas' && next !== 'area' && next !== 'territory' && next !== 'territories') return true;
  }
  return false;
}

const SIDE_END = new Set([',', '.', ';', ':', 'after', 'over', 'during', 'when', 'in', 'at', 'on', 'near']);

/**
 * "a clash between the police and merchants", "clashes erupted between soldiers and relatives of the
 * victims": one side state forces, the other people named only as civilians, no armed group among the
 * sides, and not an "armed clash". Reads the words after "between" up to a clause or place break.
 */
function stateAgainstCivilians(norms: readonly string[], hits: CueHit[]): boolean {
  for (const c of hits) {
    if (c.group !== 'clash' || (c.start > 0 && norms[c.start - 1] === 'armed')) continue;
    let b = -1;
    for (let k = c.end; k < norms.length && k <= c.end + 4; k++) if (norms[k] === 'between') { b = k; break; }
    if (b < 0) continue;
    let end = b + 1;
    while (end < norms.length && end <= b + 10 && !SIDE_END.has(norms[end]!)) end++;
    let state = false;
    let civilian = false;
    let armed = false;
    for (const h of hits) {
      if (h.start <= b || h.start >= end) continue;
      if (h.group === 'state-force') state = true;
      else if (h.group === 'civilian') civilian = true;
      else if (h.group === 'nonstate-force' || h.group === 'armed-perpetrators') armed = true;
      else if (h.group === 'armed-target' && !hits.some((x) => x.group === 'state-force' && x.start <= h.start && h.end <= x.end)) armed = true;
    }
    // a named force on either side ("People's Defence Force") is armed unless it is the state's own words
    for (let k = b + 1; k < end && !armed; k++) {
      if ((norms[k] === 'force' || norms[k] === 'forces') && !hits.some((x) => x.group === 'state-force' && x.start <= k && k < x.end)) armed = true;
    }
    if (state && civilian && !armed) return true;
  }
  return false;
}

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'got']);
const VIOLENCE_GROUPS = new Set(['direct-violence', 'killed', 'arrest', 'abduction']);

/**
 * When the recognisers bound no recipient, the first victim noun next to the trigger (or, without
 * triggers, the first violence word): after it in the active voice, before it in the passive.
 */
/** The anchor's tokens, whether a passive auxiliary stands before it, and the length of the norms it indexes. */
interface Anchor { start: number; end: number; passive: boolean; length: number; /** Start of the clause the subject is read in (default: 12 words back). */ from?: number }

function anchorOf(norms: string[], triggers: string[], hits: CueHit[]): Anchor | null {
  const at = anchorSpan(norms, triggers, hits);
  return at ? { start: at.start, end: at.end, passive: at.start > 0 && PASSIVE.has(norms[at.start - 1]!), length: norms.length, from: undefined } : null;
}

/** The first territory cue after the anchor (a second verb of the same event: "… clashes …, regime forces took control of"), as an anchor. */
function territoryAnchor(norms: string[], hits: CueHit[], anchor: Anchor | null): Anchor | null {
  if (!anchor) return null;
  const h = hits.find((x) => x.group === 'territory' && x.start >= anchor.end);
  if (!h) return null;
  // its subject stands in its own clause: back to a comma or "and" ("… clashed with military forces and overtook" has none)
  let from = h.start;
  while (from > anchor.end && norms[from - 1] !== ',' && norms[from - 1] !== 'and' && norms[from - 1] !== ';') from--;
  if (from <= anchor.end) return null;
  return { start: h.start, end: h.end, passive: h.start > 0 && PASSIVE.has(norms[h.start - 1]!), length: norms.length, from };
}

/** No cue hits, in the elements kind of a list of hits (a `[]` literal beside them makes the readers see two maps). */
const NO_HITS = emptyList<CueHit>();

function anchorSpan(norms: string[], triggers: string[], hits: CueHit[]): { start: number; end: number } | null {
  for (const t of triggers) {
    // a one-word trigger (most): its first occurrence, no split
    if (t.indexOf(' ') < 0) {
      const i = norms.indexOf(t);
      if (i >= 0) return { start: i, end: i + 1 };
      continue;
    }
    const words = t.split(' ');
    for (let i = 0; i + words.length <= norms.length; i++) {
      let k = 0;
      while (k < words.length && norms[i + k] === words[k]) k++;
      if (k === words.length) return { start: i, end: i + words.length };
    }
  }
  const h = hits.find((x) => VIOLENCE_GROUPS.has(x.group) || x.group === 'territory' || x.group === 'clash');
  // a span of its own, not the hit: the readers of `start`/`end` then see one hidden class (docs/PERFORMANCE.md, speed14)
  return h ? { start: h.start, end: h.end } : null;
}

/**
 * When the recognisers bound no actor, the force or crowd word nearest before the trigger (active voice)
 * or the first one after it (passive: "was retaken by the army", "was beaten by a group of people").
 */
const SIDES: ReadonlyMap<string, 'state' | 'nonstate' | 'crowd'> = new Map([['state-force', 'state'], ['nonstate-force', 'nonstate'], ['crowd', 'crowd']]);

function actorNear(anchor: Anchor | null, hits: CueHit[]): 'state' | 'nonstate' | 'crowd' | null {
  if (!anchor) return null;
  const passive = anchor.passive;
  let best: { start: number; side: 'state' | 'nonstate' | 'crowd' } | null = null;
  for (const h of hits) {
    const side = SIDES.get(h.group);
    if (!side) continue;
    if (passive) {
      if (h.start >= anchor.end && h.start < anchor.end + 8 && (!best || h.start < best.start)) best = { start: h.start, side };
    } else if (h.end <= anchor.start && h.start >= (anchor.from ?? anchor.start - 12) && (!best || h.start > best.start)) {
      best = { start: h.start, side };
    }
  }
  return best?.side ?? null;
}

function victimNear(anchor: Anchor | null, hits: CueHit[], norms: readonly string[]): 'civilian' | 'armed' | null {
  if (!anchor) return null;
  const passive = anchor.passive;
  const after = { from: anchor.end, to: Math.min(anchor.length, anchor.end + 12) };
  const before = { from: Math.max(0, anchor.start - 12), to: anchor.start };
  // Active voice: the object after the trigger; passive: the subject before it. Then, in the active voice, the object
  // of an outcome participle later in the sentence ("opened fire near the port, off the coast of the city, injuring two
  // fishermen"), and last the other side.
  const outcome = passive ? null : outcomeObject(anchor, norms);
  // then the rest of the sentence after the window ("opened fire inside the hospital complex in the city, presumably toward
  // civilians"): the words before an active trigger are mostly its subject, the attacker, so they are read last
  const rest = { from: after.to, to: anchor.length };
  for (const w of passive ? [before, after] : outcome ? [after, outcome, rest, before] : [after, rest, before]) {
    let best: { start: number; kind: 'civilian' | 'armed' } | null = null;
    for (const h of hits) {
      if (h.start < w.from || h.start >= w.to || (best && h.start >= best.start)) continue;
      if (h.group === 'civilian') best = { start: h.start, kind: 'civilian' };
      else if (h.group === 'armed-target') best = { start: h.start, kind: 'armed' };
    }
    // a member or leader of a unit or a body: "a leader of the 3rd regiment" (armed), "a member of the local council" (civilian)
    for (let k = w.from; k < w.to; k++) {
      if (best && k > best.start) break;
      const role = ROLE_WORDS.has(norms[k]!) ? roleOf(norms, k, hits) : null;
      if (role) { best = { start: k, kind: role }; break; }
    }
    // armed people named after a civilian among the victims ("a brother of a senator and two of his guards"):
    // the attack hit an armed side too (not after "former": "a former fighter" is a civilian)
    if (best && best.kind === 'civilian' && norms[best.start] !== 'former') {
      for (const h of hits) if (h.start > best.start && h.start < w.to && h.group === 'armed-target' && ARMED_PEOPLE.has(norms[h.end - 1]!)) return 'armed';
    }
    if (best) return best.kind;
  }
  return null;
}
/** Participles that name what an attack did to its victims: their object is the victim. */
const OUTCOME_ING = new Set(['killing', 'injuring', 'wounding', 'hitting', 'leaving']);

/** The few words after the first outcome participle beyond the 12-word object window, up to the sentence end. */
function outcomeObject(anchor: Anchor, norms: readonly string[]): { from: number; to: number } | null {
  for (let k = anchor.end + 12; k < anchor.length; k++) {
    if (OUTCOME_ING.has(norms[k]!)) return { from: k + 1, to: Math.min(anchor.length, k + 7) };
  }
  return null;
}

/** Armed-target words that name armed people (not places, vehicles or ambiguous ranks such as "officer"). */
const ARMED_PEOPLE = new Set(['soldier', 'soldiers', 'fighter', 'fighters', 'militant', 'militants', 'militiaman', 'militiamen', 'guards', 'policeman', 'policemen', 'troops', 'rebels', 'insurgents', 'combatants']);

/** Role nouns whose affiliation is told by their "of" phrase. */
const ROLE_WORDS = new Set(['member', 'members', 'leader', 'leaders', 'commander', 'commanders', 'chief', 'head', 'official', 'officials']);
const NP_END = new Set([',', '.', ';', ':', 'in', 'at', 'on', 'near', 'while', 'when', 'after', 'who', 'which', 'and', 'with', 'using', 'by']);

/** Civilian bodies a member or leader may belong to (not "committee": Yemen's popular committees are armed). */
const CIVIL_BODIES = new Set(['council', 'councils', 'party', 'parliament', 'union', 'unions', 'association', 'congress', 'assembly',
  'league', 'community', 'municipality', 'board', 'chamber', 'federation', 'syndicate', 'club', 'church', 'university', 'school', 'cooperative']);

/**
 * The role word at k followed at once by "of" ("from", "belonging to", "affiliated with"), or right after a civil body
 * ("a council member", "a party leader", civilian): armed when the "of" phrase holds an armed-unit cue (armed-target or
 * non-state force: "of the 3rd regiment", "of the armed group"), civilian when it names a civilian body ("of the
 * local council", "of the farmers' union"), else null.
 */
function roleOf(norms: readonly string[], k: number, hits: CueHit[]): 'armed' | 'civilian' | null {
  const next = norms[k + 1];
  // "of the local council", "belonging to the party", "affiliated with the union", "from the farmers' association"
  const link = next === 'of' || next === 'from' ? 1
    : (next === 'belonging' || next === 'affiliated') && (norms[k + 2] === 'to' || norms[k + 2] === 'with') ? 2 : 0;
  if (link === 0) {
    // the body named before the role: "a local council member", "a party leader" (not "a militia member": no civil body)
    return k > 0 && CIVIL_BODIES.has(norms[k - 1]!) ? 'civilian' : null;
  }
  const from = k + 1 + link;
  let end = from;
  while (end < norms.length && end <= k + 6 + link && !NP_END.has(norms[end]!)) end++;
  for (const h of hits) {
    if (h.start >= from && h.start < end && (h.group === 'armed-target' || h.group === 'nonstate-force')) return 'armed';
  }
  for (let j = from; j < end; j++) if (CIVIL_BODIES.has(norms[j]!)) return 'civilian';
  return null;
}

/** Could the rule hold once the note bits are known (its conditions other than note signals hold)? */
function mayHoldWithNotes(r: Compiled['rules'][number], notes: Int32Array): boolean {
  for (let i = 0; i < r.all.length; i++) if ((bits[i]! & r.all[i]! & ~notes[i]!) !== (r.all[i]! & ~notes[i]!)) return false;
  for (let i = 0; i < r.none.length; i++) if ((bits[i]! & r.none[i]! & ~notes[i]!) !== 0) return false;
  for (const m of r.any) {
    let ok = false;
    for (let i = 0; i < m.length && !ok; i++) if ((bits[i]! & m[i]!) !== 0 || (m[i]! & notes[i]!) !== 0) ok = true;
    if (!ok) return false;
  }
  return true;
}

/** The first rule whose conditions hold for the current `bits`, or undefined. Pending note groups are resolved on the first rule that needs them. */
function firstRule(c: Compiled): AcledRule | undefined {
  for (const r of c.rules) {
    if (r.needsNote && pendingNotes) {
      if (!mayHoldWithNotes(r, c.noteMask)) continue;
      const notes = pendingNotes;
      pendingNotes = null;
      setNotes(c, notes());
    }
    if (!hasAllSparse(r.sparseAll) || hasAnySparse(r.sparseNone)) continue;
    let ok = true;
    for (const m of r.sparseAny) if (!hasAnySparse(m)) { ok = false; break; }
    if (ok) return r.rule;
  }
  return undefined;
}

/** The first rule whose conditions hold for these signal names, or undefined (names no rule tests are ignored). */
export function matchRule(signals: Set<string>): AcledRule | undefined {
  const c = rulesCompiled();
  bits.fill(0);
  pendingNotes = null;
  for (const name of signals) { const i = c.names.indexOf(name); if (i >= 0) setBit(i); }
  return firstRule(c);
}

/**
 * The ACLED event type and sub-event type a human coder would give this event, by the first
 * matching rule of data/ontology/acled/rules.json; null when no rule applies (the event is not
 * one ACLED records, e.g. a statement or an accusation).
 */
export function classifyAcled(f: AcledFeatures): AcledResult | null {
  const file = loadRules();
  if (file.skipModalities.includes(f.modality) && !(f.threatOnly === true && f.modality === 'threatened')) return null;
  // an entry keeps its limits only while its event is still of the entry's family (a visit by troops recoded as a
  // movement of forces, family mobilize, is an ordinary ACLED event)
  const keep = acledKeeps(f.entry) && (!f.family || f.entry!.slice(0, f.entry!.indexOf('.')) === f.family) ? file.keepEntries![f.entry!] : undefined;
  const kept = typeof keep === 'object' ? keep.eventType : keep;
  if (kept === undefined) {
    if (f.family && file.skipFamilies.includes(f.family)) return null;
    if (f.ploverType && file.skipPloverTypes.includes(f.ploverType)) return null;
  }
  const c = rulesCompiled();
  computeSignals(f, c);
  const rule = firstRule(c);
  pendingNotes = null; // holds the caller's document: not kept past the call
  if (!rule || (kept !== undefined && rule.then.eventType !== kept)) return null;
  if (typeof keep === 'object' && !keep.rules.includes(rule.id)) return null;
  return { eventType: rule.then.eventType, subEventType: rule.then.subEventType, rule: rule.id };
}
