import type { Actor } from '../model/actor.js';
import type { Location } from '../model/location.js';
import { gazetteer } from './gazetteer.js';

/**
 * The country where an act is done, as its recipient. PLOVER (like CAMEO coders before it) codes the target of
 * an act that names no one it is done to as the country it is done in, from or to: "lifted the curfew in Sudan"
 * (CONCEDE → Sudan), "peacekeepers arrived in Bosnia" (AID → Bosnia), "troops pulled out of Gaza" (RETREAT →
 * Palestine), "reimposed blockades in the West Bank" (COERCE). Only for physical or administrative acts on a
 * territory (not statements, whose place is where they were said), only when the event has no recipient at all (promises of such acts too: "will evacuate the settlements in Gaza"),
 * and only from a place stated in the event's own clause (never an inferred or venue place). The recipient is
 * marked inferred and carries the entry `place-country:ISO3`, so exports that follow other conventions (ACLED's
 * actor 2) can leave it out (`isPlaceCountry`).
 */

/** PLOVER types of acts done to a territory and its people. */
const TERRITORIAL = new Set(['ASSAULT', 'PROTEST', 'CONCEDE', 'RETREAT', 'AID', 'COERCE', 'MOBILIZE', 'SANCTION']);

/** Promises of such acts (PLOVER AGREE): CAMEO 035x "express intent to yield" (release, ease, withdraw), 0334 peacekeeping. */
const TERRITORIAL_INTENTS = ['035', '0334'];
/** Threats of such acts (PLOVER THREATEN): curfews, emergencies, bans (132x), blockades and occupation (1381, 1382). */
const TERRITORIAL_THREATS = ['132', '1381', '1382'];
/** Investigations (PLOVER ACCUSE, CAMEO 09x) are done in the place investigated. */
const INVESTIGATIONS = '09';

/** Place rules that read the event's own clause (src/code/arguments.ts). */
const STATED_PLACE = new Set(['place:locative-prep', 'place:locative-prep-part', 'place:directional-of', 'place:territorial-object', 'place:coordinated', 'place:clause-shared']);

const ENTRY = 'place-country:';

/** The place-country recipient of an event, or null. */
export function placeRecipient(ploverType: string, cameo: string, recipients: readonly Actor[], locations: readonly Location[]): Actor | null {
  if (recipients.length > 0 || !(TERRITORIAL.has(ploverType) || (ploverType === 'AGREE' && TERRITORIAL_INTENTS.some((c) => cameo.startsWith(c))) || (ploverType === 'ACCUSE' && cameo.startsWith(INVESTIGATIONS)) || (ploverType === 'THREATEN' && TERRITORIAL_THREATS.some((c) => cameo.startsWith(c))))) return null;
  for (const l of locations) {
    if (!l.country || l.provenance.how !== 'stated') continue;
    const rule = l.provenance.rule.split(' ')[0]!;
    if (!STATED_PLACE.has(rule)) continue;
    const c = gazetteer().country(l.country);
    if (!c) continue;
    return {
      text: l.text, span: l.span, name: c.name, country: l.country, sector: null, kind: 'state', backedBy: [], role: null,
      entry: `${ENTRY}${l.country}`,
      provenance: { span: l.provenance.span, rule: `role:place-country ${l.provenance.rule}`, how: 'inferred' },
    };
  }
  return null;
}
