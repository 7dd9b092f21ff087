import type { ActorData, Mention, Token } from '../../pipeline/doc.js';
import { copyActorData } from '../../pipeline/doc.js';

/**
 * Rule family: a state body named with no country ("the government", "the authorities", "the president", "the
 * ministry", "officials"). Such a noun is weak alone (it needs an owner, data/actors/generic.json); after "the", or
 * for "authorities"/"officials" at the head of a clause, it is the body of the state the text is about. Its country
 * is inferred, never stated:
 *  - a title ("the president", "the prime minister") is the last person named with that title ("Kenya's president
 *    William Ruto … the president said" → KEN);
 *  - any body takes the country of the state mentions of the nearest sentence before it (or before it in its own
 *    sentence, at most two sentences back) that names any, when those mentions name one country only ("Protests
 *    spread in Nairobi. The authorities …" → KEN); two countries there make it ambiguous;
 *  - with no state so near, the state the document names most, if it has more than half of the state mentions;
 *  - else the noun stays what it was: weak, no actor (src/recognise/actors.ts), except "the opposition" and "the
 *    junta", which stay an actor for the event's place to localise (`keptWithoutCountry`).
 * "the opposition" is the opposition (sector OPP) of that state, by the same steps.
 * "the army", "the military" (composite.ts `theNation`) are not resolved here: the event-place rule localises them.
 */
export const RULE_BARE_BODY = 'rule:actor.bare-state-body';

/** Nouns that are a state body alone after "the" (one- or two-word, normalised, space-joined). */
const AFTER_THE = new Set([
  'government', 'authorities', 'president', 'prime minister', 'premier', 'ministry', 'foreign ministry', 'defence ministry',
  'defense ministry', 'interior ministry', 'health ministry', 'information ministry', 'regime', 'junta', 'military junta',
  'cabinet', 'presidency', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'head of state',
  'supreme leader', 'officials', 'opposition',
]);

/**
 * Bodies that stay an actor after "the" even when no state is named before them: the event-place stage gives them the
 * country of the event's place ("The junta in Niger expelled …", "the opposition rejected the results in Harare"),
 * and with no place they are an actor of no country, as "the ruling party" (a generic name) is. Other bodies ("the
 * ministry", "the president") are too often a foreign one to be localised by the place.
 */
const KEPT_WITHOUT_COUNTRY = new Set(['opposition', 'junta', 'military junta']);

/** The bare body at tokens[start, end) is an actor though no state named before it gives its country. */
export function keptWithoutCountry(tokens: Token[], start: number, end: number): boolean {
  return KEPT_WITHOUT_COUNTRY.has(phraseOf(tokens, start, end));
}

/** Nouns that are a state body with no determiner at the head of a clause ("Authorities arrested …", "officials said"). */
const BARE = new Set(['authorities', 'officials']);

/** Words after which a bare noun heads a clause or a phrase of its own ("and officials said", "by authorities"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'that', 'while', 'as', 'when', 'after', 'before', 'by', 'with', 'where', 'because', 'since', 'though', 'although', 'said', 'says', 'told']);

/** Titles a person mention carries that a bare title noun can refer back to. */
const TITLES = new Set(['president', 'prime minister', 'premier', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'head of state', 'supreme leader']);

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** The noun phrase tokens[start, end) is a bare state body ("the government", "Authorities" at a clause head). */
export function isBareStateBody(tokens: Token[], from: number, start: number, end: number): boolean {
  const phrase = phraseOf(tokens, start, end);
  const prev = start > from ? tokens[start - 1]! : null;
  if (prev !== null && prev.norm === 'the' && AFTER_THE.has(phrase)) {
    // "the government's", "the president's": still the body; "the government forces" is read elsewhere
    return true;
  }
  if (!BARE.has(phrase)) return false;
  return prev === null || prev.kind !== 'word' || CLAUSE_OPENERS.has(prev.norm);
}

function phraseOf(tokens: Token[], start: number, end: number): string {
  if (end - start === 1) return tokens[start]!.norm;
  const parts: string[] = [];
  for (let k = start; k < end; k++) parts.push(tokens[k]!.norm);
  return parts.join(' ');
}

/** A state's mention: a state name or metonym, or a state body, person or force with a country (not an IGO). */
function stateMention(m: Mention<ActorData>): boolean {
  const d = m.data;
  return d.country !== null && (d.kind === 'state' || STATE_SECTORS.has(d.sector ?? ''));
}

/**
 * The country a bare state body at tokens[start, end) refers to, from the mentions before it (document order,
 * earlier sentences then this sentence's), or null when the text leaves it open.
 */
export function bareBodyCountry(tokens: Token[], start: number, end: number, sentenceOf: number, before: readonly Mention<ActorData>[]): string | null {
  const phrase = phraseOf(tokens, start, end);
  const seen = indexBefore(before);
  if (TITLES.has(phrase)) {
    const c = seen.lastByTitle.get(phrase);
    if (c !== undefined) return c;
  }
  // the nearest sentence, at most WINDOW sentences back, that names a state: its one country
  const here = before.length > 0 ? Math.max(sentenceOf, before[before.length - 1]!.sentence) : sentenceOf;
  let sentence = -1;
  let country: string | null = null;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (sentence >= 0 && m.sentence !== sentence) break;
    if (here - m.sentence > WINDOW) break;
    if (!stateMention(m)) continue;
    sentence = m.sentence;
    if (country === null) country = m.data.country;
    else if (country !== m.data.country) return null;
  }
  if (sentence >= 0) return country;
  // none so near: the state the document names most, when it has most of the state mentions (two at least)
  for (const [c, n] of seen.counts) if (n >= 2 && 2 * n > seen.total) return c;
  return null;
}

/**
 * What the mentions before a bare body say, kept per list and brought up to date as the list grows (the actor
 * stage appends to it): the country of the last person with each title (the whole role: "President", not "Vice President"), and the state mentions by country. A
 * look-up then costs the mentions added since the last one, not the whole document.
 */
interface BeforeIndex {
  seen: number;
  lastByTitle: Map<string, string>;
  counts: Map<string, number>;
  total: number;
}
const beforeIndexes = new WeakMap<readonly Mention<ActorData>[], BeforeIndex>();

function indexBefore(before: readonly Mention<ActorData>[]): BeforeIndex {
  let ix = beforeIndexes.get(before);
  if (!ix || ix.seen > before.length) {
    ix = { seen: 0, lastByTitle: new Map(), counts: new Map(), total: 0 };
    beforeIndexes.set(before, ix);
  }
  for (; ix.seen < before.length; ix.seen++) {
    const m = before[ix.seen]!;
    if (m.data.kind === 'person' && m.data.country !== null && m.data.role !== null) ix.lastByTitle.set(m.data.role.toLowerCase(), m.data.country);
    if (!stateMention(m) || m.entry === RULE_BARE_BODY) continue;
    ix.counts.set(m.data.country!, (ix.counts.get(m.data.country!) ?? 0) + 1);
    ix.total++;
  }
  return ix;
}

/** How many sentences back a state mention may stand and still own a bare body. */
const WINDOW = 2;

/** The body read with its inferred country. */
export function withCountry(d: ActorData, country: string, acledCountry: (c: string) => string, acledName: string | undefined): ActorData {
  const c = copyActorData(d);
  c.country = country;
  // a person keeps the title as its name ("president"); a body takes ACLED's name ("Government of Kenya")
  if (d.kind === 'person') c.name = d.role ?? d.name;
  else if (acledName) c.name = acledName.replace('{country}', acledCountry(country));
  return c;
}
