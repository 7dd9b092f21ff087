import { shortHash } from '../util/hash.js';
import type { Event } from '../model/event.js';
import type { Quote, Lull } from '../model/records.js';

/**
 * Stable record ids: article id + what identifies the record inside the article. The extractor's own
 * ids are only unique within one article, so the store re-keys records (and event links) with these.
 */
export function eventKey(articleId: string, e: Pick<Event, 'sentence' | 'span' | 'family' | 'codes'>): string {
  return `${articleId}-e${shortHash(`${e.sentence}|${e.span[0]}:${e.span[1]}|${e.family}|${e.codes.plover.type}`, 12)}`;
}

export function quoteKey(articleId: string, q: Pick<Quote, 'sentence' | 'span'>): string {
  return `${articleId}-q${shortHash(`${q.sentence}|${q.span[0]}:${q.span[1]}`, 12)}`;
}

export function lullKey(articleId: string, l: Pick<Lull, 'sentence' | 'span' | 'kind'>): string {
  return `${articleId}-l${shortHash(`${l.sentence}|${l.span[0]}:${l.span[1]}|${l.kind}`, 12)}`;
}

/** Make keys unique in order of appearance: the second "x" becomes "x.2". */
export function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}.${n}`;
  });
}
