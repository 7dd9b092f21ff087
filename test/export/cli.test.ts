/** sitrep events / sitrep export through the CLI, against the real SQLite store and PostgreSQL (when reachable). */
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { ArticleRecord } from '../../src/store/store.js';
import { createTestDatabase, pgUnavailable, type TestDatabase } from '../store/pg.js';
import type { Event } from '../../src/model/event.js';
import { createClusterer } from '../../src/dedup/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { event, actor, killed, ISRAEL, HAMAS, GAZA_CITY, HODEIDAH, type EventSpec } from '../dedup/fixtures.js';
import { parseCsv } from './csv-parse.js';

const MAIN = join(packageRoot, 'dist', 'src', 'cli', 'main.js');

const KATAIB = actor('Kataib Hezbollah', { country: 'IRQ', sector: 'MILITIA', backedBy: ['Iran'] });
const US = actor('United States Armed Forces', { country: 'USA', sector: 'MIL', kind: 'organisation' });

function record(id: string, outlet: string, published: string, events: Array<Omit<EventSpec, 'id'> & { text: string }>): ArticleRecord {
  const text = events.map((e) => e.text).join(' ');
  const evs: Event[] = events.map((e, i) => ({ ...event({ ...e, id: `x${i}`, sentence: i, article: id }), articleId: id }));
  const article = { id, text, title: null, url: `https://${outlet.toLowerCase().replace(/ /g, '')}.example/${id}`, published, outlet, origin: 'test', format: 'text' as const };
  const { text: _t, ...meta } = article;
  return { article, analysis: { article: { ...meta, chars: text.length, sentences: events.length }, events: evs, quotes: [], lulls: [], warnings: [] } };
}

function suite(kind: 'sqlite' | 'postgres', skip: string | false): void {
  describe(`events and export on ${kind}`, { skip }, () => {
    let dir = '';
    let db = '';
    let pgdb: TestDatabase | null = null;

    function sitrep(...args: string[]): string {
      return execFileSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, SITREP_DB: db } });
    }

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
      if (kind === 'postgres') {
        pgdb = await createTestDatabase();
        db = pgdb.url;
      } else db = join(dir, 'test.db');
      const store = await openStore(db);
      const strike = { actors: [ISRAEL], recipients: [HAMAS], locations: [GAZA_CITY], date: '2023-10-23' };
      await store.putArticles([
        record('a1', 'Reuters', '2023-10-23', [{ ...strike, quantities: [killed(3)], text: 'Israeli jets struck Gaza City on Monday, killing 3, medics said.' }]),
        record('a2', 'Al Jazeera', '2023-10-24', [
          { ...strike, quantities: [killed(5)], confidence: 0.7, text: 'An Israeli air strike on Gaza City killed five people, "including children", on Monday.' },
          { actors: [actor('Houthi Movement', { country: 'YEM', sector: 'REB', backedBy: ['Iran'] })], locations: [HODEIDAH], date: '2023-10-22',
            type: 'ASSAULT', acled: 'Battles', text: 'Houthi fighters clashed with government forces near Hodeidah.' },
        ]),
        record('a3', 'AP', '2023-10-19', [{ actors: [KATAIB], recipients: [US], type: 'ASSAULT', acled: 'Explosions/Remote violence', date: '2023-10-18',
          locations: [], text: 'Kataib Hezbollah launched drones at a base hosting U.S. troops.' }]),
      ], { clusterer: createClusterer() });
      await store.close();
    });

    after(async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      await pgdb?.drop();
    });

    test('events: clusters by default, two outlets merged, figures side by side', () => {
      const rows = JSON.parse(sitrep('events', '--format', 'json')) as Array<{ kind: string; eventIds: string[]; outlets: number; figures: { killed?: Array<{ value: number }> } }>;
      assert.equal(rows.length, 3);
      const gaza = rows.find((r) => r.eventIds.length === 2)!;
      assert.equal(gaza.kind, 'cluster');
      assert.equal(gaza.outlets, 2);
      assert.deepEqual(gaza.figures.killed!.map((f) => f.value), [3, 5]);
    });

    test('events: raw events with --events; filters', () => {
      const all = sitrep('events', '--events', '--format', 'jsonl').trim().split('\n');
      assert.equal(all.length, 4);
      const cases: Array<[string[], number]> = [
        [['--country', 'Yemen'], 1],
        [['--country', 'PSE'], 2],
        [['--from', '2023-10-23'], 2],
        [['--to', '2023-10-20'], 1],
        [['--type', 'battles'], 1],
        [['--type', 'ASSAULT'], 4],
        [['--actor', 'Iran'], 2],
        [['--actor', 'Iran', '--no-proxies'], 0],
        [['--actor', 'Hamas', '--role', 'recipient'], 2],
        [['--q', 'drones'], 1],
        [['--min-confidence', '0.65'], 1],
        [['--limit', '2'], 2],
      ];
      for (const [args, n] of cases) {
        const out = sitrep('events', '--events', '--format', 'jsonl', ...args).trim();
        assert.equal(out ? out.split('\n').length : 0, n, args.join(' '));
      }
    });

    test('events: cluster confidence grows with outlets and is what --min-confidence tests', () => {
      const out = sitrep('events', '--format', 'jsonl', '--min-confidence', '0.8').trim().split('\n');
      assert.equal(out.length, 1);
      assert.equal(JSON.parse(out[0]!).confidence, 0.88);
    });

    test('events: table output and bad arguments', () => {
      const table = sitrep('events', '--mentions');
      assert.match(table, /^date\s+type/);
      assert.match(table, /ASSAULT\/Explosions\s+Israel Defense Forces → Hamas/);
      assert.match(table, /killed, side by side: 3 \(Reuters\); 5 \(Al Jazeera\)/);
      const bad = spawnSync(process.execPath, [MAIN, 'events', '--type', 'nonsense'], { encoding: 'utf8', env: { ...process.env, SITREP_DB: db } });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /neither a PLOVER type/);
    });

    test('export: every format writes a file other tools can read', () => {
      const cases: Array<[string, (text: string) => void]> = [
        ['csv', (t) => { const rows = parseCsv(t); assert.equal(rows.length, 4); assert.ok(rows.every((r) => r.length === rows[0]!.length)); }],
        ['jsonl', (t) => assert.equal(t.trim().split('\n').map((l) => JSON.parse(l)).length, 3)],
        ['geojson', (t) => { const g = JSON.parse(t); assert.equal(g.type, 'FeatureCollection'); assert.equal(g.features.length, 2); }],
        ['plover', (t) => assert.deepEqual(t.trim().split('\n').map((l) => JSON.parse(l).event_type), ['ASSAULT', 'ASSAULT', 'ASSAULT'])],
        ['acled', (t) => { const rows = parseCsv(t); assert.equal(rows[0]![0], 'event_id_cnty'); assert.equal(rows.length, 4); }],
        ['gdelt', (t) => { const rows = t.slice(0, -1).split('\n').map((l) => l.split('\t')); assert.equal(rows.length, 3); assert.ok(rows.every((r) => r.length === 61)); }],
      ];
      for (const [format, check] of cases) {
        const file = join(dir, `out.${format}`);
        sitrep('export', '--format', format, '--out', file);
        check(readFileSync(file, 'utf8'));
      }
      // Standard output, raw events.
      assert.equal(sitrep('export', '--format', 'csv', '--events').trim().split('\n').length, 5);
    });

    test('events/export: a missing database file is an error, not a new empty database', { skip: kind !== 'sqlite' }, () => {
      const missing = join(dir, 'nope.db');
      for (const cmd of [['events'], ['export', '--format', 'csv']]) {
        const r = spawnSync(process.execPath, [MAIN, ...cmd, '--db', missing], { encoding: 'utf8' });
        assert.equal(r.status, 1);
        assert.match(r.stderr, /no database at/);
      }
      assert.throws(() => readFileSync(missing));
    });
  });
}

suite('sqlite', false);
suite('postgres', await pgUnavailable() ?? false);
