import type { Cell } from './escape.js';
import { csvRow } from './escape.js';
import { lineFormat } from './format.js';
import { type ExportRecord, figureMax, figureMin, figureReports, join, outletNames, repMention, urls } from './record.js';

/** A flat column: name and how to read it off a record. Shared with geojson's properties. */
export interface Column {
  name: string;
  get(r: ExportRecord): Cell;
}

const names = (xs: Array<{ name: string }>): string => join(xs.map((x) => x.name));

/** The flat columns, one row per event or per cluster; several values in one cell are joined by "; ". */
export const COLUMNS: Column[] = [
  { name: 'id', get: (r) => r.id },
  { name: 'kind', get: (r) => r.kind },
  { name: 'date_start', get: (r) => r.c.start },
  { name: 'date_end', get: (r) => r.c.end },
  { name: 'time_precision', get: (r) => r.c.timePrecision },
  { name: 'plover_type', get: (r) => r.c.codes.plover.type },
  { name: 'plover_modes', get: (r) => join(r.c.codes.plover.modes) },
  { name: 'plover_context', get: (r) => join(r.c.codes.plover.context) },
  { name: 'cameo_code', get: (r) => r.c.codes.cameo.code },
  { name: 'cameo_name', get: (r) => r.c.codes.cameo.name },
  { name: 'quad_class', get: (r) => r.c.codes.quadClass },
  { name: 'goldstein', get: (r) => r.c.codes.goldstein },
  { name: 'plover_score', get: (r) => r.c.codes.ploverScore },
  { name: 'acled_event_type', get: (r) => r.c.codes.acled?.eventType ?? null },
  { name: 'acled_sub_event_type', get: (r) => r.c.codes.acled?.subEventType ?? null },
  { name: 'modality', get: (r) => r.c.modality },
  { name: 'actors', get: (r) => names(r.c.actors) },
  { name: 'actor_countries', get: (r) => join(r.c.actors.map((a) => a.country)) },
  { name: 'actor_sectors', get: (r) => join(r.c.actors.map((a) => a.sector)) },
  { name: 'actor_backed_by', get: (r) => join([...new Set(r.c.actors.flatMap((a) => a.backedBy))]) },
  { name: 'recipients', get: (r) => names(r.c.recipients) },
  { name: 'recipient_countries', get: (r) => join(r.c.recipients.map((a) => a.country)) },
  { name: 'recipient_sectors', get: (r) => join(r.c.recipients.map((a) => a.sector)) },
  { name: 'location', get: (r) => r.c.location?.name ?? null },
  { name: 'admin1', get: (r) => r.c.location?.admin1 ?? null },
  { name: 'country', get: (r) => r.c.location?.country ?? null },
  { name: 'latitude', get: (r) => r.c.location?.lat ?? null },
  { name: 'longitude', get: (r) => r.c.location?.lon ?? null },
  { name: 'geo_precision', get: (r) => r.c.location?.precision ?? null },
  { name: 'killed_min', get: (r) => figureMin(r.c, 'killed') },
  { name: 'killed_max', get: (r) => figureMax(r.c, 'killed') },
  { name: 'killed_reports', get: (r) => figureReports(r.c, 'killed') },
  { name: 'injured_min', get: (r) => figureMin(r.c, 'injured') },
  { name: 'injured_max', get: (r) => figureMax(r.c, 'injured') },
  { name: 'injured_reports', get: (r) => figureReports(r.c, 'injured') },
  { name: 'weapons', get: (r) => join(r.c.weapons) },
  { name: 'confidence', get: (r) => r.c.confidence },
  { name: 'sources', get: (r) => r.c.outlets },
  { name: 'articles', get: (r) => r.c.articles },
  { name: 'mentions', get: (r) => r.c.mentions.length },
  { name: 'outlets', get: (r) => join(outletNames(r.c)) },
  { name: 'urls', get: (r) => join(urls(r.c), ' ') },
  { name: 'sentence', get: (r) => repMention(r.c).sentenceText },
];

/** csv: flat RFC 4180 CSV with a header row. */
export const csv = lineFormat(
  'csv', 'csv', 'flat CSV, one row per event or cluster',
  () => csvRow(COLUMNS.map((c) => c.name)),
  (r) => csvRow(COLUMNS.map((c) => c.get(r))),
);
