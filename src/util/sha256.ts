import { createRequire } from 'node:module';

/**
 * SHA-256 as lower-case hex, in plain JavaScript for short inputs: loading node:crypto costs ~10 ms of a
 * cold start, more than hashing a short article's text here (~2 ms for 2,300 characters). Inputs over LONG
 * characters go to node:crypto, loaded on first need: this code runs unoptimised in one-shot commands,
 * and at ~8,000 characters it costs about what loading node:crypto does. After 64K characters hashed in
 * one process, node:crypto takes over for good.
 * test/util/sha256.test.ts checks both paths against node:crypto.
 */
const LONG = 1 << 13;

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

let nodeCrypto: typeof import('node:crypto') | null = null;
/**
 * Characters the plain-JS digest may still hash in this process. A long-running process (ingest, the
 * library API, the benchmark) soon spends more here than loading node:crypto costs once, so past this
 * budget every digest goes to node:crypto (the digests are the same).
 */
let jsBudget = 1 << 16;

export function sha256Hex(s: string): string {
  if (nodeCrypto !== null || s.length > LONG || (jsBudget -= s.length) < 0) {
    nodeCrypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    // the one-shot crypto.hash (Node >= 20.12) is ~3x cheaper for short inputs than a Hash object
    return typeof nodeCrypto.hash === 'function' ? nodeCrypto.hash('sha256', s, 'hex') : nodeCrypto.createHash('sha256').update(s).digest('hex');
  }
  return sha256Js(new TextEncoder().encode(s));
}

/** The plain-JavaScript digest of bytes (exported for the tests). */
export function sha256Js(bytes: Uint8Array): string {
  const bitLen = bytes.length * 8;
  const total = ((bytes.length + 9 + 63) >>> 6) << 6;
  const buf = new Uint8Array(total);
  buf.set(bytes);
  buf[bytes.length] = 0x80;
  const view = new DataView(buf.buffer);
  view.setUint32(total - 8, Math.floor(bitLen / 0x100000000));
  view.setUint32(total - 4, bitLen >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!, b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, k = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a; h[1] = h[1]! + b; h[2] = h[2]! + c; h[3] = h[3]! + d;
    h[4] = h[4]! + e; h[5] = h[5]! + f; h[6] = h[6]! + g; h[7] = h[7]! + k;
  }
  let out = '';
  for (let i = 0; i < 8; i++) out += h[i]!.toString(16).padStart(8, '0');
  return out;
}
