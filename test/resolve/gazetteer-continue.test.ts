import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../src/resolve/gazetteer.js';

/**
 * Gazetteer.mayContinue rules out a longer key from hashes alone (the place matcher's walk stops without making the
 * key): it may say yes for a key that names nothing, never no for one that names something or starts a longer name.
 */

// key, next part, whether `key part` names something or starts a longer name
const CASES: [key: string, part: string, live: boolean][] = [
  ['new', 'york', true], ['new york', 'city', true], ['gaza', 'city', true], ['gaza', 'strip', true], ['gulf', 'of', true], ['gulf of', 'aden', true],
  ['deir', 'ez', true], ['ras', 'al', true], ['ras al', 'ain', true], ['tell', 'abiad', true], ['abu', 'dhabi', true], ['sri', 'lanka', true],
  ['the', 'hague', true], ['west', 'bank', true], ['saint', 'louis', true], ['st.', 'louis', true],
  ['gaza', 'zzqqxv', false], ['new york', 'zzqqxv', false], ['sri', 'qqzzxv', false],
];

for (const [key, part, live] of CASES) {
  test(`mayContinue("${key}" + "${part}") ${live ? 'keeps' : 'ends'} the walk and agrees with the gazetteer`, () => {
    const g = gazetteer();
    const full = `${key} ${part}`;
    const named = g.sharedCandidates(full).length > 0 || g.extendable(full);
    assert.equal(named, live, 'the case itself');
    const h = g.continuationHash(key);
    assert.notEqual(h, null);
    // never a wrong "no"; a "no" here for the nonsense words (a hash false positive is possible but not for these)
    assert.equal(g.mayContinue(h!, part), live);
  });
}

test('keys starting with an Arabic article, or not in ASCII, are never ruled out by hash', () => {
  const g = gazetteer();
  for (const key of ['al', 'ar', 'al raqqa', 'el', 'são', 'kraków']) assert.equal(g.continuationHash(key), null, key);
  assert.equal(g.continuationHash(''), null);
  // the article's longer key reads as the name without it ("al mukalla" → "mukalla")
  assert.ok(g.sharedCandidates('al mukalla').length > 0);
});

test('a part ending in "aa" (a final ayn, aynVariant) or not in ASCII is never ruled out', () => {
  const g = gazetteer();
  const h = g.continuationHash('zzqq')!;
  assert.equal(g.mayContinue(h, 'mawzaa'), true);
  assert.equal(g.mayContinue(h, 'zürich'), true);
  assert.equal(g.mayContinue(h, ''), true);
});

test('every two-word key of a sample of gazetteer names is kept', () => {
  const g = gazetteer();
  for (const name of ['Ras al Ain', 'Deir ez-Zor', 'Abu Kamal', 'Tal Abyad', 'Port Said', 'Sidi Bouzid', 'San Jose', 'Buenos Aires', 'Umm Qasr', 'Newcastle upon Tyne']) {
    const words = name.toLowerCase().replace('-', ' ').split(' ');
    assert.ok(g.sharedCandidates(words.join(' ')).length > 0, name);
    let key = words[0]!;
    for (const w of words.slice(1)) {
      const h = g.continuationHash(key);
      if (h !== null) assert.equal(g.mayContinue(h, w), true, `${key} + ${w}`);
      key = `${key} ${w}`;
    }
  }
});
