import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intern } from '../../src/util/intern.js';

// strings built at run time (slices, joins), as tokens and JSON values are: intern gives an equal string, the same one each time
const cases: string[] = ['organisation', '—', '“', '--', '…', '12', '0', '', 'constructor', '__proto__', 'crowd-control'];
for (const s of cases) {
  test(`intern: ${JSON.stringify(s)} comes back equal and stable`, () => {
    const built = ` ${s} `.slice(1, s.length + 1);
    const a = intern(built);
    assert.equal(a, s);
    assert.equal(intern(a), a);
    assert.equal(intern(`${s}`), a);
    assert.equal(typeof a, 'string');
  });
}
