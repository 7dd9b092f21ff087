import { z } from 'zod';
import { Provenance, Span } from './provenance.js';
import { Actor } from './actor.js';
import { Location } from './location.js';
import { TimeRef } from './time.js';
import { Quantity, Weapon } from './quantity.js';
import { Attribution, Modality } from './attribution.js';
import { Codes } from './codes.js';

export const Trigger = z.object({ text: z.string(), span: Span });
export type Trigger = z.infer<typeof Trigger>;

export const EventLink = z.object({
  relation: z.enum(['outcome-of', 'same-as', 'response-to', 'part-of', 'subject-of']),
  event: z.string(),
});
export type EventLink = z.infer<typeof EventLink>;

/**
 * The event's fatality total, computed over its incident (src/resolve/fatalities.ts): an explicit statement
 * of the total ("3 fatalities", "fatalities coded as 10", "no casualties") when there is one, else the sum of
 * the distinct victims' counts at their lower bounds. `spans` are the text spans it rests on; `rule` the rule.
 */
export const Fatalities = z.object({
  count: z.number().int().nonnegative(),
  rule: z.string(),
  spans: z.array(Span),
});
export type Fatalities = z.infer<typeof Fatalities>;

export const Event = z.object({
  id: z.string(),
  articleId: z.string(),
  sentence: z.number().int(),
  span: Span,
  /** The whole source sentence, so every record can show where it came from. */
  sentenceText: z.string(),
  triggers: z.array(Trigger),
  /** Family of the pattern that fired (assault, threaten, accuse, …). */
  family: z.string(),
  codes: Codes,
  actors: z.array(Actor),
  recipients: z.array(Actor),
  locations: z.array(Location),
  time: TimeRef.nullable(),
  weapons: z.array(Weapon),
  quantities: z.array(Quantity),
  /** Fatality total of the incident this event belongs to; absent on records written before it existed. */
  fatalities: Fatalities.nullish(),
  attribution: z.array(Attribution),
  modality: Modality,
  /** Free words describing the event's scale or course ("uptick", "spate", "flurry"). */
  descriptors: z.array(z.string()),
  /** What talks, demands or agreements are about ("the release of the six American detainees …"). */
  topic: z.object({ text: z.string(), span: Span }).nullish(),
  confidence: z.number().min(0).max(1),
  links: z.array(EventLink),
  /** Provenance of the scalar fields: codes, modality, confidence, time, … keyed by field name. */
  provenance: z.record(Provenance),
});
export type Event = z.infer<typeof Event>;
