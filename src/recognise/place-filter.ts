import { homeAgainstNamesake, shortGuessAbroad } from './place-abroad.js';
import type { Token } from '../pipeline/doc.js';
import { tokenAt } from '../pipeline/token-at.js';
import type { Gazetteer, GeoCandidate } from '../resolve/gazetteer.js';
import type { GeoContext } from '../resolve/geo-disambiguate.js';
import { compassOnly, type PlaceSpan } from './place-match.js';
import { capWord, type PlaceWords } from './place-words.js';
import { givenNames } from './actor-rules/given-names.js';

/**
 * Is a matched name really a place here? Each rule is a record with an id (kept in --explain output) and a
 * test; the first rule that decides wins. Rules reject readings as modifiers ("Iran-backed", "U.S. troops"),
 * parts of longer names ("Matthew Miller", "Washington Post"), government metonyms ("Washington warned") and
 * common words that happen to be towns ("Police", "Mission"), and accept the rest by strength of evidence.
 */

export interface FilterInput {
  sp: PlaceSpan;
  tokens: Token[];
  g: Gazetteer;
  w: PlaceWords;
  ctx: GeoContext;
  upper: boolean;
  sentenceStart: number;
  sentenceEnd: number;
  /** Countries of the sentence's names that read unambiguously (filled by the recogniser). */
  sentenceCountries?: Set<string>;
}

interface FilterRule {
  id: string;
  example: string;
  /** true: accept, false: reject, null: no decision. */
  test(x: FilterInput): boolean | null;
}

const PLACE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", 'of', 'this', 'that', 'every']);

/** Arabic articles as written in lower case before a hyphen. */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'an', 'at', 'az', 'ath', 'adh', 'ed', 'es', 'ez', 'er']);

/** The Persian ezafe written as a word inside Afghan and Iranian names: "Qala i Kah", "Sar e Pul" (lower case only). */
const EZAFE = new Set(['i', 'e']);

/** Particles that are also English words: written lower case and unhyphenated they do not continue a name ("Kharkiv as Russian forces"). */
const ENGLISH_PARTICLES = new Set(['as', 'an']);

/** Facilities named after a place: "the Kuwait roundabout", "the Baghdad hospital" are not the place. */
const FACILITY_NOUNS = new Set(['roundabout', 'street', 'square', 'hospital', 'junction', 'bridge', 'mosque', 'school', 'hotel', 'embassy', 'stadium', 'club', 'restaurant']);

/** Streets and squares named after a place: "Palestine street" in Baghdad, "Lebanon Square" (singular only). */
const STREET_NOUNS = new Set(['street', 'st', 'avenue', 'ave', 'boulevard', 'square']);

/** Particles inside longer names: Arabic, Romance, Germanic, and Russian "imeni" ("named after": "Shakhta imeni Gagarina"). */
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'an', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'di', 'dos', 'das', 'imeni']);

/** First words of Arabic, Persian and Pashto place names: what follows them is the rest of one name. */
const TOPONYM_HEADS = new Set(['abu', 'umm', 'bani', 'beni', 'bin', 'ibn', 'ain', 'ein', 'bir', 'tal', 'tell', 'jabal', 'jebel', 'wadi', 'kafr', 'deir', 'dayr',
  'ras', 'khirbet', 'nahr', 'nahri', 'qasr', 'qala', 'beit', 'bayt', 'hayy', 'sheikh', 'shaikh', 'mazraat', 'marj']);

/** Every reading is a transliteration guess (`every((c) => c.fuzzy)`, without a closure per name). */
function allFuzzy(cands: readonly GeoCandidate[]): boolean {
  for (let k = 0; k < cands.length; k++) if (!cands[k]!.fuzzy) return false;
  return true;
}

/** Largest population among city readings; admin1 units count as large. */
function size(sp: PlaceSpan): number {
  let best = 0;
  for (const c of sp.candidates) best = Math.max(best, c.kind === 'city' && c.featureCode !== 'ADM2' ? c.population ?? 0 : 200_000);
  return best;
}

const onlyLocal = (sp: PlaceSpan) => sp.candidates.every((c) => c.kind === 'city' || c.kind === 'admin1');

/** Edit distance of two spellings without articles, spaces and marks is at most a quarter of the longer (and at most 3). */
function closeSpelling(key: string, name: string): boolean {
  const strip = (x: string) => x.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\b(al|el|ad|ar|as|ash|az|at|an|ed|er|es|ez)\b/g, '').replace(/[^a-z]/g, '');
  const a = strip(key), b = strip(name);
  const max = Math.min(3, Math.floor(Math.max(a.length, b.length) / 4));
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** A name of a bracket after a capitalised word that holds only names, commas and hyphens: "Kouyape (Kolofata, Mayo-Sava)". */
function inNameBracket(tokens: Token[], sp: PlaceSpan, sentenceStart: number, sentenceEnd: number): boolean {
  const nameLike = (t: Token) => (t.kind === 'word' && (t.cap || NAME_PARTICLES.has(t.norm))) || t.kind === 'dash' || t.text === ',' || t.kind === 'quote';
  let k = sp.tokenStart - 1;
  while (k >= sentenceStart && tokens[k]!.text !== '(' && nameLike(tokens[k]!)) k--;
  if (k <= sentenceStart || tokens[k]!.text !== '(') return false;
  // "Kouyape (…)", and a name with its unit or facility word: "Bisri bridge (Jezzine)", "Kakani municipality (…)"
  const before = tokens[k - 1];
  if (!capWord(before, false) && !(before?.kind === 'word' && k - 2 >= sentenceStart && capWord(tokens[k - 2], false))) return false;
  let j = sp.tokenEnd;
  while (j < sentenceEnd && tokens[j]!.text !== ')' && nameLike(tokens[j]!)) j++;
  return j < sentenceEnd && tokens[j]!.text === ')';
}

/**
 * The name follows one to four capitalised words (a town the gazetteer lacks) that follow a strong locative: "in central
 * Beyoglu Istanbul", "in Ecatepec Mexico", "in Sadr City Baghdad".
 */
export function afterUnknownTown(sp: PlaceSpan, tokens: Token[], w: PlaceWords, sentenceStart: number): boolean {
  if (sp.initial) return false;
  let k = sp.tokenStart - 1;
  let words = 0;
  while (k >= sentenceStart && words < 4 && (capWord(tokens[k], false) || (tokens[k]!.kind === 'word' && NAME_PARTICLES.has(tokens[k]!.norm)) || (tokens[k]!.kind === 'punct' && tokens[k]!.text === '.' && !tokens[k]!.space))) {
    if (capWord(tokens[k], false)) words++;
    k--;
  }
  if (words === 0 || k < sentenceStart) return false;
  // "in Abu Dali", "in Nahri Saraj": after the head word of a longer name the unit is not meant
  if (TOPONYM_HEADS.has(tokens[sp.tokenStart - 1]!.norm)) return false;
  // "Badhan (Laasqoray Sanaag)", "Afmadow (Afmadow Lower Juba)": a bracket after a name holds its units, the smaller
  // one (a district the gazetteer lacks) first
  if (tokens[k]!.text === '(' && k > sentenceStart && capWord(tokens[k - 1], false)) return true;
  while (k >= sentenceStart && tokens[k]!.kind === 'word' && w.qualifier(tokens[k]!.norm)) k--;
  return k >= sentenceStart && tokens[k]!.kind === 'word' && w.strongLocative(tokens[k]!.norm);
}

/** Words for a route between two places written "X-Y road". */
const ROUTE_WORDS = new Set(['road', 'highway', 'route', 'motorway', 'expressway', 'railway', 'axis', 'corridor']);

/** The name is an end of a hyphen-joined route: "Morelia-Salamanca road", "Al-Sukhnah-Deir-ez-Zor road" (every part capitalised). */
function routeEnd(tokens: Token[], sp: PlaceSpan): boolean {
  const part = (t: Token | undefined) => t !== undefined && !t.space && (t.kind === 'dash' || (t.kind === 'word' && (t.cap || ARTICLES.has(t.norm))));
  let dashes = 0;
  let k = sp.tokenEnd;
  while (part(tokens[k])) { if (tokens[k]!.kind === 'dash') dashes++; k++; }
  for (let j = sp.tokenStart; j > 0 && !tokens[j]!.space && (tokens[j - 1]!.kind === 'dash' || tokens[j - 1]!.kind === 'word'); j--) if (tokens[j - 1]!.kind === 'dash') dashes++;
  const next = tokens[k];
  return dashes > 0 && next !== undefined && next.kind === 'word' && ROUTE_WORDS.has(next.norm) && tokens[k - 1]!.kind === 'word' && capWord(tokens[k - 1], false);
}

/** Towns smaller than this, named like a given name, are a person's name before a possessive. */
const SMALL_TOWN = 100_000;

/** The name is one demonym ("Syrian", "the Somali town"), no place, unless an admin1 word makes it one ("Somali Region"). */
function demonymName(sp: PlaceSpan, g: Gazetteer): boolean {
  return g.demonym(sp.key) !== null && sp.nameEnd - sp.tokenStart === 1 && (sp.suffix !== 'admin1' || sp.unitBefore === true);
}

/** The rule that drops a place name heading a longer name ("the Orange County Jail"): a toponym of doc.placeNames, no place. */
export const NAME_HEAD_RULE = 'reject:head-of-name';

/** The rule that drops a country's or capital's possessive ("Iran's proxies"): the state, a toponym of doc.placeNames. */
export const POSSESSIVE_ACTOR_RULE = 'reject:possessive-actor';

/** The rule that drops a home town joined to a party letter or to "-based"/"-area" ("R-Marshall", "Houston-based"): a toponym of doc.placeNames. */
export const HYPHEN_HOME_RULE = 'reject:hyphen-home';

/** Party letters before a legislator's home town ("Sen. Ray Miller, D-Columbus"; "DFL" in Minnesota). */
const PARTY_LETTERS = new Set(['D', 'R', 'I', 'DFL']);
/** Words after a hyphen that make the name before it a home, not part of a compound ("Houston-based", "Atlanta-area"). */
const HOME_SUFFIXES = new Set(['based', 'area']);

/** A dateline: the sentence's first name, written in capitals, then a spaced dash ("TORRINGTON — A fire destroyed ..."). */
function dateline(sp: PlaceSpan, tokens: Token[], upper: boolean): boolean {
  if (upper || !sp.initial || sp.candidates.every((c) => c.fuzzy)) return false;
  for (let k = sp.tokenStart; k < sp.nameEnd; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 2 || t.text !== t.text.toUpperCase()) return false;
  }
  const next = tokenAt(tokens, sp.tokenEnd);
  return next !== undefined && next.kind === 'dash' && next.space && tokenAt(tokens, sp.tokenEnd + 1)?.space === true;
}

export const FILTERS: FilterRule[] = [
  {
    id: NAME_HEAD_RULE,
    example: 'a rally at the Yellowstone County Courthouse in Billings; the Olmsted County Government Center (a county heading a longer name is a toponym, not where things happen)',
    test: ({ sp, tokens, upper, sentenceEnd }) => {
      if (upper || !sp.candidates.some((c) => c.featureCode === 'ADM2')) return null;
      const after = tokenAt(tokens, sp.tokenEnd);
      return sp.tokenEnd < sentenceEnd && capWord(after, false) && after!.space ? false : null;
    },
  },
  {
    id: 'accept:contained',
    example: 'in Tehuacan Puebla; Lod (Hamerkaz, Ramla); Kale township (Kale district, Sagaing region)',
    // ("the Syrian city of Aleppo": a demonym before a unit noun names no town, however close a spelling lies in Aleppo)
    test: ({ sp, g }) => ((sp.contained || sp.container) && !demonymName(sp, g) ? true : null),
  },
  {
    id: 'reject:fuzzy-without-country',
    example: 'a transliteration match ("Saraqeb" for Saraqib) needs its country named or implied elsewhere in the document',
    test: ({ sp, ctx }) => {
      if (!allFuzzy(sp.candidates)) return null;
      // a transliteration needs a place context of its own: a locative, a unit word, a comma hint
      if (sp.locative !== 'strong' && !sp.suffix && !sp.hint && !sp.unitBefore) return false;
      // "Nassriya city", "the town of Khan Shaykun": a unit word and a close spelling stand for themselves (so does a
      // two-consonant name read before its unit word, whose spelling shortTranslitAt already checked: "Baidha province")
      if ((sp.suffix || sp.unitBefore) && (sp.shortSkeleton || sp.candidates.some((c) => closeSpelling(sp.key, c.name)))) return null;
      // "Al-Jabaliyah area (Al-Tuhayta Hodeidah)" must not become Jiblah in Ibb: when the document names admin1 units of
      // the reading's country, the reading must lie in one of them
      const units = [...ctx.admin1.keys()];
      const inNamedUnit = (c: GeoCandidate) => !units.some((u) => u.startsWith(`${c.country}|`)) || ctx.admin1.has(`${c.country}|${c.admin1}`);
      if (!sp.candidates.some(inNamedUnit)) return false;
      const known = (iso: string | null) => iso !== null && (ctx.weak.has(iso) || [...(ctx.strongKeys.get(iso) ?? [])].some((k) => k !== sp.key));
      if (sp.candidates.some((c) => known(c.country))) return null;
      // a text that names no country at all: a town of 100,000 people is the likely reading ("an IED exploded in Nassriya")
      const nothingElse = [...ctx.strongKeys.values()].every((keys) => [...keys].every((k) => k === sp.key)) && ctx.weak.size === 0;
      return nothingElse && sp.candidates.some((c) => c.kind === 'city' && (c.population ?? 0) >= 100_000) ? null : false;
    },
  },
  {
    id: 'reject:compass-unit-without-country',
    example: 'in Hama Eastern countryside ("Eastern" is a province of Saudi Arabia, Sri Lanka and more; none is meant unless the document is there)',
    test: ({ sp, ctx }) => {
      if (sp.hint || sp.contained || sp.container) return null;
      if (!compassOnly(sp.key)) return null;
      const known = (iso: string | null) => iso !== null && (ctx.weak.has(iso) || [...(ctx.strongKeys.get(iso) ?? [])].some((k) => k !== sp.key));
      return sp.candidates.some((c) => c.kind === 'country' || known(c.country)) ? null : false;
    },
  },
  {
    id: 'reject:outside-its-unit',
    example: 'Kale township (Kale district, Sagaing region): no Kale in Myanmar, so not Kale in Turkey either',
    test: ({ sp }) => (sp.outside ? false : null),
  },
  {
    id: 'accept:county',
    example: 'Otter Tail County Road 80; the Rapides Parish Fire District (a US county named with its unit word is a place, also at the head of a longer name)',
    test: ({ sp }) => (sp.candidates.some((c) => c.featureCode === 'ADM2') ? true : null),
  },
  {
    id: 'accept:dateline',
    example: 'TORRINGTON — A fire destroyed the roof of a house (a town in capitals opening a sentence before a spaced dash is where the story is)',
    test: ({ sp, tokens, upper }) => (dateline(sp, tokens, upper) ? true : null),
  },
  {
    id: HYPHEN_HOME_RULE,
    example: 'Sen. Ray Miller, D-Columbus; the Houston-based contractor; Atlanta-area calls',
    test: ({ sp, tokens }) => {
      const before = tokenAt(tokens, sp.tokenStart - 1);
      const party = tokenAt(tokens, sp.tokenStart - 2);
      if (before?.kind === 'dash' && !before.space && !tokens[sp.tokenStart]!.space && party !== undefined && PARTY_LETTERS.has(party.text)) return false;
      const after = tokenAt(tokens, sp.tokenEnd);
      const word = tokenAt(tokens, sp.tokenEnd + 1);
      if (after?.kind === 'dash' && !after.space && word !== undefined && !word.space && HOME_SUFFIXES.has(word.norm)) return false;
      return null;
    },
  },
  {
    id: 'accept:state-abbreviation',
    example: 'Springfield, Ill.',
    test: ({ sp }) => (sp.stateAbbrev ? true : null),
  },
  {
    id: 'reject:hyphen-compound',
    example: 'the Iran-backed Houthis',
    test: ({ sp, tokens }) => {
      const after = tokenAt(tokens, sp.tokenEnd);
      const before = tokenAt(tokens, sp.tokenStart - 1);
      // "the Morelia-Salamanca road", "the Idlib-Ariha highway": a route names the places at its ends
      if (routeEnd(tokens, sp)) return null;
      if (after && after.kind === 'dash' && !after.space && tokenAt(tokens, sp.tokenEnd + 1)?.kind === 'word' && !tokens[sp.tokenEnd + 1]!.space) return false;
      // "al-Hasakeh", "ar-Raqqa": a lower-case Arabic article before the hyphen is part of the name
      if (before && before.kind === 'dash' && !tokens[sp.tokenStart]!.space && sp.tokenStart >= 2 && tokens[sp.tokenStart - 2]!.kind === 'word' && !ARTICLES.has(tokens[sp.tokenStart - 2]!.text)) return false;
      return null;
    },
  },
  {
    id: 'accept:admin1-after-town',
    example: 'in central Beyoglu Istanbul; in Ecatepec Morelos; in Ecatepec Mexico (a town the gazetteer lacks, then its state or country)',
    test: ({ sp, tokens, w, sentenceStart }) => (sp.candidates.some((c) => c.kind === 'admin1' || c.kind === 'country') && afterUnknownTown(sp, tokens, w, sentenceStart) ? true : null),
  },
  {
    id: 'reject:longer-name',
    example: 'The Washington Post reported; Kilo 16; Wadi al Hayaa',
    test: ({ sp, tokens, w, upper, sentenceEnd }) => {
      if (upper || (sp.suffix && !sp.unitBefore)) return null;
      const after = tokenAt(tokens, sp.tokenEnd);
      if (sp.tokenEnd < sentenceEnd && capWord(after, false) && after!.space && !w.follower(after!.norm) && !w.institution(after!.norm)) return false;
      // "Kilo 16", "Wadi al Hayaa", "Abu al-Duhur": a number or a name particle and a capitalised word go on
      if (after && after.space && after.kind === 'number' && sp.candidates.every((c) => c.kind === 'city')) return false;
      const after2 = tokenAt(tokens, sp.tokenEnd + 1);
      if (after && (NAME_PARTICLES.has(after.norm) || EZAFE.has(after.text)) && !ENGLISH_PARTICLES.has(after.text) && after2 && (capWord(after2, false) || (after2.kind === 'dash' && capWord(tokenAt(tokens, sp.tokenEnd + 2), false)))) return false;
      return null;
    },
  },
  {
    id: 'reject:after-name',
    example: 'State Department spokesperson Matthew Miller told CNN',
    test: ({ sp, tokens, w, upper, sentenceStart }) => {
      if (upper || sp.initial || sp.tokenStart <= sentenceStart) return null;
      const before = tokens[sp.tokenStart - 1]!;
      // ("An Alexandria man", "This Kent village": a capitalised determiner names no one)
      if (capWord(before, false) && !w.locative(before.norm) && !w.qualifier(before.norm) && !PLACE_DETERMINERS.has(before.norm) && before.norm !== 'and') {
        // "Secretary of State Antony Blinken": a capitalised word that is itself sentence-initial still names someone
        return false;
      }
      // "Ahrar al Sharqiyah", "Jabal al Hashfa": a name particle between capitalised words
      const prev2 = tokenAt(tokens, sp.tokenStart - 2);
      if (NAME_PARTICLES.has(before.norm) && sp.tokenStart - 2 >= sentenceStart && capWord(prev2, false)) return false;
      // "Kasarat al-Sharqiyah", "Umm al-Ramman": the same with the article joined by a hyphen
      const prev3 = tokenAt(tokens, sp.tokenStart - 3);
      if (before.kind === 'dash' && !before.space && !tokens[sp.tokenStart]!.space && prev2 && ARTICLES.has(prev2.text) && sp.tokenStart - 3 >= sentenceStart && capWord(prev3, false)) return false;
      return null;
    },
  },
  {
    id: 'reject:possessive-person',
    example: "Martin's farm, Nancy's restaurant (a given name before a possessive and a lower-case noun is a person's, when no city of 100,000 bears it; \"Augusta's Highland Avenue\" stays)",
    test: ({ sp, tokens }) =>
      tokenAt(tokens, sp.tokenEnd)?.norm === "'s" && tokenAt(tokens, sp.tokenEnd + 1)?.kind === 'word' && tokenAt(tokens, sp.tokenEnd + 1)?.cap === false &&
      sp.locative !== 'strong' && !sp.suffix && !sp.hint && sp.nameEnd - sp.tokenStart === 1 &&
      givenNames().has(tokens[sp.tokenStart]!.norm) && sp.candidates.every((c) => c.kind === 'city' && (c.population ?? 0) < SMALL_TOWN) ? false : null,
  },
  {
    id: POSSESSIVE_ACTOR_RULE,
    example: "Iran's proxies (a country or a capital; \"Gainesville's supermarket\" stays a place)",
    test: ({ sp, tokens, g }) =>
      tokenAt(tokens, sp.tokenEnd)?.norm === "'s" && sp.locative !== 'strong' && !sp.suffix && (g.metonyms.has(sp.key) || sp.candidates.some((c) => c.kind === 'country')) ? false : null,
  },
  {
    id: 'reject:abbreviation-modifier',
    example: 'bases that house U.S. troops',
    test: ({ sp, tokens, w }) => {
      if (!sp.candidates.some((c) => c.nameCase === 'exact') || sp.locative === 'strong') return null;
      const next = tokenAt(tokens, sp.tokenEnd);
      const modifier = next !== undefined && next.kind === 'word' && !next.cap && !w.locative(next.norm) && !w.follower(next.norm);
      return !sp.locative || modifier ? false : null;
    },
  },
  {
    id: 'reject:demonym',
    example: 'Somali forces clashed; the Somali town of Bur Hakaba (Somali Region of Ethiopia only with an admin1 word)',
    test: ({ sp, g }) => (demonymName(sp, g) ? false : null),
  },
  {
    id: 'reject:facility-name',
    example: 'at the Kuwait roundabout in Gaza; in Palestine street; at Tartar primary school within Kapenguria',
    test: ({ sp, tokens, ctx }) => {
      const prev = tokenAt(tokens, sp.tokenStart - 1);
      const next = tokenAt(tokens, sp.tokenEnd);
      // "the Kuwait roundabout"; "at Al Nabulsi roundabout" (a transliteration reading names a facility, not a town)
      const named = (prev && prev.norm === 'the') || sp.candidates.every((c) => c.fuzzy);
      if (named && next && next.kind === 'word' && !next.cap && FACILITY_NOUNS.has(next.norm) && !sp.suffix) return false;
      // "in Palestine street", "at Lebanon Square", "on Haifa Street": a street or square named after a place is not it,
      // with or without an article, whatever the case of the noun (not a plural: "in Baghdad streets" are the city's)
      if (next && next.kind === 'word' && STREET_NOUNS.has(next.norm) && !sp.suffix && !sp.contained && !sp.container) return false;
      // "at Tartar primary school within Kapenguria": before a facility noun (one lower-case word may stand between), a
      // name whose readings all lie in countries the document gives no evidence for, while another name places it
      // elsewhere, names the facility
      const noun = next && next.kind === 'word' && !next.cap && !FACILITY_NOUNS.has(next.norm) ? tokenAt(tokens, sp.tokenEnd + 1) : next;
      if (!noun || noun.kind !== 'word' || noun.cap || !FACILITY_NOUNS.has(noun.norm) || sp.suffix || sp.hint) return null;
      const evidence = (iso: string | null) => iso !== null && (ctx.weak.has(iso) || [...(ctx.strongKeys.get(iso) ?? [])].some((k) => k !== sp.key));
      // ("a Dallas hospital", "A Gainesville restaurant": after an indefinite article, or a city of 100,000, the town's own)
      if (prev && (prev.norm === 'a' || prev.norm === 'an')) return null;
      if (sp.candidates.some((c) => c.kind === 'country' || evidence(c.country) || (c.kind === 'city' && (c.population ?? 0) >= SMALL_TOWN))) return null;
      const elsewhere = [...ctx.strongKeys.values()].some((keys) => [...keys].some((k) => k !== sp.key));
      return elsewhere ? false : null;
    },
  },
  {
    id: 'accept:country-or-region',
    example: 'bases in Syria and Iraq',
    test: ({ sp }) => (sp.candidates.some((c) => c.kind === 'country' || c.kind === 'region') ? true : null),
  },
  {
    id: 'reject:upper-case-word',
    example: 'WHERE PRESIDENT CEREZO HAS BEEN STAYING (all-capitals text: "HAS" is not Has, Albania)',
    test: ({ sp, upper }) =>
      upper && sp.nameEnd - sp.tokenStart === 1 && sp.locative !== 'strong' && !(sp.suffix && !sp.unitBefore) && !sp.hint && !sp.stateAbbrev ? false : null,
  },
  {
    id: 'reject:stoplist',
    example: 'Police said the Mission would continue',
    test: ({ sp, g, tokens, sentenceStart }) => {
      if (!g.stop.has(sp.key) || (sp.suffix && !sp.unitBefore) || sp.hint) return null;
      // "demonstrated in Nice." — a namesake town right after "in" and closing its clause
      const prev = tokenAt(tokens, sp.tokenStart - 1);
      const next = tokenAt(tokens, sp.tokenEnd);
      const closes = !next || next.text === '.' || next.text === ',' || next.text === ';' || next.text === '(';
      if (prev && sp.tokenStart - 1 >= sentenceStart && (prev.norm === 'in' || prev.norm === 'near') && closes && sp.candidates.some((c) => c.kind === 'city' && (c.population ?? 0) >= 100_000)) return null;
      return false;
    },
  },
  {
    id: 'reject:foreign-small-town',
    example: 'Hampton Park (a local place missing from the gazetteer, read as a town in Australia) in a US story',
    test: ({ sp, ctx }) => {
      if (!ctx.dominant || sp.hint) return null;
      const foreign = sp.candidates.every((c) => c.kind === 'city' && c.country !== ctx.dominant && (c.population ?? 0) < 100_000 && !ctx.strong.has(c.country ?? ''));
      return foreign ? false : null;
    },
  },
  {
    id: 'reject:foreign-beside-local',
    example: 'Rabat, northeastern Lahij governorate; Sarandi city (Buenos Aires): a foreign town beside a place of the document\'s country',
    test: ({ sp, ctx, sentenceCountries }) => {
      const d = ctx.dominant;
      if (!d || !sentenceCountries?.has(d) || sp.contained || sp.container) return null;
      const foreign = sp.candidates.every((c) => c.kind === 'city' && c.country !== d && (c.population ?? 0) < 1_000_000 && c.featureCode !== 'PPLC' &&
        ![...(ctx.strongKeys.get(c.country ?? '') ?? [])].some((k) => k !== sp.key));
      return foreign ? false : null;
    },
  },
  {
    id: 'accept:unit-or-comma',
    example: 'shelling in Idlib province; Alexandria, La.',
    test: ({ sp }) => ((sp.suffix && !sp.unitBefore) || sp.hint ? true : null),
  },
  {
    id: 'accept:locative',
    example: 'a strike near Mastumeh',
    test: ({ sp }) => (sp.locative === 'strong' && onlyLocal(sp) ? true : null),
  },
  {
    id: 'accept:multi-word',
    example: 'Khan Younis was shelled',
    test: ({ sp }) => (sp.nameEnd - sp.tokenStart >= 2 && size(sp) >= 1000 ? true : null),
  },
  {
    id: 'accept:document-country',
    example: 'Idlib was shelled (in an article about Syria)',
    test: ({ sp, ctx }) => {
      if (sp.initial) return null;
      const other = (iso: string) => [...(ctx.strongKeys.get(iso) ?? [])].some((k) => k !== sp.key);
      return sp.candidates.some((c) => c.country !== null && other(c.country) && (c.population ?? 200_000) >= 5000) ? true : null;
    },
  },
  {
    id: 'accept:initial-institution',
    example: 'Roselle police ticketed hundreds of motorists (beside Lombard, Illinois): a sentence\'s first name before a local institution or its people, with a reading in a state the document names or places other towns in',
    test: ({ sp, tokens, w, ctx }) => {
      if (!sp.initial || sp.suffix) return null;
      const next = tokenAt(tokens, sp.tokenEnd);
      if (next === undefined || next.kind !== 'word' || !w.institution(next.norm)) return null;
      const local = (c: GeoCandidate) => c.kind === 'city' && c.country !== null && c.country === ctx.dominant && c.admin1 !== null &&
        (ctx.admin1.has(`${c.country}|${c.admin1}`) || (ctx.admin1Votes.get(`${c.country}|${c.admin1}`) ?? 0) >= 2);
      return sp.candidates.some(local) ? true : null;
    },
  },
  {
    id: 'accept:large-town',
    example: 'Mosul residents fled',
    test: ({ sp }) => (size(sp) >= (sp.initial ? 100_000 : 20_000) ? true : null),
  },
  {
    id: 'accept:bracketed-unit',
    example: 'an attack in Kouyape (Kolofata, Mayo-Sava): the names in brackets after a name are the units around it',
    test: ({ sp, tokens, sentenceStart, sentenceEnd }) => (sp.bracketed && onlyLocal(sp) && inNameBracket(tokens, sp, sentenceStart, sentenceEnd) ? true : null),
  },
  {
    id: 'reject:small-town-without-context',
    example: 'Hope remained',
    test: () => false,
  },
];

/**
 * Checks on the chosen reading. A capital that usually stands for its government ("Washington warned",
 * "between Iran and Washington") is a place only after a locative preposition, with a unit word or a comma
 * hint; a namesake town chosen by context ("Paris" in a Texas story) is not a metonym.
 */
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'cross-border', 'crossborder']);

/** The sentence speaks of a border ("a border post", "across the frontier"): a village next door may be meant. */
function speaksOfBorder(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BORDER_WORDS.has(tokens[i]!.norm)) return true;
  return false;
}

/** Unit words of the English-speaking world whose names recur across its states. */
const COUNTY_WORDS = new Set(['county', 'parish', 'borough', 'township']);

/** The country the document points to instead of a small namesake abroad (src/recognise/place-abroad.ts), or null. */
export function namesakeHome({ sp, ctx, g, tokens, sentenceStart, sentenceEnd }: FilterInput, best: GeoCandidate): string | null {
  return homeAgainstNamesake(sp, best, ctx, g, () => speaksOfBorder(tokens, sentenceStart, sentenceEnd));
}

/** The rule that drops a small namesake abroad (its name is then placed at home: place-unlisted.ts, namesakesAtHome). */
export const NAMESAKE_RULE = 'reject:namesake-abroad';

/** The rule that drops a capital read as its government ("between Iran and Washington"). */
export const METONYM_RULE = 'reject:metonym';

export const CHOSEN_FILTERS: { id: string; example: string; test(x: FilterInput, best: GeoCandidate): boolean | null }[] = [
  {
    id: NAMESAKE_RULE,
    example: 'QSD fighters took the village of Shafa (only a Saudi hamlet is known by that name): src/recognise/place-abroad.ts',
    test: (x, best) => (namesakeHome(x, best) ? false : null),
  },
  {
    id: 'reject:short-guess-abroad',
    example: 'protest in Payal town, Punjab (India): a two-consonant transliteration guess (src/recognise/place-abroad.ts)',
    test: ({ sp, ctx }, best) => (shortGuessAbroad(sp, best, ctx) ? false : null),
  },
  {
    id: METONYM_RULE,
    example: 'between Iran and Washington',
    test: ({ sp, g, ctx, tokens, w, sentenceStart }, best) => {
      if (!g.metonyms.has(sp.key) || sp.locative === 'strong' || sp.suffix || sp.hint) return null;
      // "in Sadr City Baghdad", "in Kizilay Ankara": the capital after a town it holds; "the parliament building (Tokyo -
      // Chiyoda)": the capital opening a bracket after a place
      if (afterUnknownTown(sp, tokens, w, sentenceStart) || (sp.bracketed && tokenAt(tokens, sp.tokenStart - 1)?.text === '(')) return null;
      // after a determiner, a possessive, a direction or "of" the name is a place: "a Mogadishu cafe",
      // "his Moscow home", "the UN's Baghdad headquarters", "downtown Tbilisi", "east Jerusalem", "the center of Tel Aviv"
      const prev = tokenAt(tokens, sp.tokenStart - 1);
      if (prev && sp.tokenStart > sentenceStart && (PLACE_DETERMINERS.has(prev.norm) || w.qualifier(prev.norm))) return null;
      // "in Al Wahdah district, Sanaa", "Hasbah neighborhood, Sana'a": the larger place after a comma
      const prev2 = tokenAt(tokens, sp.tokenStart - 2);
      if (prev && prev.text === ',' && prev2 && prev2.kind === 'word' && (w.suffix(prev2.norm) || prev2.cap)) return null;
      const capital = sp.candidates.find((c) => c.kind === 'city' && c.featureCode === 'PPLC');
      // a namesake in the document's own country, chosen by context, is a town ("Paris" in a Texas story)
      if (capital && best.country !== capital.country && ctx.dominant === best.country) return null;
      return false;
    },
  },
  {
    id: 'reject:county-elsewhere',
    example: '"Walker County" in a Texas story must not become Walker, Michigan',
    test: ({ sp, ctx, tokens }, best) => {
      if (sp.suffix !== 'admin2' || sp.unitBefore || sp.hint || best.kind !== 'city' || !best.admin1 || !best.country) return null;
      // counties, parishes and boroughs are named after people and recur across states; a "district" or "area" is a
      // local unit named after its town, taken in a country the document points to ("coalition airstrikes on Baqim district")
      const country = best.country;
      if (!COUNTY_WORDS.has(tokens[sp.nameEnd]?.norm ?? '') && (ctx.weak.has(country) || otherKey(ctx.strongKeys.get(country), sp.key))) return null;
      const area = `${best.country}|${best.admin1}`;
      return (ctx.admin1Votes.get(area) ?? 0) >= 2 || ctx.admin1.has(area) ? null : false;
    },
  },
];

export function decideChosen(x: FilterInput, best: GeoCandidate): { ok: boolean; rule: string } | null {
  for (const f of CHOSEN_FILTERS) {
    const v = f.test(x, best);
    if (v !== null) return { ok: v, rule: f.id };
  }
  return null;
}

/** The id of the deciding rule and its verdict. */
export function decide(x: FilterInput): { ok: boolean; rule: string } {
  for (const f of FILTERS) {
    const v = f.test(x);
    if (v !== null) return { ok: v, rule: f.id };
  }
  return { ok: false, rule: 'reject:none' };
}

/** `keys` holds a key other than `key` (a Set tested apart from `?? []`: a Set and an array spread at one site are two maps, "wrong map"). */
function otherKey(keys: ReadonlySet<string> | undefined, key: string): boolean {
  if (keys === undefined) return false;
  for (const k of keys) if (k !== key) return true;
  return false;
}
