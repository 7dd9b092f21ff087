import { z } from 'zod';
import { Provenance, Span } from './provenance.js';

export const LocationPrecision = z.enum(['site', 'city', 'admin1', 'country', 'region']);
export type LocationPrecision = z.infer<typeof LocationPrecision>;

export const Location = z.object({
  text: z.string(),
  span: Span,
  /** Resolved name ("Gaza Strip", "Idlib", "Middle East"). */
  name: z.string(),
  /** ISO alpha-3; null for regions spanning countries ("the Middle East"). */
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: LocationPrecision,
  /** Gazetteer id (GeoNames id, "country:SYR", "region:middle-east", …). */
  entry: z.string().nullable(),
  provenance: Provenance,
});
export type Location = z.infer<typeof Location>;
