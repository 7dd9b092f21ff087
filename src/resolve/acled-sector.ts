import type { Actor } from '../model/actor.js';
import { loadActorData } from '../recognise/actor-data.js';

/**
 * The sector the ACLED classifier reads for an actor: the dictionary entry's `acledSector` when it has one (de facto
 * authorities that ACLED codes as a state's forces: the Houthis are "Military Forces of Yemen (2016-) Supreme Political
 * Council" in ACLED, rebels in PLOVER and CAMEO), else the actor's own sector, 'UNK' when it has none. Only the ACLED
 * features use it (events.ts acledOf); the event's actors keep their sector.
 */
let bySector: Map<string, string> | null = null;

function acledSectors(): Map<string, string> {
  if (bySector) return bySector;
  const m = new Map<string, string>();
  for (const e of loadActorData().named) if (e.acledSector) m.set(e.id, e.acledSector);
  bySector = m;
  return m;
}

export function acledSectorOf(a: Actor): string {
  const s = a.entry === null ? undefined : acledSectors().get(a.entry);
  return s ?? a.sector ?? 'UNK';
}
