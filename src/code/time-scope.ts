import type { EventDraft } from '../pipeline/draft.js';
import type { Mention, TimeData } from '../pipeline/doc.js';
import type { SentenceContext } from './context.js';

/**
 * Times that refine the date of another: an anchored expression (src/recognise/time-anchored.ts) counted from a
 * day stated in the same sentence narrows that day for the events dated by it. "Reported on 3 May 2020, over the
 * past 24 hours airstrikes killed 3": "on 3 May 2020" is the report's date, the killing falls in 2–3 May; "the
 * governor said on Wednesday that gunmen stormed a school the day before": the storming was on Tuesday.
 *
 * - time:refines-stated-day — a draft of the sentence dated to the anchor day takes a report window ("the past 24
 *   hours", "overnight") instead, unless the window stands in a background clause the draft is outside of; "the day
 *   before" dates only its nearest event ("…to support members who were arrested the day before").
 */

const ANCHORED = ' time:anchored-to-stated-day';

/** The day an anchored mention was counted from, or null when it is not anchored in the text. */
function anchorDay(t: Mention<TimeData>): string | null {
  if (!t.entry.endsWith(ANCHORED) || t.data.start === null || t.data.end === null) return null;
  return t.data.end;
}

export function refineStatedDays(ctx: SentenceContext, drafts: EventDraft[]): void {
  for (const t of ctx.times) {
    const day = anchorDay(t);
    // "the day before" dates only the event it follows, by the nearest-trigger rule ("…members who were arrested the day before")
    if (day === null || t.entry.startsWith('time:day-before')) continue;
    const background = backgroundOf(ctx, t);
    for (const d of drafts) {
      const cur = d.time?.mention;
      if (!cur || cur === t || cur.data.precision !== 'day' || cur.data.start !== day || cur.data.end !== day) continue;
      if (background && !inBackground(ctx, background, d, t)) continue;
      d.time = { mention: t, rule: 'time:refines-stated-day', how: 'stated' };
    }
  }
}

/**
 * Background clauses: a time told inside a clause or phrase about another happening dates that happening, not the
 * events around it. Looking back from the time within its comma-delimited segment:
 *
 * - time:background-relative — after a relative pronoun ("relatives of a man who was killed on 2 May protested",
 *   "over a feud that broke out in 2016"): the time goes to an event told inside the clause, or to the event the
 *   clause describes ("clashes that erupted on 3 May", "the killing of two monks who were shot on 3 May"), never to
 *   one outside it; not a recent day or week counted
 *   from the published date ("fired at crowds who thronged Hama on Friday": the news event's own day)
 * - time:background-bound — after "since"/"until"/"till" ("were released after being held since March 2019", "extended
 *   the curfew until 30 May"): a bound of a state, which dates no event outside the bound ("killed since March 2011"
 *   is a toll, not a day) but a series a noun just before names ("attacks on staff since December"); not after a
 *   put-off verb ("postponed the rally until 9 November" is the rally's new date)
 *   An event told inside such a clause takes its date with rule time:inside-relative-clause: backstory of a participant
 *   ("a farmer who was kidnapped the day before"), which opens no incident of its own (src/resolve/fatalities.ts).
 * - time:background-commemorated — after a word naming what an event answers or remembers ("to mark the anniversary
 *   of the armistice on 11 November 1918", "in revenge for the killing of his brother in 2019"): dated only to events
 *   told between that word and the time
 */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
const BOUND = new Set(['since', 'until', 'till']);
const COMMEMORATED = new Set([
  'outbreak', 'onset', 'anniversary', 'anniversaries', 'commemorate', 'commemorating', 'commemoration', 'memory', 'memorial', 'revenge', 'retaliation',
  'reprisal', 'avenge', 'avenging',
]);
/** Verbs after which "that" opens reported speech, not a relative clause ("officials said that gunmen attacked on Monday"). */
const THAT_COMPLEMENT = new Set([
  'said', 'say', 'says', 'saying', 'reported', 'reports', 'claimed', 'claims', 'added', 'stated', 'announced', 'confirmed',
  'alleged', 'warned', 'denied', 'noted', 'explained', 'insisted', 'believed', 'believe', 'believes', 'showed', 'shows',
  'indicated', 'revealed', 'told', 'tells', 'learned', 'argued', 'acknowledged', 'admitted', 'suggested', 'estimated',
  'feared', 'fears', 'so', 'such', 'now', 'given', 'ensure', 'ensured', 'demanded', 'demanding', 'demand', 'asked',
  'note', 'notes', 'add', 'adds', 'state', 'states', 'announce', 'announces', 'confirm', 'confirms', 'allege', 'alleges',
  'warn', 'warns', 'deny', 'denies', 'explain', 'explains', 'insist', 'insists', 'argue', 'argues', 'stress', 'stresses',
  'stressed', 'emphasized', 'emphasised', 'recalled', 'recalls', 'know', 'knew', 'knows', 'hope', 'hoped', 'hopes',
  'expect', 'expected', 'expects', 'think', 'thought', 'thinks', 'felt', 'feel', 'feels', 'realized', 'realised',
  'is', 'was', 'are', 'were', 'means', 'meant', 'clear', 'sure', 'certain', 'true', 'fact', 'news', 'reports', 'report',
]);
/** Longest "of" object between an event noun and the relative clause about it ("of six priests who"), in tokens. */
const OF_OBJECT = 6;
/** How far back from a time a background cue is looked for (tokens). */
const WINDOW = 16;

export interface Background {
  /** Token of the cue word. */
  cue: number;
  kind: 'relative' | 'bound' | 'commemorated';
}

/** Entries that state their date outright; every other time is counted from the published date ("Friday", "last week"). */
const STATED = new Set(['time:date', 'time:month', 'time:month-year', 'time:year', 'time:year-modifier', 'time:iso-date', 'time:numeric-date']);

/** A day or week counted back from the published date, not after it. */
function recentDay(ctx: SentenceContext, t: Mention<TimeData>): boolean {
  const entry = t.entry.split(' ')[0]!;
  if (STATED.has(entry)) return false;
  // no published date: "on Friday" stays unresolved, and is still the news event's day
  if (t.data.precision === 'unresolved') return true;
  if ((t.data.precision !== 'day' && t.data.precision !== 'week') || t.data.start === null) return false;
  const ref = ctx.doc.referenceDate;
  return ref === null || t.data.start <= ref;
}

/** Verbs whose "until" names when the event now happens ("postponed the rally until 9 November"). */
const PUT_OFF = new Set(['postpone', 'postponed', 'postponing', 'delay', 'delayed', 'delaying', 'defer', 'deferred', 'adjourn', 'adjourned', 'reschedule', 'rescheduled', 'put']);
/** How far back from "until" a put-off verb is looked for. */
const PUT_OFF_WINDOW = 8;

/**
 * "until"/"till" end a state; "since" starts one, and dates an event only to the day or week ("clashes have raged
 * since Monday" began on Monday, but "fighting since 2011" is not this report's fighting).
 */
function bound(ctx: SentenceContext, t: Mention<TimeData>, cue: number, word: string): Background | null {
  // (a day, a week or an unresolved date after "since" may still stand in another background clause: the scan goes on)
  if (word === 'since' && t.data.precision !== 'month' && t.data.precision !== 'year') return null;
  if (word !== 'since') for (let k = cue - 1; k >= Math.max(ctx.from, cue - PUT_OFF_WINDOW); k--) if (PUT_OFF.has(ctx.norm(k))) return null;
  return { cue, kind: 'bound' };
}

/** The background cue governing a non-initial time, if any (`anyDay`: a recent day in a relative clause too). */
export function backgroundOf(ctx: SentenceContext, t: Mention<TimeData>, anyDay = false): Background | null {
  // "since" and "until" stay out of a date's span; a weekday's span starts with them
  const first = ctx.norm(t.tokenStart);
  if (BOUND.has(first)) {
    const b = bound(ctx, t, t.tokenStart, first);
    if (b) return b;
  }
  for (let k = t.tokenStart - 1; k >= Math.max(ctx.from, t.tokenStart - WINDOW); k--) {
    const n = ctx.norm(k);
    if (n === ',' || n === ';' || n === ':' || ctx.isBoundary(k)) return null;
    if (BOUND.has(n)) {
      const b = bound(ctx, t, k, n);
      if (b) return b;
      continue;
    }
    if (COMMEMORATED.has(n)) return { cue: k, kind: 'commemorated' };
    if (RELATIVE.has(n) && k > ctx.from) {
      if (n === 'that' && (THAT_COMPLEMENT.has(ctx.norm(k - 1)) || k + 1 === t.tokenStart)) return null;
      // a recent day named from the published date is the news event's own, clause or not ("fired at demonstrators
      // who thronged Hama on Friday", "a battle that began this morning")
      if (!anyDay && recentDay(ctx, t)) return null;
      return { cue: k, kind: 'relative' };
    }
  }
  return null;
}

function commaBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.norm(k) === ',' || ctx.norm(k) === ';') return true;
  return false;
}

/** May draft `d` take time `t` that stands in background `b`? */
export function inBackground(ctx: SentenceContext, b: Background, d: EventDraft, t: Mention<TimeData>): boolean {
  const s = d.trigger.tokenStart;
  if (s > b.cue && s < t.tokenStart) return true;
  // the clause describes the event it follows ("clashes that erupted on 3 May")
  // a series or state named by a noun starts at its bound ("a series of attacks on customs staff since December 2021"):
  // dated, it stays apart from the lead event; a verb's toll ("have been killed since March 2011") is not dated
  if (b.kind === 'bound' && d.form === 'noun' && d.trigger.tokenEnd <= b.cue && b.cue - d.trigger.tokenEnd <= OF_OBJECT && !commaBetween(ctx, d.trigger.tokenEnd, b.cue)) return true;
  // or the one whose "of" object the clause describes ("the assassination of six priests who were shot on 16 May")
  if (b.kind === 'relative' && (d.trigger.tokenEnd === b.cue || (ctx.norm(d.trigger.tokenEnd) === 'of' && b.cue - d.trigger.tokenEnd <= OF_OBJECT))) return true;
  return false;
}

/** Is `d` told inside the relative clause that holds `t` ("a farmer who was kidnapped the day before")? */
export function insideRelativeClause(ctx: SentenceContext, d: EventDraft, t: Mention<TimeData>, background: Background | null): boolean {
  const b = background?.kind === 'relative' ? background : backgroundOf(ctx, t, true);
  return b !== null && b.kind === 'relative' && d.trigger.tokenStart > b.cue && d.trigger.tokenStart < t.tokenStart;
}
