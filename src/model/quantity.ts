import { z } from 'zod';
import { Provenance, Span } from './provenance.js';
import { Actor } from './actor.js';

export const QuantityKind = z.enum([
  'weapon', 'intercepted', 'killed', 'injured', 'arrested', 'kidnapped', 'displaced', 'participants',
  'people', 'money', 'duration', 'detainees', 'other',
]);
export type QuantityKind = z.infer<typeof QuantityKind>;

export const Quantity = z.object({
  kind: QuantityKind,
  /** Best single value; null for "dozens" without a number. */
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** true for "at least", "about", "dozens". */
  approximate: z.boolean(),
  /** Unit: "USD", "month", "day", or null for counts. */
  unit: z.string().nullable(),
  /** What is counted ("cruise missile", "civilians", "detainees"). */
  what: z.string().nullable(),
  /** For interceptions and similar: who did it. */
  by: Actor.nullable(),
  text: z.string(),
  span: Span,
  provenance: Provenance,
});
export type Quantity = z.infer<typeof Quantity>;

export const Weapon = z.object({
  /** Weapon kind id from data/weapons ("cruise-missile", "drone", "rocket"). */
  kind: z.string(),
  /** Display name ("cruise missile"). */
  name: z.string(),
  /** Broad class used for modes and ACLED sub-types: drone, missile, rocket, artillery, air, explosive, small-arms, … */
  category: z.string(),
  count: z.number().nullable(),
  /** Origin qualifier ("Iranian"), as a country code when known. */
  origin: z.string().nullable(),
  text: z.string(),
  span: Span,
  provenance: Provenance,
});
export type Weapon = z.infer<typeof Weapon>;
