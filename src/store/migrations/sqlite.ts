import type { Migration } from './migration.js';

/** SQLite schema history. Dates are ISO text (YYYY-MM-DD); documents are JSON text. */
export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'articles, events, quotes, lulls, clusters, full-text index',
    sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT, title TEXT, published TEXT, outlet TEXT,
  origin TEXT NOT NULL, format TEXT NOT NULL,
  chars INTEGER NOT NULL, sentences INTEGER NOT NULL, events INTEGER NOT NULL,
  warnings TEXT NOT NULL,
  text TEXT,
  ingested_at TEXT NOT NULL
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  date TEXT, date_end TEXT, country TEXT,
  plover TEXT NOT NULL, cameo TEXT NOT NULL, acled TEXT,
  confidence REAL NOT NULL,
  sentence_text TEXT NOT NULL,
  cluster_id TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_plover ON events(plover, date);
CREATE INDEX events_acled ON events(acled, date);
CREATE INDEX events_confidence ON events(confidence);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE TABLE event_countries (
  event_id TEXT NOT NULL REFERENCES events(id),
  country TEXT NOT NULL,
  PRIMARY KEY (country, event_id)
) WITHOUT ROWID;
CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events(id),
  role TEXT NOT NULL, via TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY (key, event_id, role, via)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, sentence_text, tokenize = 'porter unicode61');
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  speaker TEXT,
  doc TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE lulls (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  date TEXT,
  doc TEXT NOT NULL
);
CREATE INDEX lulls_article ON lulls(article_id);
CREATE INDEX lulls_date ON lulls(date);
CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  date_start TEXT, date_end TEXT
);
CREATE INDEX clusters_date ON clusters(date_start);
`,
  },
  {
    version: 2,
    name: 'countries of locations, actors and recipients, for dedup blocking',
    sql: `
CREATE TABLE event_any_countries (
  event_id TEXT NOT NULL REFERENCES events(id),
  country TEXT NOT NULL,
  PRIMARY KEY (country, event_id)
) WITHOUT ROWID;
CREATE INDEX event_any_countries_event ON event_any_countries(event_id);
INSERT OR IGNORE INTO event_any_countries (event_id, country)
  SELECT e.id, json_extract(j.value, '$.country') FROM events e, json_each(e.doc, '$.locations') j WHERE json_extract(j.value, '$.country') IS NOT NULL
  UNION SELECT e.id, json_extract(j.value, '$.country') FROM events e, json_each(e.doc, '$.actors') j WHERE json_extract(j.value, '$.country') IS NOT NULL
  UNION SELECT e.id, json_extract(j.value, '$.country') FROM events e, json_each(e.doc, '$.recipients') j WHERE json_extract(j.value, '$.country') IS NOT NULL;
`,
  },
  {
    version: 3,
    name: 'event span in days, for index-friendly date-range queries',
    sql: `
ALTER TABLE events ADD COLUMN span_days INTEGER;
UPDATE events SET span_days = CAST(julianday(date_end) - julianday(date) AS INTEGER) WHERE date IS NOT NULL AND date_end IS NOT NULL;
CREATE INDEX events_date_end ON events(date_end);
CREATE INDEX events_span_date ON events(span_days, date);
CREATE INDEX events_long ON events(date) WHERE span_days > 31;
`,
  },
];
