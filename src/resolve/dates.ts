/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so results never shift with the host's time
 * zone. Weeks run Monday–Sunday (ISO 8601), as conflict datasets count them.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIso(iso: string): Ymd | null {
  if (iso.length < 10 || iso.charAt(4) !== '-' || iso.charAt(7) !== '-') return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function toIso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A valid calendar date as ISO, or null ("February 30"). */
export function isoIfValid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return toIso(y, m, d);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromUtc(ms: number): string {
  const t = new Date(ms);
  return toIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function utc(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(p.y, p.m - 1, p.d);
}

export function addDays(iso: string, n: number): string {
  return fromUtc(utc(iso) + n * 86_400_000);
}

/** Whole months later (negative: earlier), day clamped to the month's length. */
export function addMonths(iso: string, n: number): string {
  const p = parseIso(iso)!;
  const total = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toIso(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** Day of the week: 0 Sunday … 6 Saturday. */
export function weekday(iso: string): number {
  return new Date(utc(iso)).getUTCDay();
}

/** Monday of the ISO week containing `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

export interface DateRange {
  start: string;
  end: string;
}

/** Monday–Sunday of the week `offset` weeks from the one containing `ref` (-1: last week). */
export function weekRange(ref: string, offset: number): DateRange {
  const monday = addDays(mondayOf(ref), 7 * offset);
  return { start: monday, end: addDays(monday, 6) };
}

/** First to last day of the month `offset` months from the one containing `ref` (-1: last month). */
export function monthRange(ref: string, offset: number): DateRange {
  const p = parseIso(addMonths(toIso(parseIso(ref)!.y, parseIso(ref)!.m, 1), offset))!;
  return { start: toIso(p.y, p.m, 1), end: toIso(p.y, p.m, daysInMonth(p.y, p.m)) };
}

export function yearRange(y: number): DateRange {
  return { start: toIso(y, 1, 1), end: toIso(y, 12, 31) };
}

export function monthOf(y: number, m: number): DateRange {
  return { start: toIso(y, m, 1), end: toIso(y, m, daysInMonth(y, m)) };
}

/**
 * The most recent day with this weekday (0 Sunday … 6 Saturday) on or before `ref`: the news
 * convention ("Tuesday" in an article published on a Tuesday is that day). `strict`: before `ref`.
 */
export function weekdayOnOrBefore(ref: string, day: number, strict = false): string {
  let back = (weekday(ref) - day + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** The first day with this weekday on or after `ref`. */
export function weekdayOnOrAfter(ref: string, day: number): string {
  return addDays(ref, (day - weekday(ref) + 7) % 7);
}

/** The first day with this weekday after `ref`. */
export function weekdayAfter(ref: string, day: number): string {
  const ahead = (day - weekday(ref) + 7) % 7;
  return addDays(ref, ahead === 0 ? 7 : ahead);
}

/** How far ahead of the reference date an unyeared date may lie before it is read as last year's. */
const FUTURE_DAYS = 62;

/**
 * Year for a month (and day) written without one, news convention: the latest such date that is not
 * more than two months after the reference ("the March 8 attack" in an October article is last
 * March; "talks on November 2" is this year's; "January 3" in a late-December article is next year's).
 */
export function inferYear(ref: string, month: number, day: number | null): number {
  const r = parseIso(ref)!;
  const limit = Date.UTC(r.y, r.m - 1, r.d) + FUTURE_DAYS * 86_400_000;
  for (let y = r.y + 1; y > r.y - 1; y--) {
    const at = Date.UTC(y, month - 1, Math.min(day ?? 1, daysInMonth(y, month)));
    if (at <= limit) return y;
  }
  return r.y - 1;
}
