/**
 * A cheap non-cryptographic 64-bit hash (two FNV-1a lanes over UTF-16 code units) as 16 hex digits: for
 * cache keys over a few kilobytes of source at start-up, where even the plain-JS SHA-256 costs ~8 ms
 * unoptimised. Not for ids that must stay stable with stored data (those use util/hash.ts).
 */
export function fnv1a64Hex(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
