import type { Doc, Mention, PlaceData } from '../pipeline/doc.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { demonymOfAPeople, demonymWords } from './place-context.js';

/**
 * Demonyms as toponyms: "Russian", "Palestinians", "Egyptian-US relations" name a country, and geoparsing corpora
 * (LGL) mark them as its toponym. Only the demonyms of a country the document names by its name ("Russia", "Egypt",
 * as a place or as a state actor): a demonym of a country the story is not about is mostly a language, a cuisine or a
 * heritage ("French fries", "Irish attitude", "Italian restaurant"). Each takes the reading of that country's
 * mention. For the `placeNames` layer only: never a place of an event.
 */
export function demonymToponyms(doc: Doc, g: Gazetteer, named: readonly Mention<PlaceData>[][]): Mention<PlaceData>[] {
  const out: Mention<PlaceData>[] = [];
  // the country mentions of the document, by ISO3
  let countries: Map<string, Mention<PlaceData>> | null = null;
  for (const list of named) {
    for (const m of list) {
      if (m.data.precision !== 'country' || m.data.country === null) continue;
      countries ??= new Map();
      if (!countries.has(m.data.country)) countries.set(m.data.country, m);
    }
  }
  if (countries === null) return out;
  const bits = demonymWords(g);
  const tokens = doc.tokens;
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap || !bits.hasToken(t)) continue;
    const iso3 = g.demonym(t.norm);
    const c = iso3 === null ? undefined : countries.get(iso3);
    if (c === undefined) continue;
    // "Native American", "North American", "African-American": a people or a continent's part, not the country
    if (demonymOfAPeople(tokens, i)) continue;
    while (s + 1 < doc.sentences.length && doc.sentences[s]!.tokenEnd <= i) s++;
    out.push({ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: s, text: t.text, entry: c.entry, data: copyPlace(c.data) });
    if (doc.trace) doc.explain('places', 'place:demonym', s, [t.start, t.end], `"${t.text}" names ${c.data.name}, which the text names: a toponym, no place of an event`);
  }
  return out;
}

function copyPlace(d: PlaceData): PlaceData {
  return { name: d.name, country: d.country, admin1: d.admin1, lat: d.lat, lon: d.lon, precision: d.precision, alternatives: d.alternatives, population: d.population };
}
