import type { Family } from '../family.js';
import { intercept } from './intercept.js';
import { accuse } from './accuse.js';
import { threaten } from './threaten.js';
import { protest } from './protest.js';
import { aid } from './aid.js';
import { halt } from './halt.js';
import { intentFamily } from './intent.js';
import { pledge } from './pledge.js';
import { support } from './support.js';
import { yieldFamily } from './yield.js';

/** Families with logic beyond the generic role binding, by family name. */
export const families: Record<string, Family> = {
  intercept,
  accuse,
  threaten,
  protest,
  aid,
  halt,
  pledge,
  support,
  yield: yieldFamily,
  consult: intentFamily('consult'),
  cooperate: intentFamily('cooperate'),
};
