import { triggerMention } from './trigger-mention.js';
import type { Doc } from '../pipeline/doc.js';
import type { ActorFiller, EventDraft } from '../pipeline/draft.js';
import type { Location } from '../model/location.js';
import type { ActorEntry } from '../recognise/actor-types.js';
import { loadActorData } from '../recognise/actor-data.js';
import { entryData } from '../recognise/actor-lexicon.js';

/**
 * The sole air power of a theatre. Where one force alone flies strike aircraft (the Saudi-led coalition over
 * Yemen since 2015, Israel over Gaza and the West Bank), a report of an air strike that names no doer ("two air
 * raids were reported in Sirwah district", "an airstrike hit a house in Rafah") is that force's: the reader,
 * like the analyst who codes it, knows whose aircraft they are. The dictionary states the theatres an entry is
 * the sole air power of (`airPower`, ISO alpha-3). For an assault draft with no actor, an aircraft or air-strike
 * weapon among its weapons (not a drone: armed groups fly those), and the event's first located country among an
 * entry's `airPower` theatres, the entry is the event's actor (rule `actor:sole-air-power`, inferred, its mention
 * the trigger), unless the sentence names another armed actor who is not one of the event's recipients (the
 * binding missed a named doer: no guess over it).
 */

export const RULE_AIR_POWER = 'actor:sole-air-power';

const ARMED = new Set(['MIL', 'REB', 'MILITIA', 'UNK', 'CRM', 'SPY']);

let byTheatre: Map<string, ActorEntry> | null = null;

function theatres(): Map<string, ActorEntry> {
  if (byTheatre) return byTheatre;
  const m = new Map<string, ActorEntry>();
  for (const e of loadActorData().named) for (const t of e.airPower ?? []) m.set(t, e);
  byTheatre = m;
  return m;
}

export function soleAirPower(doc: Doc, d: EventDraft, locations: readonly Location[]): ActorFiller | null {
  if (d.family !== 'assault' || d.actors.length > 0) return null;
  if (!d.weapons.some((w) => w.mention.data.category === 'air') || d.weapons.some((w) => w.mention.data.category === 'drone')) return null;
  const where = locations.find((l) => l.country)?.country ?? null;
  const e = where ? theatres().get(where) : undefined;
  if (!e) return null;
  const recipients = new Set(d.recipients.map((r) => r.mention));
  for (const a of doc.actors) if (a.sentence === d.sentence && !recipients.has(a) && ARMED.has(a.data.sector ?? '') && a.data.kind !== 'person') return null;
  const mention = triggerMention(doc, d, e.id, entryData(e));
  return { mention, rule: RULE_AIR_POWER, how: 'inferred' };
}
