import type { Stage } from '../pipeline/stage.js';
import { eventStage } from './events.js';

/** The resolve stages, in order: drafts become Events with codes in every ontology. */
export const resolveStages: Stage[] = [eventStage];
