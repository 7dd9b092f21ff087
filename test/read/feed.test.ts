import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, readFeed } from '../../src/read/feed.js';
import { readAll, readSource } from '../../src/read/source.js';
import { expectInputError, fixture, fixtureBytes } from './helpers.js';

describe('rss/atom reader', () => {
  it('RSS 2.0: content:encoded wins over description, entities decoded, dates kept with offset', () => {
    const [a, b, c] = readFeed(fixtureBytes('feed.rss'), 'feed.rss');
    assert.ok(a && b && c);
    assert.ok(a.text.includes('wounding a dozen more'));
    assert.ok(a.text.includes('said.\n\nThe attack'));
    assert.equal(a.title, 'Rebels shell northern town & kill four');
    assert.equal(a.published, '2024-03-11T08:30:00+02:00');
    assert.equal(a.outlet, 'The Daily Example \u2013 World');
    assert.equal(a.origin, 'feed.rss#1');
    assert.equal(b.published, '2024-03-10T17:00:00Z', 'dc:date');
    assert.equal(a.needsFetch, false);
  });

  it('link-only item → needsFetch with empty text and the id its page will get', async () => {
    const items = readFeed(fixtureBytes('feed.rss'));
    const c = items[2];
    assert.ok(c);
    assert.equal(c.needsFetch, true);
    assert.equal(c.text, '');
    assert.equal(c.url, 'https://example.com/world/link-only');
    const json = await import('../../src/read/json.js');
    const fetched = json.readJson(JSON.stringify({ url: c.url, text: 'The army said the rebels shelled the town of Karvan on Monday.' }));
    assert.equal(c.id, fetched.id);
  });

  it('item with neither text nor link → NO_TEXT error for that item only', () => {
    const rs = parseFeed(fixtureBytes('feed.rss'), 'feed.rss');
    assert.deepEqual(rs.map((r) => ('article' in r ? 'ok' : r.error.code)), ['ok', 'ok', 'ok', 'NO_TEXT']);
    const last = rs[3];
    assert.ok(last && 'error' in last && last.error.source === 'feed.rss#4');
  });

  it('same story in RSS and JSON shares one id (canonical URL drops utm_)', async () => {
    const [a] = readFeed(fixtureBytes('feed.rss'));
    const j = await readSource(fixture('article.json'));
    assert.equal(a?.id, j.id);
  });

  it('Atom: html, xhtml and summary content; alternate link; published then updated', () => {
    const [a, b, c] = readFeed(fixtureBytes('feed.atom'), 'feed.atom');
    assert.ok(a && b && c);
    assert.equal(a.url, 'https://wire.example.org/2024/03/11/karvan');
    assert.equal(a.published, '2024-03-11T08:30:00+02:00');
    assert.equal(a.text, 'Rebel forces shelled the northern town of Karvan on Monday, killing at least four civilians, officials said.\n\nThe rebels denied responsibility.');
    assert.equal(b.text, 'Government troops said on Sunday that they had retaken two villages & a bridge.\n\nThe army said the road was open again.');
    assert.equal(b.url, 'https://wire.example.org/2024/03/10/villages');
    assert.equal(b.published, '2024-03-10T17:00:00Z');
    assert.ok(c.text.startsWith('Aid groups said'));
    assert.equal(a.outlet, 'Example Wire');
    assert.equal(a.format, 'rss');
  });

  it('RSS 1.0 (RDF)', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF News</title></channel>
      <item><title>T</title><link>https://e.com/1</link><dc:date>2024-03-11</dc:date><description>The army said rebels shelled the town of Karvan on Monday, killing four civilians.</description></item></rdf:RDF>`;
    const [a] = readFeed(rdf);
    assert.equal(a?.outlet, 'RDF News');
    assert.equal(a?.published, '2024-03-11');
  });

  it('empty feed → no items', () => {
    assert.deepEqual(readFeed('<rss><channel><title>x</title></channel></rss>'), []);
  });

  it('a feed given to readSource → UNSUPPORTED pointing to readAll', async () => {
    await expectInputError(() => readSource(fixture('feed.rss')), 'UNSUPPORTED');
  });

  it('readAll yields every item, errors included', async () => {
    const codes: string[] = [];
    for await (const r of readAll(fixture('feed.atom'))) codes.push('article' in r ? 'ok' : r.error.code);
    assert.deepEqual(codes, ['ok', 'ok', 'ok']);
  });

  it('billion laughs: entities are not expanded (bounded size)', { timeout: 60_000 }, () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]><rss><channel><item><description>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</description></item></channel></rss>';
    let size = 0;
    try {
      for (const r of parseFeed(xml, 'f.xml', { allowNonEnglish: true })) if ('article' in r) size += r.article.text.length;
    } catch (err) {
      assert.equal((err as { name?: string }).name, 'InputError');
    }
    assert.ok(size < 10_000, `expanded to ${size} chars`);
  });

  const bad: [string, string, string, number?][] = [
    ['malformed XML (line)', fixtureBytes('bad.xml').toString(), 'BAD_XML', 5],
    ['XML but not a feed', fixtureBytes('not-a-feed.xml').toString(), 'UNSUPPORTED'],
    ['empty', '  ', 'EMPTY'],
  ];
  for (const [name, input, code, line] of bad) {
    it(`${name} → ${code}`, async () => {
      await expectInputError(() => parseFeed(input, 'f.xml'), code, line);
    });
  }
});
