import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/** "an unknown number of armed men": a size word before a partitive head still names the actor (src/code/roles.ts). */
const CASES: [string, string][] = [
  ['On 4 April 2023, an unknown number of armed men kidnapped three traders near Mirebalais, Centre.', 'gunmen'],
  ['On 4 April 2023, two farmers were shot dead near Uruapan by an unspecified number of gunmen.', 'gunmen'],
  ['On 4 April 2023, a large group of soldiers raided the market in Bunia.', 'military forces'],
];

test('partitive with a size word names its actor', () => {
  for (const [text, name] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:partitive-size' });
    const names = doc.events.flatMap((e) => e.actors.map((a) => a.name));
    assert.ok(names.includes(name), `${text}: ${JSON.stringify(names)}`);
  }
});
