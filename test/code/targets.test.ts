import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { isThingTarget } from '../../src/model/actor.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Targets that are things or places (src/code/targets.ts): the event at `trigger` must have a thing or place
 * recipient whose text contains `target` (null: none at all).
 */
interface Case { text: string; trigger: string; target: string | null }

const cases: Case[] = [
  // the direct object of an attack verb
  { text: 'Gunmen attacked a police checkpoint near Mosul on Sunday.', trigger: 'attacked', target: 'checkpoint' },
  { text: 'Fighter jets bombarded Idlib for a third day.', trigger: 'bombarded', target: 'Idlib' },
  { text: 'The insurgents stormed the consulate in Herat.', trigger: 'stormed', target: 'consulate' },
  { text: 'Rebels attacked the town of Bunia before dawn.', trigger: 'attacked', target: 'town of Bunia' },
  { text: 'Militiamen shot up roadblocks outside the capital.', trigger: 'shot', target: 'roadblocks' },
  // after a target preposition, for verbs and nouns
  { text: 'Soldiers opened fire on a minibus carrying workers.', trigger: 'opened fire', target: null },
  { text: 'Drone strikes on two schools in Kherson were reported.', trigger: 'strikes', target: 'two schools' },
  { text: 'The bombing of the embassy shocked the capital.', trigger: 'bombing', target: 'embassy' },
  { text: 'Airstrikes on Mariupol continued overnight.', trigger: 'Airstrikes', target: 'Mariupol' },
  // the subject of a passive
  { text: 'The hotel was attacked by gunmen on Friday.', trigger: 'attacked', target: 'hotel' },
  { text: 'Kharkiv was shelled again overnight.', trigger: 'shelled', target: 'Kharkiv' },
  // people are no thing targets; a place after "in" is where, not what
  { text: 'Gunmen killed three guards at the bank in Lagos.', trigger: 'killed', target: null },
  { text: 'Militants attacked in Kunduz on Monday.', trigger: 'attacked', target: null },
  { text: 'A bus station in Kabul was attacked on Monday.', trigger: 'attacked', target: null },
  // an actor object stays the recipient
  { text: 'Militias attacked U.S. troops in Syria.', trigger: 'attacked', target: null },
  // session 11: counts and hyphenated compounds inside the phrase, the power network, coordinated things
  { text: 'Insurgents destroyed 14 electricity pylons near the border.', trigger: 'destroyed', target: '14 electricity pylons' },
  { text: 'A parcel bomb exploded inside a drive-through restaurant on Main Road.', trigger: 'exploded', target: 'drive-through restaurant' },
  { text: 'Saboteurs blew up two transformers and a power substation near Tarija.', trigger: 'blew', target: 'power substation' },
  { text: 'Saboteurs blew up two transformers and a power substation near Tarija.', trigger: 'blew', target: 'two transformers' },
  { text: 'The bank branch, the tax office and the community centre were dynamited by the commandos.', trigger: 'dynamited', target: 'tax office' },
  { text: 'The bank branch, the tax office and the community centre were dynamited by the commandos.', trigger: 'dynamited', target: 'bank branch' },
  { text: 'Around 40 businesses were destroyed during the riot.', trigger: 'destroyed', target: 'businesses' },
  // a second verb after "and" is no coordinated thing
  { text: 'Rebels dynamited the court building and burned the trucks.', trigger: 'dynamited', target: 'court building' },
  // a verb after a gerund trigger is no part of its target ("shocked the town")
  { text: 'The school shooting shocked the whole town.', trigger: 'shooting', target: null },
  // a thing the nominal governs stays next to the people the act killed
  { text: 'The French strike on the depot killed four guards.', trigger: 'strike', target: 'depot' },
];

test('targets: a verb after "and" does not join the coordinated things', () => {
  const text = 'Rebels dynamited the court building and burned the trucks.';
  const a = analyze({ text, published: '2024-03-12' });
  const ev = eventAtOffset(a.events, text.indexOf('dynamited'));
  assert.ok(ev);
  assert.ok(!ev.recipients.some((x) => x.text.includes('burned')), ev.recipients.map((x) => x.text).join(', '));
});

test('targets: the people hit stay the first recipient when a thing is added', () => {
  const text = 'The French strike on the depot killed four guards.';
  const a = analyze({ text, published: '2024-03-12' });
  const ev = eventAtOffset(a.events, text.indexOf('strike'));
  assert.ok(ev);
  assert.ok(ev.recipients[0]?.text.includes('guards'), ev.recipients.map((x) => x.text).join(', '));
});

for (const c of cases) {
  test(`targets: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, `an event at "${c.trigger}"`);
    const things = ev.recipients.filter(isThingTarget).map((x) => x.text);
    if (c.target === null) assert.deepEqual(things, [], `no thing target in [${things.join(', ')}]`);
    else assert.ok(things.some((x) => x.includes(c.target!)), `target ${c.target} in [${things.join(', ')}]`);
  });
}

test('targets: a place target stays the event place', () => {
  const a = analyze({ text: 'Fighter jets bombarded Idlib for a third day.', published: '2024-03-12' });
  const ev = a.events[0]!;
  assert.ok(ev.locations.some((l) => l.text === 'Idlib'));
});
