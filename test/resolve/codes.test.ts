import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCodes } from '../../src/resolve/codes.js';
import { cameo, cameoCodes, cameoToPlover, plover, ploverMode, ploverTypes, acledTypes } from '../../src/resolve/ontology.js';
import { Codes } from '../../src/model/codes.js';

test('every CAMEO code resolves, and every code outside the statement roots builds valid codes', () => {
  const codes = cameoCodes();
  assert.equal(codes.length, 316);
  for (const c of codes) {
    assert.equal(cameo(c.id)?.id, c.id);
    if (c.root === '01' || c.root === '02') {
      assert.throws(() => buildCodes({ cameo: c.id }), /no PLOVER type/);
      const built = buildCodes({ cameo: c.id, plover: { type: 'CONSULT' } });
      assert.equal(built.cameo.code, c.id);
      continue;
    }
    const built = buildCodes({ cameo: c.id });
    Codes.parse(built);
    assert.equal(built.quadClass, c.quadClass, c.id);
    assert.equal(built.goldstein, c.goldstein, c.id);
  }
});

test('every CAMEO→PLOVER row names a known type and current modes', () => {
  for (const c of cameoCodes()) {
    const row = cameoToPlover(c.id);
    if (!row) continue;
    assert.ok(plover(row.type), `${c.id} → ${row.type}`);
    for (const m of row.modes) assert.ok(ploverMode(row.type, m), `${c.id} mode ${m}`);
  }
  assert.equal(ploverTypes().length, 16);
});

const cases: { input: Parameters<typeof buildCodes>[0]; type: string; modes: string[]; root: string; quad: number; goldstein: number; score: number }[] = [
  { input: { cameo: '195' }, type: 'ASSAULT', modes: ['heavy-weapons'], root: '19', quad: 4, goldstein: -10, score: -9.5 },
  { input: { cameo: '195', plover: { type: 'ASSAULT', modes: ['drone'] } }, type: 'ASSAULT', modes: ['drone'], root: '19', quad: 4, goldstein: -10, score: -9.5 },
  { input: { cameo: '190' }, type: 'ASSAULT', modes: [], root: '19', quad: 4, goldstein: -10, score: -9 },
  { input: { cameo: '138' }, type: 'THREATEN', modes: ['violence'], root: '13', quad: 3, goldstein: -7, score: -3.5 },
  { input: { cameo: '112' }, type: 'ACCUSE', modes: ['disapprove'], root: '11', quad: 3, goldstein: -2, score: -2 },
  { input: { cameo: '040' }, type: 'CONSULT', modes: [], root: '04', quad: 1, goldstein: 1, score: 2.5 },
  { input: { cameo: '1951' }, type: 'ASSAULT', modes: ['heavy-weapons'], root: '19', quad: 4, goldstein: -10, score: -9.5 },
  { input: { cameo: '173' }, type: 'COERCE', modes: ['arrest'], root: '17', quad: 4, goldstein: -5, score: -7 },
  { input: { cameo: '145' }, type: 'PROTEST', modes: ['riot'], root: '14', quad: 3, goldstein: -7.5, score: -7 },
];

for (const c of cases) {
  test(`buildCodes ${JSON.stringify(c.input)}`, () => {
    const got = buildCodes(c.input);
    const ref = cameo(c.input.cameo);
    assert.equal(got.plover.type, c.type);
    assert.deepEqual(got.plover.modes, c.modes);
    assert.equal(got.cameo.root, c.root);
    assert.equal(got.cameo.name, ref?.name);
    assert.equal(got.quadClass, ref?.quadClass);
    assert.equal(got.goldstein, ref?.goldstein);
    assert.equal(got.quadClass, c.quad);
    assert.equal(got.goldstein, c.goldstein);
    assert.equal(got.ploverScore, c.score);
  });
}

test('buildCodes throws on programming errors', () => {
  assert.throws(() => buildCodes({ cameo: '999' }), /unknown CAMEO/);
  assert.throws(() => buildCodes({ cameo: '0101' }), /unknown CAMEO/);
  assert.throws(() => buildCodes({ cameo: '190', plover: { type: 'FIGHT' } }), /unknown PLOVER type/);
  assert.throws(() => buildCodes({ cameo: '190', plover: { type: 'ASSAULT', modes: ['massacre'] } }), /no mode/);
  assert.throws(() => buildCodes({ cameo: '190', acled: { eventType: 'Battles', subEventType: 'Grenade' } }), /ACLED/);
});

test('buildCodes keeps a valid ACLED label', () => {
  const got = buildCodes({ cameo: '190', acled: { eventType: 'Battles', subEventType: 'Armed clash' } });
  assert.deepEqual(got.acled, { eventType: 'Battles', subEventType: 'Armed clash' });
});

test('ACLED label set: 6 types, 25 sub-types', () => {
  const types = acledTypes();
  assert.equal(types.length, 6);
  assert.equal(types.reduce((n, t) => n + t.subEventTypes.length, 0), 25);
});
