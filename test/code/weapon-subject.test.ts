import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * A projectile or explosive as the subject of a verb of impact ("a rocket fell", "mortar shells landed") is an assault
 * with that weapon (trigger entry assault.impact, `needs: "weapon-subject"`); the same verbs with other subjects are
 * no event. Our own sentences; reference date 2024-03-12.
 */
interface Row {
  text: string;
  cameo?: string;
  acled?: string;
  eventType?: string;
  place?: string;
  injured?: number;
  killed?: number;
}

const events: Row[] = [
  { text: 'A rocket fell on a house in Sderot, wounding two people.', cameo: '194', acled: 'Shelling/artillery/missile attack', place: 'ISR', injured: 2 },
  { text: 'A rocket landed on a house in Sderot.', cameo: '194', acled: 'Shelling/artillery/missile attack', place: 'ISR' },
  { text: 'Two mortar shells landed near the school in Idlib.', cameo: '194', eventType: 'Explosions/Remote violence', acled: 'Shelling/artillery/missile attack', place: 'SYR' },
  { text: 'Mortar rounds have reportedly landed near the market in Mogadishu.', cameo: '194', acled: 'Shelling/artillery/missile attack', place: 'SOM' },
  { text: 'A drone slammed into an apartment building in Kharkiv, killing three people.', cameo: '195', acled: 'Air/drone strike', place: 'UKR', killed: 3 },
  { text: 'A Qassam rocket fired from Gaza fell in an open area near Ashkelon.', cameo: '194', acled: 'Shelling/artillery/missile attack' },
  { text: 'Two missiles crashed into a residential area of Odesa overnight.', cameo: '194', acled: 'Shelling/artillery/missile attack', place: 'UKR' },
  { text: 'A barrel bomb fell on a market in Aleppo, killing five civilians.', cameo: '195', acled: 'Air/drone strike', place: 'SYR', killed: 5 },
  // an explosion verb with a fired projectile as its subject is shelling or an air strike, not a bombing (183)
  { text: 'A rocket exploded near the school in Idlib.', cameo: '194', acled: 'Shelling/artillery/missile attack', place: 'SYR' },
  { text: 'A drone exploded in a residential area of Kyiv.', cameo: '195', acled: 'Air/drone strike', place: 'UKR' },
  { text: 'A car bomb exploded outside the ministry in Kabul.', cameo: '183', acled: 'Remote explosive/landmine/IED', place: 'AFG' },
  // the verbs that worked before stay as they were
  { text: 'Rockets hit a house in Sderot, wounding two people.', cameo: '194', acled: 'Shelling/artillery/missile attack', place: 'ISR', injured: 2 },
  { text: 'A missile struck a school in Kharkiv.', cameo: '194', acled: 'Shelling/artillery/missile attack', place: 'UKR' },
];

for (const row of events) {
  test(`weapon subject: ${row.text}`, () => {
    const a = analyze({ text: row.text, published: '2024-03-12' });
    const e = a.events.find((x) => x.family === 'assault');
    assert.ok(e, `no assault event; got ${a.events.map((x) => x.family).join(', ') || 'none'}`);
    assert.equal(e.codes.plover.type, 'ASSAULT');
    if (row.cameo) assert.equal(e.codes.cameo.code, row.cameo);
    if (row.eventType) assert.equal(e.codes.acled?.eventType, row.eventType);
    if (row.acled) assert.equal(e.codes.acled?.subEventType, row.acled);
    if (row.place) assert.ok(e.locations.some((l) => l.country === row.place), `place in ${row.place}; got ${e.locations.map((l) => `${l.name}/${l.country}`).join(', ') || 'none'}`);
    if (row.injured !== undefined) assert.equal(e.quantities.filter((q) => q.kind === 'injured').reduce((s, q) => s + (q.value ?? 0), 0), row.injured);
    if (row.killed !== undefined) assert.equal(e.quantities.filter((q) => q.kind === 'killed').reduce((s, q) => s + (q.value ?? 0), 0), row.killed);
  });
}

/** The same verbs with a subject that is no projectile: no assault event (and no event at all where none is told). */
const negatives: { text: string; none?: boolean }[] = [
  { text: 'Oil prices fell sharply on Monday.', none: true },
  { text: 'The plane landed in Kabul on Sunday.', none: true },
  { text: 'The president landed in Baghdad for talks.' },
  { text: 'Troops landed on the island at dawn.' },
  { text: 'A helicopter gunship crashed into a hillside in Helmand.' },
  { text: 'Two warplanes landed at the air base near Latakia.' },
  { text: 'The town fell to the rebels after a week of fighting.' },
  { text: 'Temperatures fell below zero in Kyiv.', none: true },
  { text: 'A truck crashed into a wall in Mosul.', none: true },
];

for (const row of negatives) {
  test(`not a weapon subject: ${row.text}`, () => {
    const a = analyze({ text: row.text, published: '2024-03-12' });
    const impact = a.events.filter((x) => x.family === 'assault');
    assert.equal(impact.length, 0, `unexpected assault: ${a.events.map((x) => `${x.family}:${x.triggers.map((t) => t.text).join('+')}`).join(', ')}`);
    if (row.none) assert.equal(a.events.length, 0, `unexpected events: ${a.events.map((x) => x.family).join(', ')}`);
  });
}
