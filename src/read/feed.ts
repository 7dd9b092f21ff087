import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article } from '../model/article.js';
import { checkText, decodeBytes, isBlank } from './decode.js';
import { InputError, withSource } from './errors.js';
import { makeArticle } from './article.js';
import { articleId } from '../util/hash.js';
import { normaliseDate } from './dates.js';
import { htmlToText } from './html-text.js';
import { decodeEntities } from './entities.js';
import { absoluteUrl } from './html-meta.js';
import type { ReadOptions } from './options.js';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one result per item.
 *
 * Text: content:encoded, else description (RSS); content, else summary (Atom); HTML stripped to text.
 * Items with a link but no text are returned with `needsFetch: true` and `text: ""`: the article id
 * is already the one the fetched page will get (it comes from the link), so an ingester can fetch
 * `article.url` with readSource and store the result under the same id. Items with neither text nor
 * a link, or whose text fails the checks (e.g. NOT_ENGLISH), come back as {error}.
 */
export type FeedArticle = Article & { needsFetch: boolean };
export type FeedResult = { article: FeedArticle; index: number } | { error: InputError; index: number };

type Json = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: { enabled: true, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  // Atom content/summary keep their raw markup: type="xhtml" holds real elements.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name: string) => name === 'item' || name === 'entry' || name === 'link',
});

function text(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object') return text((v as Json)['#text']);
  return null;
}

function stripCdata(s: string): string {
  const t = s.trim();
  return t.startsWith('<![CDATA[') && t.endsWith(']]>') ? t.slice(9, -3) : decodeEntities(t, false);
}

/** Atom text construct (raw stop-node) → plain text by its type attribute. */
function atomText(v: unknown): string {
  if (v === undefined || v === null) return '';
  const raw = text(v) ?? '';
  const type = (v && typeof v === 'object' ? text((v as Json)['@_type']) : null) ?? 'text';
  if (type === 'xhtml') return htmlToText(raw);
  const decoded = stripCdata(raw);
  return type === 'html' || type.includes('html') ? htmlToText(decoded) : decoded.trim();
}

/** RSS text that may hold HTML (escaped or CDATA, already decoded by the parser). */
function rssText(v: unknown): string {
  const s = text(v);
  if (!s) return '';
  return s.includes('<') || s.includes('&') ? htmlToText(s) : s.trim();
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  let fallback: string | null = null;
  for (const l of links) {
    if (!l || typeof l !== 'object') continue;
    const href = text((l as Json)['@_href']);
    const rel = text((l as Json)['@_rel']) ?? 'alternate';
    if (href && rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

function rssLink(item: Json): string | null {
  const links = item['link'];
  if (Array.isArray(links)) {
    for (const l of links) {
      const t = typeof l === 'string' ? l : text((l as Json)?.['@_href']) ?? text(l);
      if (t && t.trim()) return t.trim();
    }
  }
  const guid = item['guid'];
  const perma = guid && typeof guid === 'object' ? text((guid as Json)['@_isPermaLink']) : null;
  const g = text(guid);
  return g && perma !== 'false' && (g.startsWith('http://') || g.startsWith('https://')) ? g : null;
}

interface RawItem {
  title: string | null;
  link: string | null;
  published: unknown;
  body: string;
}

function feedItems(doc: Json): { outlet: string | null; items: RawItem[] } | null {
  const rss = doc['rss'] as Json | undefined;
  const rdf = doc['rdf:RDF'] as Json | undefined;
  if (rss || rdf) {
    const channel = ((rss?.['channel'] ?? rdf?.['channel']) as Json | undefined) ?? {};
    const raw = (channel['item'] ?? rdf?.['item'] ?? []) as Json[];
    return {
      outlet: text(channel['title']),
      items: raw.map((it) => ({
        title: rssText(it['title']) || null,
        link: rssLink(it),
        published: text(it['pubDate']) ?? text(it['dc:date']) ?? text(it['published']) ?? text(it['updated']),
        body: rssText(it['content:encoded']) || rssText(it['description']),
      })),
    };
  }
  const feed = doc['feed'] as Json | undefined;
  if (feed) {
    const raw = (feed['entry'] ?? []) as Json[];
    return {
      outlet: text(feed['title']),
      items: raw.map((e) => ({
        title: rssText(e['title']) || null,
        link: atomLink(e['link']),
        published: text(e['published']) ?? text(e['updated']) ?? text(e['issued']),
        body: atomText(e['content']) || atomText(e['summary']),
      })),
    };
  }
  return null;
}

/** Parse a feed document; BAD_XML (with line) for malformed XML, UNSUPPORTED if it is XML but not a feed. */
export function parseFeed(input: string | Uint8Array, origin = 'input', options: ReadOptions = {}): FeedResult[] {
  try {
    const xml = typeof input === 'string' ? checkText(input) : decodeBytes(input);
    if (isBlank(xml)) throw new InputError('EMPTY', 'input holds no text (empty or whitespace only)');
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new InputError('BAD_XML', `invalid XML: ${valid.err.msg}`, { line: valid.err.line });
    let doc: Json;
    try {
      doc = parser.parse(xml) as Json;
    } catch (err) {
      throw new InputError('BAD_XML', `invalid XML: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const feed = feedItems(doc);
    if (!feed) throw new InputError('UNSUPPORTED', 'XML is not an RSS or Atom feed');
    return feed.items.map((item, index) => itemResult(item, index, feed.outlet, origin, options));
  } catch (err) {
    throw err instanceof InputError ? withSource(err, origin) : err;
  }
}

function itemResult(item: RawItem, index: number, outlet: string | null, origin: string, options: ReadOptions): FeedResult {
  const where = `${origin}#${index + 1}`;
  const url = absoluteUrl(item.link);
  try {
    if (isBlank(item.body)) {
      if (!url) throw new InputError('NO_TEXT', 'feed item has neither text nor a link', { source: where });
      const article: FeedArticle = {
        id: articleId({ url, text: '' }),
        text: '',
        title: item.title,
        url,
        published: normaliseDate(options.published ?? undefined) ?? normaliseDate(item.published),
        outlet: options.outlet ?? outlet,
        origin: where,
        format: 'rss',
        needsFetch: true,
      };
      return { article, index };
    }
    const a = makeArticle({ text: item.body, title: item.title, url, published: item.published, outlet }, where, 'rss', options);
    return { article: { ...a, needsFetch: false }, index };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { error: withSource(err, where), index };
  }
}

/** Feed items as articles, dropping bad items (see parseFeed for the errors). */
export function readFeed(input: string | Uint8Array, origin = 'input', options: ReadOptions = {}): FeedArticle[] {
  const out: FeedArticle[] = [];
  for (const r of parseFeed(input, origin, options)) if ('article' in r) out.push(r.article);
  return out;
}
