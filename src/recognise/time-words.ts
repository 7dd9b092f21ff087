import type { Token, TimeData } from '../pipeline/doc.js';

/** Where a time family looks: the tokens of one sentence. */
export interface TimeContext {
  tokens: Token[];
  /** First token of the sentence. */
  from: number;
  /** Exclusive end of the sentence. */
  to: number;
  /** Text is all upper-case (wire copy): capitalisation tests relax. */
  upper: boolean;
}

/** A time expression over tokens [tokenStart, tokenEnd), resolved against a reference date on demand. */
export interface TimeHit {
  tokenStart: number;
  tokenEnd: number;
  /** Rule id ("time:last-week"). */
  entry: string;
  /** Needs the reference date: without one it stays unresolved. */
  relative: boolean;
  /**
   * Counted from a date stated near it, when there is one, rather than from the published date ("Reported on 3 May,
   * over the past 24 hours"): 'sentence' looks in the same sentence, 'nearby' also in the two before.
   */
  anchor?: 'sentence' | 'nearby';
  resolve(ref: string | null): TimeData;
}

/** One pattern family: tries to read an expression starting at token i. Bounded work per call. */
export interface TimeFamily {
  id: string;
  /** Words an expression of this family can start with (normalised); tokens starting with a digit are always tried. */
  starts: ReadonlySet<string>;
  match(ctx: TimeContext, i: number): TimeHit | null;
}

/** The token starts with an ASCII digit. */
export function digitStart(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export const UNRESOLVED: TimeData = { start: null, end: null, precision: 'unresolved' };

export function tokenAt(ctx: TimeContext, k: number): Token | undefined {
  return k >= ctx.from && k < ctx.to ? ctx.tokens[k] : undefined;
}

export function normAt(ctx: TimeContext, k: number): string {
  return tokenAt(ctx, k)?.norm ?? '';
}

/** Capitalised, or the whole text is upper-case. */
export function capAt(ctx: TimeContext, k: number): boolean {
  const t = tokenAt(ctx, k);
  return !!t && (t.cap || ctx.upper);
}

export const MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
  ['jan.', 1], ['feb.', 2], ['mar.', 3], ['apr.', 4], ['jun.', 6], ['jul.', 7], ['aug.', 8], ['sep.', 9],
  ['sept.', 9], ['oct.', 10], ['nov.', 11], ['dec.', 12],
]);

/** Month at token k: capitalised, and an abbreviation only when `abbrevOk`. */
export function monthAt(ctx: TimeContext, k: number, abbrevOk: boolean): number | null {
  const t = tokenAt(ctx, k);
  if (!t || !capAt(ctx, k)) return null;
  const m = MONTHS.get(t.norm);
  if (m === undefined) return null;
  if (!abbrevOk && t.norm.length <= 4 && t.norm !== 'may' && t.norm !== 'june' && t.norm !== 'july') return null;
  return m;
}

export const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Small cardinals used inside time expressions ("two weeks ago"). */
export const SMALL_NUMBERS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20],
  ['thirty', 30],
]);

/** A count at token k: a small number word or digits (1–999). */
export function countAt(ctx: TimeContext, k: number): number | null {
  const t = tokenAt(ctx, k);
  if (!t) return null;
  const w = SMALL_NUMBERS.get(t.norm);
  if (w !== undefined) return w;
  if (t.kind === 'number' && t.norm.length <= 3) {
    const n = Number(t.norm);
    return Number.isInteger(n) && n > 0 ? n : null;
  }
  return null;
}

/** Day of month at token k: "12", "12th", "1st" (1–31). */
export function dayAt(ctx: TimeContext, k: number): number | null {
  const t = tokenAt(ctx, k);
  if (!t || !digitStart(t.norm)) return null;
  let s = t.norm;
  if (t.kind === 'word') {
    const suffix = s.slice(-2);
    if (suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') return null;
    s = s.slice(0, -2);
  } else if (t.kind !== 'number') return null;
  if (s.length === 0 || s.length > 2) return null;
  for (let c = 0; c < s.length; c++) if (s.charCodeAt(c) < 48 || s.charCodeAt(c) > 57) return null;
  const d = Number(s);
  return d >= 1 && d <= 31 ? d : null;
}

/** Four-digit year 1900–2099 at token k. */
export function yearAt(ctx: TimeContext, k: number): number | null {
  const t = tokenAt(ctx, k);
  if (!t || t.kind !== 'number' || t.norm.length !== 4) return null;
  const y = Number(t.norm);
  return Number.isInteger(y) && y >= 1900 && y <= 2099 ? y : null;
}

/**
 * A range with its precision, written out: `{ ...range, precision }` (a spread that adds a field) gave every
 * time value a hidden class of its own, and the code that reads them went megamorphic.
 */
export function rangeData(r: { start: string; end: string }, precision: TimeData['precision']): TimeData {
  return { start: r.start, end: r.end, precision };
}

export function dayData(iso: string | null): TimeData {
  return iso ? { start: iso, end: iso, precision: 'day' } : UNRESOLVED;
}

/** Words just before a weekday or an unyeared date that put it in the future: "will meet on Thursday", "talks due in March". */
const FUTURE = new Set(['will', "'ll", 'shall', 'scheduled', 'due', 'upcoming', 'tomorrow']);
const FUTURE_WINDOW = 6;

/** A future-tense cue among the few tokens before `start`, not across a comma or a reporting verb. */
export function futureCue(ctx: TimeContext, start: number): boolean {
  for (let k = start - 1; k >= Math.max(ctx.from, start - FUTURE_WINDOW); k--) {
    const n = normAt(ctx, k);
    if (FUTURE.has(n)) return true;
    if (n === ',' || n === ';' || n === 'said' || n === 'says') return false;
  }
  return false;
}
