import type { Stage } from '../pipeline/stage.js';

/** The enrich stages, in order. */
export const enrichStages: Stage[] = [];
