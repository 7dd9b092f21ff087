import type { Codes } from '../model/codes.js';
import { isAcledEventType, isPloverType } from '../model/code-names.js';
import { cameo, plover, ploverMode, cameoToPlover, acledTypeOf } from './ontology.js';

export interface CodesInput {
  cameo: string;
  plover?: { type: string; modes?: string[]; context?: string[] };
  acled?: { eventType: string; subEventType: string } | null;
}

/**
 * Fill an event's codes in the three ontologies from a CAMEO code and, optionally, an explicit PLOVER
 * reading and ACLED label. Throws on unknown codes, types, modes or labels: a trigger table that names
 * one is a programming error, caught by the tests that build codes for every table entry.
 */
export function buildCodes(input: CodesInput): Codes {
  const c = cameo(input.cameo);
  if (!c) throw new Error(`buildCodes: unknown CAMEO code "${input.cameo}"`);

  const fromTable = cameoToPlover(c.id);
  const typeName = input.plover?.type ?? fromTable?.type;
  if (!typeName) throw new Error(`buildCodes: CAMEO ${c.id} has no PLOVER type; pass plover.type`);
  const p = plover(typeName);
  if (!p || !isPloverType(typeName)) throw new Error(`buildCodes: unknown PLOVER type "${typeName}"`);

  // Modes and context from the caller when given, else from the table (only when the table's type agrees).
  const tableAgrees = fromTable !== undefined && fromTable.type === p.id;
  const modes = input.plover?.modes ?? (input.plover?.type === undefined || tableAgrees ? fromTable?.modes ?? [] : []);
  const context = input.plover?.context ?? (input.plover?.type === undefined || tableAgrees ? fromTable?.context ?? [] : []);
  for (const m of modes) {
    if (!ploverMode(p.id, m)) throw new Error(`buildCodes: PLOVER ${p.id} has no mode "${m}"`);
  }

  let score = p.defaultScore;
  for (const m of modes) {
    const s = ploverMode(p.id, m)?.score;
    if (typeof s === 'number') { score = s; break; }
  }

  let acled: Codes['acled'] = null;
  if (input.acled) {
    const owner = acledTypeOf(input.acled.subEventType);
    const et = input.acled.eventType;
    if (!isAcledEventType(et) || owner !== et) {
      throw new Error(`buildCodes: "${input.acled.subEventType}" is not an ACLED sub-event type of "${input.acled.eventType}"`);
    }
    acled = { eventType: et, subEventType: input.acled.subEventType };
  }

  return {
    plover: { type: typeName, modes: [...modes], context: [...context] },
    cameo: { code: c.id, root: c.root, name: c.name },
    quadClass: c.quadClass,
    goldstein: c.goldstein,
    ploverScore: score,
    acled,
  };
}
