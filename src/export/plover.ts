import type { ClusterActor } from '../dedup/types.js';
import { lineFormat } from './format.js';
import { country } from './codes/countries.js';
import { geonameId } from './geo.js';
import { type ExportRecord, figureMin, outletNames, recordDate, repMention, urls } from './record.js';

/**
 * An actor object. An intergovernmental body's code is "IGO", as the PLOVER gold records write it for every body (CAMEO's
 * first three letters: "IGOEUREEC"); the region or body code we keep for it ("EUR", "UNO", "AFR") goes to `igo_region`.
 */
function actorObject(a: ClusterActor): Record<string, unknown> {
  const igo = a.kind === 'igo';
  return {
    code: igo ? 'IGO' : a.country,
    ...(igo && a.country && a.country !== 'IGO' ? { igo_region: a.country } : {}),
    sector: a.sector,
    actor_text: a.text,
    identifier_text: a.name,
    ...(a.backedBy.length ? { backed_by: a.backedBy } : {}),
  };
}

/**
 * One PLOVER JSON record, with the field names of the PLOVER manual's "JSON Data Fields" chapter
 * (id, date, enddate, source, recipient, event, mode, context, event_loc, event_text, quad_code,
 * event_scale, text, text_info, cite_info, coder, coded_date) and its size fields (dead, injured,
 * arrested). An undated event gets its first publication day as `date` (required by the manual),
 * flagged `date_inferred: true`. `event_type` repeats `event[0]` as POLECAT and the PLOVER gold-standard records name it.
 * Extra fields (allowed by the manual): targets (attacked things and places, which are not recipients), confidence, num_mentions, num_sources, figures, acled, cameo.
 */
export function ploverRecord(r: ExportRecord, now: Date): Record<string, unknown> {
  const c = r.c;
  const m = repMention(c);
  const loc = c.location;
  const ci = country(loc?.country);
  const when = recordDate(c);
  return {
    id: r.id,
    date: when.date,
    ...(when.inferred && when.date ? { date_inferred: true } : {}),
    ...(c.end && c.end !== c.start ? { enddate: c.end } : {}),
    source: c.actors.map(actorObject),
    recipient: c.recipients.filter((a) => !a.target).map(actorObject),
    // attacked things and places are not actors; kept as an extra field (the manual allows extra fields)
    ...(c.recipients.some((a) => a.target) ? { targets: c.recipients.filter((a) => a.target).map((a) => ({ target_text: a.text, name: a.name })) } : {}),
    event: [c.codes.plover.type],
    event_type: c.codes.plover.type,
    mode: c.codes.plover.modes,
    context: c.codes.plover.context,
    event_loc: loc ? {
      geonameid: geonameId(loc),
      name: loc.name,
      latitude: loc.lat,
      longitude: loc.lon,
      'country code': ci?.iso2 ?? null,
      cc3: loc.country,
      admin1: loc.admin1,
      precision: loc.precision,
    } : null,
    event_text: [...new Set(c.mentions.flatMap((x) => x.triggers))],
    quad_code: c.codes.quadClass,
    event_scale: c.codes.ploverScore,
    dead: figureMin(c, 'killed'),
    injured: figureMin(c, 'injured'),
    arrested: figureMin(c, 'arrested'),
    size: figureMin(c, 'participants'),
    text: m.sentenceText,
    text_info: { sequence: m.sentence, start: m.span[0], end: m.span[1] },
    cite_info: { url: urls(c)[0] ?? null, publication: outletNames(c).join('; ') || null, coder: 'sitrep', codebook: 'plover-2.0-draft' },
    coder: 'sitrep',
    coded_date: now.toISOString().slice(0, 10),
    modality: c.modality,
    confidence: c.confidence,
    num_mentions: c.mentions.length,
    num_sources: c.outlets,
    figures: c.figures,
    cameo: c.codes.cameo.code,
    acled: c.codes.acled,
  };
}

/** plover: PLOVER JSON records, one per line (the manual recommends newline-delimited JSON). */
export const plover = lineFormat(
  'plover', 'jsonl', 'PLOVER JSON records, one per line',
  () => '',
  (r, o) => JSON.stringify(ploverRecord(r, o.now ?? new Date())) + '\n',
);
