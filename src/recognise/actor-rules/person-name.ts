import type { ActorData, Token } from '../../pipeline/doc.js';
import type { ActorCtx, Candidate } from '../actor-context.js';
import { DAYS_MONTHS, candidate, tok } from '../actor-context.js';
import { emptyList } from '../../util/lists.js';
import { joinTexts } from '../../pipeline/token-join.js';
import { gazetteer, type GeoCandidate } from '../../resolve/gazetteer.js';
import { keyOfTokens } from '../../resolve/gazetteer-key.js';
import { STOP, PARTICLES, titleCase } from './title-person.js';
import { givenBits, upperVerb } from './given-names.js';

/**
 * Rule family: plain person names, with no title before them.
 * - a given name (data/actors/given-names.json) and one to three capitalised words: "Juan Perez", "LUIS CARLOS GALAN";
 * - a capitalised name before an appositive with a person noun: "Abdul Rahim, a local farmer, …", "X, the driver";
 * - a singular person noun and the name after it: "journalist Hamid Mir", "the gunman Omar Mateen" (`personAfterNoun`);
 * - two to four capitalised words after "the murder/assassination/kidnapping of": "the murder of Jecar Neghme".
 * A span the gazetteer knows as a place ("Santa Ana"), or one after a capitalised word that is no given name
 * ("Hospital Juan Pablo"), is left alone. Kind person, no country or sector unless the noun gives them.
 */
export const RULE_PERSON_NAME = 'rule:actor.person-name';
export const RULE_PERSON_APPOSITIVE = 'rule:actor.person-appositive';
export const RULE_PERSON_NOUN = 'rule:actor.noun-person-name';
export const RULE_PERSON_VICTIM = 'rule:actor.victim-name';

/** Words that end a name: the title rule's stop words, days and months, and (in upper-case text) verbs. */
function stops(ctx: ActorCtx, t: Token): boolean {
  return STOP.has(t.norm) || DAYS_MONTHS.has(t.norm) || (ctx.upper && upperVerb(t.norm));
}

function capWord(ctx: ActorCtx, t: Token | null): boolean {
  return t !== null && t.kind === 'word' && (t.cap || ctx.upper) && t.norm !== "'s";
}

/** Does an actor word start at k (a generic noun, a title, a named actor or demonym)? Then the name ends before it. */
function actorWordAt(ctx: ActorCtx, k: number): boolean {
  const l = ctx.lex;
  return l.generic.matchAt(ctx.tokens, k, ctx.upper, ctx.to) !== null || l.titles.matchAt(ctx.tokens, k, ctx.upper, ctx.to) !== null
    || l.names.matchAt(ctx.tokens, k, ctx.upper, ctx.to) !== null || l.heads.matchAt(ctx.tokens, k, ctx.upper, ctx.to) !== null;
}

/** End of the capitalised words from k (at most `max`, particles and glued hyphens inside): k when there is none. */
function surnameEnd(ctx: ActorCtx, k: number, max: number): number {
  let end = k;
  let words = 0;
  for (let j = k; j < ctx.to && words < max; j++) {
    const w = ctx.tokens[j]!;
    if (w.kind === 'word' && stops(ctx, w)) break;
    if (capWord(ctx, w) && !PARTICLES.has(w.norm)) {
      if (actorWordAt(ctx, j)) break;
      words++;
      end = j + 1;
      // an initial: "Helen F. Morris", "John F. Kennedy"
      if (w.text.length === 1 && tok(ctx, j + 1)?.text === '.' && capWord(ctx, tok(ctx, j + 2))) j++;
      continue;
    }
    // "Joaquin Lopez y Lopez", "Abu Bakr al-Baghdadi", "Maria de la Cruz": a particle needs a name after it
    if (w.kind === 'word' && (PARTICLES.has(w.norm) || w.norm === 'y') && particleThenName(ctx, j + 1)) continue;
    if (w.kind === 'dash' && !w.space && j > k && !tok(ctx, j + 1)?.space) continue;
    break;
  }
  return end;
}

/** After a particle: another particle at most, then a capitalised word ("de la Cruz"). */
function particleThenName(ctx: ActorCtx, k: number): boolean {
  const a = tok(ctx, k);
  if (a === null) return false;
  // "al-Wahab": a particle glued to the name by a hyphen
  if (a.kind === 'dash' && !a.space) return capWord(ctx, tok(ctx, k + 1)) && !tok(ctx, k + 1)!.space;
  if (a.kind !== 'word') return false;
  if (!PARTICLES.has(a.norm)) return capWord(ctx, a);
  const b = tok(ctx, k + 1);
  return b !== null && capWord(ctx, b) && !PARTICLES.has(b.norm);
}

/**
 * Words of place and institution names ("Mason County", "Francis Street", "Sam Houston State University", "Augusta
 * Herald"): a name with one of them capitalised right after it names the place or body, not a person.
 */
const INSTITUTION_WORDS = new Set([
  'county', 'street', 'st', 'st.', 'road', 'rd', 'lane', 'drive', 'avenue', 'ave', 'boulevard', 'blvd', 'way', 'court', 'place', 'square',
  'highway', 'bridge', 'township', 'city', 'town', 'village', 'parish', 'district', 'province', 'state', 'national', 'international',
  'department', 'university', 'college', 'school', 'academy', 'institute', 'hospital', 'clinic', 'center', 'centre', 'stadium', 'park',
  'forest', 'wilderness', 'creek', 'river', 'lake', 'mountain', 'mount', 'valley', 'hill', 'hills', 'island', 'beach', 'bay', 'canyon',
  'falls', 'heights', 'springs', 'gardens', 'airport', 'station', 'port', 'harbor', 'harbour', 'jail', 'prison', 'church', 'mosque',
  'cathedral', 'temple', 'museum', 'library', 'hall', 'building', 'tower', 'hotel', 'mall', 'market', 'plaza', 'board', 'council',
  'foundation', 'fund', 'company', 'corporation', 'corp', 'inc', 'ltd', 'associates', 'herald', 'times', 'post', 'tribune', 'journal',
  'gazette', 'news', 'press', 'public', 'superior', 'memorial', 'brigade', 'battalion', 'regiment', 'front', 'movement', 'command',
  'inquisition', 'group', 'association', 'union', 'party', 'club', 'committee', 'ministry', 'office', 'agency', 'bank', 'community',
  'conference', 'day', 'festival', 'league', 'catholic', 'republican', 'masjid', 'kot', 'ouest', 'est', 'nord', 'sud', 'barracks', 'base', 'camp', 'farm', 'estate', 'estates', 'neighborhood', 'neighbourhood', 'quarter', 'avenida', 'calle',
]);

/**
 * The words are a place or an institution rather than a person: the gazetteer holds them as a place name ("Santa
 * Ana", "San Jose"), or a place or institution word stands in them or right after them.
 */
function placeName(ctx: ActorCtx, start: number, end: number): boolean {
  for (let k = start + 1; k <= end && k < ctx.to; k++) {
    const t = ctx.tokens[k]!;
    if (INSTITUTION_WORDS.has(t.norm) && (t.cap || ctx.upper)) return true;
  }
  const g = gazetteer();
  if (g.has(keyOfTokens(ctx.tokens, start, end))) return true;
  // "Guadalupe Nuevo Leon", "Fatih Istanbul": a province, a country or a large city named after the first word
  // (one word must be a country or a large city: provinces named Flores, Santander or Miranda are surnames too)
  for (let k = start + 1; k < end; k++) {
    if (majorPlace(g.sharedCandidates(keyOfTokens(ctx.tokens, k, k + 1)), false)) return true;
    if (k + 2 <= end && majorPlace(g.sharedCandidates(keyOfTokens(ctx.tokens, k, k + 2)), true)) return true;
  }
  return false;
}

/** Is one reading a country or a city of half a million (or, when `admin1`, a province)? */
function majorPlace(cands: readonly GeoCandidate[], admin1: boolean): boolean {
  for (const c of cands) if ((admin1 && c.kind === 'admin1') || c.kind === 'country' || (c.population ?? 0) >= 500_000) return true;
  return false;
}

/** Prepositions of place before a name make it a place: "in Hajar Aswad", "near Busra Esh-Sham" (not "of", "to", "from"). */
const LOCATIVE_BEFORE = new Set(['in', 'at', 'near', 'into', 'outside', 'inside', 'around', 'toward', 'towards', 'across', 'within']);

function personData(ctx: ActorCtx, start: number, end: number, base: ActorData | null): ActorData {
  const text = joinTexts(ctx.tokens, start, end);
  return {
    name: ctx.upper ? titleCase(text) : text, country: base?.country ?? null, sector: base?.sector ?? null, kind: 'person', backedBy: emptyList(),
    role: base ? base.name : null, plural: false, generic: false, alsoPlace: false, ref: null,
  };
}

/** Place words before a name that make it a place or a building ("San", "Hospital"): checked in upper-case text too. */
const PLACE_BEFORE = new Set(['san', 'santa', 'santo', 'sao', 'st', 'st.', 'saint', 'fort', 'port', 'puerto', 'mount', 'lake', 'cape', 'camp', 'villa', 'ciudad', 'colonia', 'hospital', 'university', 'school', 'street', 'avenue', 'plaza', 'calle', 'avenida']);

/** Nouns of an act done to one person: the capitalised words in their "of" phrase are that person's name. */
const VICTIM_NOUNS = new Set(['murder', 'murders', 'assassination', 'assassinations', 'killing', 'slaying', 'kidnapping', 'kidnaping', 'abduction', 'execution', 'disappearance', 'torture']);

/** Counts, quantifiers and party words that a capitalised run after "the murder of" may hold but a name does not. */
const NOT_NAME_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'dozen', 'dozens', 'hundred', 'hundreds', 'thousands', 'several', 'more', 'many', 'some', 'other', 'others', 'both', 'all', 'few',
  'last', 'first', 'former', 'social', 'democratic', 'liberal', 'communist', 'national', 'popular', 'revolutionary',
]);

/** Is token i the first word after "<victim noun> of"? */
function afterVictimNoun(ctx: ActorCtx, i: number): boolean {
  return tok(ctx, i - 1)?.norm === 'of' && VICTIM_NOUNS.has(tok(ctx, i - 2)?.norm ?? '');
}

/** Verbs done only to a person, whose object a capitalised run names ("gunmen assassinated Seth Miller"). */
const PERSON_HARM_VERBS = new Set(['assassinated', 'murdered', 'kidnapped', 'abducted', 'beheaded', 'stabbed']);

/**
 * Session 11: is token i the first word of the object of a verb done only to a person ("assassinated X", "kidnapped X")
 * or of "shot dead" / "gunned down"? Then a capitalised run there names that person with no given name needed.
 */
function afterPersonHarm(ctx: ActorCtx, i: number): boolean {
  const prev = tok(ctx, i - 1)?.norm ?? '';
  if (PERSON_HARM_VERBS.has(prev)) return true;
  const verb = tok(ctx, i - 2)?.norm ?? '';
  return (prev === 'dead' && verb === 'shot') || (prev === 'down' && (verb === 'gunned' || verb === 'shot'));
}

/** Cheap test for actor-scan's pre-check: may a plain person name start at token i? */
export function personMayStart(ctx: ActorCtx, i: number, t: Token): boolean {
  if (!t.cap && !ctx.upper) return false;
  return givenBits().hasToken(t) || appositiveComma(ctx, i) > 0 || afterVictimNoun(ctx, i) || afterPersonHarm(ctx, i);
}

/**
 * "the murder of Jecar Neghme", "THE ASSASSINATION OF JOSE ANTONIO RODRIGUEZ PORTH": two to four capitalised words
 * (no actor word, no place) right after the "of" of a noun of an act done to a person name that person, with no
 * given name needed.
 */
export function victimNameCandidate(ctx: ActorCtx, i: number): Candidate | null {
  const t = ctx.tokens[i]!;
  if (!(t.cap || ctx.upper) || t.kind !== 'word' || stops(ctx, t) || PARTICLES.has(t.norm) || !(afterVictimNoun(ctx, i) || afterPersonHarm(ctx, i))) return null;
  const end = surnameEnd(ctx, i, 4);
  if (end - i < 2 || placeName(ctx, i, end)) return null;
  // "THE MURDER OF SIX JESUITS", "OF TWO MORE ENGINEERS LAST WEEK": counts, quantifiers and time words are no name
  for (let k = i; k < end; k++) {
    const w = ctx.tokens[k]!;
    if (w.kind !== 'word' || NOT_NAME_WORDS.has(w.norm) || TIME_WORDS.has(w.norm) || DAYS_MONTHS.has(w.norm)) return null;
  }
  return candidate(i, end, personData(ctx, i, end, null), RULE_PERSON_VICTIM, 'stated');
}

/** A given name and the capitalised words after it: "Juan Perez", "Hector Oqueli Colindres". */
export function givenNameCandidate(ctx: ActorCtx, i: number): Candidate | null {
  const t = ctx.tokens[i]!;
  if (!(t.cap || ctx.upper) || t.kind !== 'word' || !givenBits().hasToken(t)) return null;
  const prev = tok(ctx, i - 1);
  if (prev && prev.kind === 'word' && (PLACE_BEFORE.has(prev.norm) || LOCATIVE_BEFORE.has(prev.norm))) return null;
  // "Hospital Juan Pablo", "Avenida Simon Bolivar": a capitalised word before the name that is no given name (mixed case only)
  if (prev && !ctx.upper && prev.kind === 'word' && prev.cap && i - 1 > ctx.from && !givenBits().hasToken(prev)) return null;
  const end = surnameEnd(ctx, i + 1, 3);
  if (end === i + 1) return null;
  if (placeName(ctx, i, end)) return null;
  return candidate(i, end, personData(ctx, i, end, null), RULE_PERSON_NAME, 'stated');
}

/** Words of time spans that a capitalised run before a comma may hold but a name never does ("3 Years Ago, a …"). */
const TIME_WORDS = new Set(['ago', 'later', 'earlier', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minutes', 'decade', 'decades', 'yesterday', 'today', 'tonight']);

/** Articles that open an appositive ("X, a farmer"). */
const APPOSITIVE_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The index of the comma after a run of one to three capitalised words from i that an appositive with an article
 * follows ("Abdul Rahim, a …"); 0 when there is none. A single word opening the sentence is never a name here
 * ("Yesterday, a soldier …").
 */
function appositiveComma(ctx: ActorCtx, i: number): number {
  // the comma must be one of the next three tokens: most tokens leave here, before any word test
  let comma = 0;
  for (let j = i + 1; j <= i + 3 && j < ctx.to; j++) if (ctx.tokens[j]!.norm === ',') { comma = j; break; }
  if (comma === 0) return 0;
  let k = i;
  while (k < ctx.to && k < i + 3 && capWord(ctx, ctx.tokens[k]!) && !stops(ctx, ctx.tokens[k]!)) {
    if (TIME_WORDS.has(ctx.tokens[k]!.norm)) return 0;
    k++;
  }
  if (k === i || k + 1 >= ctx.to || ctx.tokens[k]!.norm !== ',' || !APPOSITIVE_ARTICLES.has(ctx.tokens[k + 1]!.norm)) return 0;
  if (k === i + 1 && i === ctx.from) return 0;
  return k;
}

/** "Abdul Rahim, a local farmer, …": a name before an appositive whose head is a singular person noun. */
export function appositiveCandidate(ctx: ActorCtx, i: number): Candidate | null {
  const t = ctx.tokens[i]!;
  if (!(t.cap || ctx.upper) || t.kind !== 'word') return null;
  const comma = appositiveComma(ctx, i);
  if (comma === 0) return null;
  // the name: capitalised words that no actor rule reads ("Reuters, a news agency" is an outlet, blocked before)
  for (let k = i; k < comma; k++) if (actorWordAt(ctx, k)) return null;
  const prev = tok(ctx, i - 1);
  if (prev && prev.kind === 'word' && (PLACE_BEFORE.has(prev.norm) || LOCATIVE_BEFORE.has(prev.norm) || (prev.cap && !ctx.upper && i - 1 > ctx.from))) return null;
  // the appositive's head: a singular person noun within six words after the article ("a 22-year-old farmer")
  for (let k = comma + 2; k < Math.min(ctx.to, comma + 8); k++) {
    const w = ctx.tokens[k]!;
    if (w.norm === ',' || w.norm === '.' || w.norm === 'who' || w.norm === 'of') break;
    const g = ctx.lex.generic.matchAt(ctx.tokens, k, ctx.upper, ctx.to);
    if (g) {
      const v = g.values[0]!;
      if (!v.person) return null;
      if (placeName(ctx, i, comma)) return null;
      const data = personData(ctx, i, comma, null);
      data.role = v.noun;
      data.sector = v.entry.sector;
      return candidate(i, comma, data, RULE_PERSON_APPOSITIVE, 'stated');
    }
  }
  return null;
}

/**
 * "journalist Hamid Mir", "the gunman Omar Mateen", "Colombian farmer Juan Perez": a reading that ends in a singular
 * person noun, then a capitalised name, is that person. Null when no name follows.
 */
export function personAfterNoun(ctx: ActorCtx, c: Candidate): Candidate | null {
  if (!c.generic || !c.generic.person || !c.data.generic) return null;
  const first = tok(ctx, c.end);
  if (!capWord(ctx, first) || stops(ctx, first!) || PARTICLES.has(first!.norm)) return null;
  // in upper-case text every word is capitalised: only a given name opens the name there
  if (ctx.upper && !givenBits().hasToken(first!)) return null;
  const end = surnameEnd(ctx, c.end, 4);
  if (end === c.end || placeName(ctx, c.end, end)) return null;
  const data = personData(ctx, c.end, end, c.data);
  data.role = c.generic.noun;
  return candidate(c.start, end, data, RULE_PERSON_NOUN, 'stated');
}
