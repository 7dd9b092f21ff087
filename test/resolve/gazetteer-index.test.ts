import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKeyIndex, lookupKey, lookupPrefix, StringFilter, type KeyBytes } from '../../src/resolve/gazetteer-index.js';
import { translitSkeleton } from '../../src/resolve/gazetteer-build.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';

/** A key table as the binary cache stores it: keys sorted by their UTF-8 bytes, concatenated. */
function table(keys: string[]): KeyBytes {
  const bufs = [...new Set(keys)].map((k) => Buffer.from(k, 'utf8')).sort(Buffer.compare);
  const keyOff = new Int32Array(bufs.length + 1);
  let off = 0;
  bufs.forEach((b, i) => { keyOff[i] = off; off += b.length; });
  keyOff[bufs.length] = off;
  return { nKeys: bufs.length, keyOff, keyBytes: Buffer.concat(bufs) };
}

function keyAt(t: KeyBytes, k: number): string {
  return Buffer.from(t.keyBytes.subarray(t.keyOff[k]!, t.keyOff[k + 1]!)).toString('utf8');
}

const KEYS = ['new york', 'new york city', 'new delhi', 'newark', 'new', 'al bab', 'al', 'deir ez zor', 'são paulo', 'são tomé',
  'kraków', 'a b c d', 'a b', 'x', 'ras al ain', 'ras al khaimah', 'tel aviv', 'tell abiad', 'saint', 'saint louis'];

// query, is a key, some key continues it after a space
const CASES: [query: string, key: boolean, longer: boolean][] = [
  ['new', true, true],
  ['new york', true, true],
  ['new york city', true, false],
  ['newark', true, false],
  ['newa', false, false],
  ['ne', false, false],
  ['al', true, true],
  ['al bab', true, false],
  ['deir', false, true],
  ['deir ez', false, true],
  ['deir ez zor', true, false],
  ['são', false, true],
  ['são paulo', true, false],
  ['sao paulo', false, false],
  ['kraków', true, false],
  ['krakow', false, false],
  ['a', false, true],
  ['a b', true, true],
  ['a b c', false, true],
  ['ras al', false, true],
  ['ras', false, true],
  ['tel', false, true],
  ['tell', false, true],
  ['saint', true, true],
  ['', false, false],
  ['zzz', false, false],
];

const t = table(KEYS);
const idx = buildKeyIndex(t);

for (const [q, key, longer] of CASES) {
  test(`gazetteer index: ${JSON.stringify(q)} is ${key ? '' : 'not '}a key, ${longer ? '' : 'not '}continued`, () => {
    const k = lookupKey(t, idx, q);
    assert.equal(k >= 0, key);
    if (key) assert.equal(keyAt(t, k), q);
    assert.equal(lookupPrefix(t, idx, q), longer);
  });
}

test('gazetteer index agrees with a linear scan on every key and every prefix', () => {
  const all: string[] = [];
  for (let k = 0; k < t.nKeys; k++) all.push(keyAt(t, k));
  const queries = new Set<string>();
  for (const k of all) for (let i = 0; i <= k.length; i++) queries.add(k.slice(0, i));
  for (const q of queries) {
    assert.equal(lookupKey(t, idx, q), all.indexOf(q), q);
    assert.equal(lookupPrefix(t, idx, q), all.some((k) => k.startsWith(q + ' ')), q);
  }
});

test('gazetteer index of an empty table finds nothing', () => {
  const e = table([]);
  const i = buildKeyIndex(e);
  assert.equal(lookupKey(e, i, 'x'), -1);
  assert.equal(lookupPrefix(e, i, 'x'), false);
});

/** The skeleton as first written (split, filter, join): the one-pass version must agree with it. */
function skeletonReference(key: string): string | null {
  const articles = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'at', 'ath', 'adh', 'an', 'ed', 'er', 'es', 'ez', 'en', 'et', 'ul', 'wa', '-']);
  const s = key.split(' ').filter((w) => w && !articles.has(w)).join('');
  if (s.length < 5) return null;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let ch = s[i]!;
    if (ch < 'a' || ch > 'z') continue;
    if (ch === 'q') ch = 'k';
    if ('aeiouyw'.includes(ch)) continue;
    if (ch === 'h' && i > 0) continue;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out.length >= 3 ? out : null;
}

const SKELETONS: [key: string, skeleton: string | null][] = [
  ['saraqeb', 'srkb'], ['saraqib', 'srkb'], ['menbij', 'mnbj'], ['manbij', 'mnbj'], ['idleb', 'dlb'], ['ras al ain', 'rsn'],
  ['ras al ayn', 'rsn'], ['al', null], ['al bab', null], ['', null], ['hama', null], ['homs city', 'hmsct'], ['deir ez - zor', 'drzr'],
  ['ash shaddadi', null], ['al  hasakah', 'hsk'], ['tell abiad', 'tlbd'], ['ʿamran', 'mrn'], ['ādh dhāliʿ', null], ['12345', null],
];

for (const [key, want] of SKELETONS) {
  test(`translitSkeleton(${JSON.stringify(key)}) = ${want} and agrees with the split-and-join reference`, () => {
    assert.equal(translitSkeleton(key), skeletonReference(key));
    assert.equal(translitSkeleton(key), want);
  });
}

test('StringFilter never rejects a string it holds and rejects most others', () => {
  const f = new StringFilter();
  const held = Array.from({ length: 500 }, (_, i) => `word${i}`);
  for (const s of held) f.add(s);
  for (const s of held) assert.equal(f.mayHave(s), true, s);
  let passed = 0;
  for (let i = 0; i < 2000; i++) if (f.mayHave(`other${i}`)) passed++;
  assert.ok(passed < 100, `${passed} of 2000 foreign strings passed`);
});

// words a gazetteer name may start with in lower case, and look-alikes that must not pass the length/letter gate
const LOWER_STARTS: [word: string, starts: boolean][] = [
  ['the', true], ['occupied', true], ['northeastern', true], ['south', true],
  ['they', false], ['tho', false], ['occupier', false], ['', false], ['a'.repeat(40), false], ['syria', false],
];

for (const [word, starts] of LOWER_STARTS) {
  test(`gazetteer.startsLower(${JSON.stringify(word.slice(0, 12))}) is ${starts}`, () => {
    const g = gazetteer();
    assert.equal(g.startsLower(word), starts);
    assert.equal(g.startsLower(word), g.lowerStarts.has(word));
  });
}
