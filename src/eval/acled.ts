import { type Actor, isPlaceCountry } from '../model/actor.js';
import type { Event } from '../model/event.js';
import { readJsonl, select } from './data.js';
import { Confusion, haversineKm, median } from './metrics.js';
import { ReportBuilder, type SetReport } from './report.js';
import { chooseEvent, eventPlace, killedCount } from './choose.js';
import { Extractor } from './extract.js';
import { plainNote, statesFatalityCoding, stripCodingPhrases } from './acled-strip.js';
import { actorMatch, parseAcledActor, type ActorLookup } from './acled-actors.js';
import { countryCode } from './countries.js';
import { samePlace } from './normalise.js';
import { sameAdmin1 } from './admin1-names.js';
import { loadActorLookup } from './lookup.js';
import { progress, type EvalSet, type RunOptions } from './set.js';

/**
 * ACLED notes (acled/acled_dev.jsonl): one gold event per note. Our event for the note is chosen by
 * the `severity` policy (choose.ts). No publication date is passed: notes carry their own date
 * ("On 02 February 2020"), and a note without one scores as "no resolvable date".
 */

interface AcledRecord {
  id: string;
  text: string;
  event_date: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  inter1: string | null;
  inter2: string | null;
  country: string;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  fatalities: number;
  origin?: string;
  split?: string;
}

const FILE = 'acled/acled_dev.jsonl';
const NONE = '(none)';

function allActors(e: Event | null): Actor[] {
  // a recipient that is only the country of the act's place is PLOVER's convention; ACLED names no such actor
  return e ? [...e.actors, ...e.recipients.filter((a) => !isPlaceCountry(a))] : [];
}

function actorList(e: Event | null): string {
  const a = allActors(e).map((x) => x.name || x.text);
  return a.length ? a.join('; ') : NONE;
}

function daysBetween(a: string, b: string): number {
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isFinite(d) ? d : 10_000;
}

/** The note names a year (1900–2099) somewhere, so a full date can be read off it. */
export function statesYear(text: string): boolean {
  for (let i = 0; i + 4 <= text.length; i++) {
    const a = text.charCodeAt(i);
    if ((a !== 49 && a !== 50) || (i > 0 && /[0-9]/.test(text[i - 1]!))) continue;
    const four = text.slice(i, i + 4);
    if ((four.startsWith('19') || four.startsWith('20')) && /^\d{4}$/.test(four) && !/[0-9]/.test(text[i + 4] ?? '')) return true;
  }
  return false;
}

export async function runAcled(options: RunOptions): Promise<SetReport> {
  const records = select(readJsonl<AcledRecord>(FILE, options.dir), options);
  const actorLookup = await loadActorLookup();
  const lookup: ActorLookup = actorLookup.fn;
  const r = new ReportBuilder('acled', 'ACLED notes', FILE, records.length);
  const ex = new Extractor();
  const types = new Confusion('ACLED event_type (rows gold, columns predicted)');
  const subs = new Confusion('ACLED sub_event_type');
  const c = {
    withEvent: 0, typeAny: 0, stripped: 0, plain: 0, typePlain: 0, countryPlain: 0, fatal: 0, fatalStripped: 0, leaky: 0, fatalLeaky: 0, fatalLeakyStripped: 0, fatalBinary: 0,
    within50: 0, country: 0, countryGold: 0, admin1: 0, admin1Gold: 0, location: 0, locationAny: 0, locationGold: 0, fromDoc: 0,
    actor1: 0, actor1Gold: 0, actorEither: 0, actorEitherGold: 0, date: 0, dateResolved: 0, dateResolvedCorrect: 0, noYear: 0,
  };
  const kms: number[] = [];
  const byOrigin = new Map<string, { n: number; type: number }>();
  let i = 0;
  for (const g of records) {
    progress(options, i++);
    const doc = ex.run(g.id, g.text, null);
    const ev = chooseEvent(doc.events, 'severity');
    if (ev) c.withEvent++;
    const err = (field: string, gold: string, predicted: string, severity = 1): void =>
      r.error({ field, id: g.id, text: g.text, gold, predicted, severity });

    // event type and sub-event type
    const pType = ev?.codes.acled?.eventType ?? NONE;
    const pSub = ev?.codes.acled?.subEventType ?? NONE;
    types.add(g.event_type, pType);
    const o = byOrigin.get(g.origin ?? '?') ?? { n: 0, type: 0 };
    o.n++;
    if (pType === g.event_type) o.type++;
    byOrigin.set(g.origin ?? '?', o);
    subs.add(g.sub_event_type, pSub);
    if (doc.events.some((e) => e.codes.acled?.eventType === g.event_type)) c.typeAny++;
    if (pType !== g.event_type) err('event_type', g.event_type, pType, pType === NONE ? 1 : 2);
    else if (pSub !== g.sub_event_type) err('sub_event_type', g.sub_event_type, pSub);

    // fatalities, as written and with the coding phrases stripped
    const predicted = killedCount(ev);
    if (predicted === g.fatalities) c.fatal++;
    else err('fatalities', String(g.fatalities), String(predicted), Math.abs(predicted - g.fatalities));
    if ((predicted > 0) === (g.fatalities > 0)) c.fatalBinary++;
    const stripped = stripCodingPhrases(g.text);
    let predictedStripped = predicted;
    if (stripped !== g.text) {
      c.stripped++;
      const sdoc = ex.run(g.id, stripped, null);
      predictedStripped = killedCount(chooseEvent(sdoc.events, 'severity'));
      if (statesFatalityCoding(g.text)) {
        c.leaky++;
        if (predicted === g.fatalities) c.fatalLeaky++;
        if (predictedStripped === g.fatalities) c.fatalLeakyStripped++;
      }
    }
    if (predictedStripped === g.fatalities) c.fatalStripped++;
    else if (stripped !== g.text) r.error({ field: 'fatalities (stripped)', id: g.id, text: stripped, gold: String(g.fatalities), predicted: String(predictedStripped), severity: Math.abs(predictedStripped - g.fatalities) });

    // event type and country on the note as news would tell it (no leading ACLED label, no coding phrases)
    const plain = plainNote(g.text);
    let pev = ev;
    let pdoc = doc;
    if (plain !== g.text) {
      c.plain++;
      pdoc = ex.run(g.id, plain, null);
      pev = chooseEvent(pdoc.events, 'severity');
    }
    const pTypePlain = pev?.codes.acled?.eventType ?? NONE;
    if (pTypePlain === g.event_type) c.typePlain++;
    else if (plain !== g.text) r.error({ field: 'event_type (plain text)', id: g.id, text: plain, gold: g.event_type, predicted: pTypePlain, severity: pTypePlain === NONE ? 1 : 2 });
    const goldCountryPlain = countryCode(g.country);
    if (goldCountryPlain) {
      const pc = eventPlace(pev, pdoc).country;
      if (pc === goldCountryPlain) c.countryPlain++;
      else r.error({ field: 'country (plain text)', id: g.id, text: plain, gold: `${g.country} (${goldCountryPlain})`, predicted: pc ?? NONE, severity: 1 });
    }

    // place: our event's first location, else the document's most specific place
    const place = eventPlace(ev, doc);
    if (place.from === 'document') c.fromDoc++;
    const goldCountry = countryCode(g.country);
    if (goldCountry) {
      c.countryGold++;
      if (place.country === goldCountry) c.country++;
      else err('country', `${g.country} (${goldCountry})`, place.country ?? NONE);
    }
    if (g.admin1) {
      c.admin1Gold++;
      if (sameAdmin1(place.admin1, g.admin1)) c.admin1++;
      else err('admin1', g.admin1, place.admin1 ?? NONE);
    }
    if (g.location) {
      c.locationGold++;
      if (samePlace(place.name, g.location) || samePlace(place.text, g.location)) c.location++;
      else {
        const km = place.lat != null && place.lon != null && g.latitude != null && g.longitude != null ? haversineKm(place.lat, place.lon, g.latitude, g.longitude) : 20_000;
        err('location', g.location, place.name || NONE, km);
      }
      if (place.lat != null && place.lon != null && g.latitude != null && g.longitude != null) {
        const km = haversineKm(place.lat, place.lon, g.latitude, g.longitude);
        kms.push(km);
        if (km <= 50) c.within50++;
      }
      const names = [...(ev?.locations ?? []).flatMap((l) => [l.name, l.text]), ...doc.places.flatMap((p) => [p.data.name, p.text])];
      if (names.some((n) => samePlace(n, g.location))) c.locationAny++;
    }

    // actors
    const ours = allActors(ev);
    const a1 = g.actor1 ? parseAcledActor(g.actor1, g.inter1) : null;
    const a2 = g.actor2 ? parseAcledActor(g.actor2, g.inter2) : null;
    const hit = (a: ReturnType<typeof parseAcledActor> | null): boolean => a != null && ours.some((o) => actorMatch(a, o, goldCountry, lookup));
    if (a1) {
      c.actor1Gold++;
      if (hit(a1)) c.actor1++;
      else err('actor1', g.actor1 ?? '', actorList(ev));
    }
    if (a1 || a2) {
      c.actorEitherGold++;
      if (hit(a1) || hit(a2)) c.actorEither++;
    }

    // event date: exact day of the chosen event's time.start
    if (!statesYear(g.text)) c.noYear++;
    const start = ev?.time?.start ?? null;
    if (start) {
      c.dateResolved++;
      if (start === g.event_date) { c.date++; c.dateResolvedCorrect++; }
      else err('event_date', g.event_date, start, daysBetween(start, g.event_date));
    } else err('event_date', g.event_date, NONE, 0.5);
  }
  const n = records.length;
  r.accuracy('notes with an event', c.withEvent, n, 'coverage: the extractor found at least one event');
  r.accuracy('event_type', types.correct, n);
  r.score('event_type', 'macro-F1', types.macroF1(), n);
  r.accuracy('event_type among any of our events', c.typeAny, n, 'upper bound for a better choice rule');
  for (const [origin, o] of [...byOrigin].sort((a, b) => b[1].n - a[1].n)) r.accuracy(`event_type, ${origin} rows`, o.type, o.n);
  r.accuracy('event_type (plain text)', c.typePlain, n, 'leading ACLED label and coding phrases removed');
  r.accuracy('sub_event_type', subs.correct, n);
  r.score('sub_event_type', 'weighted-F1', subs.weightedF1(), n);
  r.accuracy('fatalities (as written)', c.fatal, n, 'exact match; coding phrases left in');
  r.accuracy('fatalities (stripped)', c.fatalStripped, n, 'exact match; coding phrases removed');
  r.accuracy('fatalities, notes stating a fatality coding (as written)', c.fatalLeaky, c.leaky, 'e.g. "fatalities coded as 10"');
  r.accuracy('fatalities, notes stating a fatality coding (stripped)', c.fatalLeakyStripped, c.leaky);
  r.accuracy('fatal vs non-fatal', c.fatalBinary, n, 'fatalities > 0 agrees');
  r.accuracy('country', c.country, c.countryGold);
  r.accuracy('country (plain text)', c.countryPlain, c.countryGold, 'leading ACLED label and coding phrases removed');
  r.accuracy('admin1', c.admin1, c.admin1Gold, 'fuzzy name match');
  r.accuracy('location', c.location, c.locationGold, 'event location (fallback: most specific place)');
  r.accuracy('location named anywhere', c.locationAny, c.locationGold, 'among the event\'s or the document\'s places');
  r.accuracy('location within 50 km', c.within50, n, 'of ACLED\'s point; no coordinates counts as wrong');
  r.score('location error km', 'median km', median(kms), kms.length, null, 'notes where our place has coordinates');
  r.accuracy('actor1', c.actor1, c.actor1Gold, 'matches any actor or recipient of our event');
  r.accuracy('actor1 or actor2', c.actorEither, c.actorEitherGold);
  r.accuracy('event_date', c.date, n, 'exact day of time.start');
  r.accuracy('event_date, where resolved', c.dateResolvedCorrect, c.dateResolved);
  r.note(`${n - c.dateResolved} of ${n} notes had no resolvable date on the chosen event (no publication date is passed); ${c.noYear} notes state no year at all.`);
  r.note(`${c.stripped} of ${n} notes state a coding convention (fatalities, size or location coding) and were re-run stripped; ${c.leaky} of them state how fatalities were coded.`);
  r.note(`${c.plain} of ${n} notes change when their leading ACLED label ("Movement of forces:") and coding phrases are removed; the "plain text" lines score them re-run that way, the rest as written.`);
  r.note(`${c.fromDoc} notes scored place fields on the document's most specific place (the event had no location).`);
  r.note(`ACLED actor names resolved through ${actorLookup.how}.`);
  r.extractor(ex);
  r.confusion(types);
  r.confusion(subs);
  return r.build();
}

export const acledSet: EvalSet = { name: 'acled', title: 'ACLED notes', file: FILE, run: runAcled };
