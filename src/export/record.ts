import type { DedupItem, EventCluster, FigureKind } from '../dedup/types.js';
import { buildCluster } from '../dedup/record.js';

/**
 * What every format writes: one record per event (`kind: 'event'`, a cluster of one mention whose
 * id is the event id) or per cluster. `raw` is the full stored record, written as is by jsonl.
 */
export interface ExportRecord {
  kind: 'event' | 'cluster';
  id: string;
  c: EventCluster;
  raw: unknown;
}

/** One stored event as an export record. */
export function eventRecord(item: DedupItem): ExportRecord {
  const c = buildCluster([item]);
  return { kind: 'event', id: item.event.id, c: { ...c, id: item.event.id }, raw: item };
}

/** One cluster as an export record. */
export function clusterExportRecord(c: EventCluster): ExportRecord {
  return { kind: 'cluster', id: c.id, c, raw: c };
}

/** Smallest reported value of a figure (ACLED's rule for conflicting reports: the lowest figure). */
export function figureMin(c: EventCluster, kind: FigureKind): number | null {
  const vs = (c.figures[kind] ?? []).map((f) => f.value).filter((v): v is number => v !== null);
  return vs.length ? Math.min(...vs) : null;
}

export function figureMax(c: EventCluster, kind: FigureKind): number | null {
  const vs = (c.figures[kind] ?? []).map((f) => f.value).filter((v): v is number => v !== null);
  return vs.length ? Math.max(...vs) : null;
}

/** Every reported value with its outlets: "3 (AP, Reuters); at least 5 (Al Jazeera)". */
export function figureReports(c: EventCluster, kind: FigureKind): string {
  return (c.figures[kind] ?? [])
    .map((f) => `${f.approximate ? 'about ' : ''}${f.value ?? 'unknown'} (${f.outlets.join(', ')})`)
    .join('; ');
}

/** Distinct outlet names of the mentions, in mention order (source keys when the outlet is unknown). */
export function outletNames(c: EventCluster): string[] {
  return [...new Set(c.mentions.map((m) => m.outlet ?? m.source))];
}

export function urls(c: EventCluster): string[] {
  return [...new Set(c.mentions.map((m) => m.url).filter((u): u is string => !!u))];
}

/** The representative mention (its sentence is the record's text). */
export function repMention(c: EventCluster) {
  return c.mentions.find((m) => m.eventId === c.representative) ?? c.mentions[0]!;
}

export function join(values: Array<string | null | undefined>, sep = '; '): string {
  return values.filter((v): v is string => !!v).join(sep);
}

/** The record's date: its stated start, else the first publication day of its mentions (inferred). */
export function recordDate(c: EventCluster): { date: string | null; inferred: boolean } {
  if (c.start) return { date: c.start, inferred: false };
  const days = c.mentions.map((m) => m.published?.slice(0, 10)).filter((d): d is string => !!d && d.length === 10).sort();
  return { date: days[0] ?? null, inferred: true };
}
