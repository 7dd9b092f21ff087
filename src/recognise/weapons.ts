import type { Stage } from '../pipeline/stage.js';

/** Placeholder until the recogniser lands: fills doc.weapons. */
export const weaponStage: Stage = {
  name: 'weapons',
  run() {},
};
