import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * A village written with its unit word first ("Barangay X", "Tambon X") is named without it; the mention's text keeps the
 * words as written (src/recognise/place-unlisted.ts, UNIT_PREFIXES). Made-up village names, our own sentences.
 * [text, trigger, the unlisted place's text, its name]
 */
const CASES: [string, string, string, string][] = [
  ['Soldiers clashed with rebels in Barangay Dagatpulo (Labo, Camarines Norte).', 'clashed', 'Barangay Dagatpulo', 'Dagatpulo'],
  ['A bomb exploded in Tambon Ban Khlong near Pattani.', 'exploded', 'Tambon Ban Khlong', 'Ban Khlong'],
  // any other first word stays in the name
  ['Soldiers clashed with rebels in Dagatpulo Ilaya (Labo, Camarines Norte).', 'clashed', 'Dagatpulo Ilaya', 'Dagatpulo Ilaya'],
];

for (const [text, trigger, span, name] of CASES) {
  test(`unit word before a village's name: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.indexOf(trigger));
    assert.ok(ev, 'an event');
    const loc = ev.locations.find((l) => l.text === span);
    assert.ok(loc, `${span} in [${ev.locations.map((l) => l.text).join(', ')}]`);
    assert.equal(loc.name, name);
  });
}
