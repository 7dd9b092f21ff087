import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FORMATS, StringSink, writeRecords, eventRecord, clusterExportRecord, COLUMNS, ACLED_COLUMNS, GDELT_COLUMNS,
  type ExportRecord,
} from '../../src/export/index.js';
import { clusterEvents } from '../../src/dedup/index.js';
import { item, killed, actor, place, ISRAEL, HAMAS, GAZA_CITY, JABALIA } from '../dedup/fixtures.js';
import { parseCsv } from './csv-parse.js';

const NOW = new Date('2023-10-25T12:34:56Z');
const CIVILIANS = actor('Civilians', { country: 'PSE', sector: 'CVL', kind: 'generic', entry: null });

function records(): ExportRecord[] {
  const a = item({ id: 'e1', actors: [ISRAEL], recipients: [HAMAS], locations: [GAZA_CITY], quantities: [killed(3)], outlet: 'Reuters',
    url: 'https://reuters.example/a', text: 'Israeli jets struck Gaza City, "killing 3", officials said,\nand\tmore.' });
  const b = item({ id: 'e2', actors: [ISRAEL], recipients: [HAMAS], locations: [JABALIA], quantities: [killed(5)], outlet: 'Al Jazeera' });
  const noGeo = item({ id: 'e3', type: 'CONSULT', acled: null, actors: [actor('United States', { country: 'USA', sector: 'GOV', kind: 'state' })],
    recipients: [actor('Qatar', { country: 'QAT', sector: 'GOV', kind: 'state' })], date: '2023-10-20' });
  const vac = item({ id: 'e4', acled: 'Violence against civilians', actors: [ISRAEL], recipients: [CIVILIANS],
    locations: [place('Khan Yunis', { country: 'PSE', admin1: 'Gaza', lat: 31.3462, lon: 34.3063, entry: 'geonames:281102' })], date: '2023-10-10' });
  const cl = clusterEvents([a, b])[0]!;
  return [clusterExportRecord(cl), eventRecord(noGeo), eventRecord(vac)];
}

async function run(name: string, rs = records(), header = false): Promise<string> {
  const sink = new StringSink();
  await writeRecords(FORMATS[name]!, rs, sink, { now: NOW, header });
  return sink.toString();
}

test('csv: header + one row per record, round-trips through a parser with quotes, commas and newlines', async () => {
  const rows = parseCsv(await run('csv'));
  assert.deepEqual(rows[0], COLUMNS.map((c) => c.name));
  assert.equal(rows.length, 4);
  const col = (r: string[], name: string) => r[COLUMNS.findIndex((c) => c.name === name)];
  const cluster = rows[1]!;
  assert.equal(col(cluster, 'kind'), 'cluster');
  assert.equal(col(cluster, 'killed_min'), '3');
  assert.equal(col(cluster, 'killed_max'), '5');
  assert.equal(col(cluster, 'killed_reports'), '3 (Reuters); 5 (Al Jazeera)');
  assert.equal(col(cluster, 'sources'), '2');
  assert.equal(col(cluster, 'sentence'), 'Israeli jets struck Gaza City, "killing 3", officials said,\nand\tmore.');
  assert.equal(col(rows[2]!, 'id'), 'e3');
  assert.equal(col(rows[2]!, 'latitude'), '');
  assert.ok(rows.every((r) => r.length === COLUMNS.length));
});

test('jsonl: full records, one per line', async () => {
  const lines = (await run('jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0].kind, 'cluster');
  assert.deepEqual(lines[0].eventIds, ['e1', 'e2']);
  assert.equal(lines[1].kind, 'event');
  assert.equal(lines[1].event.id, 'e3');
  assert.equal(lines[1].article.outlet, 'Outlet e3');
});

test('geojson: a valid FeatureCollection of points, records without coordinates left out', async () => {
  const gj = JSON.parse(await run('geojson'));
  assert.equal(gj.type, 'FeatureCollection');
  assert.equal(gj.features.length, 2);
  for (const f of gj.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'Point');
    const [lon, lat] = f.geometry.coordinates;
    assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
    for (const v of Object.values(f.properties)) assert.ok(v === null || ['string', 'number', 'boolean'].includes(typeof v));
  }
  assert.deepEqual(gj.features[0].geometry.coordinates, [34.4668, 31.5017]);
  assert.equal(gj.features[0].properties.killed_reports, '3 (Reuters); 5 (Al Jazeera)');
  // Empty input is still a valid collection.
  assert.deepEqual(JSON.parse(await run('geojson', [])), { type: 'FeatureCollection', features: [] });
});

test('plover: PLOVER JSON fields', async () => {
  const recs = (await run('plover')).trimEnd().split('\n').map((l) => JSON.parse(l));
  const c = recs[0];
  assert.equal(c.date, '2023-10-23');
  assert.deepEqual(c.event, ['ASSAULT']);
  assert.equal(c.event_type, 'ASSAULT');
  assert.deepEqual(c.mode, ['aerial']);
  assert.deepEqual(c.source, [{ code: 'ISR', sector: 'MIL', actor_text: 'Israel Defense Forces', identifier_text: 'Israel Defense Forces' }]);
  assert.equal(c.recipient[0].code, 'PSE');
  assert.equal(c.event_loc.name, 'Gaza City');
  assert.equal(c.event_loc['country code'], 'PS');
  assert.equal(c.event_loc.cc3, 'PSE');
  assert.equal(c.dead, 3);
  assert.equal(c.quad_code, 4);
  assert.equal(c.num_sources, 2);
  assert.deepEqual(c.figures.killed.map((f: { value: number }) => f.value), [3, 5]);
  assert.equal(c.coded_date, '2023-10-25');
  assert.equal(recs[2].event_loc.geonameid, 281102);
});

test('plover: an intergovernmental body is coded IGO, its region kept apart', async () => {
  const eu = actor('European Union', { country: 'EUR', sector: 'IGO', kind: 'igo' });
  const rec = item({ id: 'e9', type: 'CONSULT', acled: null, actors: [eu], recipients: [actor('Qatar', { country: 'QAT', sector: 'GOV', kind: 'state' })], date: '2023-10-20' });
  const c = JSON.parse((await run('plover', [eventRecord(rec)])).trimEnd());
  assert.equal(c.source[0].code, 'IGO');
  assert.equal(c.source[0].igo_region, 'EUR');
  assert.equal(c.recipient[0].code, 'QAT');
  assert.equal(c.recipient[0].igo_region, undefined);
});

test('acled: ACLED columns; verbal events left out; lowest fatality figure', async () => {
  const rows = parseCsv(await run('acled'));
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  assert.equal(rows.length, 3);
  const get = (r: string[], k: string) => r[ACLED_COLUMNS.indexOf(k as (typeof ACLED_COLUMNS)[number])];
  const c = rows[1]!;
  assert.equal(get(c, 'event_date'), '2023-10-23');
  assert.equal(get(c, 'year'), '2023');
  assert.equal(get(c, 'event_type'), 'Explosions/Remote violence');
  assert.equal(get(c, 'disorder_type'), 'Political violence');
  assert.equal(get(c, 'actor1'), 'Israel Defense Forces');
  assert.equal(get(c, 'inter1'), 'External/Other forces');
  assert.equal(get(c, 'inter2'), 'Rebel group');
  assert.equal(get(c, 'interaction'), '28');
  assert.equal(get(c, 'iso'), '275');
  assert.equal(get(c, 'region'), 'Middle East');
  assert.equal(get(c, 'country'), 'Palestine');
  assert.equal(get(c, 'fatalities'), '3');
  assert.equal(get(c, 'source'), 'Reuters; Al Jazeera');
  assert.equal(get(c, 'timestamp'), String(NOW.getTime() / 1000));
  const v = rows[2]!;
  assert.equal(get(v, 'civilian_targeting'), 'Civilian targeting');
  assert.equal(get(v, 'inter2'), 'Civilians');
  assert.equal(get(v, 'geo_precision'), '1');
});

test('gdelt: 61 tab-separated columns, FIPS country codes, no header by default', async () => {
  const text = await run('gdelt');
  assert.ok(text.endsWith('\n'));
  const lines = text.slice(0, -1).split('\n');
  assert.equal(lines.length, 3);
  const rows = lines.map((l) => l.split('\t'));
  assert.ok(rows.every((r) => r.length === GDELT_COLUMNS.length && r.length === 61));
  const get = (r: string[], k: string) => r[GDELT_COLUMNS.indexOf(k as (typeof GDELT_COLUMNS)[number])];
  const c = rows[0]!;
  assert.match(get(c, 'GLOBALEVENTID')!, /^\d+$/);
  assert.equal(get(c, 'SQLDATE'), '20231023');
  assert.equal(get(c, 'MonthYear'), '202310');
  assert.equal(get(c, 'FractionDate'), '2023.8082');
  assert.equal(get(c, 'Actor1Code'), 'ISRMIL');
  assert.equal(get(c, 'Actor1Name'), 'ISRAEL DEFENSE FORCES');
  assert.equal(get(c, 'EventCode'), '195');
  assert.equal(get(c, 'EventRootCode'), '19');
  assert.equal(get(c, 'NumMentions'), '2');
  assert.equal(get(c, 'NumSources'), '2');
  assert.equal(get(c, 'ActionGeo_Type'), '4');
  assert.equal(get(c, 'ActionGeo_CountryCode'), 'GZ');
  assert.equal(get(c, 'ActionGeo_FullName'), 'Gaza City, Gaza, Palestine');
  assert.equal(get(c, 'DATEADDED'), '20231025123456');
  assert.equal(get(c, 'SOURCEURL'), 'https://reuters.example/a');
  assert.equal(get(rows[1]!, 'ActionGeo_Type'), '0');
  const withHeader = await run('gdelt', records(), true);
  assert.deepEqual(withHeader.split('\n')[0]!.split('\t'), [...GDELT_COLUMNS]);
});

test('undated records take their first publication day, marked as inferred', async () => {
  const undated = eventRecord(item({ id: 'u1', date: null, published: '2023-10-24T08:00:00Z', locations: [GAZA_CITY] }));
  const sink = new StringSink();
  await writeRecords(FORMATS.plover!, [undated], sink, { now: NOW });
  const p = JSON.parse(sink.toString());
  assert.equal(p.date, '2023-10-24');
  assert.equal(p.date_inferred, true);
  const rows = parseCsv(await run('acled', [undated]));
  assert.equal(rows[1]![ACLED_COLUMNS.indexOf('event_date')], '2023-10-24');
  assert.equal(rows[1]![ACLED_COLUMNS.indexOf('time_precision')], '2');
  const g = (await run('gdelt', [undated])).split('\t');
  assert.equal(g[GDELT_COLUMNS.indexOf('SQLDATE')], '20231024');
});

test('acled, gdelt, plover: an attacked thing or place is not actor 2 / the recipient', async () => {
  const checkpoint = actor('a checkpoint', { country: null, sector: null, kind: 'generic', entry: 'target:thing' });
  const withCivilians = item({ id: 'e5', acled: 'Violence against civilians', actors: [ISRAEL], recipients: [checkpoint, CIVILIANS], date: '2023-10-11' });
  const thingOnly = item({ id: 'e6', actors: [ISRAEL], recipients: [checkpoint], date: '2023-10-12' });
  const rs = [eventRecord(withCivilians), eventRecord(thingOnly)];
  const rows = parseCsv(await run('acled', rs));
  const get = (r: string[], k: string) => r[ACLED_COLUMNS.indexOf(k as (typeof ACLED_COLUMNS)[number])];
  const cases: [string, string[], string, string, string][] = [
    // [case, row, actor2, assoc_actor_2, interaction]
    ['thing target and civilians: the civilians are actor 2', rows[1]!, 'Civilians', '', '17'],
    ['thing target only: no actor 2', rows[2]!, '', '', '10'],
  ];
  for (const [name, row, a2, assoc, interaction] of cases) {
    assert.equal(get(row, 'actor2'), a2, name);
    assert.equal(get(row, 'assoc_actor_2'), assoc, name);
    assert.equal(get(row, 'interaction'), interaction, name);
  }
  const gdelt = (await run('gdelt', rs)).trimEnd().split('\n').map((l) => l.split('\t'));
  const a2Name = GDELT_COLUMNS.indexOf('Actor2Name' as (typeof GDELT_COLUMNS)[number]);
  assert.equal(gdelt[0]![a2Name], 'CIVILIANS');
  assert.equal(gdelt[1]![a2Name], '');
  const plover = (await run('plover', rs)).trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(plover[0].recipient.map((a: { identifier_text: string }) => a.identifier_text), ['Civilians']);
  assert.deepEqual(plover[1].recipient, []);
  assert.deepEqual(plover[1].targets, [{ target_text: 'a checkpoint', name: 'a checkpoint' }]);
});
