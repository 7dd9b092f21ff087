import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A place the gazetteer lacks, vouched for by its unit word ("the village of X", "X town"), is kept even when no place
 * or single actor country anchors it (src/recognise/place-unlisted.ts); the event placed there takes the country its
 * actors act in (`countrylessSite` in src/resolve/events.ts, inferred).
 * [text, the first event's first location as "text/country"]
 */
const CASES: [string, string][] = [
  ['Turkish forces and allied fighters clashed with QSD forces in the town of Kharbat Zorik.', 'Kharbat Zorik/SYR'],
  ['Houthi fighters shelled the village of Bayt Qutran overnight.', 'Bayt Qutran/YEM'],
];

for (const [text, where] of CASES) {
  test(`countryless site: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:event-countryless-site' }, { published: '2022-01-10' });
    const l = doc.events[0]?.locations[0];
    assert.equal(l ? `${l.text}/${l.country}` : null, where);
  });
}
