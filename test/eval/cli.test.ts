import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, scoreCommand } from '../../src/cli/eval.js';

/** The eval command's argument handling; none of these cases reads the eval data. */
test('sitrep eval: usage errors', async () => {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    assert.equal(await run([]), 2);
    assert.equal(await run(['no-such-set']), 2);
    await assert.rejects(run(['penta', '--limit', 'ten']), /--limit wants a whole number/);
  } finally {
    process.stderr.write = write;
  }
});

test('scoreCommand records the sets and the options that change scores', () => {
  assert.equal(scoreCommand(['all'], null, null), 'sitrep eval all');
  assert.equal(scoreCommand(['acled', 'rams'], 'dev', 50), 'sitrep eval acled rams --split dev --limit 50');
});
