import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlaceSummary, addPlace, NO_PLACES, type PlacePart } from '../../src/resolve/place-summary.js';
import type { Mention, PlaceData } from '../../src/pipeline/doc.js';

/**
 * The document's places minus one sentence's (src/resolve/place-summary.ts) as one pass over them all says:
 * one country or mixed, and the first place of the lowest precision rank. Per row: the places as
 * sentence/country/precision, in list order.
 */
const place = (sentence: number, country: string | null, precision: string): Mention<PlaceData> =>
  ({ sentence, data: { country, precision } } as unknown as Mention<PlaceData>);

const ROWS: { name: string; places: Mention<PlaceData>[] }[] = [
  { name: 'one country', places: [place(0, 'IRQ', 'city'), place(1, 'IRQ', 'country'), place(1, 'IRQ', 'site'), place(3, 'IRQ', 'city')] },
  { name: 'two countries, one in a sentence of its own', places: [place(0, 'IRQ', 'city'), place(2, 'SYR', 'site'), place(4, 'IRQ', 'admin1')] },
  { name: 'ties keep the first', places: [place(0, null, 'region'), place(1, 'YEM', 'city'), place(2, 'YEM', 'city'), place(2, 'YEM', 'site'), place(5, 'YEM', 'site')] },
  { name: 'a sentence whose places are apart in the list', places: [place(1, 'AFG', 'city'), place(2, 'PAK', 'city'), place(1, 'AFG', 'site'), place(0, 'AFG', 'admin1')] },
  { name: 'no country at all', places: [place(0, null, 'region'), place(1, null, 'region')] },
];

/** The reference: one pass, skipping the sentence's places that `keep` rejects. */
function onePass(places: Mention<PlaceData>[], s: number, keep: (i: number) => boolean): PlacePart {
  let part = NO_PLACES;
  places.forEach((p, i) => { if (p.sentence !== s || keep(i)) part = addPlace(part, p, i); });
  return part;
}

const same = (a: PlacePart, b: PlacePart): boolean =>
  a.mixed === b.mixed && a.best === b.best && (a.mixed || a.country === b.country);

for (const row of ROWS) {
  test(`place summary: ${row.name}`, () => {
    const summary = new PlaceSummary(row.places);
    for (let s = -1; s <= 6; s++) {
      const own = summary.inSentence(s);
      assert.deepEqual([...own], row.places.flatMap((p, i) => (p.sentence === s ? [i] : [])));
      // every choice of the sentence's places to keep
      for (let mask = 0; mask < 1 << own.length; mask++) {
        const keep = (i: number): boolean => (mask & (1 << own.indexOf(i))) !== 0;
        let part = NO_PLACES;
        for (const i of own) if (keep(i)) part = addPlace(part, row.places[i]!, i);
        const got = summary.without(s, part);
        const contiguous = own.length === 0 || own[own.length - 1]! - own[0]! + 1 === own.length;
        if (!contiguous) { assert.equal(got, null, `sentence ${s}: apart in the list`); continue; }
        assert.ok(got && same(got, onePass(row.places, s, keep)), `sentence ${s}, kept ${mask}: ${JSON.stringify(got)}`);
      }
    }
  });
}
