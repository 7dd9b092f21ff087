import type { ClusterActor } from '../dedup/types.js';
import type { ExportRecord } from './record.js';
import { figureMin, join, outletNames, recordDate, repMention } from './record.js';
import { type Cell, csvRow } from './escape.js';
import { lineFormat } from './format.js';
import { country } from './codes/countries.js';

/** ACLED's columns, in the order of its CSV exports. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** ACLED actor type codes (inter1/inter2) and their labels. */
export const INTER: Record<number, string> = {
  1: 'State forces', 2: 'Rebel group', 3: 'Political militia', 4: 'Identity militia', 5: 'Rioters',
  6: 'Protesters', 7: 'Civilians', 8: 'External/Other forces',
};

const STATE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'ELI']);
const CIVIL = new Set(['CVL', 'REF', 'MED', 'EDU', 'HLH', 'NGO', 'BUS', 'LAB', 'REL', 'PRO']);

/** ACLED actor type of an actor in an event of the given type in the given country. */
export function interCode(a: ClusterActor, eventType: string, eventCountry: string | null, side: 1 | 2): number | null {
  if (side === 1 && eventType === 'Protests') return 6;
  if (side === 1 && eventType === 'Riots' && (a.sector === null || CIVIL.has(a.sector))) return 5;
  const foreign = eventCountry !== null && a.country !== null && a.country !== eventCountry && a.country.length === 3;
  if ((a.sector !== null && STATE.has(a.sector)) || (a.sector === null && a.kind === 'state')) return foreign ? 8 : 1;
  if (a.sector === 'IGO' || a.kind === 'igo') return 8;
  if (a.sector === 'REB') return 2;
  if (a.sector === 'MILITIA' || a.sector === 'CRM' || a.sector === 'OPP' || a.sector === 'PTY') return 3;
  if (a.sector !== null && CIVIL.has(a.sector)) return 7;
  return null;
}

function disorder(eventType: string, sub: string): string {
  if (eventType === 'Protests') return 'Demonstrations';
  if (eventType === 'Riots') return sub === 'Mob violence' ? 'Political violence' : 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3, year: 3, ongoing: 3, unresolved: 3 };
const GEO_PRECISION: Record<string, number> = { site: 1, city: 1, admin1: 3, country: 3, region: 3 };

/**
 * One ACLED row, or null for records without an ACLED type (verbal events have none). Fatalities are
 * each mention's event-level total (`Event.fatalities`, src/resolve/fatalities.ts) and, across the
 * mentions of a cluster, follow ACLED's rule for conflicting reports: the lowest reported figure.
 */
export function acledRow(r: ExportRecord, now: Date): Cell[] | null {
  const c = r.c;
  const acled = c.codes.acled;
  if (!acled) return null;
  const loc = c.location;
  const iso3 = loc?.country ?? c.actors.find((a) => a.country)?.country ?? null;
  const ci = country(iso3);
  const [a1, ...assoc1] = c.actors;
  // actor 2 is an actor: an attacked building or place is the event's target, not a side (its location says where)
  // nor is the country where the act was done, named only as its place (PLOVER's convention, not ACLED's)
  const [a2, ...assoc2] = c.recipients.filter((a) => !a.target && !a.place);
  const i1 = a1 ? interCode(a1, acled.eventType, iso3, 1) : null;
  const i2 = a2 ? interCode(a2, acled.eventType, iso3, 2) : null;
  const interaction = i1 !== null ? (i2 !== null ? [i1, i2].sort().join('') : `${i1}0`) : '';
  const civilians = i2 === 7 && (acled.eventType === 'Violence against civilians' || acled.eventType === 'Explosions/Remote violence');
  const size = c.figures.participants?.[0]?.value;
  const when = recordDate(c);
  const row: Record<(typeof ACLED_COLUMNS)[number], Cell> = {
    event_id_cnty: `${iso3 ?? 'XXX'}${r.id}`,
    event_date: when.date,
    year: when.date ? Number(when.date.slice(0, 4)) : null,
    // An undated event is placed on its first publication day: "within the week" (2).
    time_precision: when.inferred ? 2 : (TIME_PRECISION[c.timePrecision] ?? 3),
    disorder_type: disorder(acled.eventType, acled.subEventType),
    event_type: acled.eventType,
    sub_event_type: acled.subEventType,
    actor1: a1?.name ?? '',
    assoc_actor_1: join(assoc1.map((a) => a.name)),
    inter1: i1 !== null ? INTER[i1] : '',
    actor2: a2?.name ?? '',
    assoc_actor_2: join(assoc2.map((a) => a.name)),
    inter2: i2 !== null ? INTER[i2] : '',
    interaction,
    civilian_targeting: civilians ? 'Civilian targeting' : '',
    iso: ci?.numeric ?? null,
    region: ci?.acledRegion ?? '',
    country: ci?.name ?? iso3 ?? '',
    admin1: loc?.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: loc?.name ?? '',
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    geo_precision: loc ? (GEO_PRECISION[loc.precision] ?? 3) : null,
    source: join(outletNames(c)),
    source_scale: '',
    notes: repMention(c).sentenceText,
    fatalities: figureMin(c, 'killed') ?? 0,
    tags: size !== undefined && size !== null ? `crowd size=${size}` : '',
    timestamp: Math.floor(now.getTime() / 1000),
  };
  return ACLED_COLUMNS.map((k) => row[k]);
}

/** acled: CSV with ACLED's columns; records without an ACLED type are left out. */
export const acledFormat = lineFormat(
  'acled', 'csv', "CSV with ACLED's columns (events with an ACLED type only)",
  () => csvRow([...ACLED_COLUMNS]),
  (r, o) => {
    const row = acledRow(r, o.now ?? new Date());
    return row ? csvRow(row) : '';
  },
);
