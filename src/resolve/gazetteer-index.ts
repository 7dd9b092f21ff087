/**
 * Hash index over the sorted key bytes of the binary gazetteer cache (gazetteer-cache.ts): one open-addressing
 * table for whole keys and one for every proper prefix that ends before a space ("new" of "new york"), so that
 * findKey and hasLonger cost one hash and usually one comparison instead of a binary search of Buffer.compare
 * calls. Built with the binary cache in one pass over the key bytes (nothing is decoded or allocated per key) and
 * stored in it, then probed without allocating for ASCII keys.
 */

export interface KeyBytes {
  nKeys: number;
  keyOff: Int32Array;
  keyBytes: Uint8Array;
}

export interface KeyIndex {
  /** Whole keys: per slot, 0 (empty) or key index + 1 in the low `keyBits` bits and a tag of the hash above them. */
  exact: Int32Array;
  /** Prefixes before a space: per slot, the same for one key that starts with the prefix and a space. */
  prefix: Int32Array;
  keyBits: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** Slot value of key k with hash h: the key in the low bits, hash bits above them (to skip most foreign slots). */
function entry(idx: KeyIndex, k: number, h: number): number {
  return ((h >>> idx.keyBits) << idx.keyBits | (k + 1)) & 0x7fffffff;
}

function insert(table: Int32Array, h: number, value: number): void {
  const mask = table.length - 1;
  let slot = h & mask;
  while (table[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = value;
}

/** Spaces in all keys: an upper bound on the number of prefixes. */
function countSpaces(bytes: Uint8Array): number {
  let n = 0;
  for (let p = 0; p < bytes.length; p++) if (bytes[p] === SPACE) n++;
  return n;
}

/** Index key k (bytes [s, e)) and its prefixes that the previous key (bytes [ps, pe)) does not share. */
function indexKey(idx: KeyIndex, bytes: Uint8Array, k: number, s: number, e: number, ps: number, pe: number): void {
  let lcp = 0;
  while (lcp < e - s && lcp < pe - ps && bytes[s + lcp] === bytes[ps + lcp]) lcp++;
  let h = FNV_OFFSET;
  for (let p = s; p < e; p++) {
    const b = bytes[p]!;
    if (b === SPACE && p - s >= lcp) insert(idx.prefix, h, entry(idx, k, h));
    h = Math.imul(h ^ b, FNV_PRIME);
  }
  insert(idx.exact, h, entry(idx, k, h));
}

/** A power of two at least 1.5 times n (linear probing stays short below two-thirds load). */
function tableSize(n: number): number {
  let size = 2;
  while (size < n * 1.5) size *= 2;
  return size;
}

export function buildKeyIndex(t: KeyBytes): KeyIndex {
  // a prefix shared with the previous key (sorted order keeps keys with a common prefix together) is indexed once
  const { nKeys, keyOff, keyBytes } = t;
  let keyBits = 1;
  while (2 ** keyBits <= nKeys + 1) keyBits++;
  const idx: KeyIndex = { exact: new Int32Array(tableSize(nKeys)), prefix: new Int32Array(tableSize(countSpaces(keyBytes))), keyBits };
  for (let k = 0; k < nKeys; k++) indexKey(idx, keyBytes, k, keyOff[k]!, keyOff[k + 1]!, k > 0 ? keyOff[k - 1]! : 0, k > 0 ? keyOff[k]! : 0);
  return idx;
}

/** The UTF-8 bytes of a key with a non-ASCII character (ASCII keys are hashed and compared as they are). */
function utf8(key: string): Uint8Array | null {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 127) return Buffer.from(key, 'utf8');
  return null;
}

function hashOf(key: string, bytes: Uint8Array | null): number {
  let h = FNV_OFFSET;
  if (bytes) for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  else for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The last string hashed, its UTF-8 bytes (non-ASCII only) and hash: one name is probed several times in a row (key, prefix, filters). */
let lastKey = '';
let lastBytes: Uint8Array | null = null;
let lastHash = FNV_OFFSET;

/** FNV-1a hash of a string's UTF-8 bytes; sets lastBytes. */
function hashed(key: string): number {
  if (key !== lastKey) {
    lastBytes = utf8(key);
    lastHash = hashOf(key, lastBytes);
    lastKey = key;
  }
  return lastHash;
}

/** The query equals the `len` bytes of the key table from `start`. */
function same(t: KeyBytes, start: number, len: number, key: string, bytes: Uint8Array | null): boolean {
  const b = t.keyBytes;
  if (bytes) {
    if (bytes.length !== len) return false;
    for (let i = 0; i < len; i++) if (b[start + i] !== bytes[i]) return false;
    return true;
  }
  if (key.length !== len) return false;
  for (let i = 0; i < len; i++) if (b[start + i] !== key.charCodeAt(i)) return false;
  return true;
}

/** Index of a key, or -1. */
export function lookupKey(t: KeyBytes, idx: KeyIndex, key: string): number {
  const h = hashed(key);
  const bytes = lastBytes;
  const table = idx.exact, mask = table.length - 1, keyMask = (1 << idx.keyBits) - 1;
  const tag = entry(idx, -1, h);
  for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
    const v = table[slot]!;
    if ((v & ~keyMask) !== tag) continue;
    const k = (v & keyMask) - 1;
    const s = t.keyOff[k]!;
    if (same(t, s, t.keyOff[k + 1]! - s, key, bytes)) return k;
  }
  return -1;
}

/** Some key starts with this one followed by a space. */
export function lookupPrefix(t: KeyBytes, idx: KeyIndex, key: string): boolean {
  const h = hashed(key);
  const bytes = lastBytes;
  const len = bytes ? bytes.length : key.length;
  const table = idx.prefix, mask = table.length - 1, keyMask = (1 << idx.keyBits) - 1;
  const tag = entry(idx, -1, h);
  for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
    const v = table[slot]!;
    if ((v & ~keyMask) !== tag) continue;
    const k = (v & keyMask) - 1;
    const s = t.keyOff[k]!;
    if (t.keyOff[k + 1]! - s > len && t.keyBytes[s + len] === SPACE && same(t, s, len, key, bytes)) return true;
  }
  return false;
}

/** FNV-1a hash of a key's UTF-8 bytes, as the index and the filters hash it. */
export function keyHash(key: string): number {
  return hashed(key);
}

/** The hash of `key + ' ' + part` from the key's hash, for a part of ASCII characters only (no string built). */
export function spaceAndPartHash(h: number, part: string): number {
  h = Math.imul(h ^ SPACE, FNV_PRIME);
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Some slot of the table holds the tag of hash h: false only when no key (exact) or prefix (prefix table) has that hash. */
export function mayHaveHash(idx: KeyIndex, table: Int32Array, h: number): boolean {
  const mask = table.length - 1, keyMask = (1 << idx.keyBits) - 1;
  const tag = entry(idx, -1, h);
  for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) if ((table[slot]! & ~keyMask) === tag) return true;
  return false;
}

/**
 * A one-hash bit filter over strings (the key hash): `mayHave` is false for every string never added and
 * true for the few others whose bit another string shares. It spares a Map lookup, which hashes a fresh string
 * and chases pointers, for most words of a text that no small table holds.
 */
export class StringFilter {
  private readonly bits = new Int32Array(1 << 11);

  add(s: string): void {
    const h = this.slot(s);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  mayHave(s: string): boolean {
    return this.mayHaveHash(hashed(s));
  }

  /** As mayHave, for a string of this hash (keyHash). */
  mayHaveHash(hash: number): boolean {
    const h = (hash ^ (hash >>> 16)) & 0xffff;
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  private slot(s: string): number {
    const h = hashed(s);
    return (h ^ (h >>> 16)) & 0xffff;
  }
}
