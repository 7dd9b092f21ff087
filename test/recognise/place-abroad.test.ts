import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { fightsAtHome } from '../../src/recognise/place-context.js';

/**
 * A small namesake abroad against the document's own country (src/recognise/place-abroad.ts): a village the
 * gazetteer lacks must not become a foreign hamlet of the same name when a home-fighting armed group or a firm
 * place of another, non-neighbouring country is named. [text, place names kept (their countries), the first
 * event's country]
 */
const CASES: [string, string[], string | null][] = [
  // a Syrian group; the only Shafa known is a Saudi town: not that town, but a village the gazetteer lacks in the
  // group's country (place-unlisted.ts: the one country the document's actors act in)
  ['QSD fighters seized the village of Shafa after a night of fighting.', ['SYR'], 'SYR'],
  // a Yemeni group; Sabran is known only in France
  ['Houthi fighters shelled positions in the Sabran area overnight.', ['YEM'], 'YEM'],
  // an intervention force counts in its theatre: the Saudi-led coalition in Yemen (Al Mazra'ah is known in Syria)
  ['Saudi-led coalition airstrikes targeted a farm in the Al-Mazraah area.', ['YEM'], 'YEM'],
  // a province named firmly: towns of the same sentence known only abroad (Atil in Mexico) are not meant; the namesake
  // is kept as a local place of the province (place-unlisted.ts, namesakesAtHome); Sleim, joined to it before "towns",
  // is a town too (namesBeforePlural, session 11)
  ['Clashes erupted between two local militias in Atil and Sleim towns in As Sweida countryside.', ['SYR', 'SYR', 'SYR'], 'SYR'],
  // kept: the namesake lies in a neighbouring country and the sentence speaks of the border (Houthi attacks across it)
  ['Houthi fighters shelled a border post near Al Khubah.', ['SAU'], 'SAU'],
  // a village next door with no border in sight is a local place the gazetteer lacks (Hadar is known only in Iraq)
  ['QSD fighters clashed with Islamic State militants in the town of Hadar.', ['SYR'], 'SYR'],
  // a town next door stays: home-fighting groups do fight in a neighbour's towns
  ['Dozens of Hezbollah members have been killed fighting around Qusayr this month.', ['SYR'], 'SYR'],
  // kept: a large town abroad
  ['Hayat Tahrir al-Sham leaders held talks in Geneva on Monday.', ['CHE'], 'CHE'],
  // kept: the reading's country has evidence of its own
  ['Saudi police arrested two QSD supporters in Shafa.', ['SAU'], 'SAU'],
];

for (const [text, kept, country] of CASES) {
  test(`namesake abroad: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-abroad' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => p.data.country), kept, JSON.stringify(doc.places.map((p) => [p.text, p.data.name, p.data.country])));
    assert.equal(doc.events[0]?.locations[0]?.country ?? null, country);
  });
}

test('neighbours: land borders from world-countries, symmetric, not the country itself', () => {
  const g = gazetteer();
  for (const [a, b, want] of [['SYR', 'IRQ', true], ['IRQ', 'SYR', true], ['YEM', 'SAU', true], ['SYR', 'SAU', false], ['YEM', 'DZA', false], ['SYR', 'SYR', false]] as const) {
    assert.equal(g.neighbours(a, b), want, `${a} ${b}`);
  }
});

test('fightsAtHome: named rebel groups, militias, gangs, parties and unions; not states, not generic actors', () => {
  const CASES: [{ kind: string; generic: boolean; sector: string | null }, boolean][] = [
    [{ kind: 'group', generic: false, sector: 'REB' }, true],
    [{ kind: 'group', generic: false, sector: 'MILITIA' }, true],
    [{ kind: 'group', generic: false, sector: 'CRM' }, true],
    [{ kind: 'organisation', generic: false, sector: 'PTY' }, true],
    [{ kind: 'organisation', generic: false, sector: 'LAB' }, true],
    [{ kind: 'group', generic: false, sector: 'MIL' }, false],
    [{ kind: 'group', generic: false, sector: 'CVL' }, false],
    [{ kind: 'organisation', generic: false, sector: 'MIL' }, false],
    [{ kind: 'generic', generic: true, sector: 'REB' }, false],
  ];
  for (const [a, want] of CASES) assert.equal(fightsAtHome(a), want, JSON.stringify(a));
});

test('homeAgainstNamesake: which readings yield, on a hand-made context', async () => {
  const { homeAgainstNamesake } = await import('../../src/recognise/place-abroad.js');
  const { emptyContext } = await import('../../src/resolve/geo-disambiguate.js');
  type Sp = Parameters<typeof homeAgainstNamesake>[0];
  type C = Parameters<typeof homeAgainstNamesake>[1];
  const g = gazetteer();
  const reading = (country: string, kind: string, population: number, fuzzy = false) => ({ country, kind, population, fuzzy }) as unknown as C;
  const span = (key: string, cands: C[]) => ({ key, candidates: cands }) as unknown as Sp;
  const ctx = (home: Record<string, number>, weak: Record<string, number> = {}) => {
    const c = emptyContext();
    c.home = new Map(Object.entries(home));
    for (const [k, v] of Object.entries(weak)) c.weak.set(k, v);
    return c;
  };
  const CASES: [string, C, Record<string, number>, Record<string, number>, string | null, boolean?][] = [
    ['a small town abroad, a Syrian group', reading('SAU', 'city', 5_000), { SYR: 1 }, {}, 'SYR'],
    ['a large town abroad stays', reading('SAU', 'city', 500_000), { SYR: 1 }, {}, null],
    ['a transliteration guess of a province abroad yields at any size', reading('MAR', 'admin1', 0, true), { YEM: 1 }, {}, 'YEM'],
    ['an exact province abroad stays', reading('MAR', 'admin1', 0), { YEM: 1 }, {}, null],
    ['a village next door yields', reading('SAU', 'city', 5_000), { YEM: 1 }, {}, 'YEM'],
    ['a village next door stays in a sentence about the border', reading('SAU', 'city', 5_000), { YEM: 1 }, {}, null, true],
    ['a town next door stays', reading('SAU', 'city', 40_000), { YEM: 1 }, {}, null],
    ['evidence for the reading\'s country keeps it', reading('SAU', 'city', 5_000), { SYR: 1 }, { SAU: 1 }, null],
    ['no home group, no anchor: nothing to say', reading('SAU', 'city', 5_000), {}, {}, null],
  ];
  for (const [what, best, home, weak, want, border] of CASES) {
    assert.equal(homeAgainstNamesake(span('x', [best]), best, ctx(home, weak), g, border ?? false), want, what);
  }
  // the name has a reading in the group's country: a ranking matter, not a rejection
  const abroad = reading('SAU', 'city', 5_000);
  assert.equal(homeAgainstNamesake(span('x', [abroad, reading('SYR', 'city', 0)]), abroad, ctx({ SYR: 1 }), g), null);
});

/**
 * Home evidence also ranks readings (WEIGHTS.homeCountry in src/resolve/geo-disambiguate.ts): a home-fighting group's
 * country outweighs a namesake abroad that fragments of a longer name vote for. [text, the place's "name/country"]
 */
const RANKED: [string, string][] = [
  ['According to Ukrainian officials, DPR shelling damaged the mine of Shakhta imeni Lenina, Donetsk.', 'Donetsk/UKR'],
];
for (const [text, want] of RANKED) {
  test(`home evidence ranks: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:place-abroad' }, { published: '2022-01-10' });
    assert.deepEqual(doc.places.map((p) => `${p.data.name}/${p.data.country}`), [want]);
  });
}
