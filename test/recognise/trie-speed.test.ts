import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTrie, type CaseRule } from '../../src/recognise/trie.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { tokenVid } from '../../src/recognise/vocab.js';
import { normToken } from '../../src/segment/normalize.js';
import { recogniseActors } from '../../src/recognise/actor-run.js';
import { outletStage } from '../../src/recognise/outlets.js';
import { setActorPrefilter } from '../../src/recognise/actor-scan.js';

/** Tries keyed by vocabulary numbers, shared value arrays, and the actor start-word pre-check. */

function trieOf(entries: [string, string, CaseRule][]): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  for (const [phrase, value, rule] of entries) t.add(phrase, value, rule);
  return t;
}

/** [text, token index, expected [end, values] or null] */
const MATCHES: [string, number, [number, string[]] | null][] = [
  ['the Islamic State said', 1, [3, ['is']]],
  ['the islamic state said', 1, [2, ['islamic']]], // 'cap' rule: only the shorter entry
  ['Islamic courts', 0, [1, ['islamic']]],
  ['US troops', 0, [1, ['us']]],
  ['us troops', 0, null], // 'exact' rule
  ['AP and Reuters', 0, [1, ['ap', 'ap-any']]],
  ['ap and Reuters', 0, [1, ['ap-any']]],
  ['zzzunknownword Islamic', 0, null],
  ['Iran-backed militias', 0, [3, ['backed']]],
  ['Iran backed militias', 0, [1, ['iran']]],
];

const TRIE = trieOf([
  ['Islamic State', 'is', 'cap'],
  ['Islamic', 'islamic', 'any'],
  ['US', 'us', 'exact'],
  ['AP', 'ap', 'exact'],
  ['ap', 'ap-any', 'any'],
  ['Iran', 'iran', 'any'],
  ['Iran-backed', 'backed', 'any'],
]);

for (const [text, i, want] of MATCHES) {
  test(`trie match at ${i} in "${text}"`, () => {
    const m = TRIE.matchAt(tokenize(text), i);
    assert.deepEqual(m ? [m.tokenEnd, m.values] : null, want);
  });
}

test('a word added to a trie after a token was looked up is still found', () => {
  const toks = tokenize('qqqlateword here');
  assert.equal(tokenVid(toks[0]!), 0);
  const t = trieOf([['qqqlateword', 'late', 'any']]);
  assert.deepEqual(t.matchAt(toks, 0)?.values, ['late']);
  assert.ok(tokenVid(toks[0]!) > 0);
});

test('tokens built outside the tokeniser (no vid) match too', () => {
  const toks = tokenize('Islamic State').map(({ vid: _vid, ...rest }) => rest);
  assert.deepEqual(TRIE.matchAt(toks, 0)?.values, ['is']);
});

test('firstIds lists the first words only', () => {
  const ids = new Set(TRIE.firstIds());
  const [islamic, state] = tokenize('Islamic State');
  assert.ok(ids.has(tokenVid(islamic!)));
  assert.ok(!ids.has(tokenVid(state!)));
});

/** Sentences touching every actor rule family's start condition. */
const SENTENCES = [
  'Iran-backed regional militias and the Iran-backed Houthis attacked US forces in Iraq and Syria.',
  'Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu; later Blinken said talks went well.',
  'The Biden administration said the USS Carney shot down drones fired by Houthi militants.',
  'Pro-Iranian militias and anti-Houthi forces clashed; Iran and its proxies denied it.',
  "Iran's proxies, unidentified gunmen and former President Bill Clinton were named.",
  'Houthi shelling injured three; a Houthi-planted landmine killed a Yemeni soldier.',
  'Security forces of Iraq and militias backed by Iran were deployed near the police station.',
  'IRAN-BACKED MILITIAS ATTACKED U.S. TROOPS IN SYRIA, THE PENTAGON SAID ON MONDAY.',
  'Hundreds of protesters rallied in Baghdad while people gathered outside the embassy.',
];

for (const s of SENTENCES) {
  test(`actor pre-check changes no reading: ${s.slice(0, 40)}…`, () => {
    const read = (): string[] => recogniseActors(s, [outletStage]).actors.map((m) => `${m.tokenStart}-${m.tokenEnd} ${m.entry} ${JSON.stringify(m.data)}`);
    const withCheck = read();
    setActorPrefilter(false);
    try {
      assert.deepEqual(withCheck, read());
    } finally {
      setActorPrefilter(true);
    }
    assert.ok(withCheck.length > 0);
  });
}

/** Texts whose tokens mix plain lower-case ASCII with capitals, curly apostrophes, diacritics and dotted abbreviations. */
const NORM_TEXTS = [
  'militants said on monday that 1,000 people fled',
  'Iran’s proxies and Kata’ib Hezbollah in Ṣanʿāʾ and Zürich',
  "the U.S. and U.N. said don't; Gen. Smith at 6.5 a.m. in o'hare",
  'ÉLYSÉE Déclaration – “quoted” text — end… ß',
];

for (const text of NORM_TEXTS) {
  test(`every token's norm is normToken(text): ${text.slice(0, 30)}…`, () => {
    for (const t of tokenize(text)) assert.equal(t.norm, normToken(t.text), t.text);
  });
}
