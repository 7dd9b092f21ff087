import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { finestFirst } from '../../src/resolve/events.js';
import type { Location } from '../../src/model/location.js';

/**
 * Which of an event's places comes first (src/resolve/events.ts, finestFirst): the finest place lying inside the
 * first one named. [text, name of the first event's first location, its admin1]
 */
const CASES: [string, string, string | null][] = [
  // a country named in an organisation's name, then the town of the protest
  ['Teachers organised by the Coordinating Council of Teachers Syndicates in Iran protested in Mashhad city (Razavi Khorasan) on Sunday.', 'Mashhad', 'Razavi Khorasan'],
  // a province, then the town in it
  ['Students staged demonstrations across Assam state, including in Jorhat city (Jorhat district, Assam).', 'Jorhāt', 'Assam'],
  // a country after the purpose of a protest is its topic, not its place
  ['On 29 May 2022, protesters staged a demonstration in Hikari Plaza (Nagoya, Aichi) to oppose the Russian military operation in Ukraine.', 'Nagoya', 'Aichi'],
  // a bare name does not vouch for its own country: a French union's call places a namesake town in France
  ['At the call of the CGT, workers gathered in Brest to denounce the closure of their plant.', 'Brest', 'Bretagne'],
  // an intervention force counts where it acts: the Saudi-led coalition's strikes are in Yemen
  ['Coalition airstrikes hit a military site in Al Bayda City.', 'Al Bayda', 'Al Bayda'],
  // a town first stays first
  ['Protesters gathered in Calgary in Canada on Monday.', 'Calgary', 'Alberta'],
];

for (const [text, name, admin1] of CASES) {
  test(`event place order: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:event-places' }, { published: '2022-01-10' });
    const loc = doc.events[0]?.locations[0];
    assert.equal(loc?.name, name, JSON.stringify(doc.events.map((e) => e.locations.map((l) => l.name))));
    assert.equal(loc?.admin1 ?? null, admin1);
  });
}

const loc = (name: string, precision: Location['precision'], country: string | null, admin1: string | null): Location =>
  ({ text: name, span: [0, 1], name, country, admin1, lat: null, lon: null, precision, entry: null, provenance: { span: [0, 1], rule: 'test', how: 'stated' } });

test('finestFirst: a place outside the first one does not move ahead', () => {
  const out = finestFirst([loc('Iran', 'country', 'IRN', null), loc('Baghdad', 'city', 'IRQ', 'Baghdad')]);
  assert.deepEqual(out.map((l) => l.name), ['Iran', 'Baghdad']);
});

test('finestFirst: a town of another admin1 does not move ahead of a province', () => {
  const out = finestFirst([loc('Idlib', 'admin1', 'SYR', 'Idlib'), loc('Hama', 'city', 'SYR', 'Hama')]);
  assert.deepEqual(out.map((l) => l.name), ['Idlib', 'Hama']);
});

test('finestFirst: a town or unit comes before a sea or region across countries', () => {
  const out = finestFirst([loc('Black Sea', 'region', null, null), loc('Odesa', 'admin1', 'UKR', 'Odesa')]);
  assert.deepEqual(out.map((l) => l.name), ['Odesa', 'Black Sea']);
});

test('finestFirst: the finest of several inside places, the rest in text order', () => {
  const out = finestFirst([loc('Syria', 'country', 'SYR', null), loc('Idlib', 'admin1', 'SYR', 'Idlib'), loc('Saraqib', 'city', 'SYR', 'Idlib'), loc('Iraq', 'country', 'IRQ', null)]);
  assert.deepEqual(out.map((l) => l.name), ['Saraqib', 'Syria', 'Idlib', 'Iraq']);
});
