import type { Stage } from '../pipeline/stage.js';

/** Placeholder until the recogniser lands: fills doc.times. */
export const timeStage: Stage = {
  name: 'times',
  run() {},
};
