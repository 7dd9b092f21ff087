import type { Stage } from '../pipeline/stage.js';
import { quoteStage } from './quotes.js';
import { modalityStage } from './modality.js';
import { attributionStage } from './attribution.js';
import { mergeStage } from './merge.js';
import { lullStage } from './lulls.js';

/**
 * The enrich stages, in order:
 * quotes first (first-person subjects inside a quotation are its speaker), then modality (negation,
 * condition, future), attribution (who reported each event), merge (mentions of one event become one,
 * non-events are filtered), and lulls last (they link to the events that ended them).
 */
export const enrichStages: Stage[] = [quoteStage, modalityStage, attributionStage, mergeStage, lullStage];
