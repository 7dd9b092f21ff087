import { evalPath, readJsonl, select } from './data.js';
import { evaluateLgl } from '../resolve/geo-eval.js';
import { haversineKm, median, overlapLength, prf } from './metrics.js';
import { ReportBuilder, type SetReport } from './report.js';
import { Extractor } from './extract.js';
import { countryCode } from './countries.js';
import { progress, type EvalSet, type RunOptions } from './set.js';
import type { Mention, PlaceData } from '../pipeline/doc.js';

/**
 * LGL geoparsing (geo/lgl.jsonl): local US news with toponym spans resolved to GeoNames.
 * Our place mentions (analyzeDoc(...).places) are matched to gold toponyms by character overlap
 * (each mention used once, largest overlap first). Scored: toponym precision/recall, country
 * accuracy and distance on matched toponyms; share within 161 km (100 miles) of the gold point both
 * over matched toponyms and over all gold toponyms (a missed toponym counts as wrong).
 */

interface LglToponym { phrase: string; start: number; end: number; lat: number | null; lon: number | null; country: string | null; name: string }
interface LglRecord { id: string; text: string; toponyms: LglToponym[]; date?: string | null; split?: string }

const FILE = 'geo/lgl.jsonl';
export const KM_161 = 161;

export interface TopoMatch { gold: number; pred: number }

/** Greedy one-to-one matching of gold spans to predicted spans by overlap length. */
export function matchSpans(gold: readonly (readonly [number, number])[], pred: readonly (readonly [number, number])[]): TopoMatch[] {
  const pairs: { g: number; p: number; o: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const o = overlapLength(gold[g]!, pred[p]!);
      if (o > 0) pairs.push({ g, p, o });
    }
  }
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: TopoMatch[] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push({ gold: g, pred: p });
  }
  return out;
}

export async function runLgl(options: RunOptions): Promise<SetReport> {
  const records = select(readJsonl<LglRecord>(FILE, options.dir), options);
  const r = new ReportBuilder('lgl', 'LGL geoparsing', FILE, records.length);
  const ex = new Extractor();
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let countryOk = 0;
  let countryN = 0;
  let within = 0;
  const dists: number[] = [];
  let i = 0;
  for (const g of records) {
    progress(options, i++);
    const doc = ex.run(g.id, g.text, g.date ? g.date.slice(0, 10) : null);
    // toponyms are every place name: the places of the text and the names the actor stage took ("Egypt said",
    // "the Athens Police"), which LGL marks as toponyms too
    const preds: Mention<PlaceData>[] = doc.placeNames.length === 0 ? doc.places : [...doc.places, ...doc.placeNames];
    gold += g.toponyms.length;
    predicted += preds.length;
    const m = matchSpans(g.toponyms.map((t) => [t.start, t.end] as const), preds.map((p) => [p.start, p.end] as const));
    matched += m.length;
    const found = new Set(m.map((x) => x.gold));
    for (const { gold: gi, pred: pi } of m) {
      const t = g.toponyms[gi]!;
      const p = preds[pi]!;
      const gc = countryCode(t.country);
      if (gc) {
        countryN++;
        if (p.data.country === gc) countryOk++;
        else r.error({ field: 'country', id: g.id, text: `…${g.text.slice(Math.max(0, t.start - 60), t.end + 60)}…`, gold: `${t.phrase} → ${t.country}`, predicted: `${p.text} → ${p.data.country ?? '(none)'}`, severity: 1 });
      }
      if (t.lat != null && t.lon != null) {
        if (p.data.lat != null && p.data.lon != null) {
          const km = haversineKm(t.lat, t.lon, p.data.lat, p.data.lon);
          dists.push(km);
          if (km <= KM_161) within++;
          else r.error({ field: 'distance', id: g.id, text: `…${g.text.slice(Math.max(0, t.start - 60), t.end + 60)}…`, gold: `${t.phrase} → ${t.name} (${t.lat}, ${t.lon})`, predicted: `${p.data.name} (${p.data.lat}, ${p.data.lon}), ${Math.round(km)} km`, severity: km });
        } else dists.push(20_000);
      }
    }
    g.toponyms.forEach((t, gi) => {
      if (!found.has(gi)) r.error({ field: 'missed toponym', id: g.id, text: `…${g.text.slice(Math.max(0, t.start - 60), t.end + 60)}…`, gold: `${t.phrase} (${t.name}, ${t.country ?? '?'})`, predicted: '(none)', severity: 1 });
    });
  }
  r.prf('toponyms', prf(matched, predicted - matched, gold - matched), 'span overlap, one-to-one');
  r.accuracy('country, matched toponyms', countryOk, countryN);
  r.accuracy('within 161 km, matched toponyms', within, dists.length, 'a matched place without coordinates counts as wrong');
  r.accuracy('within 161 km, all gold toponyms', within, gold, 'missed toponyms count as wrong');
  r.score('error km, matched toponyms', 'median km', median(dists), dists.length);
  // the place engineer's own view: the place recogniser alone (no events), as src/resolve/geo-eval.ts scores it
  if (records.length > 0 && !options.split) {
    const own = evaluateLgl(evalPath(FILE, options.dir), options.limit != null ? { limit: options.limit } : {});
    const why = 'place recogniser alone, evaluateLgl() in src/resolve/geo-eval.ts';
    r.score('recogniser: toponyms', 'recall', own.recall, own.gold, own.n, why);
    r.score('recogniser: country, matched', 'accuracy', own.country, own.n);
    r.score('recogniser: admin1, matched', 'accuracy', own.admin1, own.n);
    r.score('recogniser: within 161 km, matched', 'accuracy', own.within161, own.n);
    r.score('recogniser: error km, matched', 'median km', Number.isFinite(own.medianKm) ? own.medianKm : null, own.n);
  }
  r.extractor(ex);
  return r.build();
}

export const lglSet: EvalSet = { name: 'lgl', title: 'LGL geoparsing', file: FILE, run: runLgl };
