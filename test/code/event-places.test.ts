import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Which place an event gets, from the syntax of its clause (src/code/place-syntax.ts, assignPlaces in
 * src/code/arguments.ts, refined/fallbackLocation in src/resolve/events.ts). `trigger`: the event's trigger word;
 * `first`: text of its first location, or null for none stated; `stated`: that location's provenance; `not`: a place
 * it must not have; `notStated`: a place it may infer but not state.
 */
interface Row { text: string; trigger: string; first?: string | null; stated?: boolean; not?: string; notStated?: string; has?: string }

const rows: Row[] = [
  // a direction or area word between the preposition and the place
  { text: 'Two soldiers were captured by rebels in northern Mali on Monday.', trigger: 'captured', first: 'Mali', stated: true },
  { text: 'Four soldiers were killed when a roadside bomb exploded in the restive Diyala province.', trigger: 'killed', has: 'Diyala', stated: true },
  { text: 'Thousands of protesters marched through downtown Nairobi on Sunday.', trigger: 'marched', has: 'Nairobi' },
  // "of" after a place noun is locative
  { text: 'A civilian was shot on the western edge of Aleppo on Friday.', trigger: 'shot', first: 'Aleppo', stated: true },
  // a capital after a locative noun is the place, not its government ("the streets of Kampala")
  { text: 'At least 100 people marched in the streets of Kampala on Sunday.', trigger: 'marched', first: 'Kampala', stated: true },
  { text: 'A soldier was shot on the southern edge of Kabul.', trigger: 'shot', first: 'Kabul', stated: true },
  // the ground a territorial verb acts on
  { text: 'Government troops shelled Saraqib on Monday.', trigger: 'shelled', first: 'Saraqib', stated: true },
  // reported speech: the speaker's place is not the event's
  { text: 'A spokesman in Washington said gunmen killed three villagers.', trigger: 'killed', not: 'Washington' },
  { text: 'Gunmen killed three villagers, an official speaking from Mombasa said.', trigger: 'killed', not: 'Washington' },
  // the place of an event in the same clause ("killed in the bombardment of …")
  { text: 'Four civilians were killed in an air strike on Saraqib on Tuesday.', trigger: 'killed', has: 'Saraqib', stated: true },
  // not across a new clause ("… and <subject> was killed in …")
  { text: 'Ortega was captured last year and his deputy was killed in Honduras in May.', trigger: 'captured', notStated: 'Honduras' },
  // not in a later coordinated clause with a finite verb of its own (geo10)
  { text: 'The commander was captured in Niger in 2019 and is now in French custody.', trigger: 'captured', first: 'Niger', not: 'France' },
  { text: 'Two men were arrested in Garissa on Monday and are now held in Nairobi.', trigger: 'arrested', first: 'Garissa', notStated: 'Nairobi' },
  // a coordinated subject is no new clause ("in X, a man and a woman were shot")
  { text: 'In Kisumu a man and a woman were shot dead by police.', trigger: 'shot', first: 'Kisumu', stated: true },
  // a sentence-initial name before a person noun is their home, not a stated site (geo10, src/code/place-home.ts)
  { text: 'The Jaffna students demonstrated outside the ministry on Monday.', trigger: 'demonstrated', notStated: 'Jaffna' },
  { text: 'Kandahar residents protested against the raids.', trigger: 'protested', notStated: 'Kandahar' },
  // before an act or a thing the name is the place
  { text: 'Mosul: gunmen killed two policemen at a checkpoint.', trigger: 'killed', first: 'Mosul', stated: true },
  // a place in apposition to a unit noun is governed through it (geo10)
  { text: 'Militants attacked a checkpoint in Yemen\'s port city Hodeidah on Friday.', trigger: 'attacked', first: 'Hodeidah', stated: true, not: 'Yemen' },
  // a container named before "of" a finer place
  { text: 'A roadside bomb killed one civilian in the West Bank city of Hebron.', trigger: 'killed', first: 'Hebron' },
  { text: 'A roadside bomb killed one civilian in Hays district of Hodeidah.', trigger: 'killed', first: 'Hays district' },
  // a finer place of the sentence before a country given only in part
  { text: 'Two soldiers were killed in an attack in southern Yemen (Mudiyah, Abyan governorate).', trigger: 'killed', first: 'Mudiyah', stated: false, has: 'Yemen' },
];

for (const row of rows) {
  test(`event place: ${row.text}`, () => {
    const a = analyze({ text: row.text, published: '2024-03-12' });
    const e = a.events.find((x) => x.triggers.some((t) => t.text.toLowerCase() === row.trigger));
    assert.ok(e, `no event at "${row.trigger}"; got ${a.events.map((x) => x.triggers.map((t) => t.text).join('+')).join(', ') || 'none'}`);
    const got = e.locations.map((l) => `${l.text}/${l.provenance.how}/${l.provenance.rule}`).join(' | ') || 'none';
    if (row.first !== undefined) assert.equal(e.locations[0]?.text ?? null, row.first, got);
    if (row.has) assert.ok(e.locations.some((l) => l.text.includes(row.has!)), got);
    if (row.notStated) assert.ok(!e.locations.some((l) => l.provenance.how === 'stated' && l.text.includes(row.notStated!)), got);
    if (row.not) assert.ok(!e.locations.some((l) => l.text.includes(row.not!)), got);
    if (row.stated !== undefined) {
      const l = row.has && row.first === undefined ? e.locations.find((x) => x.text.includes(row.has!)) : e.locations[0];
      assert.equal(l?.provenance.how === 'stated', row.stated, got);
    }
  });
}
