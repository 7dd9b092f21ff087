import type { Stage } from '../pipeline/stage.js';
import { eventStage } from './events.js';
import { fatalityStage } from './fatalities.js';

/** The resolve stages, in order: drafts become Events with codes in every ontology, then each event's fatality total. */
export const resolveStages: Stage[] = [eventStage, fatalityStage];
