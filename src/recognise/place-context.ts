import { RULE_BARE_BODY } from './actor-rules/bare-state-body.js';
import type { ActorData, Doc, Mention, Token } from '../pipeline/doc.js';
import { readingOpen, settleReadings } from './actor-readings.js';
import type { Gazetteer, GeoCandidate } from '../resolve/gazetteer.js';
import { haversineKm } from '../resolve/geo-distance.js';
import { areaOf, dominantCountry, emptyContext, otherUnit, unitsNamed, WEIGHTS, type GeoContext } from '../resolve/geo-disambiguate.js';
import { clearReading, type PlaceSpan } from './place-match.js';
import { actingCountry, theatreOfMention } from '../resolve/actor-country.js';
import { WordBits } from './vocab.js';
import { countryCues } from './place-cues.js';

/** The gazetteer's one-word demonyms as a bitmap by vocabulary number: most capitalised words are none, and say so with one read. */
let demonyms: { g: Gazetteer; bits: WordBits } | null = null;
export function demonymWords(g: Gazetteer): WordBits {
  if (demonyms?.g !== g) demonyms = { g, bits: new WordBits([...g.demonymKeys()].filter((k) => !k.includes(' '))) };
  return demonyms.bits;
}

function addKey(ctx: GeoContext, iso3: string, key: string): void {
  const set = ctx.strongKeys.get(iso3) ?? new Set<string>();
  set.add(key);
  ctx.strongKeys.set(iso3, set);
}

/** Words before a demonym that make it a people or a part of a continent ("Native American", "Latin American"). */
const PEOPLE_HEADS = new Set(['native', 'north', 'south', 'central', 'latin']);
/** The same before a hyphen ("African-American"; not "Russian-American", "Arab-Israeli": two peoples, both toponyms). */
const HYPHEN_HEADS = new Set(['african', 'anglo']);

/**
 * The demonym at token i names a people or a part of a continent, not the country ("Native American", "Central
 * American", "African-American"; not a lower-case direction, "north Lebanese port"): no toponym (place-demonym.ts) and no vote for the country (documentContext).
 */
export function demonymOfAPeople(tokens: readonly Token[], i: number): boolean {
  const prev = i > 0 ? tokens[i - 1]! : null;
  if (prev === null) return false;
  // capitalised: "Central American" is a region, "central Syrian" (a direction) still names Syria
  return (prev.cap && PEOPLE_HEADS.has(prev.norm)) || (prev.kind === 'dash' && !tokens[i]!.space && i > 1 && HYPHEN_HEADS.has(tokens[i - 2]!.norm));
}

/** Participles after "X-" that make a demonym a sponsor ("Saudi-led coalition", "Iranian-backed militias"). */
const SPONSOR = new Set(['led', 'backed', 'supported', 'sponsored', 'funded', 'aligned', 'allied', 'affiliated', 'trained', 'armed']);

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

/** Sectors of non-state armed groups: rebels, militias, gangs. */
const ARMED_GROUP_SECTORS = new Set(['REB', 'MILITIA', 'CRM', 'OPP']);
/** Sectors of national political parties and trade unions. */
const PARTY_SECTORS = new Set(['PTY', 'LAB']);

/**
 * A named non-state armed group (Houthis, QSD, HTS, CJNG), a national party or a trade union (CGIL, ANNISU-R): such
 * actors fight, march and strike in their own country or next door, unlike a state's forces (which strike abroad)
 * or a demonym (refugees and diasporas protest abroad).
 */
export function fightsAtHome(a: { kind: string; generic: boolean; sector: string | null }): boolean {
  if (a.generic || a.sector === null) return false;
  return PARTY_SECTORS.has(a.sector) || (a.kind === 'group' && ARMED_GROUP_SECTORS.has(a.sector));
}

/** Readings from which documentContext's distinct areas and countries are kept in Sets as well as in order. */
const LONG_LIST = 16;

/** Grid cells of half a degree: a reading's neighbours within `WEIGHTS.nearKm` lie in its cell or the eight around it. */
const CELL = 0.5;

/**
 * The town and county readings that lie within `WEIGHTS.nearKm` of a town or county reading of another name of the
 * document, in the same country (spatial coherence finer than the admin1 votes: local news names a town and its county,
 * or neighbouring towns). Names of many readings (more than `LONG_LIST`: "Washington", "Springfield") and stop names
 * neither gain nor give, nor transliteration guesses or country-state-city hamlets beside GeoNames readings.
 */
function nearReadings(g: Gazetteer, spans: readonly PlaceSpan[]): Set<string> | undefined {
  const all: { key: string; c: GeoCandidate }[] = [];
  const seen = new Set<string>();
  for (const sp of spans) {
    if (seen.has(sp.key) || g.stop.has(sp.key)) continue;
    seen.add(sp.key);
    const cands = sp.candidates;
    // a name of many readings is near everything: it neither gains nor gives
    if (cands.length > LONG_LIST) continue;
    let geonames = false;
    for (let k = 0; k < cands.length && !geonames; k++) geonames = cands[k]!.featureCode !== 'CSC';
    for (const c of cands) {
      if (c.kind !== 'city' || !c.country || c.lat === null || c.lon === null || c.fuzzy === true || (geonames && c.featureCode === 'CSC')) continue;
      all.push({ key: sp.key, c });
    }
  }
  // one name alone, or fewer than two readings in all: no neighbours to find
  if (seen.size < 2 || all.length < 2) return undefined;
  const cells = new Map<number, { key: string; c: GeoCandidate }[]>();
  for (const r of all) {
    const cell = cellKey(Math.floor(r.c.lat! / CELL), Math.floor(r.c.lon! / CELL));
    const list = cells.get(cell);
    if (list) list.push(r); else cells.set(cell, [r]);
  }
  let out: Set<string> | undefined;
  for (const { key, c } of all) {
    const y = Math.floor(c.lat! / CELL), x = Math.floor(c.lon! / CELL);
    let found = false;
    for (let dy = -1; dy <= 1 && !found; dy++) {
      for (let dx = -1; dx <= 1 && !found; dx++) {
        const list = cells.get(cellKey(y + dy, x + dx));
        if (!list) continue;
        for (const o of list) {
          // (another name's reading of the same place is no neighbour: "Al Mansurah" and "Mansura")
          if (o.key === key || o.c.country !== c.country || o.c.entry === c.entry) continue;
          if (haversineKm(c.lat!, c.lon!, o.c.lat!, o.c.lon!) <= WEIGHTS.nearKm) { found = true; break; }
        }
      }
    }
    if (found) (out ??= new Set()).add(c.entry);
  }
  return out;
}

/** A grid cell's number: rows of `CELL` degrees of latitude (|y| ≤ 180) by columns of longitude (|x| ≤ 720), one integer. */
function cellKey(y: number, x: number): number {
  return (y + 512) * 2048 + (x + 1024);
}

/** Append x to list unless it holds it already (asked of `seen`, the same items as a Set, when there is one). */
function addNew(list: string[], seen: Set<string> | null, x: string): void {
  if (seen !== null ? seen.has(x) : list.includes(x)) return;
  if (seen !== null) seen.add(x);
  list.push(x);
}

/** The tokens [from, to) lie within one place span's name and unit words. */
function insidePlaceSpan(sentence: number, from: number, to: number, spans: readonly PlaceSpan[]): boolean {
  for (const sp of spans) if (sp.sentence === sentence && sp.tokenStart <= from && to <= sp.tokenEnd) return true;
  return false;
}

/**
 * What the whole document says about where it is: countries named outright or through unambiguous places
 * (strong), demonyms and actors' countries (weak), and admin1 units. Built before any name is resolved,
 * so that "Alexandria" in a story that also names Louisiana towns reads as Alexandria, Louisiana. Actor names
 * that entries of several countries share ("Congress") take their reading here, from the rest of the evidence
 * (actor-readings.ts), and then count as the other actors do.
 */
export function documentContext(doc: Doc, g: Gazetteer, spans: PlaceSpan[]): GeoContext {
  const ctx = emptyContext();
  const seenKeys = new Set<string>();
  for (const sp of spans) {
    if (g.stop.has(sp.key)) continue;
    if (!seenKeys.has(sp.key)) {
      seenKeys.add(sp.key);
      // distinct areas and countries in first-seen order (short lists: arrays, not Sets)
      const areas: string[] = [];
      const countries: string[] = [];
      const cands = sp.candidates;
      let geonames = false;
      for (let k = 0; k < cands.length && !geonames; k++) geonames = cands[k]!.featureCode !== 'CSC';
      // a name that names a country or a first-level unit ("China", "Louisiana") does not vote for the areas of its
      // namesake villages elsewhere (as geo-disambiguate.ts scores them)
      let countryName: string | null = null;
      for (const c of cands) if (c.kind === 'country') { countryName = c.country; break; }
      const units = unitsNamed(cands);
      // a long list ("Washington", "San Jose": hundreds of readings) is deduplicated through Sets (same first-seen order)
      const long = cands.length > LONG_LIST ? { areas: new Set<string>(), countries: new Set<string>() } : null;
      for (const c of cands) {
        if (c.kind === 'country' || c.kind === 'region' || !c.country || (geonames && c.featureCode === 'CSC')) continue;
        if (c.kind === 'city' && (c.population ?? 0) < WEIGHTS.countryNamesakeTown && ((countryName !== null && c.country !== countryName) || otherUnit(units, areaOf(c)))) continue;
        addNew(countries, long?.countries ?? null, c.country);
        if (c.admin1) {
          const area = areaOf(c);
          addNew(areas, long?.areas ?? null, area);
        }
      }
      for (const a of areas) bump(ctx.admin1Votes, a);
      for (const a of countries) bump(ctx.countryVotes, a);
    }
    if (sp.hint?.country) {
      bump(ctx.strong, sp.hint.country);
      addKey(ctx, sp.hint.country, `hint:${sp.key}`);
    }
    // a name whose readings all lie outside the unit named after it is a local place the gazetteer lacks, no evidence
    if (sp.outside) continue;
    const u = clearReading(sp);
    if (!u || !u.country) continue;
    const big = u.kind !== 'city' || (u.population ?? 0) >= 50_000 || sp.locative === 'strong' || sp.nameEnd - sp.tokenStart >= 2;
    if (!big) continue;
    // a transliteration guess, or a one-word hamlet known only from country-state-city (no population), is half a
    // mention: villages missing from the gazetteer often have such a namesake abroad ("the Hadda area of Sanaa City",
    // "al-Haylan area in Sirwah district")
    const slight = u.kind === 'city' && (u.fuzzy === true || (u.featureCode === 'CSC' && sp.nameEnd - sp.tokenStart < 2)) && !sp.hint && !sp.contained;
    bump(ctx.strong, u.country, slight ? 0.5 : 1);
    addKey(ctx, u.country, sp.key);

    if (u.admin1 && u.kind !== 'country') {
      const area = areaOf(u);
      bump(ctx.admin1, area);
      const keys = (ctx.admin1Keys ??= new Map()).get(area) ?? new Set<string>();
      keys.add(sp.key);
      ctx.admin1Keys.set(area, keys);
    }
  }
  ctx.near = nearReadings(g, spans);
  const tokens = doc.tokens;
  // the capitalised demonym words, found by the country cues' walk over the tokens (one walk, not two)
  const demonymAt: number[] = [];
  ctx.cues = countryCues(tokens, demonymWords(g), demonymAt);
  for (const i of demonymAt) {
    const t = tokens[i]!;
    const iso3 = g.demonym(t.norm);
    // "Saudi-led", "Iranian-backed": a sponsor, not where the story is
    // "Central American", "Native American": a people or a region, not the country
    if (iso3 && !(tokens[i + 1]?.kind === 'dash' && !tokens[i + 1]!.space && SPONSOR.has(tokens[i + 2]?.norm ?? '')) && !demonymOfAPeople(tokens, i)) bump(ctx.weak, iso3);
  }
  // where each actor acts: an intervention force in its theatre (the Saudi-led coalition in Yemen), others at home
  // a name entries of several countries share ("Congress") is no evidence until the rest has chosen its reading
  const open = doc.actorReadings.length > 0;
  const vote = (a: Mention<ActorData>): void => {
    // a bare state body's country repeats an earlier mention's ("the government"): no vote of its own
    const c = a.entry === RULE_BARE_BODY ? null : actingCountry(a);
    // a place name read as its government ("Tripoli" for Libya's) does not vouch for its own reading
    if (c && /^[A-Z]{3}$/.test(c) && !insidePlaceSpan(a.sentence, a.tokenStart, a.tokenEnd, spans)) {
      bump(ctx.weak, c);
      // a home-fighting group at home, an intervention force or operation in its theatre (the Saudi-led coalition in Yemen)
      if (fightsAtHome(a.data) || theatreOfMention(a) === c) bump((ctx.home ??= new Map()), c);
    }
  };
  for (const a of doc.actors) if (!open || !readingOpen(doc, a)) vote(a);
  if (open) settleReadings(doc, ctx, vote);
  ctx.dominant = dominantCountry(ctx);
  return ctx;
}
