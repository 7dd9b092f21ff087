import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A name after a comma that is both a country and a first-level unit elsewhere ("Georgia"): the name before it takes
 * the reading the unit holds, whichever the document's country is, in a place of an event and in a toponym inside an
 * actor ("the mayor of Athens, Georgia"), where the unit after the comma is no span of its own. Our own sentences.
 */
const cases: { text: string; name: string; nth?: number; country: string; admin1?: string }[] = [
  { text: "Georgia's army held drills near Gori and Tbilisi. The mayor of Athens, Georgia, condemned the attack on protesters in Gori.", name: 'Athens', country: 'USA', admin1: 'Georgia' },
  { text: 'Police in Georgia arrested 30 protesters in Tbilisi. In Savannah, Georgia, a man was shot dead.', name: 'Savannah', country: 'USA', admin1: 'Georgia' },
  { text: 'Police in Georgia arrested 30 protesters in Tbilisi. In Savannah, Georgia, a man was shot dead.', name: 'Georgia', nth: 1, country: 'USA' },
  { text: 'Georgia said Russian troops had entered Georgia near Gori. A Georgian student was killed in Augusta, Georgia, on Sunday.', name: 'Augusta', country: 'USA', admin1: 'Georgia' },
  // the country keeps its own towns
  { text: 'Protesters marched in Atlanta. Police said a rally was also held in Batumi, Georgia, on Sunday.', name: 'Batumi', country: 'GEO' },
];

for (const c of cases) {
  test(`comma container namesake: ${c.name} in ${c.text}`, () => {
    const doc = analyzeDoc({ text: c.text, url: 'test:comma-container-namesake' });
    let at = -1;
    for (let n = 0; n <= (c.nth ?? 0); n++) at = c.text.indexOf(c.name, at + 1);
    const all = [...doc.places, ...doc.placeNames];
    const m = all.find((p) => p.start === at);
    assert.ok(m, `a toponym at "${c.name}" (${all.map((p) => p.text).join(', ')})`);
    assert.equal(m.data.country, c.country);
    if (c.admin1) assert.equal(m.data.admin1, c.admin1);
  });
}
