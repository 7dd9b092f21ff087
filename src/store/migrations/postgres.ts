import type { Migration } from './migration.js';

/**
 * PostgreSQL schema history. Ids use the "C" collation so ordering matches SQLite byte order; dates
 * are ISO text (YYYY-MM-DD); documents are jsonb; the sentence text has a generated tsvector.
 */
export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'articles, events, quotes, lulls, clusters, full-text index, ingest queue',
    sql: `
CREATE TABLE articles (
  id text COLLATE "C" PRIMARY KEY,
  url text, title text, published text, outlet text,
  origin text NOT NULL, format text NOT NULL,
  chars integer NOT NULL, sentences integer NOT NULL, events integer NOT NULL,
  warnings jsonb NOT NULL,
  text text,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE events (
  id text COLLATE "C" PRIMARY KEY,
  article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
  sentence integer NOT NULL,
  date text COLLATE "C", date_end text COLLATE "C", country text,
  plover text NOT NULL, cameo text COLLATE "C" NOT NULL, acled text,
  confidence double precision NOT NULL,
  sentence_text text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('english', sentence_text)) STORED,
  cluster_id text COLLATE "C" NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_plover ON events(plover, date);
CREATE INDEX events_acled ON events(acled, date);
CREATE INDEX events_confidence ON events(confidence);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_fts ON events USING gin(fts);
CREATE TABLE event_countries (
  event_id text COLLATE "C" NOT NULL REFERENCES events(id),
  country text NOT NULL,
  PRIMARY KEY (country, event_id)
);
CREATE TABLE event_actors (
  event_id text COLLATE "C" NOT NULL REFERENCES events(id),
  role text NOT NULL, via text NOT NULL, key text COLLATE "C" NOT NULL,
  PRIMARY KEY (key, event_id, role, via)
);
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE TABLE quotes (
  id text COLLATE "C" PRIMARY KEY,
  article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
  sentence integer NOT NULL,
  speaker text,
  doc jsonb NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE lulls (
  id text COLLATE "C" PRIMARY KEY,
  article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
  sentence integer NOT NULL,
  date text COLLATE "C",
  doc jsonb NOT NULL
);
CREATE INDEX lulls_article ON lulls(article_id);
CREATE INDEX lulls_date ON lulls(date);
CREATE TABLE clusters (
  id text COLLATE "C" PRIMARY KEY,
  size integer NOT NULL,
  articles integer NOT NULL,
  date_start text COLLATE "C", date_end text COLLATE "C"
);
CREATE INDEX clusters_date ON clusters(date_start);
CREATE TABLE ingest_queue (
  article_id text COLLATE "C" PRIMARY KEY,
  doc jsonb NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 2,
    name: 'countries of locations, actors and recipients, for dedup blocking',
    sql: `
CREATE TABLE event_any_countries (
  event_id text COLLATE "C" NOT NULL REFERENCES events(id),
  country text NOT NULL,
  PRIMARY KEY (country, event_id)
);
CREATE INDEX event_any_countries_event ON event_any_countries(event_id);
INSERT INTO event_any_countries (event_id, country)
  SELECT DISTINCT e.id, x->>'country' FROM events e,
    jsonb_array_elements(e.doc->'locations' || e.doc->'actors' || e.doc->'recipients') AS x
  WHERE x->>'country' IS NOT NULL
ON CONFLICT DO NOTHING;
`,
  },
  {
    version: 3,
    name: 'event span in days, for index-friendly date-range queries',
    sql: `
ALTER TABLE events ADD COLUMN span_days integer;
UPDATE events SET span_days = (date_end::date - date::date) WHERE date IS NOT NULL AND date_end IS NOT NULL;
CREATE INDEX events_date_end ON events(date_end);
CREATE INDEX events_span_date ON events(span_days, date);
CREATE INDEX events_long ON events(date) WHERE span_days > 31;
`,
  },
];
