import { mkdirSync, writeFileSync, renameSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Admin1Row, BuildResult, CacheHeader } from './gazetteer-build.js';
import { buildKeyIndex, lookupKey, lookupPrefix, type KeyIndex } from './gazetteer-index.js';

/**
 * The binary gazetteer cache: columns of typed arrays, read with one readFileSync and no parsing, so the
 * gazetteer is usable a few milliseconds after start-up. Keys are sorted by their UTF-8 bytes and found through
 * a hash index stored beside them (gazetteer-index.ts); city names are decoded only when a lookup returns them.
 *
 * Layout: "SGZ3" | u32 header length | header JSON (with the admin1 rows as TSV and their population sums) | pad to 4
 *   | u32 counts (cities, keys, refs, keyBytes, nameBytes, exact slots, prefix slots, key bits) | i32 keyOff[keys+1]
 *   | i32 refStart[keys+1] | i32 refs[refs] | i32 id[n] | i32 pop[n] | i32 admin1[n] | f32 lat[n] | f32 lon[n]
 *   | i32 nameOff[n+1] | i32 exact[] | i32 prefix[] | u16 country[n] | u8 fcode[n] | pad | key bytes | name bytes
 * (exact and prefix are the hash index of gazetteer-index.ts, built here so that start-up does not build it).
 */

/** Admin1 rows kept as TSV lines and parsed on first use. */
export class Admin1Table {
  private readonly lines: string[];
  private readonly rows: (Admin1Row | undefined)[];
  constructor(tsv: string) {
    this.lines = tsv ? tsv.split('\n') : [];
    this.rows = new Array(this.lines.length);
  }
  get length(): number {
    return this.lines.length;
  }
  /** ISO2 of row i without parsing the row. */
  iso2(i: number): string {
    const l = this.lines[i] ?? '';
    return l.slice(0, l.indexOf('\t'));
  }
  /**
   * Whether row i's name may end with `suffix`, without parsing the row when it has not been parsed yet: the name
   * field is followed by a tab in the line. A parsed row (whose name may have been changed since) is asked directly.
   */
  nameMayEndWith(i: number, suffix: string): boolean {
    const r = this.rows[i];
    if (r) return r.name.endsWith(suffix);
    return (this.lines[i] ?? '').includes(suffix + '\t');
  }
  get(i: number): Admin1Row | undefined {
    let r = this.rows[i];
    if (r || i < 0 || i >= this.lines.length) return r;
    const [iso2 = '', code = '', name = '', full = '', lat = '', lon = '', parent = ''] = this.lines[i]!.split('\t');
    r = { iso2, code, name, full: full || name, lat: lat === '' ? null : Number(lat), lon: lon === '' ? null : Number(lon), key: '', fullKey: '' };
    if (parent !== '') r.parent = Number(parent);
    this.rows[i] = r;
    return r;
  }
}

export interface CityTable {
  header: CacheHeader;
  admin1Table: Admin1Table;
  /** ISO2 per country index (header.countries order). */
  iso2: string[];
  featureCodes: string[];
  nKeys: number;
  keyOff: Int32Array;
  refStart: Int32Array;
  refs: Int32Array;
  id: Int32Array;
  pop: Int32Array;
  admin1: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  nameOff: Int32Array;
  country: Uint16Array;
  fcode: Uint8Array;
  keyBytes: Buffer;
  nameBytes: Buffer;
  /** Hash index over the keys (gazetteer-index.ts), stored in the cache (built here if missing). */
  index?: KeyIndex;
  /** Summed population of the cities of each admin1 unit (by admin1 row), stored in the cache's header. */
  admin1Pop?: Float64Array;
}

/**
 * Summed population of the cities of each admin1 unit (by admin1 row). Summed once when the cache is written and
 * stored in its header (one pass over 156k cities, ~7 ms in the interpreter of a one-shot command); summed here at
 * load only from a header without them. The arrays and bounds are read into locals once.
 */
export function admin1Populations(admin1: Int32Array, pop: Int32Array, units: number): Float64Array {
  const sums = new Float64Array(units);
  for (let i = 0, n = admin1.length; i < n; i++) {
    const a = admin1[i]!;
    if (a >= 0 && a < units) sums[a]! += pop[i]!;
  }
  return sums;
}

const MAGIC = 'SGZ3';

export function writeCache(path: string, r: BuildResult): void {
  const iso2 = r.header.countries.map((c) => c.iso2);
  const iso2Index = new Map(iso2.map((c, i) => [c, i]));
  const fcodes = [...new Set(r.cities.map((c) => c.featureCode))];
  const fIndex = new Map(fcodes.map((c, i) => [c, i]));
  // admin1 rows as one TSV string: parsed row by row when used, not at every start
  const admin1Tsv = r.header.admin1.map((a) => [a.iso2, a.code, a.name, a.full === a.name ? '' : a.full, a.lat ?? '', a.lon ?? '', a.parent ?? ''].join('\t')).join('\n');

  // unique keys, sorted by UTF-8 bytes
  const byKey = new Map<string, number[]>();
  for (const [k, i] of r.keys) {
    const l = byKey.get(k);
    if (l) l.push(i);
    else byKey.set(k, [i]);
  }
  const keyBufs = [...byKey.keys()].map((k) => [k, Buffer.from(k, 'utf8')] as const);
  keyBufs.sort((a, b) => Buffer.compare(a[1], b[1]));
  const n = r.cities.length;
  const nKeys = keyBufs.length;
  const keyOff = new Int32Array(nKeys + 1);
  const refStart = new Int32Array(nKeys + 1);
  const refsList: number[] = [];
  let off = 0;
  keyBufs.forEach(([k, b], j) => {
    keyOff[j] = off;
    off += b.length;
    refStart[j] = refsList.length;
    refsList.push(...byKey.get(k)!);
  });
  keyOff[nKeys] = off;
  refStart[nKeys] = refsList.length;
  const keyBytes = Buffer.concat(keyBufs.map((x) => x[1]));
  const index = buildKeyIndex({ nKeys, keyOff, keyBytes });

  const id = new Int32Array(n), pop = new Int32Array(n), admin1 = new Int32Array(n);
  const lat = new Float32Array(n), lon = new Float32Array(n);
  const nameOff = new Int32Array(n + 1);
  const country = new Uint16Array(n);
  const fcode = new Uint8Array(n);
  const names: Buffer[] = [];
  let noff = 0;
  r.cities.forEach((c, i) => {
    id[i] = c.id; pop[i] = c.population; admin1[i] = c.admin1; lat[i] = c.lat; lon[i] = c.lon;
    country[i] = iso2Index.get(c.iso2) ?? 0xffff;
    fcode[i] = fIndex.get(c.featureCode) ?? 0;
    const b = Buffer.from(c.name, 'utf8');
    nameOff[i] = noff; noff += b.length; names.push(b);
  });
  nameOff[n] = noff;
  const nameBytes = Buffer.concat(names);
  const refs = Int32Array.from(refsList);
  // the sums of the stored (Int32) populations, in city order: what admin1Populations gives at load
  const admin1Pop = Array.from(admin1Populations(admin1, pop, r.header.admin1.length));
  const header = { ...r.header, admin1: [], admin1Tsv, admin1Pop, iso2, featureCodes: fcodes };

  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const pre = Buffer.alloc(8);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(head.length, 4);
  const pad = (len: number) => Buffer.alloc((4 - (len % 4)) % 4);
  const counts = Buffer.from(new Uint32Array([n, nKeys, refs.length, keyBytes.length, nameBytes.length, index.exact.length, index.prefix.length, index.keyBits]).buffer);
  const parts: Buffer[] = [pre, head, pad(8 + head.length), counts];
  for (const a of [keyOff, refStart, refs, id, pop, admin1, lat, lon, nameOff, index.exact, index.prefix, country, fcode]) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  const sofar = parts.reduce((s, p) => s + p.length, 0);
  parts.push(pad(sofar), keyBytes, nameBytes);

  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat(parts));
  renameSync(tmp, path);
}

/** Read the cache; null when missing, of another format, or of another version. */
export function readCache(path: string, version: number): CityTable | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null;
  }
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) return null;
  // typed arrays need 4-byte alignment of the underlying memory
  if (buf.byteOffset % 4 !== 0) buf = Buffer.from(buf);
  const headLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + headLen)) as CacheHeader & { iso2: string[]; featureCodes: string[]; admin1Tsv: string; admin1Pop?: number[] };
  if (header.v !== version) return null;
  let p = 8 + headLen;
  p += (4 - (p % 4)) % 4;
  const u32 = (i: number) => buf.readUInt32LE(p + i * 4);
  const n = u32(0), nKeys = u32(1), nRefs = u32(2), kb = u32(3), nb = u32(4), nExact = u32(5), nPrefix = u32(6), keyBits = u32(7);
  p += 32;
  const ab = buf.buffer, base = buf.byteOffset;
  const i32 = (len: number) => { const a = new Int32Array(ab, base + p, len); p += len * 4; return a; };
  const f32 = (len: number) => { const a = new Float32Array(ab, base + p, len); p += len * 4; return a; };
  const keyOff = i32(nKeys + 1), refStart = i32(nKeys + 1), refs = i32(nRefs);
  const id = i32(n), pop = i32(n), admin1 = i32(n), lat = f32(n), lon = f32(n), nameOff = i32(n + 1);
  const index: KeyIndex = { exact: i32(nExact), prefix: i32(nPrefix), keyBits };
  const country = new Uint16Array(ab, base + p, n); p += n * 2;
  const fcode = new Uint8Array(ab, base + p, n); p += n;
  p += (4 - (p % 4)) % 4;
  const keyBytes = buf.subarray(p, p + kb); p += kb;
  const nameBytes = buf.subarray(p, p + nb);
  const admin1Table = new Admin1Table(header.admin1Tsv);
  const stored = header.admin1Pop;
  const admin1Pop = stored !== undefined && stored.length === admin1Table.length ? Float64Array.from(stored) : admin1Populations(admin1, pop, admin1Table.length);
  return { header, admin1Table, iso2: header.iso2, featureCodes: header.featureCodes, nKeys, keyOff, refStart, refs, id, pop, admin1, lat, lon, nameOff, country, fcode, keyBytes, nameBytes, index, admin1Pop };
}

/** The key table's hash index. */
function indexOf(t: CityTable): KeyIndex {
  return (t.index ??= buildKeyIndex(t));
}

/** Index of a key in the sorted key table, or -1. */
export function findKey(t: CityTable, key: string): number {
  return lookupKey(t, indexOf(t), key);
}

/** The key table's hash index (gazetteer-index.ts). */
export function keyIndex(t: CityTable): KeyIndex {
  return indexOf(t);
}

/** Some longer key starts with `key` followed by a space (the name may continue). */
export function hasLonger(t: CityTable, key: string): boolean {
  return lookupPrefix(t, indexOf(t), key);
}

/** The key table's keys [lo, hi) that start with the byte `first` (keys are sorted by their bytes). */
export function keyRange(t: CityTable, first: number): [number, number] {
  const lo = lowerBound(t, 0, t.nKeys, String.fromCharCode(first));
  return [lo, lowerBound(t, lo, t.nKeys, String.fromCharCode(first + 1))];
}

/** Some key of [lo, hi) starts with `prefix` (ASCII), or equals it: a binary search of the sorted keys. */
export function hasKeyStartingWith(t: CityTable, prefix: string, lo = 0, hi = t.nKeys): boolean {
  const k = lowerBound(t, lo, hi, prefix);
  if (k >= hi) return false;
  const s = t.keyOff[k]!;
  if (t.keyOff[k + 1]! - s < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (t.keyBytes[s + i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** The first key of [lo, hi) not before `s` (ASCII) in byte order. */
function lowerBound(t: CityTable, lo: number, hi: number, s: string): number {
  const bytes = t.keyBytes, off = t.keyOff;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const a = off[mid]!, len = off[mid + 1]! - a;
    // compare key `mid` with s: negative when the key sorts first
    let c = 0;
    const n = Math.min(len, s.length);
    for (let i = 0; i < n && c === 0; i++) c = bytes[a + i]! - s.charCodeAt(i);
    if (c === 0) c = len - s.length;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
