import { z } from 'zod';
import { Provenance, Span } from './provenance.js';
import { Actor } from './actor.js';
import { TimeRef } from './time.js';
import { Attribution } from './attribution.js';

/** A direct quotation with its speaker and outlet. */
export const Quote = z.object({
  id: z.string(),
  articleId: z.string(),
  sentence: z.number().int(),
  /** Span of the quoted words, without the quote marks. */
  span: Span,
  text: z.string(),
  speaker: Actor.nullable(),
  speakerText: z.string().nullable(),
  outlet: z.string().nullable(),
  time: TimeRef.nullable(),
  provenance: Provenance,
});
export type Quote = z.infer<typeof Quote>;

/** A lull or truce statement: an escalation signal of its own. */
export const Lull = z.object({
  id: z.string(),
  articleId: z.string(),
  sentence: z.number().int(),
  span: Span,
  text: z.string(),
  /** "truce", "ceasefire", "lull", "calm" … as written. */
  kind: z.string(),
  declared: z.boolean().nullable(),
  sideA: z.array(Actor),
  sideB: z.array(Actor),
  length: z.object({ value: z.number(), unit: z.string(), days: z.number(), text: z.string() }).nullable(),
  /** true: the lull has ended (e.g. "marks the end of"); false: holding; null: not said. */
  ended: z.boolean().nullable(),
  endedBy: z.string().nullable(),
  attribution: z.array(Attribution),
  time: TimeRef.nullable(),
  provenance: Provenance,
});
export type Lull = z.infer<typeof Lull>;
