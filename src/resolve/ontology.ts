import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';

/** One CAMEO event code (data/ontology/cameo.json). */
export interface CameoCode {
  id: string;
  name: string;
  level: number;
  root: string;
  rootName: string;
  parent: string | null;
  quadClass: number;
  goldstein: number;
  goldsteinInferred: boolean;
}

export interface PloverMode { id: string; definition: string; score: number | null }

export interface PloverTypeEntry {
  id: string;
  definition: string;
  quadClass: number;
  defaultScore: number;
  requiresRecipient: boolean;
  cameoRoots: string[];
  modes: PloverMode[];
}

/** One row of the CAMEO→PLOVER table (data/ontology/cameo2plover.json). */
export interface CameoPloverEntry {
  id: string;
  inCameo: boolean;
  type: string;
  modes: string[];
  context: string[];
  notes?: string[];
}

export interface AcledSubType {
  id: string;
  definition: string;
  politicalViolence: boolean;
  organizedPoliticalViolence: boolean;
  disorder: boolean;
  demonstrations: boolean;
}
export interface AcledType { id: string; definition: string; subEventTypes: AcledSubType[] }

interface PloverFile {
  types: PloverTypeEntry[];
  contexts: { id: string; definition: string }[];
  sectors: { id: string; frequency: string; definition: string }[];
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(dataPath('ontology', file), 'utf8')) as T;
}

/** A value computed on first use and kept for the life of the process. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) { value = make(); done = true; }
    return value as T;
  };
}

const cameoTable = lazy(() => new Map(load<{ codes: CameoCode[] }>('cameo.json').codes.map((c) => [c.id, c])));
const ploverFile = lazy(() => load<PloverFile>('plover.json'));
const ploverTable = lazy(() => new Map(ploverFile().types.map((t) => [t.id, t])));
const c2pTable = lazy(() => new Map(load<{ codes: CameoPloverEntry[] }>('cameo2plover.json').codes.map((c) => [c.id, c])));
const acledTable = lazy(() => load<{ eventTypes: AcledType[] }>('acled/taxonomy.json').eventTypes);

/** The CAMEO code entry, or undefined for an unknown code. Leading zeros matter ("010" ≠ "10"). */
export function cameo(code: string): CameoCode | undefined {
  return cameoTable().get(code);
}

/** All CAMEO codes, in table order. */
export function cameoCodes(): CameoCode[] {
  return [...cameoTable().values()];
}

/** The PLOVER event type entry (upper case name, e.g. "ASSAULT"), or undefined. */
export function plover(type: string): PloverTypeEntry | undefined {
  return ploverTable().get(type);
}

export function ploverTypes(): PloverTypeEntry[] {
  return [...ploverTable().values()];
}

/** The mode entry of a PLOVER type, or undefined when the type has no such mode. */
export function ploverMode(type: string, mode: string): PloverMode | undefined {
  return ploverTable().get(type)?.modes.find((m) => m.id === mode);
}

export function ploverContexts(): string[] {
  return ploverFile().contexts.map((c) => c.id);
}

export function ploverSectors(): string[] {
  return ploverFile().sectors.map((s) => s.id);
}

/**
 * The PLOVER reading of a CAMEO code from the 2021 translation table: the code itself, else its
 * parent, else its root. Undefined for codes without a PLOVER type (CAMEO 01/02 statements).
 */
export function cameoToPlover(code: string): CameoPloverEntry | undefined {
  const table = c2pTable();
  const direct = table.get(code);
  if (direct) return direct;
  const entry = cameo(code);
  if (entry?.parent) {
    const parent = table.get(entry.parent);
    if (parent) return parent;
  }
  return entry ? table.get(entry.root) : undefined;
}

/** ACLED event types with their sub-event types and definitions. */
export function acledTypes(): AcledType[] {
  return acledTable();
}

/** The ACLED event type a sub-event type belongs to, or undefined. */
export function acledTypeOf(subEventType: string): string | undefined {
  return acledOwners().get(subEventType);
}

/** Sub-event type → the first event type that lists it (what a search of the table in order finds); built once. */
const acledOwners = lazy(() => {
  const owners = new Map<string, string>();
  for (const t of acledTable()) for (const s of t.subEventTypes) if (!owners.has(s.id)) owners.set(s.id, t.id);
  return owners;
});
