import type { Stage } from '../pipeline/stage.js';

/** Placeholder until the recogniser lands: fills doc.actors. */
export const actorStage: Stage = {
  name: 'actors',
  run() {},
};
