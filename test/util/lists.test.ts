import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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

test('emptyList: after a push, the same hidden class (elements kind) as a literal array of objects', () => {
  // %HaveSameMap needs --allow-natives-syntax: asked in a child process
  const url = new URL('../../src/util/lists.js', import.meta.url).href;
  const code = `import(${JSON.stringify(url)}).then((m) => { const a = m.emptyList(); a.push({ k: 1 }); const b = [{ k: 2 }]; const c = m.emptyList(); c.push('x'); process.stdout.write(String(%HaveSameMap(a, b)) + ' ' + String(%HaveSameMap(c, ['y']))); })`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, 'true true');
});
