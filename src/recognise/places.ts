import type { Stage } from '../pipeline/stage.js';

/** Placeholder until the recogniser lands: fills doc.places. */
export const placeStage: Stage = {
  name: 'places',
  run() {},
};
