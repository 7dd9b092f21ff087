import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import type { AcledEventType } from '../model/codes.js';
import { acledCues, compileCues, cueNorms, type CueHit, type CueMatcher } from './acled-cues.js';
import { acledTypeOf } from './ontology.js';
import { symbolicBurns } from './acled-symbolic.js';
import { victimTold } from './acled-victim.js';

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
  /** Families of the other events found in the same sentence ("fight" beside a shelling makes the shelling part of a battle). */
  coFamilies?: string[];
  killed: number | null;
  /** Normalised tokens of the sentence. */
  sentenceNorms: string[];
  /** Cue groups of NOTE_GROUPS found anywhere in the text (an answer told in a later sentence): see acledNoteGroups. */
  noteGroups?: string[];
  modality: string;
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
  keepEntries?: Record<string, AcledEventType>;
  /** Signals implied by others: any alternative holds; an alternative that is a list needs all its signals. */
  derived: Record<string, Condition[]>;
  rules: AcledRule[];
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
 * Signal names by prefix and value, built once: the same few hundred names recur in every event, so the
 * Set below hashes strings it has seen before instead of fresh concatenations. Bounded per prefix.
 */
const signalNames = new Map<string, Map<string, string>>();
function signal(prefix: string, value: string): string {
  let byValue = signalNames.get(prefix);
  if (!byValue) { byValue = new Map(); signalNames.set(prefix, byValue); }
  let name = byValue.get(value);
  if (name === undefined) {
    if (byValue.size > 10_000) byValue.clear();
    name = prefix === 'cameoRoot' ? `cameoRoot:${value.slice(0, 2)}` : `${prefix}:${value}`;
    byValue.set(value, name);
  }
  return name;
}

/** Every signal the rules can test for these features. */
export function acledSignals(f: AcledFeatures): Set<string> {
  const s = new Set<string>();
  if (f.family) s.add(signal('family', f.family));
  if (f.ploverType) s.add(signal('plover', f.ploverType));
  if (f.cameo) { s.add(signal('cameo', f.cameo)); s.add(signal('cameoRoot', f.cameo)); }
  if (f.modality) s.add(signal('modality', f.modality));
  if (f.killed !== null && f.killed > 0) s.add('killed');
  for (const w of f.weaponCategories) s.add(signal('weapon', w));
  for (const a of f.actorSectors) s.add(signal('actor', a));
  if (f.actorForeign) s.add('actor:foreign');
  for (const c of f.coFamilies ?? []) if (c !== f.family) s.add(signal('cofamily', c));
  for (const r of f.recipientSectors) s.add(signal('recipient', r));
  if (!f.recipientSectors.some((r) => r !== 'UNK')) s.add('recipient:unknown');
  for (const k of f.recipientKinds) s.add(signal('recipientKind', k));
  for (const t of f.triggers) s.add(signal('trigger', t));
  const sentenceHits = sentenceCueHits(f.sentenceNorms);
  const sentence = lastSentence!;
  for (const hit of sentenceHits) addCue(s, hit);
  for (const t of f.triggers) {
    const hits = triggerCueHits(t);
    if (hits.length > 0 && !shadowedTrigger(sentence.cueNorms, t, sentenceHits)) for (const hit of hits) addCue(s, hit);
  }
  const victimWanted = s.has('recipient:unknown');
  const sideWanted = !f.actorSectors.some((a) => a !== 'UNK');
  const anchor = victimWanted || sideWanted ? anchorOf(sentence.cueNorms, f.triggers, sentenceHits) : null;
  if (victimWanted) {
    const victim = victimNear(anchor, sentenceHits, sentence.cueNorms);
    if (victim) s.add(signal('victim', victim));
  }
  if (sideWanted) {
    // who took the ground is the subject of the territory verb, not of the first trigger ("Following clashes with
    // rebels, regime forces took control of the town")
    const side = actorNear(anchor, sentenceHits) ?? actorNear(territoryAnchor(sentence.cueNorms, sentenceHits, anchor), sentenceHits);
    if (side) s.add(signal('actorWord', side));
  }
  if ((sentence.control ??= controlVerb(f.sentenceNorms))) s.add('cue:territory');
  if (s.has('cue:clash') && stateAgainstCivilians(f.sentenceNorms, sentenceHits)) s.add('clash:state-civilians');
  for (const g of f.noteGroups ?? []) s.add(signal('note', g));
  const derived = derivedEntries();
  for (let i = 0; i < derived.length; i++) if (anyAlternative(derived[i]![1], s)) s.add(derived[i]![0]);
  return s;
}

/** Does any alternative hold (a list alternative needs all its signals)? Plain loops: no closures per event. */
function anyAlternative(from: Condition[], s: Set<string>): boolean {
  for (const x of from) {
    if (typeof x === 'string') { if (s.has(x)) return true; continue; }
    let all = true;
    for (const y of x) if (!s.has(y)) { all = false; break; }
    if (all) return true;
  }
  return false;
}

/**
 * A trigger inside a longer sentence cue that hides what it holds ("burned" in "burned the flag", "mob" in
 * "flash mob"): its own cue hits would undo that, so they are not added.
 */
function shadowedTrigger(norms: string[], trigger: string, hits: CueHit[]): boolean {
  const burn = trigger.startsWith('burn');
  if (!burn && !hits.some((h) => h.cue.shadows)) return false;
  const at = anchorSpan(norms, [trigger], []);
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
const NOTE_GROUPS = new Set(['air-defence-response', 'attack-answered', 'no-resistance', 'clash-told', 'clash-doubt']);

/** The NOTE_GROUPS cue groups found in a whole text's normalised tokens, and the victim's affiliation told in it (acled-victim.ts). */
export function acledNoteGroups(norms: readonly string[]): string[] {
  // a note-group hit can only be hidden by a longer weapon or `shadows` cue (note-group cues name no weapon), so a
  // matcher over the note groups and those cues gives the full matcher's note-group hits in one smaller scan
  // most texts hold no note-group phrase at all: a matcher over those phrases alone answers that first
  noteOnly ??= compileCues(acledCues().cues.filter((c) => NOTE_GROUPS.has(c.group)));
  noteMatcher ??= compileCues(acledCues().cues.filter((c) => NOTE_GROUPS.has(c.group) || c.weapon !== undefined || c.shadows === true));
  const out: string[] = victimTold(norms);
  if (noteOnly.find(norms).length === 0) return out;
  for (const h of noteMatcher.find(norms)) if (NOTE_GROUPS.has(h.group) && !out.includes(h.group)) out.push(h.group);
  return out;
}
let noteOnly: CueMatcher | null = null;
let noteMatcher: CueMatcher | null = null;

function addCue(s: Set<string>, hit: CueHit): void {
  s.add(signal('cue', hit.group));
  if (hit.cue.weapon) s.add(signal('weapon', hit.cue.weapon));
}

let derivedList: [string, Condition[]][] | null = null;
function derivedEntries(): [string, Condition[]][] {
  derivedList ??= Object.entries(loadRules().derived);
  return derivedList;
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
function sentenceCueHits(norms: readonly string[]): CueHit[] {
  if (lastSentence && sameNorms(norms, lastSentence.norms)) return lastSentence.hits;
  const cue = cueNorms(norms);
  lastSentence = { norms: norms.slice(), hits: withoutSymbolicBurns(cue, acledCues().find(norms)), cueNorms: cue, control: undefined };
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
/** "in controlled explosions", "a controlled detonation": the adjective, not the verb. */
const NOT_CONTROL_BEFORE = new Set(['in', 'a', 'an', 'the', 'by', 'with', 'through', 'under']);

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
function stateAgainstCivilians(sentenceNorms: readonly string[], hits: CueHit[]): boolean {
  const norms = cueNorms(sentenceNorms);
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
  return at ? { start: at.start, end: at.end, passive: at.start > 0 && PASSIVE.has(norms[at.start - 1]!), length: norms.length } : null;
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

function anchorSpan(norms: string[], triggers: string[], hits: CueHit[]): { start: number; end: number } | null {
  for (const t of triggers) {
    const words = t.split(' ');
    for (let i = 0; i + words.length <= norms.length; i++) {
      let k = 0;
      while (k < words.length && norms[i + k] === words[k]) k++;
      if (k === words.length) return { start: i, end: i + words.length };
    }
  }
  return hits.find((h) => VIOLENCE_GROUPS.has(h.group) || h.group === 'territory' || h.group === 'clash') ?? null;
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
  // Active voice: the object after the trigger; passive: the subject before it. Then the other side.
  for (const w of passive ? [before, after] : [after, before]) {
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
    if (best) return best.kind;
  }
  return null;
}

/** Role nouns whose affiliation is told by their "of" phrase. */
const ROLE_WORDS = new Set(['member', 'members', 'leader', 'leaders', 'commander', 'commanders', 'chief', 'head', 'official', 'officials']);
const NP_END = new Set([',', '.', ';', ':', 'in', 'at', 'on', 'near', 'while', 'when', 'after', 'who', 'which', 'and', 'with', 'using', 'by']);

/** Civilian bodies a member or leader may belong to (not "committee": Yemen's popular committees are armed). */
const CIVIL_BODIES = new Set(['council', 'councils', 'party', 'parliament', 'union', 'unions', 'association', 'congress', 'assembly',
  'league', 'community', 'municipality', 'board', 'chamber', 'federation', 'syndicate', 'club', 'church', 'university', 'school', 'cooperative']);

/**
 * The role word at k followed at once by "of": armed when the "of" phrase holds an armed-unit cue (armed-target or
 * non-state force: "of the 3rd regiment", "of the armed group"), civilian when it names a civilian body ("of the
 * local council", "of the farmers' union"), else null.
 */
function roleOf(norms: readonly string[], k: number, hits: CueHit[]): 'armed' | 'civilian' | null {
  if (norms[k + 1] !== 'of') return null;
  let end = k + 2;
  while (end < norms.length && end <= k + 7 && !NP_END.has(norms[end]!)) end++;
  for (const h of hits) {
    if (h.start > k + 1 && h.start < end && (h.group === 'armed-target' || h.group === 'nonstate-force')) return 'armed';
  }
  for (let j = k + 2; j < end; j++) if (CIVIL_BODIES.has(norms[j]!)) return 'civilian';
  return null;
}

function holds(c: Condition, s: Set<string>): boolean {
  if (typeof c === 'string') return s.has(c);
  for (const x of c) if (s.has(x)) return true;
  return false;
}

/** The first rule whose conditions hold, or undefined. (Plain loops: no closures per rule.) */
export function matchRule(signals: Set<string>): AcledRule | undefined {
  rules: for (const r of loadRules().rules) {
    if (r.all) for (const c of r.all) if (!holds(c, signals)) continue rules;
    if (r.none) for (const x of r.none) if (signals.has(x)) continue rules;
    return r;
  }
  return undefined;
}

/**
 * The ACLED event type and sub-event type a human coder would give this event, by the first
 * matching rule of data/ontology/acled/rules.json; null when no rule applies (the event is not
 * one ACLED records, e.g. a statement or an accusation).
 */
export function classifyAcled(f: AcledFeatures): AcledResult | null {
  const file = loadRules();
  if (file.skipModalities.includes(f.modality)) return null;
  const kept = acledKeeps(f.entry) ? file.keepEntries![f.entry!] : undefined;
  if (kept === undefined) {
    if (f.family && file.skipFamilies.includes(f.family)) return null;
    if (f.ploverType && file.skipPloverTypes.includes(f.ploverType)) return null;
  }
  const rule = matchRule(acledSignals(f));
  if (!rule || (kept !== undefined && rule.then.eventType !== kept)) return null;
  return { eventType: rule.then.eventType, subEventType: rule.then.subEventType, rule: rule.id };
}
