import type { SentenceContext } from './context.js';
import { BE_FORMS, SKIPPABLE_ADVERBS, DETERMINERS, PREPOSITIONS, BE_FORMS_AT, SKIPPABLE_ADVERBS_BUT_IN, DETERMINERS_BUT_OF } from './words.js';

const IRREGULAR_PARTICIPLES = new Set(['shot', 'struck', 'hit', 'beaten', 'taken', 'held', 'slain', 'blown', 'caught', 'fought', 'freed', 'seized', 'downed', 'overrun', 'overran', 'sent', 'sentenced', 'killed', 'wounded', 'injured',
  // irregular -en and other strong participles a conflict trigger can be ("the town was retaken by", "weapons were stolen")
  'retaken', 'overtaken', 'undertaken', 'stolen', 'thrown', 'driven', 'withdrawn', 'torn', 'burnt', 'swept', 'won', 'lost', 'brought', 'sunk',
  // "two men were found shot dead": the found-dead triggers are passive, their subject the victim
  'found']);

/** Finite verbs whose subject is an event noun ("clashes erupted", "fighting resumed", "strikes took place"). */
const NOUN_BEFORE = new Set(['erupted', 'erupt', 'broke', 'raged', 'rage', 'resumed', 'took', 'continued', 'continue', 'continues',
  'occurred', 'occur', 'occurs', 'ensued', 'ensue', 'happened']);


/** Heads of a body named after an action ("strike committee", "protest organisers"): the word before is a noun. */
const INSTITUTION_HEADS = new Set(['committee', 'committees', 'council', 'councils', 'organisers', 'organizers']);

const SUPERLATIVES = new Set(['worst', 'biggest', 'largest', 'fiercest', 'strongest', 'greatest', 'most', 'least', 'longest', 'heaviest', 'deadliest', 'bloodiest']);

/** A "between" within `span` tokens from k, before any clause boundary. */
function betweenSoon(ctx: SentenceContext, k: number, span: number): boolean {
  for (let j = k; j < Math.min(ctx.to, k + span); j++) {
    if (ctx.isBoundary(j) || ctx.norm(j) === ',') return false;
    if (ctx.norm(j) === 'between') return true;
  }
  return false;
}

/** Words that open a post-modifier or a coordinated noun ("clashes involving …", "exchange of targeting using …", "clashes and exchange of fire took place between"). */
const NOUN_MODIFIER_STARTS = new Set(['involving', 'using', 'of', 'with', 'and']);

/** A verb of occurrence (NOUN_BEFORE) within ten words from k, no comma or boundary before it, and "between" within four after it. */
function occursBetween(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.to, k + 10); j++) {
    if (ctx.isBoundary(j) || ctx.norm(j) === ',') return false;
    if (NOUN_BEFORE.has(ctx.norm(j))) return betweenSoon(ctx, j + 1, 4);
  }
  return false;
}

/** "shoot-outs between …", "a shoot-out took place": "-out(s)" right after the trigger makes the compound noun the tokens split. */
export function outCompound(ctx: SentenceContext, end: number): boolean {
  const dash = ctx.token(end);
  const out = ctx.norm(end + 1);
  return !!dash && dash.kind === 'dash' && !dash.space && (out === 'out' || out === 'outs') && !ctx.token(end + 1)?.space;
}

function isParticiple(norm: string): boolean {
  return norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(norm);
}

/** Passive: "was attacked", "were shot down by", or a reduced relative "the convoy, attacked by gunmen". */
export function isPassive(ctx: SentenceContext, start: number, end: number): boolean {
  const first = ctx.norm(start);
  if (!isParticiple(first)) return false;
  // "Serb forces were engaged in ethnic cleansing": a state the subject is in, not something done to it
  if ((first === 'engaged' || first === 'involved') && end === start + 1 && ctx.norm(end) === 'in') return false;
  let k = start - 1;
  while (k >= ctx.from && (ctx.is(k, SKIPPABLE_ADVERBS_BUT_IN) || mannerAdverb(ctx.norm(k), start - k))) k--;
  // "gunmen believed to be IS attacked": an actor's name that reads as a form of "be" (the Islamic State's "IS") is no auxiliary
  if (ctx.is(k, BE_FORMS_AT) && !ctx.actor(k)) return true;
  if (reportedPassive(ctx, k)) return true;
  if (coordinatedPassive(ctx, start, end)) return true;
  if (reducedRelative(ctx, start, end)) return true;
  // "the hostages released were women", "the men killed were soldiers": a participle right after its noun and right
  // before a finite "be" is a reduced relative; an active past verb never takes "were" as its object
  const next = ctx.norm(end);
  if ((next === 'were' || next === 'was' || next === 'are' || next === 'is') && ctx.actor(start - 1)?.tokenEnd === start) return true;
  // "– shot dead by police –", "stabbed to death by a neighbour": a result phrase may stand before the agent
  return agentAfter(ctx, end) && ctx.norm(start - 1) !== 'has' && ctx.norm(start - 1) !== 'have' && ctx.norm(start - 1) !== 'had' && !ctx.actor(start - 1);
}

/**
 * Participles of report verbs that raise the subject of a passive ("were reported killed", "was believed kidnapped", "were
 * feared dead"): "be" + one of them + the trigger participle is the trigger's passive, its subject the victim.
 */
const REPORT_PARTICIPLES = new Set(['reported', 'believed', 'feared', 'confirmed', 'presumed', 'rumoured', 'rumored']);

/** The word at k is a report participle right after a form of "be" (adverbs between: "were also reported killed"). */
function reportedPassive(ctx: SentenceContext, k: number): boolean {
  if (k < ctx.from || !REPORT_PARTICIPLES.has(ctx.norm(k))) return false;
  let j = k - 1;
  while (j >= ctx.from && j >= k - 3 && (ctx.is(j, SKIPPABLE_ADVERBS_BUT_IN) || mannerAdverb(ctx.norm(j), k - j))) j--;
  return ctx.is(j, BE_FORMS_AT) && !ctx.actor(j);
}

/** "by" right after the participle, or after its result phrase ("dead", "to death"). */
function agentAfter(ctx: SentenceContext, end: number): boolean {
  let k = end;
  if (ctx.norm(k) === 'dead') k++;
  else if (ctx.norm(k) === 'to' && ctx.norm(k + 1) === 'death') k += 2;
  return ctx.norm(k) === 'by';
}

/** "was almost killed", "were brutally beaten": a degree or manner adverb right before the participle (two at most). */
function mannerAdverb(n: string, distance: number): boolean {
  return distance <= 2 && (n === 'almost' || n === 'nearly' || (n.length > 4 && n.endsWith('ly') && n !== 'only' && n !== 'early'));
}

/**
 * Participles coordinated after a passive share its auxiliary: "was shot and killed", "were beaten, robbed and
 * killed". A verb with an object of its own is active: "troops were deployed and attacked the town".
 */
function coordinatedPassive(ctx: SentenceContext, start: number, end: number): boolean {
  const prev = ctx.norm(start - 1);
  if (prev !== 'and' && prev !== 'or' && prev !== ',') return false;
  const next = ctx.norm(end);
  if (DETERMINERS.has(next) || ctx.number(end) || ctx.actor(end) || ctx.weapon(end)) return false;
  let participles = 0;
  for (let k = start - 2, steps = 0; k >= ctx.from && steps < 8; k--, steps++) {
    const n = ctx.norm(k);
    if (n === 'and' || n === 'or' || n === ',' || (SKIPPABLE_ADVERBS.has(n) && n !== 'in')) continue;
    if (isParticiple(n)) { participles++; continue; }
    return participles > 0 && BE_FORMS.has(n);
  }
  return false;
}

/**
 * Noun or verb, for words that are both ("attacks", "strike", "fighting"): a determiner, preposition,
 * number or weapon word before it, or "by/on/against/of" after it with no subject before, reads as a noun.
 */
/** Prepositions that take a gerund clause ("of shelling the plant", "for killing", "after attacking"). */
const GERUND_PREPS = new Set(['of', 'for', 'with', 'after', 'before', 'by', 'without', 'while', 'from']);
/** Articles and possessives that open an object noun phrase. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'several', 'two', 'three', 'four', 'five', 'six', 'dozens', 'hundreds', 'scores']);

export function readsAsNoun(ctx: SentenceContext, start: number, end: number): boolean {
  const prev = ctx.norm(start - 1);
  const next = ctx.norm(end);
  const prevTok0 = ctx.token(start - 1);
  const clauseStart = start - 1 < ctx.from || (prevTok0 !== undefined && prevTok0.kind === 'punct' && prevTok0.text !== '.');
  // "…, killing at least seven people": "at least" + a count is the object of a participle, not a place phrase
  if (next === 'at' && (ctx.norm(end + 1) === 'least' || ctx.norm(end + 1) === 'most') && ctx.norm(start).endsWith('ing')) return false;
  // "…, stabbing to death a shopkeeper", "beating to death two men": a participle with its result phrase, not "the stabbing to"
  if (next === 'to' && ctx.norm(end + 1) === 'death' && ctx.norm(start).endsWith('ing') && end === start + 1 && !DETERMINERS.has(prev) && prev !== "'s") return false;
  if (clauseStart && (PREPOSITIONS.has(next) || next === 'continued' || next === 'were' || next === 'was')) return true;
  // a finite intransitive verb cannot follow a verb: "On 2 February 2020 clashes broke out", "heavy fighting raged"
  // (also over a report adverb: "clashes reportedly erupted")
  if (NOUN_BEFORE.has(next) || (next.length > 4 && next.endsWith('ly') && NOUN_BEFORE.has(ctx.norm(end + 1)))) return true;
  // "an armed clash between X and Y", "shelling exchange between": no verb of an event takes "between"
  // "intermittent clashes were reported between": a plural in -es before "were/have" and a "between" phrase is a noun
  // (only with "between": "three coalition strikes were reported" stays a verb reading, which keeps its actor)
  if ((next === 'were' || next === 'have') && end === start + 1 && ctx.norm(start).endsWith('es') && betweenSoon(ctx, end + 1, 8)) return true;
  if (next === 'between' || ((next === 'exchange' || next === 'exchanges') && ctx.norm(end + 1) !== 'of')) return true;
  // "clashes involving heavy weapons took place between X and Y": a participle or "of" phrase, then an intransitive
  // verb of occurrence and "between": the word heads the clause's subject
  if (NOUN_MODIFIER_STARTS.has(next) && occursBetween(ctx, end + 1)) return true;
  if (outCompound(ctx, end)) return true;
  // "the strike committee held a protest": a body's name, never a verb's object
  if (end === start + 1 && INSTITUTION_HEADS.has(next)) return true;
  // "the attack by a gunman": only a participle takes a "by" agent, so a bare form before "by" is a noun
  if (next === 'by' && end === start + 1 && !isParticiple(ctx.norm(start)) && !ctx.norm(start).endsWith('ing')) return true;
  if (start - 1 < ctx.from) return false;
  // "the deadliest attack", "the worst bombing": a superlative only stands before a noun
  if (SUPERLATIVES.has(prev) || (prev.length > 5 && prev.endsWith('iest'))) return true;
  // "accused Russia of shelling the plant", "for killing 20 villagers": a gerund after a preposition with a direct
  // object (an article or possessive, a count, a name) is a verb; "in fighting this week" (a time phrase) stays a noun
  if (GERUND_PREPS.has(prev) && end === start + 1 && ctx.norm(start).endsWith('ing') && !ctx.time(end)
    && (NP_OPENERS.has(next) || ctx.number(end) || (ctx.actor(end) && ctx.actor(end)!.tokenStart === end))) return false;
  // "tried to attack", "sought to storm": "to" after a verb of trying opens an infinitive, not a prepositional phrase
  if (prev === 'to' && TRYING.has(ctx.norm(start - 2))) return false;
  if (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || prev === "'s" || prev === 'zero' || prev === 'no') return true;
  if (ctx.number(start - 1) || ctx.weapon(start - 1)) return true;
  // "carrying out the March 3 bombing", "the Friday attack": a date after an article modifies the noun after it
  const when = ctx.time(start - 1);
  if (when && when.tokenEnd === start && DETERMINERS.has(ctx.norm(when.tokenStart - 1))) return true;
  if (prev === 'and' && (ctx.weapon(start - 2) || ctx.actor(start - 2))) return true;
  if (titleCaseNoun(ctx, start)) return true;
  if (modifiedHead(ctx, start, end)) return true;
  const prevTok = ctx.token(start - 1);
  if (prevTok && (prevTok.kind === 'dash' || prevTok.kind === 'quote')) return true;
  // "killed in Taliban attacks", "during Israeli strikes": an actor that is the object of a preposition cannot
  // be the subject of a verb, so the word after it is a noun it modifies
  const before = ctx.actor(start - 1);
  if (before && before.tokenEnd === start) {
    // "in a Houthi attack": determiners between the preposition and the actor
    let g = before.tokenStart - 1;
    while (g > ctx.from && g > before.tokenStart - 3 && (ctx.norm(g) === 'a' || ctx.norm(g) === 'an' || ctx.norm(g) === 'the')) g--;
    if (PREPOSITIONS.has(ctx.norm(g)) && ctx.norm(g) !== 'to') return true;
  }
  // "The Kabul bombing killed 22", "a Taliban shelling": an -ing form after "the/a + name" with no object is a noun
  if (before && before.tokenEnd === start && ctx.norm(start).endsWith('ing') && end === start + 1) {
    const det = ctx.norm(before.tokenStart) === 'the' ? 'the' : ctx.norm(before.tokenStart - 1);
    const next2 = ctx.norm(end);
    if ((det === 'the' || det === 'a' || det === 'an') && !DETERMINERS.has(next2) && !ctx.number(end) && !ctx.actor(end)) return true;
  }
  // "a rebel attack destroyed the plant", "the militant ambush": a bare verb form after an article and a singular generic
  // noun is no verb (a singular subject would take "attacks"); the noun modifies it
  if (before && before.tokenEnd === start && end === start + 1 && before.data.generic && !before.data.plural && bareForm(ctx.norm(start))) {
    const det = ctx.norm(before.tokenStart) === 'the' || ctx.norm(before.tokenStart) === 'a' || ctx.norm(before.tokenStart) === 'an' ? ctx.norm(before.tokenStart) : ctx.norm(before.tokenStart - 1);
    if (det === 'the' || det === 'a' || det === 'an') return true;
  }
  // "Houthi attacks on ships": an actor modifier, then a nominal complement
  if (ctx.actor(start - 1) && (next === 'on' || next === 'against' || next === 'by' || next === 'in' || next === 'near' || next === ',' || next === '.' || next === 'that' || next === 'have' || next === 'has' || next === 'were' || next === 'was')) {
    const a = ctx.actor(start - 1)!;
    return !a.data.plural || next === 'by' || next === 'were' || next === 'was' || next === 'have' || next === 'has';
  }
  return false;
}

/**
 * "Egypt condemned the Israeli strike on Doha", "after a Saudi raid", "the Turkish shelling": a determiner, then a
 * capitalised word that names no actor (a demonym or name used as an adjective), then the one-word trigger: the head of
 * that noun phrase, not a verb whose subject would be the capitalised word (a finite verb after "the Israeli" would need
 * a noun there: "the Israeli army strikes"). Past forms stay verbs ("the Israeli attacked", a noun use of the demonym).
 */
function modifiedHead(ctx: SentenceContext, start: number, end: number): boolean {
  if (end !== start + 1 || start - 2 < ctx.from || ctx.norm(start).endsWith('ed')) return false;
  const mod = ctx.token(start - 1);
  if (!mod || mod.kind !== 'word' || !mod.cap || mod.text === mod.text.toUpperCase() || ctx.actor(start - 1)) return false;
  return DETERMINERS.has(ctx.norm(start - 2));
}

/** A bare verb form ("attack", "raid"), neither a past, a participle nor a third-person "-s" form. */
function bareForm(w: string): boolean {
  return !w.endsWith('ed') && !w.endsWith('ing') && !w.endsWith('s');
}

/**
 * "Police Charge 3 Over Market Bombing": in a title-cased headline a capitalised trigger right after a capitalised word
 * that names no actor ("Market", "Shrine") is the head of that compound noun; a verb follows its subject ("Rebels
 * Attack Base"). Not in all-capital text, where every word is capitalised ("A TRUCK EXPLODED").
 */
function titleCaseNoun(ctx: SentenceContext, start: number): boolean {
  const t = ctx.token(start);
  const p = ctx.token(start - 1);
  if (!t || !p || start - 1 <= ctx.from || !t.cap || !p.cap || p.kind !== 'word' || t.text === t.text.toUpperCase()) return false;
  if (ctx.actor(start - 1) || ctx.place(start - 1)) return false;
  // the word before that must be capitalised too: a headline, not a name opening a sentence ("Smith Attacked")
  const pp = ctx.token(start - 2);
  return !!pp && (pp.cap || pp.kind === 'number');
}

/** Verbs of trying whose "to" opens an infinitive ("attempted" is a light verb of the nominal reading: bind.ts). */
const TRYING = new Set(['tried', 'tries', 'try', 'trying', 'sought', 'seeking', 'seek', 'seeks',
  // session 12: wishes, plans and decisions that take an infinitive ("wants to attack", "plans to storm", "decided to
  // expel"); the modality stage reads them as acts ahead
  'want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'decided', 'decides', 'decide',
  'aim', 'aims', 'hope', 'hopes', 'hoped']);

/** Participles of harm verbs that always take an object when active: with none after them they are passive. */
const TRANSITIVE_HARM = new Set([
  'killed', 'wounded', 'injured', 'slain', 'murdered', 'stabbed', 'executed', 'beheaded', 'kidnapped', 'abducted',
  'assassinated', 'massacred', 'hanged', 'tortured', 'lynched', 'slaughtered', 'butchered', 'maimed',
]);

/** Plain nouns for people that are not actors alone ("people", "others"): "the number of people killed in". */
const PEOPLE_WORDS = new Set(['people', 'persons', 'men', 'women', 'children', 'others', 'individuals', 'victims', 'civilians', 'residents', 'villagers']);

/** Words after a participle that show it has no direct object: a preposition, a clause break, a conjunction. */
const NO_OBJECT_AFTER = new Set([',', '.', ';', ':', ')', 'when', 'while', 'as', 'after', 'since', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'overnight', 'yesterday', 'today', 'last', 'this', 'early', 'late', 'earlier', 'so', 'far']);

/**
 * A reduced relative or headline passive: "people killed in drone strikes", "seven militants killed in blasts",
 * "the six service members killed in the attack". A harm participle right after the people it names, with no
 * object after it, is passive; its subject is the victim.
 */
export function reducedRelative(ctx: SentenceContext, start: number, end: number): boolean {
  if (end !== start + 1 || start <= ctx.from || !TRANSITIVE_HARM.has(ctx.norm(start))) return false;
  const before = ctx.actor(start - 1);
  if (!(before && before.tokenEnd === start) && !ctx.number(start - 1) && !PEOPLE_WORDS.has(ctx.norm(start - 1))) return false;
  // "a bomb planted by Taliban killed": words inside a prepositional phrase are not the participle's head
  const head = before && before.tokenEnd === start ? before.tokenStart : start - 1;
  let g = head - 1;
  while (g >= ctx.from && (ctx.is(g, DETERMINERS_BUT_OF) || ctx.number(g))) g--;
  if (g >= ctx.from && ctx.norm(g) === 'by') return false;
  if (end >= ctx.to) return true;
  // "killed at least twenty civilians", "killed over 40 people": a count after the verb starts its object
  for (let k = end; k < Math.min(ctx.to, end + 3); k++) if (ctx.number(k) && !ctx.time(k)) return false;
  const next = ctx.norm(end);
  if (TIME_ADVERBS.has(next) || ctx.time(end)) return !objectAfterTime(ctx, end);
  return (PREPOSITIONS.has(next) && next !== 'to') || NO_OBJECT_AFTER.has(next);
}

/** Time words that can stand between a verb and its object ("abducted overnight a civilian"). */
const TIME_ADVERBS = new Set(['overnight', 'yesterday', 'today', 'earlier', 'later', 'again', 'reportedly', 'allegedly']);

/**
 * After a time adverb or a bare time expression ("overnight", "last week") right after the participle, a noun
 * phrase opener or an actor starts the verb's object: "militants abducted overnight a civilian" is active.
 */
function objectAfterTime(ctx: SentenceContext, end: number): boolean {
  let k = end;
  const stop = Math.min(ctx.to, end + 4);
  while (k < stop) {
    const t = ctx.time(k);
    if (t && t.tokenStart <= k && t.tokenEnd > k && !PREPOSITIONS.has(ctx.norm(k))) k = t.tokenEnd;
    else if (TIME_ADVERBS.has(ctx.norm(k))) k++;
    else break;
  }
  if (k === end || k >= ctx.to) return false;
  const actor = ctx.actor(k);
  return (actor !== undefined && actor.tokenStart === k) || OBJECT_OPENERS.has(ctx.norm(k)) || (ctx.number(k) !== undefined && !ctx.time(k));
}

/** Words that open a noun phrase object. */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'dozens', 'scores', 'hundreds']);
