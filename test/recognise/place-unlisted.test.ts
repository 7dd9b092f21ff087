import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Places the gazetteer lacks, named by a unit word and anchored to a resolved place of their sentence, else of the
 * document, else to the one country its actors act in (src/recognise/place-unlisted.ts). Made-up village names, our own sentences.
 */
const ROWS: { text: string; trigger: string; place: string | null; anchorCountry?: string }[] = [
  { text: 'Two farmers were killed in the village of Qarzubta near Aleppo on Monday.', trigger: 'killed', place: 'Qarzubta', anchorCountry: 'SYR' },
  { text: 'A mortar shell wounded three children in al-Qutaynib neighbourhood in central Damascus.', trigger: 'shell', place: 'al-Qutaynib', anchorCountry: 'SYR' },
  { text: 'Troops raided the southern town of Bandiwal in Kandahar province.', trigger: 'raided', place: 'Bandiwal', anchorCountry: 'AFG' },
  // no resolved place in the sentence: the nearest of the document, else the one country the document's actors act in
  { text: 'Clashes broke out in Kandahar on Monday. On Tuesday militants overran the village of Darwazgai.', trigger: 'overran', place: 'Darwazgai', anchorCountry: 'AFG' },
  { text: 'Rebels seized the town of Zarkhel before Afghan troops drove them out.', trigger: 'seized', place: 'Zarkhel', anchorCountry: 'AFG' },
  { text: 'Turkish forces shelled the village of Tal Wardiya.', trigger: 'shelled', place: 'Tal Wardiya', anchorCountry: 'TUR' },
  // a name opening with an article particle ("Al-", "al ")
  { text: 'A roadside bomb killed one civilian in the south Baghdad neighbourhood of Al-Qarzub.', trigger: 'killed', place: 'Al-Qarzub', anchorCountry: 'IRQ' },
  // two countries, one only a state's forces: the local actors' country
  { text: 'Turkish forces captured the village of Tal Qarzub after clashes with QSD fighters.', trigger: 'captured', place: 'Tal Qarzub', anchorCountry: 'SYR' },
  // before a settlement word after any lower-case word
  { text: 'Troops shelled Qarzubta village near Damascus.', trigger: 'shelled', place: 'Qarzubta', anchorCountry: 'SYR' },
  // a name before a front word ("front", "axis", "frontline"), also after "on"
  { text: 'Rebels repelled an attack on Tell Qarzub front in Hama countryside.', trigger: 'attack', place: 'Tell Qarzub', anchorCountry: 'SYR' },
  { text: 'Regime forces shelled positions on the Kafr Zeytun axis in Idlib countryside.', trigger: 'shelled', place: 'Kafr Zeytun', anchorCountry: 'SYR' },
  // "X area of Y district": X is the place, Y its container
  { text: 'Gunmen killed a policeman in the Deh Qarzub area of Maywand district Kandahar.', trigger: 'killed', place: 'Deh Qarzub', anchorCountry: 'AFG' },
  { text: 'Air raids were reported on Wadi Qarzub area of Sadah governorate.', trigger: 'raids', place: 'Wadi Qarzub', anchorCountry: 'YEM' },
  // no place anywhere and no actor's country: the unit word still vouches for the place, kept with no country or point
  // (session 10, geo16: the event's place is named, as event coders name it)
  { text: 'Two farmers were killed in the village of Qarzubta on Monday.', trigger: 'killed', place: 'Qarzubta' },
];

/** A people or faith word before the unit names no village; "in front of" is no front line. */
const NOT_VILLAGES: [string, string, string][] = [
  ['Gunmen shelled the Kurdish town of Kobani.', 'shelled', 'Kurdish'],
  ['Protesters gathered in front of Government House in Bangkok.', 'gathered', 'Government House'],
];

for (const [text, trigger, name] of NOT_VILLAGES) {
  test(`no unlisted place: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.indexOf(trigger));
    assert.ok(ev, 'an event');
    assert.ok(!ev.locations.some((l) => l.text === name), `[${ev.locations.map((l) => l.text).join(', ')}]`);
  });
}

for (const row of ROWS) {
  test(`unlisted places: ${row.text}`, () => {
    const a = analyze({ text: row.text, published: '2024-03-12' });
    const at = row.text.indexOf(row.trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, 'an event');
    const names = ev.locations.map((l) => `${l.text}/${l.entry}`);
    if (row.place === null) {
      assert.ok(!ev.locations.some((l) => l.entry === 'place:unlisted'), `no unlisted place in [${names.join(', ')}]`);
      return;
    }
    const loc = ev.locations.find((l) => l.text === row.place);
    assert.ok(loc, `${row.place} in [${names.join(', ')}]`);
    assert.equal(loc.precision, 'site');
    assert.equal(loc.country, row.anchorCountry ?? null);
    if (row.anchorCountry !== undefined) assert.ok(loc.lat !== null && loc.lon !== null, 'coordinates of the anchor');
    else assert.ok(loc.lat === null && loc.lon === null, 'no anchor, no coordinates');
  });
}
