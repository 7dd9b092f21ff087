import type { EventDraft } from '../pipeline/draft.js';
import type { Mention, TimeData } from '../pipeline/doc.js';
import { addDays } from '../resolve/dates.js';
import type { SentenceContext } from './context.js';

/**
 * Times that refine the date of another: an anchored expression (src/recognise/time-anchored.ts) counted from a
 * day stated in the same sentence narrows that day for the events dated by it. "Reported on 3 May 2020, over the
 * past 24 hours airstrikes killed 3": "on 3 May 2020" is the report's date, the killing falls in 2–3 May; "the
 * governor said on Wednesday that gunmen stormed a school the day before": the storming was on Tuesday.
 *
 * - time:refines-stated-day — a draft of the sentence dated to the anchor day takes the anchored expression instead:
 *   every such draft for a report window ("the past 24 hours", "overnight"), only those told before it for "the day
 *   before" (an event after it is the reporter's own: "…the day before, and he visited the site").
 */

const ANCHORED = ' time:anchored-to-stated-day';

/** The day an anchored mention was counted from, or null when it is not anchored in the text. */
function anchorDay(t: Mention<TimeData>): string | null {
  if (!t.entry.endsWith(ANCHORED) || t.data.start === null || t.data.end === null) return null;
  return t.entry.startsWith('time:day-before') ? addDays(t.data.start, 1) : t.data.end;
}

export function refineStatedDays(ctx: SentenceContext, drafts: EventDraft[]): void {
  for (const t of ctx.times) {
    const day = anchorDay(t);
    if (day === null) continue;
    const onlyBefore = t.entry.startsWith('time:day-before');
    for (const d of drafts) {
      const cur = d.time?.mention;
      if (!cur || cur === t || cur.data.precision !== 'day' || cur.data.start !== day || cur.data.end !== day) continue;
      if (onlyBefore && d.trigger.tokenStart >= t.tokenStart) continue;
      d.time = { mention: t, rule: 'time:refines-stated-day', how: 'stated' };
    }
  }
}
