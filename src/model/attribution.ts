import { z } from 'zod';
import { Provenance, Span } from './provenance.js';
import { Actor } from './actor.js';

/** Who said it and through which outlet ("a Defense Department official told the Journal"). */
export const Attribution = z.object({
  speaker: Actor.nullable(),
  /** Speaker as written, including anonymous ones ("a U.S. official"). */
  speakerText: z.string().nullable(),
  anonymous: z.boolean(),
  /** Outlet name, canonical ("The Wall Street Journal"), or null. */
  outlet: z.string().nullable(),
  /** Reporting verb or phrase ("told", "according to", "reported"). */
  cue: z.string(),
  span: Span,
  provenance: Provenance,
});
export type Attribution = z.infer<typeof Attribution>;

export const Modality = z.enum(['asserted', 'negated', 'conditional', 'future', 'threatened', 'ongoing', 'hypothetical']);
export type Modality = z.infer<typeof Modality>;
