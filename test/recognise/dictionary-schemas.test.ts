import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ZodTypeAny } from 'zod';
import { NumbersFile, OriginFile, OutletFile, WeaponFile } from '../../src/recognise/dictionary-schemas.js';
import { checkShape, readDataJson } from '../../src/util/data-file.js';
import { dataPath } from '../../src/util/paths.js';

/**
 * The loaders read these files without zod (util/data-file.ts); here every file must pass its full schema,
 * and parsing must drop nothing but the file's top-level $comment, so the loaders see the fields zod gave them.
 */
const FILES: Array<{ file: string; schema: ZodTypeAny; arrays: string[] }> = [
  { file: 'numbers.json', schema: NumbersFile, arrays: ['cardinals', 'scales', 'ordinals', 'vague', 'qualifiers', 'currencies', 'percent', 'durations'] },
  { file: 'weapons.json', schema: WeaponFile, arrays: ['entries'] },
  { file: 'weapon-origins.json', schema: OriginFile, arrays: ['entries'] },
  { file: 'outlets.json', schema: OutletFile, arrays: ['entries'] },
];

for (const { file, schema, arrays } of FILES) {
  test(`data/${file} matches its schema and parsing drops no field`, () => {
    const raw: unknown = JSON.parse(readFileSync(dataPath(file), 'utf8'));
    const parsed = schema.safeParse(raw);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
    const { $comment: _comment, ...fields } = raw as Record<string, unknown>;
    assert.deepEqual(parsed.data, fields);
    assert.deepEqual(readDataJson(file, arrays), raw);
  });
}

/** checkShape: what the loaders' cheap check rejects (and accepts). */
const SHAPES: Array<{ value: unknown; ok: boolean; error?: RegExp }> = [
  { value: { entries: [] }, ok: true },
  { value: { entries: [{ id: 'x' }] }, ok: true },
  { value: null, ok: false, error: /expected a JSON object/ },
  { value: [], ok: false, error: /expected a JSON object/ },
  { value: 'entries', ok: false, error: /expected a JSON object/ },
  { value: {}, ok: false, error: /"entries" must be an array/ },
  { value: { entries: {} }, ok: false, error: /"entries" must be an array/ },
  { value: { entries: [1] }, ok: false, error: /entries\[0\] must be an object/ },
  { value: { entries: [{}, null] }, ok: false, error: /entries\[1\] must be an object/ },
  { value: { entries: [[]] }, ok: false, error: /entries\[0\] must be an object/ },
];

for (const { value, ok, error } of SHAPES) {
  test(`checkShape ${JSON.stringify(value)} → ${ok ? 'accepted' : 'rejected'}`, () => {
    if (ok) assert.equal(checkShape(value, ['entries'], 'x.json'), value);
    else assert.throws(() => checkShape(value, ['entries'], 'x.json'), error ?? Error);
  });
}
