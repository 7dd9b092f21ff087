import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyList, listFrom, mapList } from '../../src/util/lists.js';

test('emptyList: a fresh, empty, writable array each time', () => {
  const a = emptyList<number>();
  const b = emptyList<number>();
  assert.notEqual(a, b);
  assert.equal(a.length, 0);
  a.push(1);
  assert.deepEqual(a, [1]);
  assert.equal(b.length, 0);
  assert.equal(JSON.stringify(emptyList()), '[]');
});

const cases: { list: unknown[]; fn: (x: never) => unknown }[] = [
  { list: [], fn: (x: never) => x },
  { list: [1, 2, 3], fn: (x: number) => x * 2 },
  { list: ['a', 'b'], fn: (x: string) => `${x}!` },
  { list: [{ k: 1 }, { k: 2 }], fn: (x: { k: number }) => x.k },
];
for (const c of cases) {
  test(`mapList equals Array.prototype.map: ${JSON.stringify(c.list)}`, () => {
    const f = c.fn as (x: unknown) => unknown;
    assert.deepEqual(mapList(c.list, f), c.list.map((x) => f(x)));
  });
}

for (const list of [[], [1, 2], ['x'], [{ k: 1 }, null]] as unknown[][]) {
  test(`listFrom: an equal, separate copy of ${JSON.stringify(list)}`, () => {
    const copy = listFrom(list);
    assert.notEqual(copy, list);
    assert.deepEqual(copy, list);
    copy.push(0);
    assert.equal(copy.length, list.length + 1);
  });
}
