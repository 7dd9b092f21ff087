import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths.js';

// `sitrep analyze x.txt | head -1`: the reader closes the pipe before sitrep has written; sitrep must stop quietly
// (status 0, no "Unhandled 'error' event" stack trace), as Unix tools do.
test('analyze whose stdout reader has gone exits 0 without a stack trace', async () => {
  const main = join(packageRoot, 'dist/src/cli/main.js');
  const article = join(packageRoot, 'examples/iran-proxies-2023-10-24.txt');
  const child = spawn(process.execPath, [main, 'analyze', article, '--published', '2023-10-24', '--format', 'json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy(); // close our read end at once: every write of the child meets a closed pipe
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|node:events|Unhandled/);
});
