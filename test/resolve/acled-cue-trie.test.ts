import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledCues, compileCues, cueTokens, isDash, type AcledCue } from '../../src/resolve/acled-cues.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { tokenVid } from '../../src/recognise/vocab.js';

/**
 * The cue matcher is a trie over word numbers with a (length, first two characters) pre-filter. Its hits must be
 * the ones (and in the order) of the plain definition below: at each position, the phrases whose first token is
 * a plain word, longest first and in file order among equal lengths, then the `stem*`-first phrases in file order.
 * (Shadowing is left out here: no cue below is a weapon or `shadows`.)
 */
function reference(cues: AcledCue[], input: readonly string[]): string[] {
  const norms = input.filter((n) => !isDash(n));
  const phrases: { tokens: string[]; id: string }[] = [];
  for (const c of cues) for (const p of c.phrases) {
    const tokens = p.split(' ').map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0 && !isDash(t));
    if (tokens.length > 0) phrases.push({ tokens, id: c.id });
  }
  const tokenOk = (t: string, w: string): boolean => (t.endsWith('*') ? w.startsWith(t.slice(0, -1)) : t === w);
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    const ok = phrases.filter((p) => i + p.tokens.length <= norms.length && p.tokens.every((t, k) => tokenOk(t, norms[i + k]!)));
    const plain = ok.filter((p) => !p.tokens[0]!.endsWith('*')).sort((a, b) => b.tokens.length - a.tokens.length);
    for (const p of [...plain, ...ok.filter((p) => p.tokens[0]!.endsWith('*'))]) out.push(`${p.id}@${i}-${i + p.tokens.length}`);
  }
  return out;
}

const cue = (id: string, phrases: string[]): AcledCue => ({ id, group: id, phrases, example: '' });

const CUES: AcledCue[] = [
  cue('fire', ['fire', 'opened fire', 'open fire on']),
  cue('fire-2', ['opened fire']), // the same phrase in a later cue: both hit, file order
  cue('demo', ['demonstrat*', 'sit in', 'staged a demonstrat*']),
  cue('incl', ['including mortar*', 'including rocket*', 'including']),
  cue('short', ['x*']), // a one-letter stem: the pre-filter lets every token through
  cue('long', ['counterinsurgency operations']), // a word longer than the filter's 15 length classes
  cue('dash', ['sit - in', 'anti government']),
  cue('the', ['the', 'the army', 'the army and police']),
];

const sentences = [
  'Troops opened fire on demonstrators.',
  'They staged a demonstration, then a sit-in; the army and police opened fire.',
  'Shelling, including mortars and rockets, including rocket-propelled grenades.',
  'Xylophones and x-rays: nothing else.',
  'A counterinsurgency operations centre — anti-government — was hit.',
  'the the army the army and the army and police',
  '',
  '- – — ‐ ‑',
  'Demonstrat demonstrat* DEMONSTRATED',
];

for (const s of sentences) {
  test(`cue trie equals the plain definition: ${s || '(empty)'}`, () => {
    const m = compileCues(CUES);
    const tokens = cueTokens(s);
    const withDashes = s.split(/\s+/).filter((w) => w.length > 0).map((w) => w.toLowerCase());
    for (const input of [tokens, withDashes]) {
      const got = m.find(input).map((h) => `${h.cue.id}@${h.start}-${h.end}`);
      assert.deepEqual(got, reference(CUES, input), input.join(' '));
    }
  });
}

test('cue trie: a long input grows the scratch arrays (released after the call); odd tokens do not throw', () => {
  const m = compileCues(CUES);
  const long = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'opened' : i % 7 === 1 ? 'fire' : 'word'));
  assert.deepEqual(m.find(long).map((h) => `${h.cue.id}@${h.start}-${h.end}`), reference(CUES, long));
  assert.deepEqual(m.find(['opened', 'fire']).map((h) => h.cue.id), ['fire', 'fire-2', 'fire']);
  for (const odd of [[''], ['\u0000'], ['\ud800'], ['constructor', '__proto__', 'toString']]) assert.deepEqual(m.find(odd), []);
});

test('isDash: only tokens made of dashes', () => {
  const cases: [string, boolean][] = [['-', true], ['--', true], ['–—', true], ['‐‑', true], ['', false], ['‒', false], ['-a', false], ['a', false]];
  for (const [w, want] of cases) assert.equal(isDash(w), want, JSON.stringify(w));
});

test('cue trie: findTokens (vocabulary numbers) gives the hits of find (strings), before and after the tokens were numbered', () => {
  const key = (hits: { cue: AcledCue; start: number; end: number }[]): string[] => hits.map((h) => `${h.cue.id}@${h.start}-${h.end}`);
  const texts = [...sentences, 'Gunmen opened fire on protesters — a sit-in, anti-government demonstrators, including mortars.'];
  for (const text of texts) {
    // numbered before the matcher exists (their "unknown" marks are of an older vocabulary), then again
    const tokens = tokenize(text);
    for (const t of tokens) tokenVid(t);
    const m = compileCues(CUES);
    const norms = tokens.map((t) => t.norm);
    assert.deepEqual(key(m.findTokens(tokens)), key(m.find(norms)), text);
    assert.deepEqual(key(m.findTokens(tokens)), key(m.find(norms)), `${text} (again)`);
    assert.deepEqual(key(acledCues().findTokens(tokens)), key(acledCues().find(norms)), `${text} (the data's cues)`);
  }
});
