import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from '../../src/util/hash.js';

/** The definition (the implementation before session 10): every setter always run. */
function reference(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (key.startsWith('utm_') || key === 'fbclid' || key === 'gclid' || key === 'ref') u.searchParams.delete(key);
    }
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    let s = u.toString();
    if (s.endsWith('/')) s = s.slice(0, -1);
    return s;
  } catch {
    return url.trim();
  }
}

const CASES: { url: string; want: string }[] = [
  { url: 'https://example.com/news/1', want: 'https://example.com/news/1' },
  { url: 'https://WWW.Example.COM/news/1/', want: 'https://example.com/news/1' },
  { url: 'https://www.example.com/a?utm_source=x&id=3#top', want: 'https://example.com/a?id=3' },
  { url: 'https://example.com/a#', want: 'https://example.com/a' },
  { url: 'https://example.com/a?', want: 'https://example.com/a?' },
  { url: 'https://example.com/a?fbclid=1&gclid=2&ref=3', want: 'https://example.com/a' },
  { url: 'https://example.com/a?b=%23c', want: 'https://example.com/a?b=%23c' },
  { url: 'https://example.com/a?q=a+b&utm_medium=m', want: 'https://example.com/a?q=a+b' },
  { url: 'bench:17', want: 'bench:17' },
  { url: 'urn:isbn:0451450523', want: 'urn:isbn:0451450523' },
  { url: 'foo://WWW.Host.Example/Path', want: 'foo://host.example/Path' },
  { url: 'http://[::1]:8080/x', want: 'http://[::1]:8080/x' },
  { url: 'file:///tmp/a.txt', want: 'file:///tmp/a.txt' },
  { url: 'http://www.example.com:81/', want: 'http://example.com:81' },
  { url: ' https://example.com/pad ', want: 'https://example.com/pad' },
  { url: 'https://exa\tmple.com/tab#x', want: 'https://example.com/tab' },
  { url: 'not a url', want: 'not a url' },
  { url: '  relative/path  ', want: 'relative/path' },
];

for (const { url, want } of CASES) {
  test(`canonicalUrl(${JSON.stringify(url)}) = ${JSON.stringify(want)}, as every setter run would give`, () => {
    assert.equal(canonicalUrl(url), want);
    assert.equal(canonicalUrl(url), reference(url));
  });
}
