import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from '../../src/read/json.js';
import { readSource } from '../../src/read/source.js';
import { expectInputError, fixture } from './helpers.js';

const text = 'Rebel forces shelled the northern town of Karvan on Monday, killing at least four civilians, officials said.';

describe('json reader', () => {
  it('reads the canonical shape', async () => {
    const a = await readSource(fixture('article.json'));
    assert.equal(a.format, 'json');
    assert.equal(a.title, 'Rebels shell northern town, killing four');
    assert.equal(a.url, 'https://example.com/world/karvan-shelling');
    assert.equal(a.published, '2024-03-11');
    assert.equal(a.outlet, 'The Daily Example');
    assert.ok(a.text.includes('said.\n\nThe attack'));
  });

  it('id comes from the URL: same article in two shapes gets one id', async () => {
    const [a, b] = [await readSource(fixture('article.json')), await readSource(fixture('aliases.json'))];
    assert.equal(a.id, b.id);
  });

  const aliases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['body/headline/link/publishedAt/source.name', { body: text, headline: 'H', link: 'https://e.com/1', publishedAt: '2024-03-11T06:30:00Z', source: { name: 'Src' } }, { title: 'H', url: 'https://e.com/1', published: '2024-03-11T06:30:00Z', outlet: 'Src' }],
    ['content/date/site', { content: text, date: '2024-03-10', site: 'Site' }, { published: '2024-03-10', outlet: 'Site' }],
    ['article/pubDate (RFC 2822)', { article: text, pubDate: 'Mon, 11 Mar 2024 08:30:00 +0200' }, { published: '2024-03-11T08:30:00+02:00' }],
    ['epoch seconds', { text, published: 1710145800 }, { published: '2024-03-11T08:30:00.000Z' }],
    ['html field', { html: `<p>${text}</p><p>Second paragraph said to be here in the article.</p>` }, { text: `${text}\n\nSecond paragraph said to be here in the article.` }],
    ['HTML in body', { body: `<div><p>${text}</p></div>` }, { text }],
    ['options override', { text, outlet: 'In file' }, { outlet: 'Override' }],
  ];
  for (const [name, input, expected] of aliases) {
    it(`aliases: ${name}`, () => {
      const a = readJson(JSON.stringify(input), 'x.json', name === 'options override' ? { outlet: 'Override' } : {});
      for (const [k, v] of Object.entries(expected)) assert.equal(a[k as keyof typeof a], v, k);
    });
  }

  const bad: [string, string, string, number?][] = [
    ['syntax error with line', '{\n  "text": "a",\n  oops\n}', 'BAD_JSON', 3],
    ['array', `[{"text": "${text}"}]`, 'BAD_JSON'],
    ['string', '"just a string"', 'BAD_JSON'],
    ['null', 'null', 'BAD_JSON'],
    ['no text field', '{"title": "x"}', 'BAD_JSON'],
    ['text not a string', '{"text": 42}', 'BAD_JSON'],
    ['title not a string', `{"text": "${text}", "title": {"a": 1}}`, 'BAD_JSON'],
    ['empty text', '{"text": "   "}', 'EMPTY'],
    ['empty file', '', 'EMPTY'],
    ['non-English text', `{"text": "${'Les forces rebelles ont bombardé lundi la ville de Karvan, tuant au moins quatre civils. '.repeat(3)}"}`, 'NOT_ENGLISH'],
  ];
  for (const [name, input, code, line] of bad) {
    it(`${name} → ${code}`, async () => {
      await expectInputError(() => readJson(input, 'x.json'), code, line);
    });
  }

  it('bad.json fixture: BAD_JSON at line 3, describe() names file and line', async () => {
    const err = await expectInputError(() => readSource(fixture('bad.json')), 'BAD_JSON', 3);
    assert.ok(err.describe().startsWith(fixture('bad.json') + ':3: '));
  });
});
