import { emptyList } from '../util/lists.js';
import { readFileSync } from 'node:fs';
import type { Stage } from '../pipeline/stage.js';
import type { Mention, PlaceData, ActorData } from '../pipeline/doc.js';
import { dataPath } from '../util/paths.js';
import { SentenceContext } from '../code/context.js';
import { subjectOf } from '../code/roles.js';

/**
 * Venues: "Blinken, speaking at a U.N. Security Council meeting, …" places the speaker's statements of
 * that day at the body's seat (New York). The venue comes from data/venues.json; the span is the body's mention.
 */

interface Venue { id: string; bodies: string[]; name: string; country: string; admin1: string; lat: number; lon: number }

let venues: Map<string, Venue> | null = null;
function venueOf(body: string): Venue | undefined {
  if (!venues) {
    venues = new Map();
    const file = JSON.parse(readFileSync(dataPath('venues.json'), 'utf8')) as { entries: Venue[] };
    for (const v of file.entries) for (const b of v.bodies) venues.set(b, v);
  }
  return venues.get(body);
}

const CUES = new Set(['speaking', 'spoke', 'addressing', 'addressed', 'told', 'briefing', 'briefed', 'at', 'before']);
const GATHERINGS = new Set(['meeting', 'session', 'summit', 'debate', 'briefing', 'conference', 'assembly', 'hearing', 'gathering']);

export const venueStage: Stage = {
  name: 'venues',
  run(doc) {
    const found = emptyList<{ speaker: string; place: Mention<PlaceData>; sentence: number }>();
    for (const m of doc.actors) {
      if (m.data.kind !== 'igo') continue;
      const venue = venueOf(m.data.name);
      if (!venue) continue;
      const s = doc.sentences[m.sentence]!;
      const ctx = new SentenceContext(doc, m.sentence, s.tokenStart, s.tokenEnd);
      let k = m.tokenStart - 1;
      while (k > s.tokenStart && (ctx.norm(k) === 'a' || ctx.norm(k) === 'an' || ctx.norm(k) === 'the' || ctx.norm(k) === 'emergency' || ctx.norm(k) === 'special')) k--;
      if (!CUES.has(ctx.norm(k)) || !GATHERINGS.has(ctx.norm(m.tokenEnd))) continue;
      // the speaker: the subject of the cue ("Blinken, speaking at …")
      let cue = k;
      if (ctx.norm(cue) === 'at' || ctx.norm(cue) === 'before') cue = CUES.has(ctx.norm(cue - 1)) ? cue - 1 : cue;
      const speakers = subjectOf(ctx, cue, 'role:venue-speaker');
      const speaker: Mention<ActorData> | undefined = speakers.length > 0 ? speakers[0]!.mention : undefined; // no read past the end (see pipeline/token-at.ts)
      if (!speaker) continue;
      const place: Mention<PlaceData> = {
        ...m,
        tokenEnd: m.tokenEnd + 1,
        end: doc.tokens[m.tokenEnd]!.end,
        text: doc.text.slice(m.start, doc.tokens[m.tokenEnd]!.end),
        entry: `venue:${venue.id}`,
        data: { name: venue.name, country: venue.country, admin1: venue.admin1, lat: venue.lat, lon: venue.lon, precision: 'site', alternatives: 0, population: null },
      };
      found.push({ speaker: speaker.data.name, place, sentence: m.sentence });
      if (doc.trace) doc.explain('venues', `venue:${venue.id}`, m.sentence, [place.start, place.end], `${speaker.text} at ${venue.name}`);
    }
    if (found.length === 0) return;
    for (const d of doc.drafts) {
      if (d.dropped || d.places.length > 0) continue;
      const v = found.find((f) => d.actors.some((a) => a.mention.data.name === f.speaker) && Math.abs(d.sentence - f.sentence) <= 12);
      if (v) d.places.push({ mention: v.place, rule: 'place:venue-of-speaker', how: 'inferred' });
    }
  },
};
