/**
 * Article metadata from an HTML document, read before Readability rewrites the DOM.
 * Each field tries its sources in order (first found wins):
 *   published: JSON-LD datePublished → meta article:published_time / og:published_time →
 *              meta date, pubdate, publishdate, publish-date, DC.date(.issued), dcterms.created,
 *              sailthru.date, parsely-pub-date, itemprop=datePublished → first <time datetime>
 *   outlet:    meta og:site_name → JSON-LD publisher.name → meta application-name
 *   url:       link rel=canonical → meta og:url → JSON-LD url / mainEntityOfPage
 *   title:     meta og:title → JSON-LD headline → <title>
 */

interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(sel: string): ArrayLike<El>;
  title?: string;
}

export interface HtmlMeta {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'blogposting', 'webpage', 'liveblogposting', 'report', 'backgroundnewsarticle', 'opinionnewsarticle']);
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'dcterms.issued', 'sailthru.date',
  'parsely-pub-date', 'datepublished', 'article.published', 'published_time',
];

type Json = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

/** meta name/property/itemprop → content (first occurrence wins), keys lower-cased. */
function metaMap(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i] as El;
    const content = m.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content.trim());
    }
  }
  return map;
}

/** Every object in the page's JSON-LD blocks, flattening arrays and @graph. */
function jsonLd(doc: Doc): Json[] {
  const out: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && out.length < 200; i++) {
    let data: unknown;
    try {
      data = JSON.parse((scripts[i] as El).textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length && out.length < 200) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === 'object') {
        out.push(v as Json);
        const graph = (v as Json)['@graph'];
        if (Array.isArray(graph)) queue.push(...graph);
      }
    }
  }
  return out;
}

function isArticle(o: Json): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.has(x.toLowerCase()));
}

function publisherName(p: unknown): string | null {
  if (Array.isArray(p)) return publisherName(p[0]);
  if (typeof p === 'string') return str(p);
  if (p && typeof p === 'object') return str((p as Json)['name']);
  return null;
}

function entityUrl(o: Json): string | null {
  const main = o['mainEntityOfPage'];
  return str(o['url']) ?? (main && typeof main === 'object' ? str((main as Json)['@id']) : str(main));
}

/** Resolve a possibly relative URL; only absolute http(s) URLs are kept. */
export function absoluteUrl(href: string | null, base?: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function htmlMeta(doc: Doc, baseUrl?: string | null): HtmlMeta {
  const meta = metaMap(doc);
  const ld = jsonLd(doc);
  const article = ld.find(isArticle) ?? ld.find((o) => 'datePublished' in o) ?? null;

  let published = str(article?.['datePublished']);
  for (const key of DATE_KEYS) published ??= meta.get(key) ?? null;
  if (!published) {
    const times = doc.querySelectorAll('time[datetime]');
    if (times.length) published = str((times[0] as El).getAttribute('datetime'));
  }

  const outlet = meta.get('og:site_name') ?? publisherName(article?.['publisher']) ?? ld.map((o) => (isArticle(o) ? null : o['@type'] === 'Organization' || o['@type'] === 'NewsMediaOrganization' ? str(o['name']) : null)).find((x) => x) ?? meta.get('application-name') ?? null;

  let canonical: string | null = null;
  const links = doc.querySelectorAll('link[rel]');
  for (let i = 0; i < links.length && !canonical; i++) {
    const l = links[i] as El;
    const rels = (l.getAttribute('rel') ?? '').toLowerCase().split(' ');
    if (rels.includes('canonical')) canonical = absoluteUrl(l.getAttribute('href'), baseUrl);
  }
  canonical ??= absoluteUrl(meta.get('og:url') ?? null, baseUrl) ?? absoluteUrl(article ? entityUrl(article) : null, baseUrl);

  const titleEls = doc.querySelectorAll('title');
  const title = meta.get('og:title') ?? str(article?.['headline']) ?? (titleEls.length ? str((titleEls[0] as El).textContent) : null);

  return { title, published, outlet, url: canonical };
}
