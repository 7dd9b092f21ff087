import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Bare names the gazetteer lacks in a place's slot (src/recognise/place-bare.ts, anchored by place-unlisted.ts):
 * after a locative preposition or a territorial verb, closing their phrase. Made-up village names, our own sentences.
 * [text, trigger, the event's unlisted place (null: none), its country]
 */
const CASES: [string, string, string | null, string | null][] = [
  ['Rebel forces clashed with Shia militias in Tal Dakwah near Daraa.', 'clashed', 'Tal Dakwah', 'SYR'],
  ['Islamist militias battled pro-government militias in Foua, Idlib.', 'battled', 'Foua', 'SYR'],
  ['Government troops recaptured Kfar Zeytun from the rebels near Hama.', 'recaptured', 'Kfar Zeytun', 'SYR'],
  ['Ethiopian troops captured Zelambessa Bahri at dawn, officials in Addis Ababa said.', 'captured', 'Zelambessa Bahri', 'ETH'],
  // a name opening with an article particle
  ['Rebels clashed with troops in al-Qarzub near Hama.', 'clashed', 'al-Qarzub', 'SYR'],
  ['Gunmen killed a farmer in Al Qaryah, Idlib.', 'killed', 'Al Qaryah', 'SYR'],
  // anchored in another sentence of the note
  ['Fighting was reported in Donetsk region. Monitors said two shells hit a school in Novomarivka.', 'hit', 'Novomarivka', 'UKR'],
  // a name placed before is placed alike
  ['Gunmen attacked a checkpoint in Wadi Hassan near Marib. Two soldiers were killed in Wadi Hassan on Monday.', 'killed', 'Wadi Hassan', 'YEM'],
  // "of" after a slot noun or a compass word, and a compass word closing the name (session 11)
  ['Regime forces took control of Kfar Hamdan in the countryside of Idlib.', 'took', 'Kfar Hamdan', 'SYR'],
  ['Rebels clashed with regime troops in the vicinity of Tal Sabbagh in Hama.', 'clashed', 'Tal Sabbagh', 'SYR'],
  ['Warplanes struck a convoy on the outskirts of Ain Khadra, Idlib.', 'struck', 'Ain Khadra', 'SYR'],
  ['Turkish forces shelled positions in Umm Dhiab north of Aleppo.', 'shelled', 'Umm Dhiab', 'SYR'],
  ['Helicopters dropped barrel bombs on Kafr Hummusa, Hama.', 'dropped', 'Kafr Hummusa', 'SYR'],
  ['Russian forces fired artillery at Novo Hryhorivka, Donetsk.', 'fired', 'Novo Hryhorivka', 'UKR'],
  ['The militants killed in Kafr Bazzit were foreigners, officials in Damascus said.', 'killed', 'Kafr Bazzit', 'SYR'],
  // "at" after anything but a fight names a business, a school or a venue
  ['A manager at Brightline Systems was shot in Dallas.', 'shot', null, null],
  // not a place: an institution, a war, a title, an acronym, a name going on as a noun phrase
  ['Police arrested a protester in Parliament on Monday in Kabul.', 'arrested', null, null],
  ['Two veterans who fought in World War I were honoured in London.', 'fought', null, null],
  ['Officers killed a suspect near Lt. Kevin Smith in Dallas.', 'killed', null, null],
  ['Soldiers killed two gunmen in UNAMID operations in Darfur.', 'killed', null, null],
  // a business or building inside a town: the town is the place
  ['Police shot a man near Lakeview Grill on Monday in Dayton.', 'shot', null, null],
  ['Gunmen attacked worshippers outside Grace Harbor Church in Lagos.', 'attacked', null, null],
];

for (const [text, trigger, place, country] of CASES) {
  test(`bare place name: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const at = text.lastIndexOf(trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, 'an event');
    const unlisted = ev.locations.filter((l) => l.entry === 'place:unlisted');
    if (place === null) {
      assert.deepEqual(unlisted.map((l) => l.text), []);
      return;
    }
    const loc = unlisted.find((l) => l.text === place);
    assert.ok(loc, `${place} in [${ev.locations.map((l) => l.text).join(', ')}]`);
    assert.equal(loc.country, country);
    assert.equal(loc.provenance.how, 'stated');
  });
}

/** "from" after a withdrawal or an evacuation names a place (the event's, inferred: "from" is no locative), not after other words. */
const FROM_CASES: [string, string, string | null][] = [
  ['Rebel fighters withdrew from Kafr Bazzit near Aleppo after heavy clashes.', 'withdrew', 'Kafr Bazzit'],
  ['Gunmen from Kafr Bazzit attacked a checkpoint near Aleppo.', 'attacked', null],
];

for (const [text, trigger, place] of FROM_CASES) {
  test(`bare place name after "from": ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = eventAtOffset(a.events, text.lastIndexOf(trigger));
    assert.ok(ev, 'an event');
    const unlisted = ev.locations.filter((l) => l.entry === 'place:unlisted').map((l) => l.text);
    assert.deepEqual(unlisted, place ? [place] : []);
  });
}
