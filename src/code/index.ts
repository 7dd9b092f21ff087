import type { Stage } from '../pipeline/stage.js';
import { codeStage } from './stage.js';

/** The code stages, in order: trigger-anchored patterns for every event family. */
export const codeStages: Stage[] = [codeStage];
