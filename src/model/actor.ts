import { z } from 'zod';
import { Provenance, Span } from './provenance.js';

/** Sector codes follow PLOVER/CAMEO (GOV, MIL, COP, REB, MIL?…); see data/ontology/sectors.json. */
export const Sector = z.enum([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'REB', 'MILITIA', 'OPP', 'PTY', 'CVL', 'PRO', 'BUS', 'MED', 'EDU',
  'REL', 'NGO', 'IGO', 'HLH', 'LAB', 'CRM', 'REF', 'SPY', 'ELI', 'UNK',
]);
export type Sector = z.infer<typeof Sector>;

export const ActorKind = z.enum(['state', 'organisation', 'group', 'person', 'igo', 'unit', 'generic']);
export type ActorKind = z.infer<typeof ActorKind>;

/** One resolved actor mention. */
export const Actor = z.object({
  /** The words in the text ("Iran-backed regional militias"). */
  text: z.string(),
  span: Span,
  /** Canonical name ("Houthi Movement (Ansar Allah)"). */
  name: z.string(),
  /** ISO 3166 alpha-3, or IGO / UN / a CAMEO region code; null when unknown. */
  country: z.string().nullable(),
  sector: Sector.nullable(),
  kind: ActorKind,
  /** Canonical names of patrons ("Iran"), from the text ("Iran-backed") or the dictionary. */
  backedBy: z.array(z.string()),
  /** For persons: role/title ("Secretary of State"). */
  role: z.string().nullable(),
  /** Dictionary entry id, null for generic phrases built by rules. */
  entry: z.string().nullable(),
  provenance: Provenance,
});
export type Actor = z.infer<typeof Actor>;

/** Recipients that are things or places, not actors ("attacked a checkpoint", "bombarded Aleppo"): src/code/targets.ts. */
export function isThingTarget(a: { entry: string | null }): boolean {
  return a.entry !== null && a.entry.startsWith('target:');
}

/**
 * Recipients that are only the country where the act was done ("lifted the curfew in Sudan"): PLOVER's target
 * convention (src/resolve/place-recipient.ts). ACLED never names a bare country as an actor, so its export skips them.
 */
export function isPlaceCountry(a: { entry: string | null }): boolean {
  return a.entry !== null && a.entry.startsWith('place-country:');
}
