import { placeKey, samePlace } from './normalise.js';

/**
 * Two names of one first-level unit, for scoring admin1 (the note's country is fixed, so only names inside one
 * country are compared):
 *
 * - a Spanish official long form, the common name followed by "de …" ("Michoacán de Ocampo" for Michoacán,
 *   "Veracruz de Ignacio de la Llave" for Veracruz, "Coahuila de Zaragoza" for Coahuila): ACLED's gold uses the long
 *   form in later years, the gazetteer the short one;
 * - a unit renamed while its territory stayed the same, listed below with the date of the change.
 */
const RENAMED: [string, string, string][] = [
  // the constitutional reform of 29 January 2016 made Mexico's Distrito Federal the state-level Ciudad de México
  ['distrito federal', 'ciudad de mexico', 'MX 2016'],
];

function longFormOf(long: string, short: string): boolean {
  return short.length >= 4 && long.startsWith(`${short} de `);
}

export function sameAdmin1(a: string | null | undefined, b: string | null | undefined): boolean {
  if (samePlace(a, b)) return true;
  if (!a || !b) return false;
  const ka = placeKey(a);
  const kb = placeKey(b);
  if (longFormOf(ka, kb) || longFormOf(kb, ka)) return true;
  for (const [x, y] of RENAMED) if ((ka === x && kb === y) || (ka === y && kb === x)) return true;
  return false;
}
