import type { Stage } from '../pipeline/stage.js';

/** The code stages, in order. */
export const codeStages: Stage[] = [];
