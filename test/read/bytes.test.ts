import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileCapped } from '../../src/read/bytes.js';
import { expectInputError } from './helpers.js';

let dir: string;

/** Bytes 0, 1, 2 … 250, 0, 1 … (no run of equal bytes that a short read could fake). */
function pattern(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = i % 251;
  return b;
}

describe('readFileCapped: regular files read by position, special files through a stream', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-bytes-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // [size of the file, cap]: every byte comes back, in order, up to a file exactly at the cap
  const exact: [number, number][] = [[0, 10], [1, 10], [4095, 1 << 20], [4096, 1 << 20], [70_000, 1 << 20], [200_000, 200_000]];
  for (const [size, cap] of exact) {
    it(`${size} bytes under a cap of ${cap} → the same bytes`, async () => {
      const path = join(dir, `f${size}.bin`);
      const bytes = pattern(size);
      writeFileSync(path, bytes);
      assert.deepEqual(Buffer.from(await readFileCapped(path, cap)), bytes);
    });
  }

  it('one byte over the cap → TOO_LARGE', async () => {
    const path = join(dir, 'over.bin');
    writeFileSync(path, pattern(1001));
    await expectInputError(() => readFileCapped(path, 1000), 'TOO_LARGE');
  });

  it('a character device with no end (/dev/zero) → TOO_LARGE at the cap', { skip: !existsSync('/dev/zero') }, async () => {
    await expectInputError(() => readFileCapped('/dev/zero', 100_000), 'TOO_LARGE');
  });
});
