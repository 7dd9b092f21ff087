import { z } from 'zod';
import { ACLED_EVENT_TYPES, PLOVER_TYPES } from './code-names.js';

export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export const AcledEventType = z.enum(ACLED_EVENT_TYPES);
export type AcledEventType = z.infer<typeof AcledEventType>;

/** The event's codes in the three ontologies side by side. */
export const Codes = z.object({
  plover: z.object({
    type: PloverType,
    modes: z.array(z.string()),
    context: z.array(z.string()),
  }),
  cameo: z.object({
    code: z.string(),
    root: z.string(),
    name: z.string(),
  }),
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: z.number().int().min(1).max(4),
  goldstein: z.number(),
  /** PLOVER intensity score for the type and mode (-10..10). */
  ploverScore: z.number(),
  acled: z.object({
    eventType: AcledEventType,
    subEventType: z.string(),
  }).nullable(),
});
export type Codes = z.infer<typeof Codes>;
