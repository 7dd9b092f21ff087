import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Two or more names joined before a plural settlement word ("in the Qarzub and Dakwah villages") are each a place of
 * that unit (src/recognise/place-unlisted.ts, namesBeforePlural; session 11, geo20). Made-up village names, our own
 * sentences. [text, trigger, the event's places expected (texts), places that must not be there]
 */
const CASES: [string, string, string[], string[]][] = [
  ['Regime forces clashed with rebels in the Qarzub and Dakwah villages near Hama.', 'clashed', ['Qarzub', 'Dakwah'], []],
  ['Militants clashed with troops in Kafr Zeytun and Tal Hamdan towns in Idlib countryside.', 'clashed', ['Kafr Zeytun', 'Tal Hamdan'], []],
  // a comma list, names with an article particle
  ['Regime forces clashed with rebels in Ain Qarzub, al-Dakwah and Umm Zeytun villages near Aleppo.', 'clashed', ['Ain Qarzub', 'al-Dakwah', 'Umm Zeytun'], []],
  ['Fighting was reported in the Qarzubiya and Dakwiya neighbourhoods of Aleppo.', 'Fighting', ['Qarzubiya', 'Dakwiya'], []],
  // people, faith and part words name no village
  ['Clashes broke out in the Kurdish and Qarzubi villages near Kirkuk.', 'Clashes', [], ['Kurdish', 'Qarzubi']],
  ['Shells hit the Upper and Lower districts of Aden.', 'Shells', [], ['Upper', 'Lower']],
  // one name only, or no "and": no list
  ['Regime forces clashed with rebels in Hama and villages nearby.', 'clashed', [], ['villages']],
];

for (const [text, trigger, want, not] of CASES) {
  test(`names before a plural unit word: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.indexOf(trigger));
    assert.ok(ev, 'an event');
    const got = ev.locations.map((l) => l.text);
    for (const w of want) assert.ok(got.includes(w), `${w} in [${got.join(', ')}]`);
    for (const n of not) assert.ok(!got.some((g) => g.includes(n)), `no ${n} in [${got.join(', ')}]`);
  });
}
