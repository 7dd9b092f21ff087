import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translitPrefix, translitSkeleton } from '../../src/resolve/gazetteer-build.js';
import { hasKeyStartingWith, keyRange, type CityTable } from '../../src/resolve/gazetteer-cache.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';

/**
 * The skeleton-prefix test that ends transliteration walks (Gazetteer.fuzzyExtendable): a longer key's skeleton
 * starts with the consonants of the shorter one, and the sorted-key search agrees with a scan.
 */

// a name and the same name with more words: the longer one's skeleton (when it has one) extends the shorter's consonants
const GROWN: [short: string, long: string][] = [
  ['ras', 'ras al ain'], ['ras al', 'ras al ain'], ['tell', 'tell abiad'], ['deir', 'deir ez - zor'], ['al', 'al bab'],
  ['prime', 'prime minister'], ['hh', 'hh hassan'], ['abu', 'abu kamal'], ['a', 'a b c'], ['saraq', 'saraq eb'], ['ʿamran', 'ʿamran town'],
];

for (const [short, long] of GROWN) {
  test(`translitPrefix("${short}") starts the skeleton of "${long}"`, () => {
    const sk = translitSkeleton(long) ?? translitPrefix(long);
    assert.ok(sk.startsWith(translitPrefix(short)), `${sk} / ${translitPrefix(short)}`);
  });
}

test('translitPrefix is translitSkeleton without its floor', () => {
  for (const key of ['saraqeb', 'ras al ain', 'homs city', 'al  hasakah', 'tell abiad']) assert.equal(translitPrefix(key), translitSkeleton(key));
  assert.equal(translitPrefix('al bab'), 'b');
  assert.equal(translitPrefix('hama'), 'hm');
  assert.equal(translitPrefix(''), '');
});

/** A key table as the binary cache stores it: keys sorted by their UTF-8 bytes, concatenated. */
function table(keys: string[]): CityTable {
  const bufs = [...new Set(keys)].map((k) => Buffer.from(k, 'utf8')).sort(Buffer.compare);
  const keyOff = new Int32Array(bufs.length + 1);
  let off = 0;
  bufs.forEach((b, i) => { keyOff[i] = off; off += b.length; });
  keyOff[bufs.length] = off;
  return { nKeys: bufs.length, keyOff, keyBytes: Buffer.concat(bufs) } as unknown as CityTable;
}

const KEYS = ['aleppo', 'al bab', '~srkb', '~srk', '~mnbj', '~dlb', '~rsn', 'zzz', 'são paulo', '~', '~tlbd', '~tlbdx'];

test('hasKeyStartingWith agrees with a scan of the keys, over the whole table and the "~" rows', () => {
  const t = table(KEYS);
  const [lo, hi] = keyRange(t, 126);
  assert.deepEqual(KEYS.filter((k) => k.startsWith('~')).length, hi - lo);
  for (const q of ['~', '~s', '~sr', '~srk', '~srkb', '~srkbb', '~t', '~tlbd', '~tlbdx', '~tlbdxy', '~x', '~a', 'a', 'al', 'al b', 'b', 'z', 'zzzz', '~zzz']) {
    const want = KEYS.some((k) => k.startsWith(q));
    assert.equal(hasKeyStartingWith(t, q), want, q);
    if (q.startsWith('~')) assert.equal(hasKeyStartingWith(t, q, lo, hi), want, q);
  }
});

test('fuzzyExtendable: live for the first consonants of transliterated names, dead for ones no name has', () => {
  const g = gazetteer();
  for (const key of ['saraqeb', 'ras al', 'tell', 'menbij', 'deir']) assert.equal(g.fuzzyExtendable(key), true, key);
  assert.equal(g.fuzzyExtendable('zzqqxv bbkkvv'), false);
  // a key with a transliteration reading is extendable (its own skeleton is a key)
  for (const key of ['saraqeb', 'menbij']) assert.ok(g.fuzzy(key).length > 0 && g.fuzzyExtendable(key));
});
