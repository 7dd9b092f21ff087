import { readFileSync } from 'node:fs';
import { Doc, type Mention, type PlaceData } from '../pipeline/doc.js';
import { segmentStage } from '../pipeline/segment-stage.js';
import { recognisers } from '../pipeline/configuration.js';
import { recognisePlaces } from '../recognise/places.js';
import { gazetteer } from './gazetteer.js';
import { placeKey } from './gazetteer-key.js';
import { haversineKm } from './geo-distance.js';

/**
 * Geocoding evaluation against human-coded data read at run time from the shared eval folder (never
 * copied into the repository):
 *  - LGL (local news, toponym spans with GeoNames readings): of the gold toponyms we also found (span
 *    overlap), the share in the right country, the share within 161 km (100 miles) and the median error;
 *  - ACLED notes: country and admin1 of the single best place per note.
 */

/**
 * The document as the place stage sees it in the pipeline: segmented, with the stages before `places`
 * (outlets, actors) run when `withActors` is set, so actor countries inform disambiguation.
 */
function docOf(text: string, withActors = false): Doc {
  const doc = new Doc({ id: 'eval', text, title: null, url: null, published: null, outlet: null, origin: 'eval', format: 'text' });
  if (!withActors) {
    segmentStage.run(doc);
    return doc;
  }
  for (const stage of recognisers) {
    if (stage.name === 'places') break;
    stage.run(doc);
  }
  return doc;
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function countryIso3(name: string | null | undefined): string | null {
  if (!name) return null;
  return gazetteer().countryByName(name)?.iso3 ?? null;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

interface LglToponym { start: number; end: number; lat: number; lon: number; country: string; admin1: string | null; phrase: string }
interface LglRecord { id: string; text: string; toponyms: LglToponym[] }

export interface LglResult {
  /** gold toponyms */
  gold: number;
  /** gold toponyms with an overlapping predicted place */
  n: number;
  recall: number;
  /** predicted places that overlap no gold toponym (share of all predictions) */
  spurious: number;
  country: number;
  admin1: number;
  within161: number;
  medianKm: number;
  /** Optional error list for analysis (phrase, predicted, gold, km). */
  errors?: { id: string; phrase: string; predicted: string; gold: string; km: number }[];
}

export function evaluateLgl(path: string, opts: { errors?: boolean; limit?: number; withActors?: boolean } = {}): LglResult {
  const recs = readJsonl<LglRecord>(path).slice(0, opts.limit ?? Infinity);
  let gold = 0, n = 0, countryOk = 0, admin1Ok = 0, admin1N = 0, within = 0, preds = 0, spurious = 0;
  const kms: number[] = [];
  const errors: NonNullable<LglResult['errors']> = [];
  for (const r of recs) {
    const doc = docOf(r.text, opts.withActors);
    const places = recognisePlaces(doc);
    preds += places.length;
    const used = new Set<Mention<PlaceData>>();
    for (const t of r.toponyms) {
      const p = places.find((m) => m.start < t.end && t.start < m.end);
      if (p) used.add(p);
      // toponyms the annotators could not resolve (streets, "Memphis St.") are left out
      if (t.lat === null || t.lon === null || !t.country) continue;
      gold++;
      if (!p) continue;
      n++;
      const iso = countryIso3(t.country);
      if (iso && p.data.country === iso) countryOk++;
      if (t.admin1) {
        admin1N++;
        let ok = !!p.data.admin1 && placeKey(p.data.admin1) === placeKey(t.admin1);
        if (!ok && p.data.admin1 && iso) ok = gazetteer().nearestCity(t.lat, t.lon, iso)?.admin1 === p.data.admin1;
        if (ok) admin1Ok++;
      }
      const km = p.data.lat === null || p.data.lon === null ? 20000 : haversineKm(p.data.lat, p.data.lon, t.lat, t.lon);
      kms.push(km);
      if (km <= 161) within++;
      else if (opts.errors) errors.push({ id: r.id, phrase: t.phrase, predicted: `${p.data.name}, ${p.data.admin1 ?? ''}, ${p.data.country ?? ''}`, gold: `${t.admin1 ?? ''}, ${t.country}`, km: Math.round(km) });
    }
    for (const p of places) if (!used.has(p)) spurious++;
  }
  return {
    gold, n, recall: round(n / gold), spurious: round(spurious / Math.max(preds, 1)),
    country: round(countryOk / Math.max(n, 1)), admin1: round(admin1Ok / Math.max(admin1N, 1)),
    within161: round(within / Math.max(n, 1)), medianKm: round(median(kms), 1),
    ...(opts.errors ? { errors } : {}),
  };
}

interface AcledRecord { id: string; text: string; country: string; admin1: string | null; location: string; latitude: number; longitude: number }

export interface AcledGeoResult {
  n: number;
  /** notes where some place was found */
  found: number;
  country: number;
  admin1: number;
  within50: number;
  medianKm: number;
  errors?: { id: string; predicted: string; gold: string }[];
}

const RANK: Record<string, number> = { site: 0, city: 1, admin1: 2, country: 3, region: 4 };

/** The most specific place of a note (the first of the finest precision). */
export function bestPlace(places: Mention<PlaceData>[]): Mention<PlaceData> | null {
  let best: Mention<PlaceData> | null = null;
  for (const p of places) if (!best || RANK[p.data.precision]! < RANK[best.data.precision]!) best = p;
  return best;
}

function looseKey(s: string): string {
  return placeKey(s).replace(/^(al|ar|as|ad|an|ash|az|el) -? ?/, '').replace(/[^a-z0-9]/g, '');
}

export function evaluateAcled(path: string, opts: { errors?: boolean; limit?: number; withActors?: boolean } = {}): AcledGeoResult {
  const recs = readJsonl<AcledRecord>(path).slice(0, opts.limit ?? Infinity);
  let found = 0, countryOk = 0, admin1Ok = 0, within = 0;
  const kms: number[] = [];
  const errors: NonNullable<AcledGeoResult['errors']> = [];
  for (const r of recs) {
    const best = bestPlace(recognisePlaces(docOf(r.text, opts.withActors)));
    if (!best) continue;
    found++;
    const iso = countryIso3(r.country);
    const cOk = iso !== null && best.data.country === iso;
    if (cOk) countryOk++;
    // admin1 names differ between sources (Bayern/Bavaria): a match by name, or the gold point's nearest
    // gazetteer city lies in the predicted admin1 (the gold admin1 in our naming)
    let aOk = cOk && !!r.admin1 && !!best.data.admin1 && looseKey(best.data.admin1) === looseKey(r.admin1);
    if (cOk && !aOk && best.data.admin1) {
      const near = gazetteer().nearestCity(r.latitude, r.longitude, iso ?? undefined);
      aOk = near !== null && near.admin1 === best.data.admin1;
    }
    if (aOk) admin1Ok++;
    if (best.data.lat !== null && best.data.lon !== null) {
      const km = haversineKm(best.data.lat, best.data.lon, r.latitude, r.longitude);
      kms.push(km);
      if (km <= 50) within++;
    }
    if (opts.errors && !(cOk && aOk)) errors.push({ id: r.id, predicted: `${best.text} → ${best.data.name}, ${best.data.admin1 ?? ''}, ${best.data.country ?? ''}`, gold: `${r.location}, ${r.admin1 ?? ''}, ${r.country}` });
  }
  const n = recs.length;
  return {
    n, found, country: round(countryOk / n), admin1: round(admin1Ok / n), within50: round(within / n), medianKm: round(median(kms), 1),
    ...(opts.errors ? { errors } : {}),
  };
}
