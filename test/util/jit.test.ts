import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LONG_RUN_V8_FLAGS, needsLongRunRelaunch } from '../../src/util/jit.js';
import { packageRoot } from '../../src/util/paths.js';

const cases: { name: string; execArgv: string[]; env: Record<string, string>; want: boolean }[] = [
  { name: 'plain node', execArgv: [], env: {}, want: true },
  { name: 'already relaunched', execArgv: [], env: { SITREP_V8_TUNING: 'relaunched' }, want: false },
  { name: "user asks for node's defaults", execArgv: [], env: { SITREP_V8_TUNING: '0' }, want: false },
  { name: 'every flag on the command line (other values)', execArgv: ['--max-semi-space-size=64', '--max-inlined-bytecode-size-cumulative=500'], env: {}, want: false },
  { name: 'one flag missing', execArgv: ['--max-semi-space-size=64'], env: {}, want: true },
  { name: 'flags in NODE_OPTIONS', execArgv: [], env: { NODE_OPTIONS: LONG_RUN_V8_FLAGS.join(' ') }, want: false },
  { name: 'unrelated flags', execArgv: ['--enable-source-maps'], env: { NODE_OPTIONS: '--no-warnings' }, want: true },
];

for (const c of cases) {
  test(`needsLongRunRelaunch: ${c.name}`, () => {
    assert.equal(needsLongRunRelaunch(c.execArgv, c.env), c.want);
  });
}

test('a long-running command relaunched with the flags passes its exit code and output through', () => {
  const main = join(packageRoot, 'dist', 'src', 'cli', 'main.js');
  const env = { ...process.env };
  delete env['SITREP_V8_TUNING'];
  const r = spawnSync(process.execPath, [main, 'eval', 'no-such-set'], { encoding: 'utf8', env });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown set/);
});
