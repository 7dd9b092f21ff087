/** Turn one ArticleRecord into the rows both stores write: documents plus the indexed columns. */
import type { Event } from '../model/event.js';
import type { Quote, Lull } from '../model/records.js';
import type { ArticleRecord, StoredArticle, StoredEvent } from './store.js';
import { eventKey, lullKey, quoteKey, uniqueKeys } from './ids.js';

export interface ArticleRow extends StoredArticle {
  text: string | null;
}

export interface ActorKeyRow {
  eventId: string;
  role: 'actor' | 'recipient';
  /** 'direct': the actor itself; 'backer': one of its patrons (proxy match). */
  via: 'direct' | 'backer';
  key: string;
}

export interface EventRow {
  id: string;
  articleId: string;
  sentence: number;
  date: string | null;
  dateEnd: string | null;
  /** dateEnd - date in days (null when undated). */
  spanDays: number | null;
  country: string | null;
  plover: string;
  cameo: string;
  acled: string | null;
  confidence: number;
  sentenceText: string;
  doc: Event;
  countries: string[];
  /** Countries of locations, actors and recipients (for dedup blocking). */
  anyCountries: string[];
  actors: ActorKeyRow[];
}

export interface ArticleRows {
  article: ArticleRow;
  events: EventRow[];
  quotes: Quote[];
  lulls: Lull[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export function dayOf(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = ISO_DAY.exec(s);
  return m ? m[0] : null;
}

/** The later of two ISO days (an end before its start is taken as the start). */
function maxDay(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return a < b ? b : a;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** An ISO day shifted by n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
}

function actorKeys(eventId: string, e: Event): ActorKeyRow[] {
  const out: ActorKeyRow[] = [];
  const seen = new Set<string>();
  const add = (role: ActorKeyRow['role'], via: ActorKeyRow['via'], raw: string | null) => {
    if (!raw) return;
    const key = raw.trim().toLowerCase();
    const id = `${role}|${via}|${key}`;
    if (!key || seen.has(id)) return;
    seen.add(id);
    out.push({ eventId, role, via, key });
  };
  for (const [role, list] of [['actor', e.actors], ['recipient', e.recipients]] as const) {
    for (const a of list) {
      add(role, 'direct', a.name);
      add(role, 'direct', a.text);
      add(role, 'direct', a.entry);
      add(role, 'direct', a.country);
      for (const b of a.backedBy) add(role, 'backer', b);
    }
  }
  return out;
}

/**
 * The rows of one article. Records are re-keyed with stable ids (ids.ts); references between them
 * (event links, a lull's endedBy) follow, and references to nothing in the article are dropped:
 * they would point at nothing stored and differ from run to run.
 */
export function toRows(record: ArticleRecord, keepText = true): ArticleRows {
  const { article, analysis } = record;
  const aid = article.id;
  const published = dayOf(article.published);
  const eventIds = uniqueKeys(analysis.events.map((e) => eventKey(aid, e)));
  const idMap = new Map<string, string>();
  analysis.events.forEach((e, i) => idMap.set(e.id, eventIds[i] as string));
  const events: EventRow[] = analysis.events.map((e, i) => {
    const id = eventIds[i] as string;
    const doc: Event = {
      ...e,
      id,
      articleId: aid,
      links: e.links.flatMap((l) => {
        const to = idMap.get(l.event);
        return to ? [{ ...l, event: to }] : [];
      }),
    };
    const date = dayOf(e.time?.start) ?? published;
    const dateEnd = maxDay(dayOf(e.time?.end) ?? date, date);
    const countries = [...new Set(e.locations.map((l) => l.country).filter((c): c is string => !!c))];
    return {
      id,
      articleId: aid,
      sentence: e.sentence,
      date,
      dateEnd,
      spanDays: date && dateEnd ? daysBetween(date, dateEnd) : null,
      country: countries[0] ?? null,
      plover: e.codes.plover.type,
      cameo: e.codes.cameo.code,
      acled: e.codes.acled?.eventType ?? null,
      confidence: e.confidence,
      sentenceText: e.sentenceText,
      doc,
      countries,
      anyCountries: [...new Set([...e.locations, ...e.actors, ...e.recipients].map((x) => x.country).filter((c): c is string => !!c))].sort(),
      actors: actorKeys(id, e),
    };
  });
  const quoteIds = uniqueKeys(analysis.quotes.map((q) => quoteKey(aid, q)));
  const lullIds = uniqueKeys(analysis.lulls.map((l) => lullKey(aid, l)));
  return {
    article: {
      id: aid,
      title: article.title,
      url: article.url,
      published: article.published,
      outlet: article.outlet,
      origin: article.origin,
      format: article.format,
      chars: analysis.article.chars,
      sentences: analysis.article.sentences,
      events: events.length,
      warnings: analysis.warnings,
      text: keepText ? article.text : null,
    },
    events,
    quotes: analysis.quotes.map((q, i) => ({ ...q, id: quoteIds[i] as string, articleId: aid })),
    lulls: analysis.lulls.map((l, i) => ({
      ...l,
      id: lullIds[i] as string,
      articleId: aid,
      endedBy: l.endedBy === null ? null : idMap.get(l.endedBy) ?? null,
    })),
  };
}

/** The StoredEvent view of a freshly built row (for the clusterer, before it is read back). */
export function rowToStoredEvent(row: EventRow, article: ArticleRow, clusterId: string = row.id): StoredEvent {
  return {
    id: row.id,
    articleId: row.articleId,
    date: row.date,
    dateEnd: row.dateEnd,
    clusterId,
    event: row.doc,
    source: { url: article.url, title: article.title, outlet: article.outlet, published: article.published },
  };
}
