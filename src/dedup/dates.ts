import type { DedupItem, DedupOptions } from './types.js';

/** A date range in whole days since 1970-01-01 (inclusive), and whether the text stated it. */
export interface DayRange {
  start: number;
  end: number;
  stated: boolean;
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date or datetime ("2023-10-24", "2023-10-24T08:00:00Z"); null when unreadable. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso || iso.length < 10) return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date range of an item: the event's resolved time when it has one (stated), else the
 * `undatedDays` days up to the article's publication (inferred), else null.
 */
export function dayRange(item: DedupItem, options: DedupOptions): DayRange | null {
  const t = item.event.time;
  const start = dayNumber(t?.start);
  if (t && start !== null && t.precision !== 'unresolved') {
    const end = dayNumber(t.end) ?? start;
    return { start, end: Math.max(start, end), stated: true };
  }
  const pub = dayNumber(item.article.published);
  if (pub === null) return null;
  return { start: pub - options.undatedDays, end: pub, stated: false };
}

/** Days between two ranges: 0 when they overlap. */
export function gapDays(a: DayRange, b: DayRange): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}
