import type { ActorCtx, Base, Candidate } from '../actor-context.js';
import type { GenericValue } from '../actor-types.js';
import type { ActorData } from '../../pipeline/doc.js';
import { compose } from './compose.js';
import { protestCue } from './protesting.js';
import { candidate, namedAt } from '../actor-context.js';
import { tokenAt } from '../../pipeline/token-at.js';
import { isBareStateBody } from './bare-state-body.js';
import { SIDES_NOUN, sidesAllowed } from './sides.js';
import { loyalAfter } from './loyal-to.js';

/**
 * Rule family: a base, then modifiers, then a generic noun ("Israeli troops", "Houthi militants",
 * "Iran-backed regional militias", "unidentified gunmen", "a Defense Department official"). Without a
 * base the noun stands alone unless it is weak ("forces", "personnel" need an owner).
 */
export const RULE_COMPOSITE = 'rule:actor.composite';
export const RULE_GENERIC = 'rule:actor.generic';
/** A profession or local office harmed: "killed a nuclear scientist", "the mayor was shot dead" (generic.json victimOnly). */
export const RULE_HARMED_PERSON = 'rule:actor.harmed-person';

export function compositeAfter(ctx: ActorCtx, b: Base): Candidate | null {
  let k = b.end;
  let unknown = false;
  let mods = 0;
  // modifiers: "regional", "armed", "Shiite", "security", "pro-government" …; a modifier may also be the noun itself
  let best: Candidate | null = null;
  for (;;) {
    const g = ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, ctx.to);
    if (g) {
      const v = g.values[0]!;
      if (v.entry.victimOnly) {
        // "assassinated the mayor", "an engineer was kidnapped": the noun is an actor only as the one harmed
        if (harmedPerson(ctx, b.start, g.tokenEnd) && (!best || g.tokenEnd > best.end)) {
          const data = compose(b, v, unknown, (c) => ctx.lex.files.acledCountry.get(c) ?? c);
          // "a former commander was shot dead": a rank no longer held is a civilian's (session 11)
          if (data.sector === 'MIL' && formerBefore(ctx, b.start, g.tokenStart)) data.sector = 'CVL';
          best = candidate(b.start, g.tokenEnd, data, RULE_HARMED_PERSON, 'stated', v);
        }
      }
      // a weak noun alone ("people") is an actor only when it protests ("people rallied")
      const ofGroup = ctx.tokens[g.tokenEnd]?.norm === 'of' && g.tokenEnd < ctx.to && groupAt(ctx, g.tokenEnd + 1);
      if (v.entry.victimOnly || (v.noun === SIDES_NOUN && !sidesAllowed(ctx, b, mods))) { /* read above; "sides" only of two states */ } else if (!(b.role === 'none' && v.weak && !unknown && mods === 0) || ofGroup || (b.role === 'none' && mods === 0 && v.entry.sector !== 'CVL' && loyalAfter(ctx.tokens, g.tokenEnd, ctx.to)) || theNation(ctx, b.start, g.tokenEnd) || (b.role === 'none' && mods === 0 && isBareStateBody(ctx.tokens, ctx.from, b.start, g.tokenEnd)) || (counted(ctx, b, v.entry.sector) && ctx.tokens[g.tokenEnd]?.norm !== 'of') || (b.role === 'none' && v.entry.sector === 'CVL' && protestCue(ctx, g.tokenEnd)) || (b.role === 'none' && v.entry.sector === 'CVL' && mods === 0 && (harmedObject(ctx, b.start) || harmedSubject(ctx, g.tokenEnd) || (harmedOfSubject(ctx, g.tokenEnd) && !definiteAt(ctx, b.start)) || violentSubject(ctx, g.tokenEnd))) || (b.role === 'none' && v.entry.sector === 'COP' && mods === 0 && harmedGuard(ctx, b.start, g.tokenEnd))) {
        const shooter = b.role === 'none' && mods === 0 && !unknown && v.plural && PLAIN_PEOPLE.has(v.noun) && firearmSubject(ctx, g.tokenEnd);
        const data = shooter ? gunmenData(ctx, v) : compose(b, v, unknown, (c) => ctx.lex.files.acledCountry.get(c) ?? c);
        // "members of X were killed": the of-phrase says whose members, so they are no civilians by default
        if (partitiveVictim(ctx, b, v, mods, g.tokenEnd)) data.sector = null;
        const entry = b.role === 'none' ? (unknown || mods > 0 ? RULE_COMPOSITE : RULE_GENERIC) : b.entry === b.value?.id ? RULE_COMPOSITE : b.rule;
        if (!best || g.tokenEnd > best.end) best = candidate(b.start, g.tokenEnd, data, entry, 'stated', v);
      }
    }
    const m = ctx.lex.modifiers.matchAt(ctx.tokens, k, ctx.upper, ctx.to);
    if (g && mods < 3) {
      // "a militia commander was killed", "shot dead a police captain": an armed noun classifying a harmed rank
      const r = classifiedRank(ctx, b, g.values[0]!, g.tokenEnd, unknown);
      if (r && (!best || r.end > best.end)) best = r;
    }
    if (!m && g && mods < 3) {
      // "guerrilla commandos", "rebel fighters": a noun-noun compound of two armed nouns is one actor
      const c = armedCompound(ctx, b, g.values[0]!, g.tokenEnd, unknown);
      if (c && (!best || c.end > best.end)) best = c;
    }
    // "Israeli Apache helicopters", "Russian Su-25 jets": a machine's model name between a state owner and the machine
    if (!m && mods === 0 && b.role !== 'none') {
      const model = modelNameEnd(ctx, k);
      if (model > k) {
        mods++;
        k = model;
        continue;
      }
    }
    if (!m || mods >= 3) break;
    // a lower-case modifier capitalised mid-sentence starts another name ("anti-Houthi National Resistance forces")
    const mt = ctx.tokens[k]!;
    if (mt.cap && !ctx.upper && k > ctx.from && !ctx.lex.capModifiers.has(mt.norm)) break;
    for (const x of m.values) if (x.unknown) unknown = true;
    mods++;
    k = m.tokenEnd;
  }
  // "police station", "rebel positions": a bare noun before another noun is an attribute
  const found: Candidate | null = best;
  if (found && b.role === 'none') {
    const next = tokenAt(ctx.tokens, found.end);
    if (next && found.end < ctx.to && next.kind === 'word' && ctx.lex.files.attributive.has(next.norm) && !pluralSubject(ctx, found.start, found.end) && !armedDoer(ctx, found, next.norm)) return null;
  }
  return found;
}

/** Sectors of the first noun of an armed compound: non-state armed groups, which name the side ("guerrilla commandos"). */
const CLASSIFIER_SECTORS = new Set(['REB', 'MILITIA', 'CRM']);

/**
 * "guerrilla commandos", "rebel fighters", "militia gunmen": a singular armed noun of a non-state group before another
 * armed noun classifies it, as an adjective would ("leftist commandos"); the two are one actor, on the side the first
 * noun names (guerrilla commandos are guerrillas, not an army's commandos), with the number of the head noun.
 */
function armedCompound(ctx: ActorCtx, b: Base, v: GenericValue, end: number, unknown: boolean): Candidate | null {
  if (v.plural || v.entry.victimOnly || v.entry.inanimate || !CLASSIFIER_SECTORS.has(v.entry.sector) || end >= ctx.to) return null;
  const t = ctx.tokens[end]!;
  if (t.kind !== 'word' || (t.cap && !ctx.upper)) return null;
  const h = ctx.lex.generic.matchAt(ctx.tokens, end, ctx.upper, ctx.to);
  if (!h) return null;
  const w = h.values[0]!;
  if (w.entry.victimOnly || w.entry.inanimate || !ARMED_SECTORS.has(w.entry.sector)) return null;
  // compose returns an object of its own: the field is set on it (a spread copy would get a hidden class of its own,
  // met so rarely that every optimised reader of actor data deoptimised on it: docs/PERFORMANCE.md, session 10)
  const data = compose(b, v, unknown, (c) => ctx.lex.files.acledCountry.get(c) ?? c);
  data.plural = w.plural;
  return candidate(b.start, h.tokenEnd, data, RULE_COMPOSITE, 'stated', v);
}

/**
 * Session 11: "a militia commander was killed", "gunmen shot dead a police captain", "a retired army colonel": a singular
 * armed or police noun (or a mass one: "militia", "police") before a rank that is harmed (data/actors/generic.json `gen:commanders`, victimOnly) names the
 * rank's side (the militia's commander, the police's captain); "former"/"retired" make it a civilian's, as for a bare rank.
 */
function classifiedRank(ctx: ActorCtx, b: Base, v: GenericValue, end: number, unknown: boolean): Candidate | null {
  if (v.entry.victimOnly || v.entry.inanimate || !ARMED_SECTORS.has(v.entry.sector) || end >= ctx.to) return null;
  const t = ctx.tokens[end]!;
  if (t.kind !== 'word' || (t.cap && !ctx.upper)) return null;
  const h = ctx.lex.generic.matchAt(ctx.tokens, end, ctx.upper, ctx.to);
  if (!h) return null;
  const w = h.values[0]!;
  if (!w.entry.victimOnly || w.entry.sector !== 'MIL') return null;
  // "killed militia commander Omar Haddad": a title before a name, which the title rule reads as the person
  const after = h.tokenEnd < ctx.to ? ctx.tokens[h.tokenEnd] : undefined;
  if (after && after.kind === 'word' && after.cap && !ctx.upper) return null;
  if (!harmedPerson(ctx, b.start, h.tokenEnd)) return null;
  const data = compose(b, v, unknown, (c) => ctx.lex.files.acledCountry.get(c) ?? c);
  data.plural = w.plural;
  if (formerBefore(ctx, b.start, end)) data.sector = 'CVL';
  return candidate(b.start, h.tokenEnd, data, RULE_HARMED_PERSON, 'stated', v);
}

/** Sectors of generic nouns whose bearers carry arms: before an attack noun they name its doer. */
const ARMED_SECTORS = new Set(['REB', 'MIL', 'COP', 'MILITIA', 'CRM', 'SPY', 'UNK']);

/**
 * "a rebel attack", "the militant ambush", "guerrilla raids", "police gunfire": a bare noun for an armed group before an
 * attack noun (attr:attacks) names who attacked, as a group's adjective does ("Houthi shelling"); "civilian casualties",
 * "police station" and "rebel positions" stay attributes.
 */
function armedDoer(ctx: ActorCtx, found: Candidate, next: string): boolean {
  if (!ctx.lex.files.attackNouns.has(next)) return false;
  const g = found.generic;
  return g !== undefined && !g.entry.inanimate && !g.entry.victimOnly && ARMED_SECTORS.has(g.entry.sector);
}

/** Attack words that are also present-tense verbs ("Insurgents Attack Army Base", "militants strike a convoy"). */
const PRESENT_ACTS = new Set(['attack', 'strike', 'raid', 'shell', 'bomb', 'ambush', 'storm', 'target', 'kill', 'fire']);
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'two', 'three', 'four', 'five', 'several', 'dozens', 'hundreds']);

/**
 * "Insurgents Attack Army Base", "rebels strike the convoy": a plural noun (no attribute is plural: "rebel positions")
 * before an attack word that is also a present-tense verb, with an object after it (an article, a count, a capitalised
 * name), is that verb's subject, not an attribute of the noun after it.
 */
function pluralSubject(ctx: ActorCtx, start: number, end: number): boolean {
  const last = ctx.tokens[end - 1]!;
  if (end - start > 3 || !last.norm.endsWith('s') || end + 1 >= ctx.to) return false;
  if (!PRESENT_ACTS.has(ctx.tokens[end]!.norm)) return false;
  const after = ctx.tokens[end + 1]!;
  return OBJECT_OPENERS.has(after.norm) || after.kind === 'number' || (after.kind === 'word' && after.cap);
}

/** Weak nouns that name a country's institution after "the": "the army shelled", "the military said". */
const NATIONAL = new Set(['army', 'military']);

/**
 * "the army", "the military" as a whole noun phrase: the country's armed forces, not an owned unit. Also the first
 * side of "between army and …", where the determiner is often left out.
 */
function theNation(ctx: ActorCtx, start: number, end: number): boolean {
  if (end !== start + 1 || !NATIONAL.has(ctx.tokens[start]!.norm) || start <= ctx.from) return false;
  const prev = ctx.tokens[start - 1]!.norm;
  return prev === 'the' || (prev === 'between' && end < ctx.to && ctx.tokens[end]!.norm === 'and');
}

/** "killed 48 people": a figure before a people noun makes it a counted group, as a number word does ("five people"). */
function counted(ctx: ActorCtx, b: Base, sector: string | null): boolean {
  if (b.role !== 'none' || sector !== 'CVL' || b.start <= ctx.from) return false;
  const prev = ctx.tokens[b.start - 1]!;
  if (prev.kind === 'number') return true;
  // "1.5 million people", "two thousand villagers": a figure with its scale word
  return SCALE_WORDS.has(prev.norm) && b.start - 2 >= ctx.from && (ctx.tokens[b.start - 2]!.kind === 'number' || NUMBER_WORDS.has(ctx.tokens[b.start - 2]!.norm));
}

/** Scale words of a figure ("1.5 million"), and number words that may stand before them ("two thousand"). */
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'several', 'half']);

/** A named non-state group at k ("members of CJNG", "fighters of the Houthi movement"). */
export function groupAt(ctx: ActorCtx, k: number): boolean {
  const t = ctx.tokens[k];
  const start = t && t.norm === 'the' ? k + 1 : k;
  const h = namedAt(ctx, start, false);
  return !!h && (h.value.data.kind === 'group' || h.value.data.kind === 'unit');
}

/** Participles and verb forms of harm whose object names the victims ("killed a man", "killing women and children"). */
const HARM = new Set([
  'killed', 'killing', 'kill', 'kills', 'shot', 'shooting', 'shoot', 'wounded', 'wounding', 'injured', 'injuring', 'stabbed', 'stabbing',
  'abducted', 'abducting', 'kidnapped', 'kidnapping', 'attacked', 'attacking', 'massacred', 'massacring', 'executed', 'executing',
  'murdered', 'murdering', 'beat', 'beating', 'tortured', 'torturing', 'raped', 'lynched', 'beheaded', 'slaughtered', 'targeted', 'targeting',
  'assassinated', 'assassinating', 'assassinate',
  // base and third-person forms ("tried to kidnap the mayor", "threatened to kill a journalist", "a gang that kidnaps girls")
  'kidnap', 'kidnaps', 'abduct', 'abducts', 'stab', 'stabs', 'murder', 'murders', 'execute', 'executes', 'massacre',
  'behead', 'torture', 'rape', 'lynch', 'attack', 'attacks', 'target', 'targets', 'wound', 'injure', 'shoots', 'slaughter',
  'hanged', 'poisoned', 'poison',
]);
/** Verbs of harm that take "dead" or "down" before their object ("shot dead a man", "gunned down a guard"). */
const PARTICLE_HARM = new Set(['shot', 'shooting', 'shoot', 'shoots', 'gunned', 'gunning', 'gun', 'mowed', 'mowing', 'cut', 'cutting', 'struck']);
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'dozens', 'hundreds', 'of', 'innocent', 'unarmed', 'local', 'young', 'elderly', 'old', 'own']);
/** Possessives read through only before "own": "massacring its own people" (not "killed his wife": a family story). */
const OWN_POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/**
 * "Gunmen killed a man", "shelling, killing women and children": a people noun that is the object of a harm verb
 * names the victims, so it is an actor though weak alone ("people", "a man"). A noun coordinated with such an
 * object counts too ("women and children").
 */
function harmedObject(ctx: ActorCtx, start: number, depth = 0): boolean {
  let k = start - 1;
  // "killed a 13-year-old girl": an age modifier before the noun is read through
  k = beforeAge(ctx, k);
  for (let steps = 0; steps < 3 && k >= ctx.from && (OBJECT_DETERMINERS.has(ctx.tokens[k]!.norm) || (OWN_POSSESSIVES.has(ctx.tokens[k]!.norm) && ctx.tokens[k + 1]?.norm === 'own')) && ctx.tokens[k]!.norm !== 'of'; steps++) k--;
  if (k < ctx.from) return false;
  let n = ctx.tokens[k]!.norm;
  // "stabbing to death a girl", "beat to death two men": the result phrase between the harm verb and its object
  if (n === 'death' && k - 2 >= ctx.from && ctx.tokens[k - 1]!.norm === 'to') n = ctx.tokens[k - 2]!.norm;
  // "shot dead a colonel", "gunned down two policemen": a result particle between the harm verb and its object (session 11)
  // a determiner or count must stand between ("a handcuffed shot dead man was found" is an attributive participle)
  if ((n === 'dead' || n === 'down') && k < start - 1 && k - 1 >= ctx.from && PARTICLE_HARM.has(ctx.tokens[k - 1]!.norm)) return true;
  if (HARM.has(n)) return true;
  // "the killing of civilians", "the slaughter of men, women and children": the "of" phrase of a harm noun
  if (n === 'of' && k - 1 >= ctx.from && HARM_NOUNS.has(ctx.tokens[k - 1]!.norm)) return true;
  // "women and children", "men, women and children": the word before "and" or a comma is itself a harmed object
  if ((n === 'and' || n === 'or' || n === ',') && k - 1 > ctx.from && depth < 3) {
    const prev = ctx.tokens[k - 1]!;
    if (prev.kind !== 'word') return false;
    return harmedObject(ctx, k - 1, depth + 1);
  }
  return false;
}

/**
 * A profession or office noun from start to end that is harmed: the object of a harm verb or the subject of its
 * passive; not an owner ("the mayor's office") and not the subject of an active clause.
 */
function harmedPerson(ctx: ActorCtx, start: number, end: number): boolean {
  const next = ctx.tokens[end];
  if (end < ctx.to && next && (next.norm === "'s" || next.norm === "'")) return false;
  // "a regime engineer officer": the noun is an attribute of the person noun after it
  if (end < ctx.to && ctx.lex.generic.matchAt(ctx.tokens, end, ctx.upper, ctx.to)) return false;
  // "the engineer who was beaten": the subject of a passive relative clause
  const rel = end < ctx.to && (next?.norm === 'who' || next?.norm === 'that') ? end + 1 : end;
  // "a local commander of the militia was killed", "the mayor of the town was shot dead" (session 11)
  return harmedObject(ctx, start) || harmedSubject(ctx, end) || (rel > end && PASSIVE_AUX.has(ctx.tokens[rel]!.norm) && harmedSubject(ctx, rel)) || harmedOfSubject(ctx, end);
}

/**
 * "gunmen shot the officer", "two guards were wounded": a weak police noun ("officer", "guard", "agent") is an actor
 * when it is harmed, like a weak people noun; never as a doer, where it is too vague ("the officer said").
 */
function harmedGuard(ctx: ActorCtx, start: number, end: number): boolean {
  return harmedObject(ctx, start) || harmedSubject(ctx, end);
}

/** The index before an age modifier ending at k ("13-year-old", "13 year old"), else k. */
function beforeAge(ctx: ActorCtx, k: number): number {
  if (k - 3 < ctx.from || ctx.tokens[k]!.norm !== 'old') return k;
  let j = k - 1;
  if (ctx.tokens[j]!.kind === 'dash') j--;
  if (ctx.tokens[j]!.norm !== 'year' && ctx.tokens[j]!.norm !== 'years') return k;
  j--;
  if (j >= ctx.from && ctx.tokens[j]!.kind === 'dash') j--;
  return j >= ctx.from && (ctx.tokens[j]!.kind === 'number' || NUMBER_WORDS.has(ctx.tokens[j]!.norm)) ? j - 1 : k;
}

/** Nouns of harm whose "of" phrase names the victims. */
const HARM_NOUNS = new Set([
  'killing', 'killings', 'massacre', 'massacres', 'slaughter', 'slaying', 'slayings', 'murder', 'murders', 'execution', 'executions',
  'abduction', 'abductions', 'kidnapping', 'kidnappings', 'maiming', 'deaths', 'death', 'shooting', 'stabbing', 'torture', 'beheading',
]);

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got', 'reportedly', 'allegedly', 'also', 'later', 'then', 'had', 'has', 'have']);
const HARM_PARTICIPLES = new Set([
  'killed', 'shot', 'wounded', 'injured', 'stabbed', 'abducted', 'kidnapped', 'attacked', 'massacred', 'executed', 'murdered', 'beaten',
  'tortured', 'raped', 'lynched', 'beheaded', 'slaughtered', 'targeted', 'slain', 'hanged', 'assassinated',
]);

/**
 * "A man was shot dead", "people killed in the strikes": a people noun that is the subject of a passive harm verb
 * (or of a reduced relative) names the victims.
 */
function harmedSubject(ctx: ActorCtx, end: number): boolean {
  let k = end;
  // "a man who was shot dead", "the boy that was killed": a relative pronoun before the passive (never an active
  // "a man who shot")
  const relative = k < ctx.to && (ctx.tokens[k]!.norm === 'who' || ctx.tokens[k]!.norm === 'that');
  if (relative) k++;
  const auxFrom = k;
  for (let steps = 0; steps < 3 && k < ctx.to && PASSIVE_AUX.has(ctx.tokens[k]!.norm); steps++) k++;
  if (relative && k === auxFrom) return false;
  if (k < ctx.to && HARM_PARTICIPLES.has(ctx.tokens[k]!.norm) && (k > end || (k + 1 < ctx.to && NO_OBJECT.has(ctx.tokens[k + 1]!.norm)))) return true;
  // "a man was found dead", "a woman was found murdered": the found-dead passive names the victim too
  return k > end && k + 1 < ctx.to && ctx.tokens[k]!.norm === 'found' && (ctx.tokens[k + 1]!.norm === 'dead' || HARM_PARTICIPLES.has(ctx.tokens[k + 1]!.norm));
}

/** A weak people noun read as an actor only because it heads the subject of a harm passive past its of-phrase. */
function partitiveVictim(ctx: ActorCtx, b: Base, v: GenericValue, mods: number, end: number): boolean {
  return b.role === 'none' && mods === 0 && v.weak && v.entry.sector === 'CVL' && !harmedSubject(ctx, end) && !harmedObject(ctx, b.start) && harmedOfSubject(ctx, end) && !definiteAt(ctx, b.start);
}

/** "former", "retired" or "ex" among the modifiers before a person noun. */
function formerBefore(ctx: ActorCtx, start: number, noun: number): boolean {
  for (let k = Math.max(ctx.from, Math.min(start, noun - 3)); k < noun; k++) if (FORMER.has(ctx.tokens[k]!.norm)) return true;
  return false;
}
const FORMER = new Set(['former', 'retired', 'ex']);

/**
 * "The members of the union were beheaded" after "two members of the union were kidnapped": a definite partitive
 * refers back to people already told, whose event holds them; it names no victims of its own (session 11).
 */
function definiteAt(ctx: ActorCtx, start: number): boolean {
  const at = ctx.tokens[start]?.norm;
  const before = start > ctx.from ? ctx.tokens[start - 1]?.norm : undefined;
  return DEFINITE.has(at ?? '') || DEFINITE.has(before ?? '');
}
const DEFINITE = new Set(['the', 'these', 'those']);

/**
 * "members of the Popular Front were killed", "relatives of the mayor were abducted": whether a harm passive follows the of-phrase
 * after a partitive noun (then the noun heads the passive's subject).
 */
function harmedOfSubject(ctx: ActorCtx, end: number): boolean {
  const k = ofPhraseEnd(ctx, end);
  return k >= 0 && harmedSubject(ctx, k);
}

/**
 * The passive auxiliary that ends an of-phrase starting at `end`, else -1. The phrase is short and holds only words:
 * no punctuation, no relative pronoun, no second "of".
 */
function ofPhraseEnd(ctx: ActorCtx, end: number): number {
  if (end >= ctx.to || ctx.tokens[end]!.norm !== 'of') return -1;
  for (let k = end + 1; k < ctx.to && k <= end + 6; k++) {
    const t = ctx.tokens[k]!;
    if (PASSIVE_AUX.has(t.norm)) return k > end + 1 ? k : -1;
    if (t.kind !== 'word' || t.norm === 'of' || t.norm === 'who' || t.norm === 'that' || t.norm === 'which') return -1;
  }
  return -1;
}

/** Words after a bare participle that show it has no object: "people killed in", "men wounded during". */
const NO_OBJECT = new Set(['in', 'during', 'by', 'at', 'on', 'near', 'when', 'as', 'after', 'while', ',', '.', 'and']);

/** Violent verbs whose subject right before them is the attacker: "fans skirmish", "men attacked", "youths hurled". */
const VIOLENT_VERBS = new Set([
  'attacked', 'attack', 'clashed', 'clash', 'skirmished', 'skirmish', 'fought', 'stabbed', 'shot', 'killed', 'beat', 'threw',
  'hurled', 'stormed', 'looted', 'torched', 'ambushed', 'abducted', 'kidnapped', 'lynched', 'assaulted', 'opened',
]);

const ATTEMPT = new Set(['attempted', 'tried', 'sought']);
/** Base forms of violent verbs after an attempt: "attempted to lynch", "tried to storm". */
const VIOLENT_BASE = new Set(['lynch', 'attack', 'kill', 'beat', 'burn', 'storm', 'loot', 'torch', 'assault', 'abduct', 'kidnap', 'stab', 'shoot']);

/** Prepositions of riding and vehicle nouns: "men on a motorcycle", "individuals in a white car". */
const RIDE_PREPS = new Set(['on', 'in', 'aboard', 'riding']);
const VEHICLES = new Set([
  'motorcycle', 'motorcycles', 'motorbike', 'motorbikes', 'bike', 'bikes', 'scooter', 'moped', 'car', 'cars', 'vehicle', 'vehicles',
  'truck', 'trucks', 'pickup', 'van', 'vans', 'suv', 'taxi', 'boat', 'boats',
]);

/**
 * The token after a riding phrase at k ("on a motorcycle", "in a white car", "aboard two vehicles": a preposition, at
 * most two words, a vehicle noun), else k: "individuals on a motorcycle opened fire" has its violent verb after it.
 */
function afterVehicle(ctx: ActorCtx, k: number): number {
  if (k >= ctx.to || !RIDE_PREPS.has(ctx.tokens[k]!.norm)) return k;
  for (let j = k + 1; j < ctx.to && j <= k + 3; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word') return k;
    if (VEHICLES.has(t.norm)) {
      // "a pickup truck": a compound of vehicle nouns
      let e = j + 1;
      while (e < ctx.to && e <= j + 2 && VEHICLES.has(ctx.tokens[e]!.norm)) e++;
      return e;
    }
  }
  return k;
}

/** Plain people nouns that name no side: "individuals opened fire" are unnamed gunmen. */
const PLAIN_PEOPLE = new Set(['individuals', 'men', 'persons', 'people', 'subjects']);

/** "opened fire", "shot" (after a riding phrase or an adverb): an act that takes a firearm. */
function firearmSubject(ctx: ActorCtx, end: number): boolean {
  let k = afterVehicle(ctx, end);
  if (k < ctx.to && ctx.tokens[k]!.norm.endsWith('ly')) k++;
  if (k + 1 >= ctx.to) return false;
  const n = ctx.tokens[k]!.norm;
  return (n === 'opened' && ctx.tokens[k + 1]!.norm === 'fire') || n === 'shot';
}

/**
 * "Individuals on a motorcycle opened fire": people who shoot carry guns, so a plain people noun as the subject of
 * a shooting is an unnamed armed actor (gen:gunmen), as "armed individuals" is; the mention keeps its own noun.
 */
function gunmenData(ctx: ActorCtx, v: GenericValue): ActorData {
  const g = ctx.lex.files.generic.find((x) => x.id === 'gen:gunmen')!;
  const gv: GenericValue = { id: g.id, entry: g, plural: true, weak: false, patronage: false, person: false, noun: v.noun };
  const none: Base = { start: 0, end: 0, role: 'none', data: null, value: null, entry: '', standalone: false, rule: '' };
  return compose(none, gv, true, (c) => ctx.lex.files.acledCountry.get(c) ?? c);
}

/** "Fans skirmish", "armed men stormed": a people noun directly before a violent verb (an adverb aside) is its doer. */
function violentSubject(ctx: ActorCtx, end: number): boolean {
  let k = afterVehicle(ctx, end);
  if (k < ctx.to && ctx.tokens[k]!.norm.endsWith('ly')) k++;
  if (k >= ctx.to) return false;
  // "a group of people attempted to lynch a man", "residents tried to burn the station": an attempt verb before the act
  if (ATTEMPT.has(ctx.tokens[k]!.norm) && k + 2 < ctx.to && ctx.tokens[k + 1]!.norm === 'to' && VIOLENT_BASE.has(ctx.tokens[k + 2]!.norm)) return true;
  const n = ctx.tokens[k]!.norm;
  return VIOLENT_VERBS.has(n) && (n !== 'opened' || ctx.tokens[k + 1]?.norm === 'fire');
}

export const RULE_FACTION = 'rule:actor.faction';

/** Lower-case words of a faction's label between a group's name and its armed noun ("the Bakura faction militants"). */
const FACTION_WORDS = new Set(['faction', 'splinter', 'wing', 'branch']);
/** Sectors of the named groups (and of the nouns after them) a faction label may stand between. */
const FACTION_SECTORS = new Set(['REB', 'MILITIA', 'UNK', 'CRM']);

/**
 * "OLF Shane militants", "CODECO-FDBC militiamen", "PKK-YJA STAR militants", "Boko Haram (JAS) Bakura faction
 * militants": a named non-state armed group, then its faction's label (capitalised words of no lexicon, a hyphen or
 * slash joined suffix, a bracketed acronym, "faction"), then an armed noun is one actor, the named group, as
 * "JNIM militants" is. At most four label tokens; a label word the lexicon knows as a name, a generic noun or a
 * modifier ends it ("Hamas Israeli troops" stays two), and nothing is read in upper-case text, where every word looks
 * like a label.
 */
export function factionAfter(ctx: ActorCtx, b: Base): Candidate | null {
  const head = b.data;
  if (ctx.upper || b.role !== 'actor' || !head || head.kind !== 'group' || head.generic || !head.sector || !FACTION_SECTORS.has(head.sector)) return null;
  let k = b.end;
  let label = 0;
  while (k < ctx.to && label < 4) {
    const t = ctx.tokens[k]!;
    if ((t.kind === 'dash' || t.norm === '/' || t.norm === '-') && !t.space && k + 1 < ctx.to && !ctx.tokens[k + 1]!.space && ctx.tokens[k + 1]!.cap) {
      k++;
      continue;
    }
    if (t.norm === '(' && k + 2 < ctx.to && ctx.tokens[k + 1]!.cap && ctx.tokens[k + 2]!.norm === ')') {
      k += 3;
      label++;
      continue;
    }
    if (t.kind !== 'word') break;
    if (!t.cap && !FACTION_WORDS.has(t.norm)) break;
    if (t.cap && (ctx.lex.names.matchAt(ctx.tokens, k, ctx.upper, ctx.to) || ctx.lex.modifiers.matchAt(ctx.tokens, k, ctx.upper, ctx.to))) break;
    if (ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, ctx.to)) break;
    k++;
    label++;
  }
  if (label === 0 || k >= ctx.to) return null;
  const g = ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, ctx.to);
  if (!g) return null;
  const v = g.values[0]!;
  if (v.entry.victimOnly || v.entry.inanimate || !FACTION_SECTORS.has(v.entry.sector)) return null;
  return candidate(b.start, g.tokenEnd, compose(b, v, false, (c) => ctx.lex.files.acledCountry.get(c) ?? c), RULE_FACTION, 'stated', v);
}

/** Generic entries of machines that a model name may qualify ("Apache helicopters", "F-16 jets", "Type 052 warships"). */
const MACHINE_ENTRIES = new Set(['gen:air-force', 'gen:navy']);

/**
 * The end of a model name at k ("Apache", "F-16", "Su-25": one capitalised word no dictionary knows, with at most one
 * unspaced "-" and word or number) when a machine noun follows it; else k. Never in upper-case text.
 */
function modelNameEnd(ctx: ActorCtx, k: number): number {
  const t = ctx.tokens[k];
  if (ctx.upper || !t || k + 1 >= ctx.to || t.kind !== 'word' || !t.cap || namedAt(ctx, k, true)) return k;
  let e = k + 1;
  const dash = ctx.tokens[e];
  const part = ctx.tokens[e + 1];
  if (dash && part && e + 2 < ctx.to && dash.text === '-' && !dash.space && !part.space) e += 2;
  const g = ctx.lex.generic.matchAt(ctx.tokens, e, ctx.upper, ctx.to);
  return g && MACHINE_ENTRIES.has(g.values[0]!.entry.id) ? e : k;
}
