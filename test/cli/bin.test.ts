import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths.js';

// the package's "bin" is run directly by npx and by npm's links: it must be executable and start with a shebang
test('the sitrep command file is executable and runs as a program', { skip: process.platform === 'win32' }, () => {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const file = join(packageRoot, pkg.bin['sitrep']!);
  assert.ok(statSync(file).mode & 0o100, `${file} is not executable: run npm run build`);
  const r = spawnSync(file, ['--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^sitrep \d/);
});
