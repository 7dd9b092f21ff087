import type { Stage } from '../pipeline/stage.js';

/** Placeholder until the recogniser lands: fills doc.numbers. */
export const numberStage: Stage = {
  name: 'numbers',
  run() {},
};
