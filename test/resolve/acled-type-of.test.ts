import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledTypeOf, acledTypes } from '../../src/resolve/ontology.js';

test('acledTypeOf: the first event type listing the sub-event type, as a search of the table in order finds', () => {
  const table = acledTypes();
  for (const t of table) {
    for (const s of t.subEventTypes) assert.equal(acledTypeOf(s.id), table.find((x) => x.subEventTypes.some((y) => y.id === s.id))?.id, s.id);
  }
  assert.equal(acledTypeOf('Air/drone strike'), 'Explosions/Remote violence');
  assert.equal(acledTypeOf('not a sub-event type'), undefined);
  assert.equal(acledTypeOf(''), undefined);
});
