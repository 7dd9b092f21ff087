import type { Mention, ActorData, PlaceData, TimeData } from '../pipeline/doc.js';
import type { Filled } from '../pipeline/draft.js';
import type { Actor } from '../model/actor.js';
import type { Location } from '../model/location.js';
import type { TimeRef } from '../model/time.js';
import { readingNote } from '../recognise/actor-readings.js';
import { inferredEntry } from '../recognise/actor-lookup.js';
import { QUALIFIED_PLACE } from '../code/place-qualified.js';

/** Model records from recogniser mentions, with provenance: the mention's span and entry, stated or inferred. */

export function toActor(f: Filled<Mention<ActorData>>): Actor {
  const m = f.mention;
  return {
    text: m.text,
    span: [m.start, m.end],
    name: m.data.name,
    country: m.data.country,
    sector: m.data.sector,
    kind: m.data.kind,
    backedBy: m.data.backedBy,
    role: m.data.role,
    // a thing or place target keeps its 'target:' entry, so that it is told apart from the actors (isThingTarget);
    // a country or city named as where the act was done ("in downtown Mogadishu") is its place-country recipient
    entry: f.rule.includes(QUALIFIED_PLACE) && m.data.country ? `place-country:${m.data.country}` : m.data.generic && !m.entry.startsWith('target:') ? null : m.entry,
    provenance: actorProvenance(f, m),
  };
}

/** The filler's rule and the entry; a reading chosen by the document's countries adds its rule and is inferred. */
function actorProvenance(f: Filled<Mention<ActorData>>, m: Mention<ActorData>): Actor['provenance'] {
  const note = readingNote(m);
  if (note === null) return { span: [m.start, m.end], rule: `${f.rule} ${m.entry}`, how: inferredEntry(m.entry) ? 'inferred' : f.how };
  return { span: [m.start, m.end], rule: `${f.rule} ${m.entry} ${note}`, how: 'inferred' };
}

/** An actor written out with a new provenance rule (one hidden class; a spread copy gives each copying site and source class its own). */
export function copyActor(a: Actor, rule: string, how: 'stated' | 'inferred'): Actor {
  return { text: a.text, span: a.span, name: a.name, country: a.country, sector: a.sector, kind: a.kind, backedBy: a.backedBy, role: a.role, entry: a.entry, provenance: { span: a.provenance.span, rule, how } };
}

export function toLocation(f: Filled<Mention<PlaceData>>): Location {
  const m = f.mention;
  return {
    text: m.text,
    span: [m.start, m.end],
    name: m.data.name,
    country: m.data.country,
    admin1: m.data.admin1,
    lat: m.data.lat,
    lon: m.data.lon,
    precision: m.data.precision,
    entry: m.entry,
    provenance: { span: [m.start, m.end], rule: `${f.rule} ${m.entry}`, how: f.how },
  };
}

export function toTime(f: Filled<Mention<TimeData>>): TimeRef {
  const m = f.mention;
  return {
    text: m.text,
    span: [m.start, m.end],
    start: m.data.start,
    end: m.data.end,
    precision: m.data.precision,
    provenance: { span: [m.start, m.end], rule: `${f.rule} ${m.entry}`, how: f.how },
  };
}
