import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../src/read/html.js';
import { htmlToText } from '../../src/read/html-text.js';
import { readSource } from '../../src/read/source.js';
import { expectInputError, fixture, fixtureBytes } from './helpers.js';

const body = '<p>Rebel forces shelled the northern town of Karvan on Monday, killing at least four civilians, officials said.</p><p>The rebels denied responsibility and accused the army of staging the attack.</p>';
const page = (head: string, inner = body): string => `<!DOCTYPE html><html><head>${head}</head><body><article>${inner}</article></body></html>`;

describe('html reader', () => {
  it('extracts the main text without nav, scripts, aside or footer, paragraphs as \\n\\n', () => {
    const a = readHtml(fixtureBytes('article.html'), 'article.html');
    assert.ok(a.text.includes('Rebel forces shelled the northern town of Karvan on Monday'));
    assert.ok(a.text.includes('\u201ca clear violation\u201d'), 'entities decoded');
    assert.ok(a.text.includes('staging the attack.\nAid groups'), '<br> is a line break');
    assert.ok(a.text.includes('local officials said.\n\nThe attack came'), 'paragraphs');
    for (const junk of ['Home', 'Football', 'All rights reserved', 'window.tracking', 'color: red']) assert.ok(!a.text.includes(junk), junk);
    assert.ok(!a.text.startsWith('Rebels shell'), 'repeated headline dropped from the text');
  });

  it('reads title, outlet and published from og and JSON-LD', () => {
    const a = readHtml(fixtureBytes('article.html'), 'article.html');
    assert.equal(a.title, 'Rebels shell northern town, killing four');
    assert.equal(a.outlet, 'The Daily Example');
    assert.equal(a.published, '2024-03-11T08:30:00+02:00');
  });

  it('resolves a relative canonical link against the page URL', () => {
    const a = readHtml(fixtureBytes('article.html'), 'x', { baseUrl: 'https://www.dailyexample.com/some/page' });
    assert.equal(a.url, 'https://www.dailyexample.com/world/2024/03/11/karvan-shelling?utm_source=rss');
  });

  const metaCases: [string, string, Partial<Record<'published' | 'outlet' | 'url' | 'title', string | null>>][] = [
    ['article:published_time', '<meta property="article:published_time" content="2024-03-11T06:00:00Z">', { published: '2024-03-11T06:00:00Z' }],
    ['meta name=date', '<meta name="date" content="2024-03-09">', { published: '2024-03-09' }],
    ['meta pubdate', '<meta name="pubdate" content="2024-03-08T10:00:00-05:00">', { published: '2024-03-08T10:00:00-05:00' }],
    ['DC.date', '<meta name="DC.date" content="2024-03-07">', { published: '2024-03-07' }],
    ['JSON-LD datePublished beats meta', '<meta name="date" content="2024-01-01"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-06"}</script>', { published: '2024-03-06' }],
    ['<time datetime> as last resort', '', { published: '2024-03-05' }],
    ['og:site_name', '<meta property="og:site_name" content="Example News">', { outlet: 'Example News' }],
    ['JSON-LD publisher', '<script type="application/ld+json">[{"@type":"ReportageNewsArticle","publisher":{"name":"Wire Service"}}]</script>', { outlet: 'Wire Service' }],
    ['application-name', '<meta name="application-name" content="App News">', { outlet: 'App News' }],
    ['og:url', '<meta property="og:url" content="https://example.com/a">', { url: 'https://example.com/a' }],
    ['link rel=canonical beats og:url', '<link rel="canonical" href="https://example.com/c"><meta property="og:url" content="https://example.com/a">', { url: 'https://example.com/c' }],
    ['javascript: canonical ignored', '<link rel="canonical" href="javascript:alert(1)">', { url: null }],
    ['<title> when no og:title', '<title>Plain title</title>', { title: 'Plain title' }],
    ['bad JSON-LD ignored', '<script type="application/ld+json">{not json</script><meta name="date" content="2024-03-04">', { published: '2024-03-04' }],
    ['unparseable date → null', '<meta name="date" content="last Tuesday-ish">', { published: null }],
  ];
  for (const [name, head, expected] of metaCases) {
    it(`metadata: ${name}`, () => {
      const inner = name.startsWith('<time') ? '<time datetime="2024-03-05">Tuesday</time>' + body : body;
      const a = readHtml(page(head, inner));
      for (const [k, v] of Object.entries(expected)) assert.equal(a[k as keyof typeof a], v, k);
    });
  }

  it('reads a fragment without <html>/<body>', () => {
    const a = readHtml(body);
    assert.ok(a.text.startsWith('Rebel forces'));
  });

  it('sniffs HTML in a file without extension', async () => {
    const a = await readSource(fixture('article-no-extension'));
    assert.equal(a.format, 'html');
  });

  it('honours <meta charset> for non-UTF-8 pages', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>The caf'), Buffer.from([0xe9]), Buffer.from(' in Karvan was hit by a shell on Monday, the army said.</p></body></html>')]);
    assert.ok(readHtml(bytes).text.includes('café'));
  });

  const bad: [string, string | Buffer, string][] = [
    ['navigation only', fixtureBytes('nav-only.html'), 'NO_TEXT'],
    ['scripts and styles only', '<html><head><script>var a = "the army said that";</script></head><body><style>p{}</style></body></html>', 'NO_TEXT'],
    ['empty body', '<html><body></body></html>', 'NO_TEXT'],
    ['empty input', '', 'EMPTY'],
    ['binary', fixtureBytes('binary.bin'), 'BINARY'],
    ['non-English page', `<html><body><p>${'Les forces rebelles ont bombardé lundi la ville de Karvan, tuant au moins quatre civils. '.repeat(3)}</p></body></html>`, 'NOT_ENGLISH'],
  ];
  for (const [name, input, code] of bad) {
    it(`${name} → ${code}`, async () => {
      await expectInputError(() => readHtml(input, 'page.html'), code);
    });
  }

  it('survives deeply nested markup (no recursion)', () => {
    const depth = 20_000;
    const html = '<div>'.repeat(depth) + '<p>The army said rebels shelled the town of Karvan on Monday, killing four.</p>' + '</div>'.repeat(depth);
    const t = htmlToText(html);
    assert.ok(t.includes('The army said rebels shelled'));
  });

  const s = 'The army said the rebels shelled the town of Karvan on Monday.';
  const hostile: [string, () => string][] = [
    ['100k unclosed <b>', () => '<p>' + '<b>'.repeat(100_000) + s],
    ['900 nested <div> (Readability would be quadratic)', () => '<div>'.repeat(900) + `<p>${s}</p>` + '</div>'.repeat(900)],
    ['100k nested <div>', () => '<div>'.repeat(100_000) + `<p>${s}</p>` + '</div>'.repeat(100_000)],
    ['5000 unclosed <table>', () => '<table>'.repeat(5000) + `<p>${s}`],
    ['unclosed comment', () => `<p>${s}</p><!-- ` + 'x'.repeat(1_000_000)],
    ['unclosed attribute quote', () => `<p>${s}</p><a href="` + 'x'.repeat(1_000_000)],
    ['a million stray <', () => `<p>${s}</p>` + '<'.repeat(1_000_000)],
    ['script that never closes', () => `<p>${s}</p><script>` + 'var a = 1;'.repeat(100_000)],
  ];
  for (const [name, make] of hostile) {
    // a hang guard (timeout), not a speed assertion
    it(`hostile HTML finishes: ${name}`, { timeout: 60_000 }, () => {
      const a = readHtml(make(), 'hostile.html');
      assert.ok(a.text.startsWith(s), a.text.slice(0, 80));
    });
  }

  it('htmlToText: entities, <br>, lists, whitespace collapse, <pre> kept', () => {
    assert.equal(htmlToText('<p>a &amp;   b</p><p>c<br>d</p><ul><li>e</li><li>f</li></ul><pre>x\n  y</pre>'), 'a & b\n\nc\nd\n\ne\nf\n\nx\n  y');
  });
});
