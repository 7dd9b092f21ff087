import { z } from 'zod';
import { Provenance, Span } from './provenance.js';

export const TimePrecision = z.enum(['day', 'week', 'month', 'year', 'ongoing', 'unresolved']);
export type TimePrecision = z.infer<typeof TimePrecision>;

export const TimeRef = z.object({
  text: z.string(),
  span: Span.nullable(),
  /** ISO date (YYYY-MM-DD) of the start; null when unresolved. */
  start: z.string().nullable(),
  /** ISO date of the end (inclusive); equals start for a single day. */
  end: z.string().nullable(),
  precision: TimePrecision,
  provenance: Provenance,
});
export type TimeRef = z.infer<typeof TimeRef>;
