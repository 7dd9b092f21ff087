import { z } from 'zod';

/** Where a field came from: the text span, the rule or dictionary entry, stated or inferred. */
export const Provenance = z.object({
  /** Character span [start, end) in the article text, when the field rests on text. */
  span: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** Id of the rule, pattern or dictionary entry that produced the value (e.g. "actor:grp.houthis"). */
  rule: z.string(),
  /** stated: read off the text; inferred: derived (from a dictionary, a default, another field). */
  how: z.enum(['stated', 'inferred']),
  /** Optional one-line reason, shown by --explain. */
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const Span = z.tuple([z.number().int(), z.number().int()]);
export type Span = z.infer<typeof Span>;
