/**
 * The PLOVER types and ACLED event types as plain lists, without zod: model/codes.ts builds its enums
 * from them, and code that runs at every start (resolve/codes.ts) checks names against them without
 * loading zod.
 */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverTypeName = (typeof PLOVER_TYPES)[number];

export const ACLED_EVENT_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
] as const;
export type AcledEventTypeName = (typeof ACLED_EVENT_TYPES)[number];

const ploverSet: ReadonlySet<string> = new Set(PLOVER_TYPES);
const acledSet: ReadonlySet<string> = new Set(ACLED_EVENT_TYPES);

export function isPloverType(s: string): s is PloverTypeName {
  return ploverSet.has(s);
}

export function isAcledEventType(s: string): s is AcledEventTypeName {
  return acledSet.has(s);
}
