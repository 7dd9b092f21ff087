import type { EventDraft } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';

/**
 * A family's own logic on top of the generic role binding: extra checks (accept) and extra fields
 * (complete). Families without special needs use the generic binding only.
 */
export interface Family {
  name: string;
  /** Return a reason to drop the draft, or null to keep it. */
  check?(ctx: SentenceContext, draft: EventDraft): string | null;
  /** Add family-specific fields (counts, interceptors, reciprocal sides). May return extra drafts. */
  complete?(ctx: SentenceContext, draft: EventDraft, earlier: EventDraft[]): EventDraft[] | void;
}
