import { z } from 'zod';

/**
 * The shapes of the recognisers' data files (data/numbers.json, weapons.json, weapon-origins.json,
 * outlets.json). The loaders do not import this module: zod costs ~25 ms of a cold start, so they read
 * the JSON with a cheap shape check (util/data-file.ts), and test/recognise/dictionary-schemas.test.ts
 * validates every file against these schemas (and that parsing changes nothing).
 */

const Base = { id: z.string(), names: z.array(z.string()).min(1), example: z.string() };
export const NumbersFile = z.object({
  cardinals: z.array(z.object({ ...Base, value: z.number(), tens: z.boolean().optional() })),
  scales: z.array(z.object({ ...Base, value: z.number() })),
  ordinals: z.array(z.object({ ...Base, value: z.number() })),
  vague: z.array(z.object({ ...Base, value: z.number().optional(), min: z.number(), max: z.number().nullable(), approximate: z.boolean() })),
  qualifiers: z.array(z.object({ ...Base, mode: z.enum(['min', 'max', 'approx']) })),
  currencies: z.array(z.object({ ...Base, unit: z.string() })),
  percent: z.array(z.object({ ...Base, unit: z.string() })),
  durations: z.array(z.object({ ...Base, unit: z.string() })),
});
export type NumbersFile = z.infer<typeof NumbersFile>;

/** One entry of data/weapons.json. */
export const WeaponEntry = z.object({
  id: z.string(),
  kind: z.string(),
  category: z.enum([
    'drone', 'air', 'missile', 'rocket', 'artillery', 'explosive', 'suicide', 'grenade', 'small-arms', 'blade',
    'chemical', 'crowd-control', 'naval', 'armour',
  ]),
  names: z.array(z.string()).min(1),
  case: z.enum(['any', 'cap', 'exact']).optional(),
  /** No plural is generated (gunfire, shelling). */
  mass: z.boolean().optional(),
  /** The match is dropped when the previous word is one of these ("think tank"). */
  notAfter: z.array(z.string()).optional(),
  /** The match is dropped when the next word is one of these ("shooting down"). */
  notBefore: z.array(z.string()).optional(),
  /**
   * The name is also a proper name ("Shell", the oil company): capitalised inside a sentence it is the name, and at
   * the sentence start too when a word of `notBefore` or a possessive follows ("Shell said", "Shell's profits").
   */
  capIsName: z.boolean().optional(),
  /**
   * Names (of `names`) that name the attack or the attacker, not a device ("bombing", "shooting", "sniper"): the
   * event keeps the weapon kind, but the mention states no instrument (src/code/bind.ts, rule weapon:act-word).
   */
  notDevice: z.array(z.string()).optional(),
  example: z.string(),
});
export type WeaponEntry = z.infer<typeof WeaponEntry>;
export const WeaponFile = z.object({ entries: z.array(WeaponEntry) });
export type WeaponFile = z.infer<typeof WeaponFile>;

export const OriginFile = z.object({
  entries: z.array(z.object({ id: z.string().length(3), names: z.array(z.string()).min(1), example: z.string() })),
});
export type OriginFile = z.infer<typeof OriginFile>;

/** One entry of data/outlets.json. */
export const OutletEntry = z.object({
  id: z.string(),
  /** Canonical display name ("The Wall Street Journal"). */
  name: z.string(),
  /** Aliases matched with capitalisation; a leading "The" is optional in the text. */
  names: z.array(z.string()),
  /** Aliases that must match case exactly ("AP", "WSJ"). */
  exact: z.array(z.string()).optional(),
  /** Short forms read only as "the <X>" after the outlet was named earlier ("the Journal"). */
  backRefs: z.array(z.string()).optional(),
  /** The alias also names something else: it counts only next to a reporting cue. */
  context: z.boolean().optional(),
  kind: z.enum(['newspaper', 'agency', 'broadcaster', 'state-media', 'digital', 'magazine', 'monitor']),
  country: z.string().length(3).nullable(),
  example: z.string(),
});
export type OutletEntry = z.infer<typeof OutletEntry>;
export const OutletFile = z.object({ entries: z.array(OutletEntry) });
export type OutletFile = z.infer<typeof OutletFile>;
