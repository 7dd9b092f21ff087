/**
 * Queries shared by `sitrep events` and `sitrep export`: command-line filters → EventFilter, and
 * the store → ExportRecords (clusters by default, raw events with --events).
 */
import { existsSync } from 'node:fs';
import type { EventFilter, Store, StoredEvent } from '../store/store.js';
import { dbSpec, isPostgresSpec, openStore } from '../store/open.js';
import { AcledEventType, PloverType } from '../model/codes.js';
import { clusterRecord, storedToItem } from '../dedup/clusterer.js';
import { type ExportRecord, clusterExportRecord, eventRecord } from './record.js';
import { countryCode } from './codes/countries.js';

/** node:util parseArgs options common to both commands. */
export const QUERY_OPTIONS = {
  db: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  country: { type: 'string' },
  actor: { type: 'string' },
  'no-proxies': { type: 'boolean' },
  role: { type: 'string' },
  type: { type: 'string' },
  cameo: { type: 'string' },
  'min-confidence': { type: 'string' },
  q: { type: 'string' },
  limit: { type: 'string' },
  events: { type: 'boolean' },
  clusters: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const QUERY_HELP = `filters:
  --db PATH|URL           database: a SQLite file or postgres://… (default $SITREP_DB, else ./sitrep.db)
  --from YYYY-MM-DD       events ending on or after this day
  --to YYYY-MM-DD         events starting on or before this day
  --country C             country of the event's place: ISO alpha-3, alpha-2 or name ("YEM", "Yemen")
  --actor NAME            actor or recipient: canonical name, words as written, dictionary id or country
                          code; by default also matches groups backed by NAME (--actor Iran finds
                          Iran-backed militias)
  --no-proxies            match NAME itself only, not the groups it backs
  --role actor|recipient  match --actor on one side only
  --type T[,T…]           PLOVER types (ASSAULT, PROTEST, …) or ACLED types ("Battles",
                          "Explosions/Remote violence", or a unique prefix: explosions, violence)
  --cameo CODE            CAMEO code prefix ("19", "190")
  --min-confidence X      0..1; for clusters, the cluster's confidence (grows with independent outlets)
  --q WORDS               full-text search over the sentences (all words, English stemming)
  --limit N               at most N records
  --events                raw events, one per mention (default: --clusters, one per real event)`;

export interface Query {
  filter: EventFilter;
  clusters: boolean;
  minConfidence: number | null;
  limit: number | null;
}

type Values = { [K in keyof typeof QUERY_OPTIONS]?: (typeof QUERY_OPTIONS)[K]['type'] extends 'string' ? string : boolean };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!ISO_DAY.test(v)) throw new Error(`--${name} wants a date YYYY-MM-DD, got "${v}"`);
  return v;
}

function num(name: string, v: string | undefined, min: number, max: number): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} wants a number from ${min} to ${max}, got "${v}"`);
  return n;
}

/** PLOVER or ACLED types from "ASSAULT,COERCE" or "battles, explosions". */
export function parseTypes(spec: string): { plover: PloverType[]; acled: AcledEventType[] } {
  const plover: PloverType[] = [];
  const acled: AcledEventType[] = [];
  for (const raw of spec.split(',')) {
    const t = raw.trim();
    if (!t) continue;
    const p = PloverType.safeParse(t.toUpperCase());
    if (p.success) { plover.push(p.data); continue; }
    const low = t.toLowerCase();
    const hits = AcledEventType.options.filter((a) => a.toLowerCase() === low);
    const prefix = hits.length ? hits : AcledEventType.options.filter((a) => a.toLowerCase().startsWith(low));
    if (prefix.length !== 1) {
      throw new Error(`--type: "${t}" is neither a PLOVER type (${PloverType.options.join(', ')}) nor one ACLED type (${AcledEventType.options.join(', ')})`);
    }
    acled.push(prefix[0]!);
  }
  if (plover.length && acled.length) throw new Error('--type: give PLOVER types or ACLED types, not both');
  return { plover, acled };
}

/** Parsed command-line values → a Query. Throws Error with a message for the user. */
export function toQuery(v: Values): Query {
  if (v.events && v.clusters) throw new Error('--events and --clusters exclude each other');
  const filter: EventFilter = {};
  const from = day('from', v.from);
  const to = day('to', v.to);
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (v.country) {
    const c = countryCode(v.country);
    if (!c) throw new Error(`--country: unknown country "${v.country}"`);
    filter.country = c;
  }
  if (v.actor) {
    filter.actor = v.actor;
    filter.proxies = !v['no-proxies'];
  }
  if (v.role) {
    if (v.role !== 'actor' && v.role !== 'recipient') throw new Error('--role wants actor or recipient');
    filter.actorRole = v.role;
  }
  if (v.type) {
    const t = parseTypes(v.type);
    if (t.plover.length) filter.plover = t.plover;
    if (t.acled.length) filter.acled = t.acled;
  }
  if (v.cameo) filter.cameo = v.cameo;
  if (v.q !== undefined) filter.text = v.q;
  const minConfidence = num('min-confidence', v['min-confidence'], 0, 1);
  const limit = num('limit', v.limit, 0, 1e9);
  return { filter, clusters: !v.events, minConfidence, limit: limit === null ? null : Math.floor(limit) };
}

function storedRecord(s: StoredEvent): ExportRecord {
  return { ...eventRecord(storedToItem(s)), raw: s };
}

/**
 * The records a query selects, in date order. Events: the store filters everything. Clusters:
 * clusters with at least one mention matching the filter, each with all its mentions; the
 * confidence threshold applies to the cluster's own confidence, so it is checked here, page by page.
 */
export async function* queryRecords(store: Store, q: Query): AsyncIterable<ExportRecord> {
  if (!q.clusters) {
    const filter: EventFilter = { ...q.filter };
    if (q.minConfidence !== null) filter.minConfidence = q.minConfidence;
    if (q.limit !== null) {
      for (const s of await store.listEvents({ ...filter, limit: q.limit })) yield storedRecord(s);
      return;
    }
    for await (const s of store.streamEvents(filter)) yield storedRecord(s);
    return;
  }
  const page = 200;
  let offset = 0;
  let given = 0;
  for (;;) {
    const clusters = await store.listClusters({ ...q.filter, limit: page, offset });
    for (const c of clusters) {
      if (c.mentions.length === 0) continue;
      const rec = { ...clusterRecord(c), id: c.id };
      if (q.minConfidence !== null && rec.confidence < q.minConfidence) continue;
      yield clusterExportRecord(rec);
      given++;
      if (q.limit !== null && given >= q.limit) return;
    }
    if (clusters.length < page) return;
    offset += page;
  }
}

/**
 * Open the store to read from: like openStore, but a SQLite file that does not exist is an error
 * (a query should not create an empty database).
 */
export async function openForReading(spec: string | undefined): Promise<Store> {
  const s = dbSpec(spec);
  const path = s.startsWith('sqlite:') ? s.slice('sqlite:'.length) : s;
  if (!isPostgresSpec(s) && path !== ':memory:' && !existsSync(path)) {
    throw new Error(`no database at ${path} (create one with "sitrep ingest", or give --db / SITREP_DB)`);
  }
  return openStore(s);
}
