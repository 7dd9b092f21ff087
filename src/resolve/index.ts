import type { Stage } from '../pipeline/stage.js';

/** The resolve stages, in order. */
export const resolveStages: Stage[] = [];
