import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * A town's part named by its first word ("Colonia X", "Barrio X") and anchored to a named town is no unlisted site: the
 * town stays the event's place, as event data code it (src/recognise/place-unlisted.ts, PART_PREFIXES). With only a
 * province to anchor it, it is kept. Made-up neighbourhood names, our own sentences.
 * [text, trigger, the event's location expected first, unlisted part kept]
 */
const CASES: [string, string, string, boolean][] = [
  ['On 4 May 2022 in Tijuana, Baja California, gunmen shot dead a man in Colonia El Porvenir.', 'shot', 'Tijuana', false],
  ['Gunmen in Hermosillo, Sonora, killed a shopkeeper in Barrio Los Naranjos on Friday.', 'killed', 'Hermosillo', false],
  // only a province to anchor it: the part is the finest place there is
  ['On 4 May 2022 gunmen shot dead a man in Colonia El Porvenir, Sonora.', 'shot', 'Colonia El Porvenir', true],
];

for (const [text, trigger, first, kept] of CASES) {
  test(`town part: ${text}`, () => {
    const a = analyze({ text, published: '2022-05-05' });
    const at = text.indexOf(trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, 'an event');
    const names = ev.locations.map((l) => `${l.text}/${l.entry}`);
    assert.equal(ev.locations[0]?.text, first, `[${names.join(', ')}]`);
    assert.equal(ev.locations.some((l) => l.entry === 'place:unlisted'), kept, `[${names.join(', ')}]`);
  });
}
