import { readJsonl, select } from './data.js';
import { overlaps, prf } from './metrics.js';
import { ReportBuilder, type SetReport } from './report.js';
import { Extractor } from './extract.js';
import { progress, type EvalSet, type RunOptions } from './set.js';
import type { Event } from '../model/event.js';

/**
 * Event geolocation (geo/event_location_halterman2019.jsonl), adjudicated rows only
 * (`has_gold_relabel`, annotations with `gold_relabel: true`). Each annotation gives an event verb and
 * the span(s) of the place where that event happened (none: the sentence does not say).
 * Our event for a verb: an event with a trigger overlapping the verb, else one whose span covers it.
 * Correct: gold has no location and our event has none, or one of our event's location spans
 * overlaps a gold location span; a second measure counts only stated locations (an inferred one, from the actors'
 * country or another place of the text, is not what the sentence says). Gold spans whose offsets do not give their text (token indices) are found
 * by their text (goldSpan).
 */

interface Span { text: string; start: number; end: number }
interface Annotation { verb: Span | null; event_locations: Span[]; gold_relabel: boolean }
interface HaltermanRecord { id: string; text: string; annotations: Annotation[]; has_gold_relabel: boolean; split?: string }

const FILE = 'geo/event_location_halterman2019.jsonl';

/** Index of the token (words, and each other non-space character alone) that starts at char `at`. Plain loop. */
function tokenIndexAt(text: string, at: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (space) inWord = false;
    else if (word) { if (!inWord) n++; inWord = true; }
    else { n++; inWord = false; }
  }
  return n;
}

/**
 * The character span of a gold place. Most adjudicated (relabel) spans hold token indices, not characters
 * ("Afghanistan" start 10 end 10 is the 11th token): when the offsets do not give the text, its occurrence in
 * the sentence, the one nearest that token index when it occurs more than once.
 */
export function goldSpan(text: string, s: Span): [number, number] {
  if (text.slice(s.start, s.end) === s.text || s.text.length === 0) return [s.start, s.end];
  let best = -1;
  let bestDist = Infinity;
  for (let i = text.indexOf(s.text); i >= 0; i = text.indexOf(s.text, i + 1)) {
    const dist = Math.abs(tokenIndexAt(text, i) - s.start);
    if (dist < bestDist) { best = i; bestDist = dist; }
  }
  return best < 0 ? [s.start, s.end] : [best, best + s.text.length];
}

export function eventAtVerb(events: readonly Event[], verb: readonly [number, number]): Event | null {
  for (const e of events) if (e.triggers.some((t) => overlaps(t.span, verb))) return e;
  for (const e of events) if (e.span[0] <= verb[0] && verb[1] <= e.span[1]) return e;
  return null;
}

export async function runEventLocation(options: RunOptions): Promise<SetReport> {
  const all = readJsonl<HaltermanRecord>(FILE, options.dir).filter((x) => x.has_gold_relabel);
  const records = select(all, options);
  const r = new ReportBuilder('event-location', 'Event location (Halterman 2019, adjudicated)', FILE, records.length);
  const ex = new Extractor();
  let n = 0;
  let covered = 0;
  let correctCovered = 0;
  let correctAll = 0;
  let correctStated = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let noVerb = 0;
  let i = 0;
  for (const g of records) {
    progress(options, i++);
    const doc = ex.run(g.id, g.text, null);
    for (const a of g.annotations) {
      if (!a.gold_relabel) continue;
      if (!a.verb) {
        noVerb++;
        continue;
      }
      n++;
      const verb = a.verb;
      const ev = eventAtVerb(doc.events, [verb.start, verb.end]);
      const pred = (ev?.locations ?? []).map((l) => l.span);
      const gold = a.event_locations.map((l) => goldSpan(g.text, l));
      const ok = gold.length === 0 ? pred.length === 0 : pred.some((p) => gold.some((s) => overlaps(p, s)));
      if (ev) {
        covered++;
        if (ok) correctCovered++;
      }
      if (ok) correctAll++;
      // what the sentence states: an inferred location (actors' country, the document's place) counts as none
      const stated = (ev?.locations ?? []).filter((l) => l.provenance.how === 'stated').map((l) => l.span);
      if (gold.length === 0 ? stated.length === 0 : stated.some((p) => gold.some((s) => overlaps(p, s)))) correctStated++;
      const hitG = gold.filter((s) => pred.some((p) => overlaps(p, s))).length;
      const hitP = pred.filter((p) => gold.some((s) => overlaps(p, s))).length;
      tp += hitG;
      fn += gold.length - hitG;
      fp += pred.length - hitP;
      if (!ok) {
        r.error({
          field: 'event location', id: g.id, text: g.text,
          gold: `${verb.text} @ ${a.event_locations.map((l) => l.text).join(' | ') || '(none stated)'}`,
          predicted: ev ? (ev.locations.map((l) => l.text).join(' | ') || '(none)') : '(no event at the verb)',
          severity: ev ? 2 : 1,
        });
      }
    }
  }
  r.accuracy('verbs with an event', covered, n, 'our event found at the gold verb');
  r.accuracy('event location, verbs with an event', correctCovered, covered);
  r.accuracy('event location, all adjudicated verbs', correctAll, n, 'no event → no location');
  r.accuracy('event location stated, all adjudicated verbs', correctStated, n, 'inferred locations count as none');
  r.prf('event location spans', prf(tp, fp, fn));
  if (noVerb) r.note(`${noVerb} adjudicated annotation(s) without a verb span skipped.`);
  r.extractor(ex);
  return r.build();
}

export const eventLocationSet: EvalSet = { name: 'event-location', title: 'Event location (Halterman 2019)', file: FILE, run: runEventLocation };
