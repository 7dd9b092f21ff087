import type { Stage } from '../pipeline/stage.js';
import { quoteStage } from './quotes.js';
import { modalityStage } from './modality.js';
import { attributionStage } from './attribution.js';
import { mergeStage } from './merge.js';
import { lullStage } from './lulls.js';
import { venueStage } from './venues.js';

/**
 * The enrich stages, in order:
 * quotes first (first-person subjects inside a quotation are its speaker), then modality (negation,
 * condition, future), attribution (who reported each event), merge (mentions of one event become one,
 * non-events are filtered), venues (a speaker's statements at a UN meeting take place at its seat), and lulls last (they link to the events that ended them).
 */
export const enrichStages: Stage[] = [quoteStage, modalityStage, attributionStage, mergeStage, venueStage, lullStage];
