import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/read/text.js';
import { readSource } from '../../src/read/source.js';
import { expectInputError, fixture, fixtureBytes } from './helpers.js';

describe('text reader', () => {
  it('strips a UTF-8 BOM (same text and id as without)', () => {
    const a = readText(fixtureBytes('article.txt'));
    const b = readText(fixtureBytes('bom.txt'));
    assert.equal(b.text.charCodeAt(0), 'R'.charCodeAt(0));
    assert.equal(a.id, b.id);
  });

  it('keeps paragraph breaks and turns CRLF into LF', () => {
    const a = readText('The army said the town was shelled on Monday.\r\n\r\n\r\n\r\nThe rebels denied it and said the army was to blame.\r\nAid groups said families fled.');
    assert.equal(a.text, 'The army said the town was shelled on Monday.\n\nThe rebels denied it and said the army was to blame.\nAid groups said families fled.');
  });

  it('takes title-less metadata from options', () => {
    const a = readText(fixtureBytes('article.txt'), 'x.txt', { published: '2024-03-11', outlet: 'Example' });
    assert.equal(a.published, '2024-03-11');
    assert.equal(a.outlet, 'Example');
    assert.equal(a.title, null);
  });

  const bad: [string, string][] = [
    ['empty.txt', 'EMPTY'],
    ['whitespace.txt', 'EMPTY'],
    ['binary.bin', 'BINARY'],
    ['french.txt', 'NOT_ENGLISH'],
    ['arabic.txt', 'NOT_ENGLISH'],
  ];
  for (const [file, code] of bad) {
    it(`${file} → ${code}, with exit code and source`, async () => {
      const err = await expectInputError(() => readSource(fixture(file), { format: 'text' }), code);
      assert.equal(err.source, fixture(file));
      assert.equal(err.exitCode, 3);
    });
  }

  it('legacy single-byte text (not UTF-8 at all) is read as windows-1252', () => {
    assert.ok(readText(fixtureBytes('latin1.txt')).text.startsWith('Café au lait'));
  });

  it('UTF-8 with one broken byte in a long text keeps the text (U+FFFD in place)', () => {
    const good = Buffer.concat([fixtureBytes('article.txt'), fixtureBytes('article.txt')]);
    const a = readText(Buffer.concat([good.subarray(0, 100), Buffer.from([0xc3]), good.subarray(100)]));
    assert.ok(a.text.includes('\ufffd'));
    assert.ok(a.text.includes('Rebel forces'));
  });

  it('random bytes without NULs → BINARY', async () => {
    let x = 12345;
    const bytes = Buffer.alloc(4096, 0).map(() => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return (x >> 16) % 255 + 1;
    });
    await expectInputError(() => readText(bytes), 'BINARY');
  });

  it('control characters in bulk → BINARY', async () => {
    await expectInputError(() => readText('\u0001\u0002\u0003\u0004 the army said '.repeat(50)), 'BINARY');
  });

  it('allowNonEnglish lets French through', async () => {
    const a = await readSource(fixture('french.txt'), { allowNonEnglish: true });
    assert.ok(a.text.startsWith('Les forces'));
  });

  for (const file of ['unbalanced-quotes.txt', 'long-sentence.txt']) {
    it(`hostile but valid ${file} reads fine`, async () => {
      const a = await readSource(fixture(file));
      assert.ok(a.text.length > 100);
      assert.equal(a.format, 'text');
    });
  }
});
