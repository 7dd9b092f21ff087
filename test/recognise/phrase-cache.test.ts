import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tokenize } from '../../src/segment/tokenize.js';

const PHRASES = ['Wall Street Journal', 'U.S.', "Kata'ib Hezbollah", 'Iran-backed', 'Al-Shabaab', 'Ṣanʿāʾ', 'Hamas’s', 'F-16', '$6 billion', '   ', 'a\tb'];
const moduleUrl = new URL('../../src/recognise/phrase-cache.js', import.meta.url).href;

/** phraseKey in a fresh process (the cache is per process), with SITREP_PHRASE_CACHE = file. */
function keysIn(file: string): unknown {
  const script = `import { phraseKey, flushPhraseCache } from ${JSON.stringify(moduleUrl)};
const out = ${JSON.stringify(PHRASES)}.map((p) => phraseKey(p)); flushPhraseCache(); console.log(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, SITREP_PHRASE_CACHE: file }, encoding: 'utf8' }));
}

const expected = PHRASES.map((p) => {
  const t = tokenize(p);
  return { norms: t.map((x) => x.norm), surface: t.map((x) => x.text) };
});

test('phrase cache: same tokens as tokenize(), with no file, a written file, a corrupt file, or none at all', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-phrases-'));
  const file = join(dir, 'phrases.txt');
  assert.deepEqual(keysIn(file), expected, 'no file yet');
  assert.match(readFileSync(file, 'utf8'), /^sitrep-phrases 1\nWall Street Journal\twall street journal\tWall Street Journal\n/);
  assert.deepEqual(keysIn(file), expected, 'read back');
  writeFileSync(file, 'not a cache\n{]');
  assert.deepEqual(keysIn(file), expected, 'corrupt file');
  assert.deepEqual(keysIn('off'), expected, 'disabled');
  rmSync(dir, { recursive: true, force: true });
});
