import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A town or county reading near a reading of another name of the document gains `WEIGHTS.nearOther`
 * (`nearReadings` in src/recognise/place-context.ts): a town and its county, or neighbouring towns, settle each other
 * over larger namesakes; never a small namesake over a world city or capital abroad.
 * [text, name, expected admin1, expected country]
 */
const CASES: [string, string, string | null, string][] = [
  ['Boone County deputies arrested a man in Lebanon on Friday.', 'Lebanon', 'Indiana', 'USA'],
  ['Deputies in Lebanon and Boone County arrested a man on Friday.', 'Lebanon', 'Indiana', 'USA'],
  ['Walker County deputies said the Huntsville man was arrested on Sunday.', 'Huntsville', 'Texas', 'USA'],
  ['Henry County officials said Paris schools will close on Monday.', 'Paris', 'Tennessee', 'USA'],
  // a world city keeps its reading
  ['The mayor of Paris visited Versailles on Monday.', 'Paris', null, 'FRA'],
];

for (const [text, name, admin1, country] of CASES) {
  test(`near another name: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:geo-near-other' }, { published: '2022-01-10' });
    const p = [...doc.places, ...doc.placeNames].find((m) => m.text === name);
    assert.ok(p, `${name} is a place`);
    assert.equal(p.data.country, country);
    if (admin1 !== null) assert.equal(p.data.admin1, admin1);
  });
}
