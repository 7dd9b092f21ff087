/** EventFilter → SQL WHERE clause over `events e` (joined with `articles a`), for both dialects. */
import type { EventFilter } from '../store.js';
import type { Dialect, Param } from './db.js';
import { STOP_WORDS } from './stopwords.js';
import { addDays } from '../rows.js';

const LONG = 31;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface Where {
  sql: string;
  params: Param[];
}

function asList<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Words of a free-text query (letters and digits), for a safe full-text query. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (/[\p{L}\p{N}]/u.test(ch)) cur += ch;
    else if (cur) { words.push(cur); cur = ''; }
  }
  if (cur) words.push(cur);
  return words.filter((w) => !STOP_WORDS.has(w.toLowerCase())).slice(0, 32);
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export function eventWhere(f: EventFilter, dialect: Dialect): Where {
  const parts: string[] = [];
  const params: Param[] = [];
  // Events whose [date, date_end] touches [from, to]. With both bounds: one-day events (most) through
  // the (span_days, date) index within [from, to], events up to 31 days through the date index within
  // [from - 31, to], longer ones through a small partial index.
  if (f.from && f.to && ISO.test(f.from)) {
    parts.push(`e.id IN (SELECT r.id FROM events r WHERE r.span_days = 0 AND r.date >= ? AND r.date <= ?
      UNION ALL SELECT r.id FROM events r WHERE r.date >= ? AND r.date <= ? AND r.date_end >= ? AND r.span_days BETWEEN 1 AND ${LONG}
      UNION ALL SELECT r.id FROM events r WHERE r.span_days > ${LONG} AND r.date <= ? AND r.date_end >= ?)`);
    params.push(f.from, f.to, addDays(f.from, -LONG), f.to, f.from, f.to, f.from);
  } else {
    if (f.from) { parts.push('e.date_end >= ?'); params.push(f.from); }
    if (f.to) { parts.push('e.date <= ?'); params.push(f.to); }
  }
  if (f.country) {
    parts.push('EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND c.country = ?)');
    params.push(f.country.toUpperCase());
  }
  if (f.actor) {
    const key = f.actor.trim().toLowerCase();
    let sql = "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND (x.key = ? OR x.key LIKE ? ESCAPE '\\')";
    params.push(key, likeEscape(key) + ' %');
    if (f.actorRole) { sql += ' AND x.role = ?'; params.push(f.actorRole); }
    if (f.proxies === false) sql += " AND x.via = 'direct'";
    parts.push(sql + ')');
  }
  const plover = asList(f.plover);
  if (plover.length) { parts.push(`e.plover IN (${plover.map(() => '?').join(', ')})`); params.push(...plover); }
  const acled = asList(f.acled);
  if (acled.length) { parts.push(`e.acled IN (${acled.map(() => '?').join(', ')})`); params.push(...acled); }
  if (f.cameo) { parts.push("e.cameo LIKE ? ESCAPE '\\'"); params.push(likeEscape(f.cameo) + '%'); }
  if (f.minConfidence !== undefined) { parts.push('e.confidence >= ?'); params.push(f.minConfidence); }
  if (f.articleId) { parts.push('e.article_id = ?'); params.push(f.articleId); }
  if (f.clusterId) { parts.push('e.cluster_id = ?'); params.push(f.clusterId); }
  if (f.anyCountry) {
    const cs = f.anyCountry.countries.map((c) => c.toUpperCase());
    const any = cs.length
      ? `EXISTS (SELECT 1 FROM event_any_countries k WHERE k.event_id = e.id AND k.country IN (${cs.map(() => '?').join(', ')}))`
      : '1 = 0';
    params.push(...cs);
    parts.push(f.anyCountry.orNone ? `(${any} OR NOT EXISTS (SELECT 1 FROM event_any_countries n WHERE n.event_id = e.id))` : any);
  }
  if (f.anyType) {
    // SQLite: unary + keeps the planner on the date index (type indexes would scan every event of the type).
    const col = (c: string) => (dialect === 'sqlite' ? `+e.${c}` : `e.${c}`);
    const alts: string[] = [];
    if (f.anyType.plover.length) { alts.push(`${col('plover')} IN (${f.anyType.plover.map(() => '?').join(', ')})`); params.push(...f.anyType.plover); }
    if (f.anyType.acled.length) { alts.push(`${col('acled')} IN (${f.anyType.acled.map(() => '?').join(', ')})`); params.push(...f.anyType.acled); }
    parts.push(alts.length ? `(${alts.join(' OR ')})` : '1 = 0');
  }
  if (f.text !== undefined) {
    const words = searchWords(f.text);
    if (words.length === 0) parts.push('1 = 0');
    else if (dialect === 'sqlite') {
      parts.push('e.id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH ?)');
      params.push(words.map((w) => `"${w}"`).join(' '));
    } else {
      parts.push("e.fts @@ plainto_tsquery('english', ?)");
      params.push(words.join(' '));
    }
  }
  return { sql: parts.length ? 'WHERE ' + parts.join(' AND ') : '', params };
}

export const EVENT_ORDER = 'ORDER BY (e.date IS NULL), e.date, e.id';

export const EVENT_COLUMNS =
  'e.id, e.article_id, e.date, e.date_end, e.cluster_id, e.doc, a.url, a.title, a.outlet, a.published';

export function limitClause(dialect: Dialect, limit: number | undefined, offset: number | undefined): string {
  let s = '';
  if (limit !== undefined) s += ` LIMIT ${Math.max(0, Math.floor(limit))}`;
  else if (offset) s += dialect === 'sqlite' ? ' LIMIT -1' : ' LIMIT ALL';
  if (offset) s += ` OFFSET ${Math.max(0, Math.floor(offset))}`;
  return s;
}
