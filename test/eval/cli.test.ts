import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evalExitCode, run, scoreCommand } from '../../src/cli/eval.js';
import { ReportBuilder } from '../../src/eval/report.js';

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

test('evalExitCode: a set that could not run or a record that crashed the extractor fails the run', () => {
  const cases: { name: string; missing: number; failures: number[]; want: number }[] = [
    { name: 'all ran, no crash', missing: 0, failures: [0, 0], want: 0 },
    { name: 'a set skipped or failed', missing: 1, failures: [0], want: 1 },
    { name: 'one record crashed the extractor', missing: 0, failures: [0, 1], want: 1 },
    { name: 'no set at all ran', missing: 2, failures: [], want: 1 },
  ];
  const write = process.stderr.write.bind(process.stderr);
  let said = '';
  process.stderr.write = ((s: string) => { said += s; return true; }) as typeof process.stderr.write;
  try {
    for (const c of cases) {
      said = '';
      const reports = c.failures.map((f, i) => ({ set: `set${i}`, failures: f }));
      assert.equal(evalExitCode(c.missing, reports), c.want, c.name);
      assert.equal(/threw on/.test(said), c.failures.some((f) => f > 0), c.name);
    }
  } finally {
    process.stderr.write = write;
  }
});

test('ReportBuilder.extractor keeps the crash count and the note', () => {
  const quiet = new ReportBuilder('s', 'S', 'f', 3);
  quiet.extractor({ failures: 0, note: () => null });
  assert.deepEqual([quiet.build().failures, quiet.build().notes], [0, []]);
  const crashed = new ReportBuilder('s', 'S', 'f', 3);
  crashed.extractor({ failures: 2, note: () => 'extractor threw on 2 record(s)' });
  assert.deepEqual([crashed.build().failures, crashed.build().notes], [2, ['extractor threw on 2 record(s)']]);
});
