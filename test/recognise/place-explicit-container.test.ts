import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A place named with its own country or first-level unit right after it ("Athens, Greece", "Helmand province of
 * southwestern Afghanistan") resolves inside that container even in a story set elsewhere (US local news that
 * names a namesake town): a reading outside the named container gains nothing from the document's context
 * (`hintHeld` in src/resolve/geo-disambiguate.ts). An admin1 unit's coordinates lie among its own towns (a
 * country-state-city centroid geocoded to a US namesake is replaced at build time, src/resolve/gazetteer-build.ts).
 * [text, place, country, [lat, lon] box: min lat, max lat, min lon, max lon]
 */
const GEORGIA = 'ATHENS, Ga. — The university honored a graduate on Friday. Clarke County officials and Oconee County deputies attended. ';
const MARYLAND = 'BALTIMORE — A Marine from Towson was remembered Sunday at a church in Baltimore County, Maryland. His mother lives in Dundalk. ';
const TEXAS = 'PARIS, Texas — Lamar County commissioners met Tuesday in Paris. Sherman and Bonham residents attended. ';
const CASES: [string, string, string, [number, number, number, number]][] = [
  [GEORGIA + 'The graduate was wounded in a bombing in Athens, Greece, last summer.', 'Athens', 'GRC', [37, 39, 23, 24.5]],
  [GEORGIA + 'Police in Athens arrested two men on Monday.', 'Athens', 'USA', [33, 35, -84, -83]],
  [MARYLAND + 'He was killed in a roadside bombing in Helmand province of southwestern Afghanistan.', 'Helmand province', 'AFG', [29, 35, 60, 66]],
  [MARYLAND + 'Insurgents attacked his patrol in the Panjshir valley of northern Afghanistan.', 'Panjshir', 'AFG', [34, 36.5, 68, 71]],
  [TEXAS + 'A soldier from the town was killed when gunmen attacked a checkpoint in Paris, France.', 'Paris', 'FRA', [48, 49.5, 1.5, 3]],
  [TEXAS + 'Gunmen attacked a checkpoint in Paris on Monday.', 'Paris', 'USA', [33, 34.5, -96, -95]],
];

for (const [text, name, country, [lat0, lat1, lon0, lon1]] of CASES) {
  test(`explicit container: ${name} in ${country}: ${text.slice(-70)}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-explicit-container' }, { published: '2022-01-10' });
    const last = doc.places.filter((p) => p.text === name).pop()?.data;
    assert.ok(last, `no place "${name}" in ${JSON.stringify(doc.places.map((p) => p.text))}`);
    assert.equal(last.country, country);
    assert.ok(last.lat !== null && last.lon !== null && last.lat >= lat0 && last.lat <= lat1 && last.lon >= lon0 && last.lon <= lon1, `${name} at ${last.lat}, ${last.lon}`);
  });
}
