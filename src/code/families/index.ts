import type { Family } from '../family.js';
import { intercept } from './intercept.js';
import { accuse } from './accuse.js';
import { threaten } from './threaten.js';
import { protest } from './protest.js';

/** Families with logic beyond the generic role binding, by family name. */
export const families: Record<string, Family> = {
  intercept,
  accuse,
  threaten,
  protest,
};
