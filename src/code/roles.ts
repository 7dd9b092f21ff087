import { partyHeadOf } from './of-heads.js';
import type { Mention, ActorData } from '../pipeline/doc.js';
import type { ActorFiller } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { loadActorData } from '../recognise/actor-data.js';
import { AUXILIARIES, BE_FORMS, DETERMINERS_BUT_OF, PREPOSITIONS, RECIPIENT_PREPS, BE_FORMS_AT, CLAUSE_WORDS_AT } from './words.js';
import { WordBits } from '../recognise/vocab.js';
import { emptyList } from '../util/lists.js';
import { TARGET_NOUNS_AT } from './targets.js';
import { parentheticalSubject, suspectedIdentitySubject } from './subject-parenthetical.js';
import { qualifiedPlace, QUALIFIED_PLACE } from './place-qualified.js';
import { appositiveSubject } from './subject-appositive.js';
import { isUpperText } from '../recognise/trie.js';
import { speakerPlaceEnd } from './place-syntax.js';
import { twoCountriesSubject } from './two-countries.js';

/** Maximum distance (tokens) between a trigger and the role fillers bound to it. */
const SUBJECT_WINDOW = 25;
const OBJECT_WINDOW = 14;

/** The word before a mention, skipping determiners and adjectives-as-determiners. */
export function governorOf(ctx: SentenceContext, tokenStart: number): { norm: string; index: number } {
  let k = tokenStart - 1;
  while (k >= ctx.from && ctx.is(k, DETERMINERS_BUT_OF)) k--;
  return { norm: k >= ctx.from ? ctx.norm(k) : '', index: k };
}

/** The actor mention starting at j, or after the determiners there ("the", "two", "several"): a mention may include its own determiner. */
export function actorAt(ctx: SentenceContext, j: number, maxSkip = 3): Mention<ActorData> | undefined {
  let skip = maxSkip;
  for (let k = j; k <= j + skip; k++) {
    const m = ctx.actor(k);
    if (m && m.tokenStart === k) return m;
    if (m) return undefined;
    // a numeral the actor recogniser left out of the mention: "the massacre of 200 villagers", "1.5 million people"
    const num = ctx.number(k);
    if (num && num.tokenStart === k && num.tokenEnd > k) {
      skip += num.tokenEnd - k - 1;
      k = num.tokenEnd - 1;
      continue;
    }
    // "by a people-smuggling gang", "a drug-trafficking cartel": a hyphenated compound modifier the actor rule left out
    if (hyphenCompound(ctx, k)) {
      skip += 2;
      k += 2;
      continue;
    }
    // "poisoned by her rival Donald Trump", "killed by his brother Tamerlan": a relation noun after a possessive, then
    // the named person it stands in apposition to
    if (k > j && OWNERS.has(ctx.norm(k - 1)) && relationBeforeName(ctx, k)) return ctx.actor(k + 1);
    // "by Ottoman Turks", "by Zulu warriors": one capitalised word no dictionary knows, then a plural group the actor
    // rule did recognise (the group is the filler; the unknown word only qualifies it)
    if (unknownQualifier(ctx, k)) return ctx.actor(k + 1);
    // "fired by presumed pro-Houthi forces": a hedge the actor's own rule did not take in
    if (!ctx.is(k, DETERMINERS_BUT_OF) && !HEDGES.has(ctx.norm(k))) return undefined;
  }
  return undefined;
}

/** A lower-case word, a hyphen and a word written together at k ("people-smuggling"), followed by more words. */
function hyphenCompound(ctx: SentenceContext, k: number): boolean {
  const a = ctx.token(k);
  const dash = ctx.token(k + 1);
  const b = ctx.token(k + 2);
  return a !== undefined && dash !== undefined && b !== undefined && k + 3 < ctx.to && a.kind === 'word' && !a.cap && dash.text === '-' && !dash.space && !b.space && b.kind === 'word';
}

/**
 * A capitalised word at k, inside the sentence, that is no actor, place or time, right before a plural group's mention;
 * not in upper-case text, where every word is capitalised ("BY OUR COURAGEOUS SOLDIERS").
 */
function unknownQualifier(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || !t.cap || k <= ctx.from || ctx.actor(k) || ctx.place(k) || ctx.time(k)) return false;
  if (isUpperText(ctx.doc.text)) return false;
  const m = ctx.actor(k + 1);
  return m !== undefined && m.tokenStart === k + 1 && m.data.plural && m.data.kind !== 'person';
}

/** Kinds of body named after a name and its bracketed gloss ("Hizbollah (Party of God) group"). */
const BODY_HEADS = new Set(['group', 'movement', 'party', 'organisation', 'organization', 'militia', 'faction', 'front', 'coalition', 'alliance']);

/** Hedges before an actor that are no part of its name. */
const HEDGES = new Set(['presumed', 'suspected', 'alleged', 'apparent', 'purported']);

/** Possessives before a relation noun ("her rival", "his brother"). */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** A lower-case word at k (a relation noun: "rival", "brother") right before a named person's mention. */
function relationBeforeName(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || t.cap || ctx.actor(k)) return false;
  const m = ctx.actor(k + 1);
  return m !== undefined && m.tokenStart === k + 1 && m.data.kind === 'person';
}

/** Words of an office's place before a title ("Antioquia Department Governor", "Kabul police chief"). */
const OFFICE_PLACE_WORDS = new Set(['department', 'province', 'provincial', 'state', 'city', 'district', 'municipal', 'regional', 'local', 'police', 'former']);

/**
 * A person named after the place of their office: "the murder of Antioquia Department Governor X" (a place and its
 * unit word before the title), at most four words of place before the actor; undefined when there is none.
 */
export function actorAfterNames(ctx: SentenceContext, j: number): Mention<ActorData> | undefined {
  let k = j;
  if (ctx.norm(k) === 'the') k++;
  const from = k;
  while (k < from + 4) {
    const a = ctx.actor(k);
    if (a && a.tokenStart === k) break;
    const p = ctx.place(k);
    if (p && p.tokenStart === k) { k = p.tokenEnd; continue; }
    if (k > from && OFFICE_PLACE_WORDS.has(ctx.norm(k))) { k++; continue; }
    break;
  }
  if (k === from) return undefined;
  const m = ctx.actor(k);
  return m && m.tokenStart === k && m.data.kind === 'person' ? m : undefined;
}

function filler(m: Mention<ActorData>, rule: string, how: 'stated' | 'inferred' = 'stated'): ActorFiller {
  return { mention: m, rule, how };
}

/**
 * Extend a mention over its coordination: "Iran, Hezbollah and others", "Iran or its proxies",
 * "the Biden administration and Iran". Direction -1 walks left, +1 walks right.
 */
/** Reporting verbs after a name: the name is a reporting clause's subject, not one of a list. */
const REPORTING_AFTER = new Set(['said', 'says', 'told', 'added', 'reported', 'stated', 'claimed', 'announced', 'confirmed', 'warned', 'insisted', 'noted']);

/** The token after a short bracket at k ("(CNA)", "(coded as X)": four tokens at most inside), else k. */
function afterGloss(ctx: SentenceContext, k: number): number {
  if (ctx.token(k)?.text !== '(') return k;
  for (let j = k + 1; j <= k + 5 && j < ctx.to; j++) {
    const t = ctx.token(j)?.text;
    if (t === '(') return k;
    if (t === ')') return j + 1;
  }
  return k;
}

/** The token before a short bracket that ends at k ("the army (Hadi) and …" read leftwards), else k. */
function beforeGloss(ctx: SentenceContext, k: number): number {
  if (ctx.token(k)?.text !== ')') return k;
  for (let j = k - 1; j >= k - 5 && j > ctx.from; j--) {
    const t = ctx.token(j)?.text;
    if (t === ')') return k;
    if (t === '(') return j - 1;
  }
  return k;
}

/** Words that end an appositive stretch: a clause or a coordination begins there, so the commas are a list's. */
const APPOSITIVE_BREAKS = new Set(['and', 'or', 'who', 'which', 'that', 'whose', 'said', 'says', 'told', '.', ';', ':', '"']);
const APPOSITIVE_MAX = 12;

/**
 * A named person's appositive between commas: "Juan Ortega, rector of the national university (UNA), five other
 * priests …". From the comma at k after a person, the index of the comma that closes a stretch of at most twelve
 * tokens holding no clause or coordination word; 0 when there is none. The stretch must open with a lower-case word
 * (or an all-capital one, as in wire copy) so a following name is not taken for an appositive.
 */
function appositiveClose(ctx: SentenceContext, k: number): number {
  if (ctx.norm(k) !== ',') return 0;
  const first = ctx.token(k + 1);
  if (!first || first.kind !== 'word' || (first.cap && first.text !== first.text.toUpperCase())) return 0;
  for (let j = k + 2; j < Math.min(ctx.to, k + 2 + APPOSITIVE_MAX); j++) {
    const n = ctx.norm(j);
    if (n === ',') return j;
    if (APPOSITIVE_BREAKS.has(n)) return 0;
  }
  return 0;
}

/** The comma that opens the appositive closed by the comma at k, when a named person stands before it; else 0. */
function appositiveOpen(ctx: SentenceContext, k: number): number {
  for (let c = k - 2; c >= Math.max(ctx.from + 1, k - 1 - APPOSITIVE_MAX); c--) {
    const n = ctx.norm(c);
    if (n === ',') {
      const p = ctx.actor(c - 1);
      return p && p.tokenEnd === c && p.data.kind === 'person' && appositiveClose(ctx, c) === k ? c : 0;
    }
    if (APPOSITIVE_BREAKS.has(n)) return 0;
  }
  return 0;
}

/** The token after "on one side/hand" or "on the one hand" (and a comma after it) at k, else k. */
function afterOneSide(ctx: SentenceContext, k: number): number {
  if (ctx.norm(k) !== 'on') return k;
  let j = k + 1;
  if (ctx.norm(j) === 'the') j++;
  if (ctx.norm(j) !== 'one') return k;
  const side = ctx.norm(j + 1);
  if (side !== 'side' && side !== 'hand') return k;
  j += 2;
  if (ctx.norm(j) === ',' && ctx.norm(j + 1) === 'and') j++;
  return j;
}

/** The index after at most two determiners at j ("his driver", "the two guards"), or j when an actor starts there. */
function afterDeterminers(ctx: SentenceContext, j: number): number {
  const from = j;
  if (!ctx.actor(j)) while (ctx.is(j, DETERMINERS_BUT_OF) && j < from + 2) j++;
  return j;
}

export function coordinated(ctx: SentenceContext, m: Mention<ActorData>, rule: string): ActorFiller[] {
  const out: ActorFiller[] = [filler(m, rule)];
  // rightwards; a short gloss in brackets after a name is read through ("the Chin National Army (CNA) and the military")
  let k = afterGloss(ctx, m.tokenEnd);
  for (;;) {
    // "X, rector of the university, five other priests and two women": a person's appositive is read through
    if (ctx.norm(k) === ',' && ctx.actor(k - 1)?.data.kind === 'person') {
      const close = appositiveClose(ctx, k);
      // "killed X, a councillor, and his driver": determiners before the next actor are read through (session 11)
      if (close > 0 && ctx.actor(afterDeterminers(ctx, close + 1 + (ctx.norm(close + 1) === 'and' ? 1 : 0)))) k = close;
    }
    // "X on one side and Y on the other": the first side's marker is read through
    k = afterOneSide(ctx, k);
    const n = ctx.norm(k);
    if (n !== 'and' && n !== 'or' && n !== ',' && n !== '&') break;
    let j = k + 1;
    if (ctx.norm(j) === 'and' || ctx.norm(j) === 'or') j++;
    if (!ctx.actor(j)) while (ctx.is(j, DETERMINERS_BUT_OF) && j < k + 3) j++;
    const next = ctx.actor(j);
    if (!next || next.tokenStart !== j) break;
    // "arrived in Bosnia, the defence minister said": after a comma, a name that a reporting verb follows is the speaker
    // (also past the speaker's place: "killing 20 people, aid workers in Nairobi said")
    if (n === ',' && (REPORTING_AFTER.has(ctx.norm(next.tokenEnd)) || speakerPlaceEnd(ctx, next.tokenEnd) >= 0)) break;
    out.push(filler(next, rule + '+coord'));
    k = afterGloss(ctx, next.tokenEnd);
  }
  // leftwards
  let start = m.tokenStart;
  for (;;) {
    let j = start - 1;
    while (j > ctx.from && ctx.is(j, DETERMINERS_BUT_OF) && j > start - 3) j--;
    const n = ctx.norm(j);
    if (n !== 'and' && n !== 'or' && n !== ',') break;
    let p = j - 1;
    if (ctx.norm(p) === ',') p--;
    // "X on one side and Y on the other": read back over the first side's marker
    if (n === 'and' && (ctx.norm(p) === 'side' || ctx.norm(p) === 'hand') && ctx.norm(p - 1) === 'one') {
      const on = ctx.norm(p - 2) === 'the' ? p - 3 : p - 2;
      if (ctx.norm(on) === 'on') p = on - 1;
    }
    // a short gloss in brackets after the earlier name: "The Yemeni army (Hadi) and pro-Hadi militiamen"
    if (!ctx.actor(p)) p = beforeGloss(ctx, p);
    if (n === ',' && !ctx.actor(p)) {
      const open = appositiveOpen(ctx, j);
      if (open > 0) p = open - 1;
    }
    const prev = ctx.actor(p);
    if (!prev || prev.tokenEnd !== p + 1) break;
    out.unshift(filler(prev, rule + '+coord'));
    start = prev.tokenStart;
  }
  return out;
}

const SUBJECT_OPENERS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'while', 'as', 'when', 'after', 'before', 'because', 'if', 'then', 'also', 'said', 'says', 'say', 'told', 'claimed', 'believe', 'believes', 'whether', 'where', 'since', 'though', 'although', 'unless', 'meanwhile', 'regardless', 'further', 'however', 'today', 'yesterday', 'tonight', 'overnight', 'reportedly', 'allegedly', 'separately', 'later', 'earlier', 'what', 'how', 'why']);

/** Is the mention the object of a preposition or of another verb (so not a subject)? */
/** Heads of a partitive or collective noun phrase: "a group of Moroccan diplomats", "hundreds of soldiers" name their actor. */
const PARTITIVES = new Set([
  'group', 'groups', 'delegation', 'team', 'members', 'member', 'hundreds', 'thousands', 'dozens', 'scores', 'tens', 'some',
  'most', 'many', 'several', 'contingent', 'unit', 'units', 'detachment', 'number', 'majority', 'handful', 'band', 'leaders',
  'faction', 'factions', 'elements', 'remnants', 'wing', 'cell', 'cells', 'squad', 'squads', 'fighters', 'gunmen',
]);

/**
 * A party's or group's own people: "supporters of the ruling party attacked", "cadres of the Maoists" name the party or
 * group; not a person's ("supporters of the former president" are not the president).
 */
const MEMBER_HEADS = new Set(['supporters', 'cadres', 'activists', 'loyalists', 'followers']);

/** Size words before a partitive head: "a large group of", "an unknown number of armed men". */
const PARTITIVE_SIZES = new Set(['large', 'small', 'unknown', 'unspecified', 'undetermined', 'undisclosed', 'unidentified', 'great']);

/** "A group of X …" at the start of a clause: the "of" phrase is the subject, not a modifier. */
function partitiveOf(ctx: SentenceContext, ofIndex: number): boolean {
  if (ctx.norm(ofIndex) !== 'of') return false;
  if (MEMBER_HEADS.has(ctx.norm(ofIndex - 1))) {
    let j = ofIndex + 1;
    while (j < ctx.to && ctx.is(j, DETERMINERS_BUT_OF)) j++;
    const group = ctx.actor(j);
    // a state's forces or government have no cadres or activists: such a name is another reading ("ANP")
    const sector = group?.data.sector;
    if (!group || group.tokenStart !== j || group.data.kind === 'person' || group.data.kind === 'generic'
      || sector === 'MIL' || sector === 'COP' || sector === 'GOV') return false;
  } else if (!PARTITIVES.has(ctx.norm(ofIndex - 1))) return false;
  let k = ofIndex - 2;
  while (k >= ctx.from && (ctx.norm(k) === 'a' || ctx.norm(k) === 'an' || ctx.norm(k) === 'the' || ctx.number(k) || PARTITIVE_SIZES.has(ctx.norm(k)))) k--;
  return k < ctx.from || ctx.norm(k) === ',' || ctx.isBoundary(k);
}

function inPrepPhrase(ctx: SentenceContext, m: Mention<ActorData>): boolean {
  // "exploded in downtown Mogadishu, killing": a place behind area words is where, not who
  if (qualifiedPlace(ctx, m)) return true;
  let g = governorOf(ctx, m.tokenStart);
  // "at least two armed men attacked": a count's "at least/at most" is no preposition; the governor is before it
  if ((g.norm === 'least' || g.norm === 'most') && ctx.norm(g.index - 1) === 'at') {
    if (g.index - 1 <= ctx.from) return false;
    g = governorOf(ctx, g.index - 1);
  }
  if (g.norm === 'of' && partitiveOf(ctx, g.index)) return false;
  if (PREPOSITIONS.has(g.norm) || g.norm === "'s") return true;
  // "bases that house U.S. troops": a lower-case word right before the mention is a verb taking it as object
  const t = ctx.token(g.index);
  if (!t || g.index < ctx.from || t.kind !== 'word' || t.cap || SUBJECT_OPENERS.has(g.norm) || ctx.actor(g.index) || ctx.time(g.index)) return false;
  // "A top U.S. official", "Human rights organization Amnesty": after an article or at the start the word is a modifier
  const before = ctx.norm(g.index - 1);
  if (g.index === ctx.from || before === 'a' || before === 'an' || before === 'the' || (ctx.token(g.index - 1)?.cap && ctx.token(g.index - 1)?.kind === 'word')) return false;
  // "On 20 January, presumed JNIM militants attacked": after a clause break or a date the word opens the noun phrase
  if (before === ',' || before === ';' || before === ':' || before === '(' || ctx.time(g.index - 1)) return false;
  // "According to reports the UK is pushing …": the source noun of an opening "according to" with no comma after it
  // is no verb taking the name as object; the name opens the clause
  if (before === 'to' && g.index - 2 === ctx.from && ctx.norm(g.index - 2) === 'according') return false;
  return !g.norm.endsWith('ly');
}

/** Words that are a preposition before a noun phrase and a conjunction before a clause. */
const PREP_OR_CONJ = new Set(['after', 'before', 'since', 'until', 'following']);
const AUX_BETWEEN = new Set(['had', 'has', 'have', 'also', 'then', 'again', 'reportedly', 'allegedly', 'apparently']);

/**
 * "after the Russian army carried out airstrikes", "before Israeli troops had raided": after a word that is a
 * preposition or a conjunction, an actor directly followed by the verb (auxiliaries and adverbs aside) is the
 * subject of a clause, not the object of a preposition.
 */
function opensClause(ctx: SentenceContext, m: Mention<ActorData>, trigger: number): boolean {
  if (!PREP_OR_CONJ.has(governorOf(ctx, m.tokenStart).norm)) return false;
  if (trigger - m.tokenEnd > 2) return false;
  for (let k = m.tokenEnd; k < trigger; k++) if (!AUX_BETWEEN.has(ctx.norm(k))) return false;
  return true;
}

/**
 * "Findings suggest all three attackers opened fire", "we know the militants attacked": an actor right before the
 * verb (auxiliaries and adverbs aside) after a verb that takes a clause is the subject of that clause, not the
 * verb's object.
 */
function adjacentSubject(ctx: SentenceContext, m: Mention<ActorData>, trigger: number): boolean {
  let from = m.tokenEnd;
  // "three attackers at Ataturk airport opened fire": a place phrase after the actor
  if (PLACE_PREPS.has(ctx.norm(from)) || ctx.norm(from) === 'at') {
    const p = ctx.place(from + 1) ?? (ctx.norm(from + 1) === 'the' ? ctx.place(from + 2) : undefined);
    if (p && p.tokenStart <= from + 2) from = p.tokenEnd;
    else {
      // a named site the gazetteer lacks: "three attackers at Ataturk airport opened fire"
      let j = from + 1;
      if (ctx.norm(j) === 'the') j++;
      const named = j;
      while (j < named + 3 && ctx.token(j)?.cap && ctx.token(j)?.kind === 'word' && !ctx.actor(j)) j++;
      if (j > named && ctx.is(j, TARGET_NOUNS_AT)) j++;
      if (j > named) from = j;
    }
  }
  if (trigger - from > 2) return false;
  for (let k = from; k < trigger; k++) if (!AUX_BETWEEN.has(ctx.norm(k)) && !AUXILIARIES.has(ctx.norm(k)) && !BE_FORMS.has(ctx.norm(k))) return false;
  const g = governorOf(ctx, m.tokenStart);
  if (COMPLEMENT_VERBS.has(g.norm)) return true;
  // a mandative verb, only with "that": "required that the army stop airstrikes" ("demanded the government release
  // them" keeps the government the one the demand is made of)
  return MANDATIVE_VERBS.has(g.norm) && ctx.norm(g.index + 1) === 'that';
}

/** Verbs that take a clause as complement ("suggest [the attackers opened fire]"), not a noun-phrase object. */
const COMPLEMENT_VERBS = new Set([
  'suggest', 'suggests', 'suggested', 'show', 'shows', 'showed', 'shown', 'indicate', 'indicates', 'indicated', 'think', 'thinks',
  'thought', 'know', 'knows', 'knew', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'allege', 'alleges', 'confirm', 'confirms',
  'confirmed', 'reveal', 'reveals', 'revealed', 'report', 'reported', 'warn', 'warns', 'warned', 'insist', 'insists', 'insisted',
  'note', 'notes', 'noted', 'see', 'sees', 'saw', 'heard', 'learned', 'suspect', 'suspects', 'suspected', 'expect', 'expects',
  'expected', 'assume', 'assumed', 'means', 'meant', 'argue', 'argues', 'argued', 'added', 'stated', 'announced', 'acknowledged',
]);
/** Mandative verbs, whose "that" clause has a bare verb: "the deal required that the army stop airstrikes". */
const MANDATIVE_VERBS = new Set(['demand', 'demands', 'demanded', 'require', 'requires', 'required', 'urged', 'proposed', 'recommended']);

/**
 * The subject of an active verb: the nearest actor to the left that is not inside a prepositional
 * phrase, not crossing a hard clause boundary or a subordinating word that closes a clause.
 */
/** Verbs whose object is kept from doing the act of the "from" gerund. */
const PREVENTING = new Set(['prevent', 'prevents', 'prevented', 'preventing', 'stop', 'stops', 'stopped', 'stopping', 'deter', 'deters',
  'deterred', 'deterring', 'discourage', 'discourages', 'discouraged', 'discouraging', 'dissuade', 'dissuaded', 'bar', 'barred', 'ban',
  'banned', 'block', 'blocked', 'restrain', 'restrained', 'keep', 'kept']);

/** "to deter other militants from killing civilians": the object of a verb of preventing is the gerund's subject. */
function preventedFrom(ctx: SentenceContext, m: Mention<ActorData>, trigger: number): boolean {
  return ctx.norm(trigger - 1) === 'from' && ctx.norm(trigger).endsWith('ing') && PREVENTING.has(governorOf(ctx, m.tokenStart).norm);
}

/** "-ing" words that are prepositions or adverbs, not participles of a reduced relative clause. */
const NOT_PARTICIPLES = new Set(['during', 'according', 'notwithstanding', 'pending', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'spring', 'king', 'thing', 'things', 'wing', 'building', 'ring', 'string', 'sibling', 'darling']);

/**
 * "Syrian hackers backing President Assad", "militants fighting the army": the mention is the object of a present
 * participle that follows another actor, a reduced relative clause on that actor. The participle's index, else -1.
 */
function participleBefore(ctx: SentenceContext, m: Mention<ActorData>): number {
  let j = m.tokenStart - 1;
  while (j > ctx.from && j > m.tokenStart - 3 && ctx.is(j, DETERMINERS_BUT_OF)) j--;
  const t = ctx.token(j);
  const n = ctx.norm(j);
  if (!t || t.kind !== 'word' || n.length < 5 || !n.endsWith('ing') || NOT_PARTICIPLES.has(n)) return -1;
  if (t.cap && t.text !== t.text.toUpperCase()) return -1;
  const head = ctx.actor(j - 1);
  return head && head.tokenEnd === j ? j : -1;
}

/** Words of accusal before "of/with" and a gerund: whoever they are said of did the act ("accused of killing"). */
const ACCUSAL = new Set(['accused', 'suspected', 'charged', 'convicted', 'guilty', 'blamed', 'responsible', 'indicted', 'arrested', 'detained', 'jailed', 'sentenced', 'prosecuted', 'tried', 'acquitted', 'innocent']);
/** Words between a passive subject and its accusal word ("was later found guilty of", "have been charged with"). */
const ACCUSAL_BRIDGE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'found', 'later', 'also', 'formally', 'not', 'allegedly', 'reportedly', 'who', 'that']);

/**
 * "two men accused of carrying out the bombing", "Tsarnaev was found guilty of killing": the person an accusal word
 * is said of is the subject of the gerund after "of/with/for". The mention, or undefined.
 */
function accusedSubject(ctx: SentenceContext, gerund: number): Mention<ActorData> | typeof NOT_AN_ACTOR | undefined {
  const prep = ctx.norm(gerund - 1);
  if ((prep !== 'of' && prep !== 'with' && prep !== 'for') || !ctx.norm(gerund).endsWith('ing')) return undefined;
  if (!ACCUSAL.has(ctx.norm(gerund - 2))) return accusedObject(ctx, gerund - 1);
  for (let k = gerund - 3; k >= Math.max(ctx.from, gerund - 7); k--) {
    const m = ctx.actor(k);
    if (m) return m.tokenEnd === k + 1 ? m : undefined;
    if (!ACCUSAL_BRIDGE.has(ctx.norm(k))) return accusedNoun(ctx, k) ? NOT_AN_ACTOR : undefined;
  }
  return undefined;
}

/** The accused is a noun phrase that is no actor: the gerund has no subject we can name. */
const NOT_AN_ACTOR = 'not-an-actor';

/**
 * "Police arrested a man suspected of killing his neighbour": the word before the accusal word is the head of a
 * noun phrase (an article or a count right before it) that names no actor; the accused did the act, so the walk
 * to an earlier actor (the police) must not run.
 */
function accusedNoun(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || (t.cap && t.text !== t.text.toUpperCase())) return false;
  for (let j = k - 1; j >= Math.max(ctx.from, k - 2); j--) {
    const n = ctx.norm(j);
    if (n === 'a' || n === 'an' || n === 'the' || n === 'two' || n === 'three' || ctx.number(j)) return true;
  }
  return false;
}

/** Active verbs of accusal whose object is said to have done the act of the "of/for" gerund ("accused Israel of killing"). */
const ACCUSING = new Set(['accused', 'accuses', 'accuse', 'accusing', 'blamed', 'blames', 'blame', 'blaming', 'suspected',
  'suspects', 'suspect', 'charged', 'charges', 'faulted', 'condemned', 'condemns', 'denounced', 'criticised', 'criticized',
  'praised', 'thanked', 'congratulated', 'commended', 'punished', 'sanctioned', 'arrested', 'detained', 'sentenced',
  'convicted', 'indicted', 'prosecuted', 'executed', 'jailed']);
/** Words inside the object phrase of an accusing verb, read through back to it ("the Islamist rebels and their allies"). */
const OBJECT_FILL = new Set(['the', 'and', ',', 'its', 'their', 'his', 'her', 'both', 'also', 'two', 'three', 'four', 'five']);

/**
 * "Iran accused Israel of assassinating …", "the army blamed the rebels for killing …", "the court convicted two men of
 * planting the bomb": the object of an active verb of accusal (or praise and punishment) is the doer of the gerund
 * after "of/for/with" (`prep` at `prep`), not the verb's subject. The first actor after the verb (its coordinated
 * list is read by the caller), when only actors and the words of a noun phrase stand between it and the preposition.
 */
function accusedObject(ctx: SentenceContext, prep: number): Mention<ActorData> | undefined {
  let first: Mention<ActorData> | undefined;
  for (let k = prep - 1; k >= Math.max(ctx.from, prep - 12); k--) {
    if (ctx.isBoundary(k)) return undefined;
    const m = ctx.actor(k);
    if (m && m.tokenEnd <= prep) {
      first = m;
      k = m.tokenStart;
      continue;
    }
    const n = ctx.norm(k);
    if (ACCUSING.has(n)) return first && first.tokenStart > k ? first : undefined;
    if (!OBJECT_FILL.has(n)) return undefined;
  }
  return undefined;
}

export function subjectOf(ctx: SentenceContext, trigger: number, rule = 'role:subject'): ActorFiller[] {
  const accused = accusedSubject(ctx, trigger);
  if (accused === NOT_AN_ACTOR) return emptyList();
  if (accused) return coordinated(ctx, accused, rule + ':accused');
  // "Pakistan, a key U.S. ally in the war on terror, has refused": the name before the appositive
  const apposed = appositiveSubject(ctx, trigger);
  if (apposed) return coordinated(ctx, apposed, rule + ':appositive');
  // "gunmen believed to be IS attacked": who the subject is thought to be, then the subject
  const suspected = suspectedIdentitySubject(ctx, trigger, rule);
  if (suspected) return suspected;
  // "The two countries agreed": the last two states named (inferred)
  const pair = twoCountriesSubject(ctx, trigger);
  if (pair) return pair;
  const limit = Math.max(ctx.from, trigger - SUBJECT_WINDOW);
  let crossedClauseWord = false;
  let speakerPronoun: string | null = null;
  for (let k = trigger - 1; k >= limit; k--) {
    // "militants (suspected TTP) fired": a bracket right before the verb, right after an actor, is read through
    if (k === trigger - 1 && ctx.token(k)?.text === ')') {
      const through = parentheticalSubject(ctx, k, rule);
      if (through) return through;
    }
    // "the Hizbollah (Party of God) group declared": a name, its gloss in brackets, then the kind of body it is
    if (k === trigger - 1 && BODY_HEADS.has(ctx.norm(k)) && !ctx.actor(k) && ctx.token(k - 1)?.text === ')') {
      const through = parentheticalSubject(ctx, k - 1, rule);
      if (through) return through;
    }
    // a bracket inside a name ("CPN(UML)", "Jabhat (al-Nusra) Front") is no boundary
    const inside = ctx.actor(k);
    if (ctx.isBoundary(k) && !(inside && inside.tokenStart < k && inside.tokenEnd > k)) break;
    const m = inside;
    if (m) {
      // "gunmen backing the rebels attacked": the object of a participle after the subject is not the subject
      const participle = participleBefore(ctx, m);
      if (participle >= 0) {
        k = participle;
        continue;
      }
      // "X, whose son was killed in the bombing, said": an owned noun inside a closed "whose" clause is not the subject
      // of the verb after it; the owner before "whose" is
      const whose = whoseClause(ctx, m, trigger);
      if (whose >= 0) {
        k = whose;
        continue;
      }
      // "The Kabul bombing killed 22": a capital before an attack noun names the place of that noun's event
      if (m.tokenEnd < trigger && (ctx.weapon(m.tokenEnd) || ctx.norm(m.tokenEnd).endsWith('ing')) && isCapitalName(m.text)) {
        k = m.tokenStart;
        continue;
      }
      // "the prospect of terrorists modifying drones to launch attacks": a name inside a prepositional phrase right before
      // a gerund is that gerund's subject, and so the subject of an infinitive that the gerund's phrase goes on to
      if (!crossedClauseWord && inPrepPhrase(ctx, m) && gerundSubject(ctx, m, trigger)) return coordinated(ctx, m, rule + ':gerund');
      // "prompting a Biden administration official to warn": the object of a control verb is the subject of the infinitive
      const controlled = m.tokenEnd === trigger - 1 && (ctx.norm(trigger - 1) === 'to' || preventedFrom(ctx, m, trigger));
      if ((controlled || !inPrepPhrase(ctx, m) || opensClause(ctx, m, trigger) || adjacentSubject(ctx, m, trigger)) && !crossedClauseWord) {
        const group = coordinated(ctx, m, controlled ? rule + ':control' : rule);
        // "regime forces supported by militias including Hezbollah and pro-Iran militias captured": a coordination
        // that opens inside a prepositional phrase is part of it; the subject is further left
        const first = group[0]!.mention;
        // "a spokesman said they have killed 190": the pronoun must fit the speaker it would stand for
        if (speakerPronoun && !pronounFits(speakerPronoun, m.data)) return emptyList();
        if (controlled || first === m || !inPrepPhrase(ctx, first)) return group;
        // "According to security officials, Houthis stormed": the source phrase and a comma open the sentence; the
        // name after the comma is no conjunct of the source but the clause's subject
        if (accordingSource(ctx, first, m)) return group.slice(group.findIndex((f) => f.mention === m));
        k = first.tokenStart;
        continue;
      }
      // relative clause: "militias that attacked" — the head before "that/which/who" is the subject
      k = m.tokenStart;
      continue;
    }
    const n = ctx.norm(k);
    // "Bill Richard, whose son was killed": the clause after "whose" is about the noun it owns, never the owner
    if (n === 'whose') break;
    // "Police said the man was stabbed", "Prosecutors say another bomb went off": the speaker of a reporting verb
    // is not the subject of the clause it reports, unless a pronoun subject stands for it ("Israel said it struck")
    // ("were reported to have besieged", "is said to have ordered" raise the subject: no barrier there)
    if (ctx.is(k, SPEECH_VERBS_AT) && k < trigger - 1 && ctx.norm(k + 1) !== 'to' && !ctx.is(k - 1, BE_FORMS_AT)) {
      speakerPronoun = pronounSubject(ctx, k + 1, trigger);
      if (!speakerPronoun) break;
    }
    if (ctx.is(k, CLAUSE_WORDS_AT)) {
      if (n === 'that' || n === 'which' || n === 'who') {
        // the antecedent directly before a relative pronoun is the subject
        // "hurled stones at Israeli forces who raided …": the antecedent's own role does not matter
        const before = ctx.actor(k - 1) ?? (ctx.norm(k - 1) === ',' ? ctx.actor(k - 2) : undefined);
        // "pursued by Russia, which will not stop bombing it": after a comma the relative clause is about the name
        // right before it, whatever that name's own role
        // (a country or city after a place preposition is the place: "an attack in Syria, which killed …")
        const nonRestrictive = n === 'which' && ctx.norm(k - 1) === ',' && before !== undefined && before.tokenEnd === k - 1 && !(before.data.alsoPlace && PLACE_GOVERNORS.has(governorOf(ctx, before.tokenStart).norm));
        if (before && (n === 'who' || nonRestrictive || !inPrepPhrase(ctx, before)) && !placeListTail(ctx, before)) return coordinated(ctx, before, rule + ':relative');
      }
      crossedClauseWord = true;
      break;
    }
  }
  return emptyList();
}

/**
 * `m` stands right before a lower-case -ing form, and the trigger is an infinitive ("to launch") within eight words after
 * it with no comma or clause word between: "fears of militants using drones to attack the base".
 */
function gerundSubject(ctx: SentenceContext, m: Mention<ActorData>, trigger: number): boolean {
  const g = ctx.token(m.tokenEnd);
  if (!g || g.kind !== 'word' || g.cap || !g.norm.endsWith('ing') || g.norm.length < 5 || NOT_GERUNDS.has(g.norm)) return false;
  // after a preposition ("of", "for", "about"), not as a verb's object ("destroyed vehicles belonging to …")
  if (trigger - m.tokenEnd > 12 || !PREPOSITIONS.has(governorOf(ctx, m.tokenStart).norm)) return false;
  let to = false;
  for (let k = m.tokenEnd + 1; k < trigger; k++) {
    // a comma between adjectives ("small, off-the-shelf drones") goes on; one before a capital, a clause word or a
    // conjunction ends the gerund's phrase
    const next = ctx.token(k + 1);
    if (ctx.norm(k) === ',' && (!next || next.kind !== 'word' || next.cap || ctx.is(k + 1, CLAUSE_WORDS_AT) || next.norm === 'and' || next.norm === 'but')) return false;
    if (ctx.is(k, CLAUSE_WORDS_AT) || ctx.isBoundary(k) || ctx.norm(k) === 'and' || ctx.norm(k) === 'or') return false;
    // the infinitive's "to" right before the trigger or before its light verb ("to launch attacks")
    if (ctx.norm(k) === 'to' && k >= trigger - 2) to = true;
  }
  return to;
}

/** Words in -ing that are no gerund after a noun: prepositions and nouns ("militants during the night"). */
const NOT_GERUNDS = new Set([
  'during', 'including', 'regarding', 'following', 'according', 'concerning', 'morning', 'evening', 'building', 'meeting',
  'wedding', 'thing', 'things', 'something', 'nothing', 'anything', 'everything', 'being', 'king', 'ceiling', 'bombing',
  'shooting', 'fighting', 'killing', 'uprising', 'funding', 'training', 'housing', 'spending', 'ruling',
]);

/**
 * The index of "whose" when `m` is the noun it owns ("whose son") and a comma closes that clause before the trigger
 * ("X, whose son was killed, said"), else -1.
 */
function whoseClause(ctx: SentenceContext, m: Mention<ActorData>, trigger: number): number {
  const g = governorOf(ctx, m.tokenStart);
  if (g.norm !== 'whose') return -1;
  for (let j = m.tokenEnd; j < trigger; j++) if (ctx.norm(j) === ',') return g.index;
  return -1;
}

/** `first` is the object of an opening "according to" and `m` follows it after a comma. */
function accordingSource(ctx: SentenceContext, first: Mention<ActorData>, m: Mention<ActorData>): boolean {
  const g = governorOf(ctx, first.tokenStart);
  return g.norm === 'to' && ctx.norm(g.index - 1) === 'according' && g.index - 1 === ctx.from && ctx.norm(m.tokenStart - 1) === ',' && first.tokenEnd === m.tokenStart - 1;
}

/** Reporting verbs: their subject is the speaker, not the subject of the reported clause. */
const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'announced', 'reported', 'reports', 'confirmed',
  'noted', 'wrote', 'tweeted', 'insisted', 'argued', 'acknowledged', 'asserted', 'explained',
]);
const SPEECH_VERBS_AT = new WordBits(SPEECH_VERBS);
/** Subject pronouns and possessives that stand for the speaker ("said it struck", "said their forces withdrew"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our']);

/** A personal or possessive pronoun between a reporting verb and the trigger: the reported clause's subject stands for the speaker. */
function pronounSubject(ctx: SentenceContext, from: number, trigger: number): string | null {
  for (let k = from; k < trigger; k++) if (SUBJECT_PRONOUNS.has(ctx.norm(k))) return ctx.norm(k);
  return null;
}

const GROUP_KINDS = new Set(['state', 'organisation', 'group', 'igo', 'unit']);

/** Can the pronoun stand for this actor? "they/we" not for one person, "he/she" not for a state or a plural group. */
export function pronounFits(pronoun: string, d: ActorData): boolean {
  const person = d.kind === 'person' || (d.kind === 'generic' && !d.plural);
  if (pronoun === 'they' || pronoun === 'we' || pronoun === 'their' || pronoun === 'our') return !person;
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'his' || pronoun === 'her' || pronoun === 'i') return person || !GROUP_KINDS.has(d.kind) && !d.plural;
  if (pronoun === 'it' || pronoun === 'its') return !person && !(d.kind === 'generic' && d.plural);
  return true;
}

/** "at the cafe in Calle del Correo, Madrid, Spain which killed": the last name of a place list is no antecedent. */
function placeListTail(ctx: SentenceContext, m: Mention<ActorData>): boolean {
  if (!m.data.alsoPlace || ctx.norm(m.tokenStart - 1) !== ',') return false;
  const p = m.tokenStart - 2;
  return !!ctx.place(p) || !!ctx.actor(p)?.data.alsoPlace;
}

/** The agent of a passive or nominal trigger: "by X" within a few tokens after the trigger. */
export function agentOf(ctx: SentenceContext, triggerEnd: number, rule = 'role:by-agent', reach = 8): ActorFiller[] {
  const limit = Math.min(ctx.to, triggerEnd + reach);
  let conj = false;
  for (let k = triggerEnd; k < limit; k++) {
    if (ctx.isBoundary(k)) break;
    const n = ctx.norm(k);
    // "wounded in the shooting at the mosque and the gunman was killed by police": after "and/but" a finite "be" opens
    // a clause of its own, whose "by" phrase is no agent of this act
    if (n === 'and' || n === 'but' || n === ';') conj = true;
    else if (conj && FINITE_BE.has(n)) break;
    // past the first eight words only a "by" phrase within the noun's own phrase counts: "the bombing of Kurdish
    // militias in northern Syria on Thursday morning by Turkey's air force"
    if (k >= triggerEnd + 8 && (n === ',' || ctx.is(k, CLAUSE_WORDS_AT))) break;
    // "killed at the hands of militants", "died at the hands of the security forces"
    if (n === 'hands' && ctx.norm(k + 1) === 'of' && (ctx.norm(k - 1) === 'the' || ctx.norm(k - 1) === 'whose')) {
      const m = actorAt(ctx, k + 2) ?? partitiveActor(ctx, k + 2);
      if (m) return coordinated(ctx, m, rule + ':hands-of');
    }
    if (n === 'by' || (n === 'from' && k < triggerEnd + 8)) {
      const m = actorAt(ctx, k + 1) ?? partitiveActor(ctx, k + 1);
      if (m) return coordinated(ctx, m, rule);
      if (n === 'by') return emptyList();
    }
  }
  return emptyList();
}

/** Finite forms of "be" that open a passive clause. */
const FINITE_BE = new Set(['is', 'are', 'was', 'were']);

/** "by a group of paid assassins", "by dozens of militants": the actor after a partitive head and "of". */
function partitiveActor(ctx: SentenceContext, j: number): Mention<ActorData> | undefined {
  let k = j;
  while (k < j + 3 && (ctx.is(k, DETERMINERS_BUT_OF) || ctx.number(k) || PARTITIVE_SIZES.has(ctx.norm(k))) && !PARTITIVES.has(ctx.norm(k))) k++;
  if (!PARTITIVES.has(ctx.norm(k)) || ctx.norm(k + 1) !== 'of') return undefined;
  return actorAt(ctx, k + 2);
}

/** Quantity words before "of" that count the people after it ("dozens of civilians", "many of the militants"). */
const QUANTITIES = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'some', 'most', 'many', 'several', 'number', 'handful', 'majority', 'all', 'both', 'dozen', 'hundred', 'thousand']);
/** Words that may open such a quantity: "at least dozens of", "more than a hundred of", "a large number of". */
const QUANTITY_OPENERS = new Set(['at', 'least', 'more', 'than', 'nearly', 'almost', 'about', 'around', 'over', 'up', 'to', 'some', 'a', 'an', 'the']);

/**
 * "killed dozens of civilians": the word before the "of" at `ofIndex` is a quantity, and only numbers, size words and
 * openers ("at least", "a large number") stand between the verb's end and it.
 */
function quantityOf(ctx: SentenceContext, triggerEnd: number, ofIndex: number): boolean {
  if (ctx.norm(ofIndex) !== 'of' || ofIndex - 1 < triggerEnd || ofIndex - triggerEnd > 5 || !QUANTITIES.has(ctx.norm(ofIndex - 1))) return false;
  for (let k = ofIndex - 2; k >= triggerEnd; k--) {
    const n = ctx.norm(k);
    if (!(QUANTITY_OPENERS.has(n) || PARTITIVE_SIZES.has(n) || ctx.number(k))) return false;
  }
  return true;
}

/**
 * The recipient after a trigger: a direct object, or the first actor after a recipient preposition
 * ("attacks on bases that house U.S. troops" → U.S. troops). Stops at clause boundaries and commas.
 */
export function objectOf(ctx: SentenceContext, triggerEnd: number, preps: Set<string> = RECIPIENT_PREPS, direct = true, rule = 'role:object'): ActorFiller[] {
  const limit = Math.min(ctx.to, triggerEnd + OBJECT_WINDOW);
  let sawPrep = false;
  // "killed 48 people in Charikar and Kabul": after a place preposition, a coordinated name belongs to the place phrase
  let inPlacePhrase = false;
  // "an attack on a military base in Somalia": a place phrase after the recipient preposition's own noun
  let placeAfterTarget = false;
  for (let k = triggerEnd; k < limit; k++) {
    if (ctx.isBoundary(k)) break;
    const n = ctx.norm(k);
    if (n === ',' && k > triggerEnd) break;
    const m = ctx.actor(k);
    if (m && m.tokenStart === k) {
      // "fired snipers at the village", "fired sniper rifles on": what a firing verb fires is its weapon, the target follows
      if (!sawPrep && FIRE_VERBS.has(ctx.norm(triggerEnd - 1)) && k <= triggerEnd + 2 && preps.has(ctx.norm(pastWeapons(ctx, m.tokenEnd)))) {
        k = m.tokenEnd - 1;
        continue;
      }
      if (inPlacePhrase && !sawPrep && (ctx.norm(k - 1) === 'and' || ctx.norm(k - 1) === 'or')) return emptyList();
      const g = governorOf(ctx, k);
      // "met leaders of Peru's government", "received a delegation from Hamas": a head standing for a party, then the party
      if (direct && !sawPrep && partyHeadOf(ctx, triggerEnd, g.index)) return coordinated(ctx, m, rule + '+of-head');
      // "killed dozens of civilians", "wounded scores of passengers", "abducted hundreds of villagers": the people a
      // quantity right after the verb counts are its object
      if (direct && !sawPrep && quantityOf(ctx, triggerEnd, g.index)) return coordinated(ctx, m, rule + '+quantity');
      if (g.norm === 'by' || g.norm === 'with' && !preps.has('with') || g.norm === 'from' && !preps.has('from')) {
        if (direct || g.norm !== 'by') return emptyList();
        k = m.tokenEnd - 1;
        continue;
      }
      // "an attack on a military base in Somalia": the country or city of a place phrase after the target noun is where
      // the target is, not the target (src/code/targets.ts gives the base); kept as the act's place-country recipient
      if (placeAfterTarget && m.data.alsoPlace && ctx.is(g.index, PLACE_PREPS_AT)) return placeOnly(m, rule);
      // "attacks on British soil", "strikes on Syrian territory": a state's name before a land noun says where, the
      // country is kept as the act's place (PLOVER's target country), not as a party hit
      if (m.entry.startsWith('actor:cty.') && LAND_NOUNS.has(ctx.norm(m.tokenEnd))) return placeOnly(m, rule);
      // "troops attacked and the rebels fled": a name right after a conjunction that follows the verb opens a clause of
      // its own (an object of the verb would stand before the conjunction)
      // ("attacked the post at dawn and militants fled": likewise a name after "and" that a finite verb follows)
      if ((g.norm === 'and' || g.norm === 'but') && ((direct && !sawPrep && g.index === triggerEnd) || finiteAfter(ctx, m.tokenEnd))) return emptyList();
      if (sawPrep || (direct && (g.index < triggerEnd || !PREPOSITIONS.has(g.norm)))) {
        // "exploded in downtown Mogadishu": a place behind area words is the place phrase, not a party to the act; it
        // is kept as the country the act was done in (PLOVER's convention, src/resolve/to-model.ts QUALIFIED_PLACE)
        if (!sawPrep && qualifiedPlace(ctx, m)) return placeOnly(m, rule);
        return coordinated(ctx, m, rule);
      }
      if (preps.has(g.norm)) return coordinated(ctx, m, rule);
      return emptyList();
    }
    if (preps.has(n)) sawPrep = true;
    else if (ctx.is(k, PLACE_PREPS_AT)) {
      inPlacePhrase = true;
      if (sawPrep) placeAfterTarget = true;
    }
    else if (n === 'by') {
      // "attacks by X on Y": step over the agent and keep looking for the recipient
      if (direct) return emptyList();
      const agent = actorAt(ctx, k + 1);
      if (!agent) return emptyList();
      k = agent.tokenEnd - 1;
    }
    else if (ctx.is(k, CLAUSE_WORDS_AT) && n !== 'that' && !sawPrep) break;
  }
  return emptyList();
}

/** A finite verb at k: a finite auxiliary or form of "be", or a lower-case past form ("returned"; "fled" by a list). */
function finiteAfter(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || t.cap || k >= ctx.to) return false;
  const n = t.norm;
  return FINITE_AUX.has(n) || FINITE_PAST.has(n) || (n.endsWith('ed') && n.length > 4 && !ctx.actor(k) && !ctx.weapon(k));
}
/** Finite auxiliaries and forms of "be" (not "to", "be", "being": "intelligence to Macedonia"). */
const FINITE_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'is', 'are', 'was', 'were']);
/** Irregular past forms that end a clause's subject ("militants fled", "the gunmen ran"). */
const FINITE_PAST = new Set(['fled', 'ran', 'went', 'came', 'fought', 'shot', 'took', 'left', 'hid', 'threw', 'struck', 'began', 'withdrew']);

/** A country or city named as where the act was done: the model makes it a place-country recipient (QUALIFIED_PLACE). */
function placeOnly(m: Mention<ActorData>, rule: string): ActorFiller[] {
  const out = emptyList<ActorFiller>();
  out.push(filler(m, rule + QUALIFIED_PLACE, 'inferred'));
  return out;
}

/** Prepositions before a country or city that make it a place, not an actor: "in Syria, which …". */
const PLACE_GOVERNORS = new Set(['in', 'at', 'near', 'into', 'to', 'from', 'across', 'inside', 'outside', 'throughout', 'around', 'of', 'on', 'toward', 'towards']);

const FIRE_VERBS = new Set(['fired', 'fire', 'fires', 'firing']);

/** The first token at or after k that is no weapon word ("sniper [rifles] at"). */
function pastWeapons(ctx: SentenceContext, k: number): number {
  let j = k;
  while (j < ctx.to && j < k + 3 && ctx.weapon(j)) j++;
  return j;
}

/** Nouns of a state's land after its name or demonym ("British soil", "Iraqi territory", "Syrian airspace"). */
const LAND_NOUNS = new Set(['soil', 'territory', 'territories', 'airspace', 'waters', 'land', 'lands', 'borders']);

const PLACE_PREPS = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'within', 'along']);
const PLACE_PREPS_AT = new WordBits(PLACE_PREPS);

/** A modifier right before a nominal trigger: "Israeli airstrikes", "Houthi attacks", "Russia's invasion". */
export function modifierOf(ctx: SentenceContext, trigger: number, rule = 'role:modifier'): ActorFiller[] {
  let k = trigger - 1;
  // skip weapon words and coordinated weapons: "Israeli drone and rocket attacks", "an Al Qaeda suicide car bombing"
  while (k > ctx.from && (ctx.weapon(k) || ctx.norm(k) === 'and' || ctx.norm(k) === 'suicide') && k > trigger - 6) k--;
  // "US Predator attacks", "Israeli Apache strikes": a model name no dictionary knows between a state and the noun
  if (k === trigger - 1 && modelBeforeNoun(ctx, k)) k--;
  const possessive = ctx.norm(k) === "'s";
  if (possessive) k--;
  // "the United States-led bombing campaign", "a Saudi-led air strike": the leader of a "-led" attack is its actor
  else if (ctx.norm(k) === 'led' && ctx.norm(k - 1) === '-' && !ctx.token(k - 1)?.space) k -= 2;
  const m = ctx.actor(k);
  // "the November Paris attack", "the Kabul bombing": a capital standing alone before the noun is where it
  // happened, not who did it ("Moscow's strikes" keeps the government)
  if (m && m.tokenEnd === k + 1 && !possessive && isCapitalName(m.text)) return emptyList();
  if (m && m.tokenEnd === k + 1) return coordinated(ctx, m, rule);
  // "a Houthi drone attack": the group's mention took in the weapon word read through above ("Houthi drone")
  if (m && !possessive && m.tokenEnd > k + 1 && m.tokenEnd <= trigger && !isCapitalName(m.text)) return coordinated(ctx, m, rule);
  // "two coalition air raids were reported": a name that takes in the attack noun itself is its doer
  // (a group's adjective composed with the trigger's first word, "Houthi drone" of "a Houthi drone attack", too)
  if (m && !possessive && (m.entry.startsWith('actor:') || (m.data.ref !== null && !m.data.generic)) && m.tokenStart <= k && m.tokenEnd > trigger) return coordinated(ctx, m, rule);
  return emptyList();
}

/** A capitalised word at k that is no actor, place, time or weapon, right after a state's mention (not in upper-case text). */
function modelBeforeNoun(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || !t.cap || k <= ctx.from || ctx.actor(k) || ctx.place(k) || ctx.time(k) || ctx.weapon(k)) return false;
  if (isUpperText(ctx.doc.text)) return false;
  const owner = ctx.actor(k - 1);
  return owner !== undefined && owner.tokenEnd === k && owner.data.kind === 'state' && !isCapitalName(owner.text);
}

let capitals: Set<string> | null = null;

/** A country's metonym (its capital or seat: "Paris", "Kabul") as written, compared case-insensitively. */
function isCapitalName(text: string): boolean {
  if (!capitals) {
    capitals = new Set<string>();
    for (const e of loadActorData().named) for (const n of e.metonyms ?? []) capitals.add(n.toLowerCase());
  }
  return capitals.has(text.toLowerCase());
}

/**
 * "between Liberation Army of Afrin and Turkish forces": a first side the dictionary does not know still leaves the
 * second one, the first actor right after an "and" within eight words that end no clause.
 */
function secondSide(ctx: SentenceContext, from: number, rule: string): ActorFiller[] {
  if (ctx.place(from)) return emptyList();
  for (let k = from + 1; k < ctx.to && k < from + 9; k++) {
    if (ctx.isBoundary(k) || ctx.norm(k) === ',' || ctx.actor(k) || ctx.place(k)) return emptyList();
    // a first side of two words at least ("Turkish and JSH factions": an owner adjective is no side of its own)
    if (ctx.norm(k) === 'and' && k >= from + 2) {
      const m = actorAt(ctx, k + 1);
      return m && !m.data.alsoPlace ? coordinated(ctx, m, rule + ':second') : emptyList();
    }
  }
  return emptyList();
}

/** "between X and Y": both sides of a reciprocal event. */
const BACKED = new Set(['supported', 'backed', 'aided', 'assisted', 'accompanied', 'joined', 'reinforced']);

/** After a first side's comma: ", backed by <actors>, and <actor>" → the actor after "and", else null. */
function pastBackers(ctx: SentenceContext, comma: number): Mention<ActorData> | null {
  if (!BACKED.has(ctx.norm(comma + 1)) || ctx.norm(comma + 2) !== 'by') return null;
  let m = actorAt(ctx, comma + 3);
  for (let n = 0; m && n < 4; n++) {
    const end = m.tokenEnd;
    // ", and": the end of the backers' phrase; "and" alone or a bare comma joins another backer
    if (ctx.norm(end) === ',' && ctx.norm(end + 1) === 'and') return actorAt(ctx, end + 2) ?? null;
    if (ctx.norm(end) !== 'and' && ctx.norm(end) !== ',') return null;
    const next = ctx.actor(end + 1);
    m = next && next.tokenStart === end + 1 ? next : undefined;
  }
  return null;
}

export function betweenOf(ctx: SentenceContext, triggerEnd: number, rule = 'role:between'): ActorFiller[] {
  const limit = Math.min(ctx.to, triggerEnd + 16);
  for (let k = triggerEnd; k < limit; k++) {
    if (ctx.isBoundary(k)) break;
    if (ctx.norm(k) === 'between') {
      const m = actorAt(ctx, k + 1) ?? partitiveActor(ctx, k + 1);
      if (!m) return secondSide(ctx, k + 1, rule);
      const sides = coordinated(ctx, m, rule);
      // "clashes between IS against the regime forces and militiamen": "against" (or "versus") for "and" joins the
      // second side
      const after = sides[sides.length - 1]!.mention.tokenEnd;
      const link = ctx.norm(after);
      if (link === 'against' || link === 'versus' || link === 'vs') {
        const other = actorAt(ctx, after + 1);
        if (other) return sides.concat(coordinated(ctx, other, rule + '+against'));
      }
      // "between regime forces, supported by pro-regime militias, and IS fighters": the backers' phrase set off by
      // commas is read through to the second side (the backers stay the support act's)
      if (link === ',') {
        const other = pastBackers(ctx, after);
        if (other) return sides.concat(coordinated(ctx, other, rule + '+past-backers'));
      }
      return sides;
    }
  }
  return emptyList();
}
