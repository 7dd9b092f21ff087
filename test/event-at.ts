import type { Event } from '../src/model/event.js';

/** The event one of whose triggers covers the character offset `at` of the analysed text (tests pick events by trigger word). */
export function eventAtOffset(events: readonly Event[], at: number): Event | undefined {
  return events.find((e) => e.triggers.some((t) => t.span[0] <= at && at < t.span[1]));
}
