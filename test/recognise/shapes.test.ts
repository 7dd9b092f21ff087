import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { copyActorData } from '../../src/pipeline/doc.js';
import { copyCandidate, gazetteer } from '../../src/resolve/gazetteer.js';
import { rangeData } from '../../src/recognise/time-words.js';

/**
 * Hot objects keep one field order (a necessary condition for one V8 hidden class; see docs/PERFORMANCE.md,
 * "JIT shapes"): every actor reading has copyActorData's fields, every time value start/end/precision, every
 * gazetteer reading copyCandidate's fields (with `fuzzy`), whichever rule or path built it.
 */

const TEXTS = [
  'Iran-backed militias fired rockets at US forces in Syria on Tuesday, the Pentagon said.',
  'Houthi fighters and pro-government forces clashed near Marib city in 2021; unidentified gunmen killed two soldiers.',
  'Health workers protested in Nairobi last month. Members of the Wagner Group were seen in Bamako three weeks ago.',
  'Israeli troops raided Jenin refugee camp in January 2023. Chinese Foreign Ministry spokesperson Wang Wenbin spoke.',
  'Clashes were reported in Saraqeb and Menbij, and in Alexandria, La., in 2019.',
];

const ACTOR_KEYS = Object.keys(copyActorData({ name: 'x', country: null, sector: null, kind: 'group', backedBy: [], role: null, plural: false, generic: false, alsoPlace: false, ref: null }));

let seen = { actors: 0, times: 0, places: 0 };
for (const text of TEXTS) {
  test(`one field order per layer: ${text.slice(0, 40)}`, () => {
    const doc = analyzeDoc({ text, published: '2024-03-05' });
    for (const m of doc.actors) assert.deepEqual(Object.keys(m.data), ACTOR_KEYS, m.text);
    for (const m of doc.times) assert.deepEqual(Object.keys(m.data), ['start', 'end', 'precision'], m.text);
    const placeKeys = new Set(doc.places.map((m) => Object.keys(m.data).join(',')));
    assert.ok(placeKeys.size <= 1, [...placeKeys].join(' | '));
    seen = { actors: seen.actors + doc.actors.length, times: seen.times + doc.times.length, places: seen.places + doc.places.length };
  });
}

test('the texts above reach actor, time and place readings', () => {
  assert.ok(seen.actors >= 8 && seen.times >= 4 && seen.places >= 5, JSON.stringify(seen));
});

test('rangeData writes the range out with its precision', () => {
  assert.deepEqual(rangeData({ start: '2024-01-01', end: '2024-12-31' }, 'year'), { start: '2024-01-01', end: '2024-12-31', precision: 'year' });
});

test('gazetteer readings, exact and by transliteration, and their copies share copyCandidate\'s field order', () => {
  const g = gazetteer();
  const readings = [...g.candidates('aleppo'), ...g.sharedCandidates('syria'), ...g.sharedCandidates('marib'), ...g.sharedFuzzy('saraqeb'), ...g.fuzzy('menbij')];
  assert.ok(readings.length >= 4);
  const order = Object.keys(copyCandidate(readings[0]!)).join(',');
  assert.ok(order.endsWith(',fuzzy'), order);
  for (const c of readings) assert.equal(Object.keys(c).join(','), order, c.entry);
  assert.ok(g.sharedFuzzy('saraqeb').every((c) => c.fuzzy === true));
  assert.ok(g.sharedCandidates('aleppo').every((c) => c.fuzzy === false));
});
