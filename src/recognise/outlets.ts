import type { Stage } from '../pipeline/stage.js';

/** Placeholder until the recogniser lands: fills doc.outlets. */
export const outletStage: Stage = {
  name: 'outlets',
  run() {},
};
