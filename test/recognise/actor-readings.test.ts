import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletStage } from '../../src/recognise/outlets.js';
import { actorStage } from '../../src/recognise/actors.js';
import { placeStage } from '../../src/recognise/places.js';
import { analyze } from '../../src/analyze.js';
import { RULE_READING } from '../../src/recognise/actor-readings.js';
import { docFor } from './layer-doc.js';

/**
 * Names that entries of several countries share take the reading whose country the document points to
 * (src/recognise/actor-readings.ts). Rows: sentence, mention text, expected entry (mention.entry or data.ref),
 * expected country, whether the document's countries decided it.
 */
type Row = [string, string, string, string | null, boolean];

const ROWS: Row[] = [
  // the default without any other evidence
  ['Congress passed the spending bill on Friday.', 'Congress', 'actor:gov.usa.congress', 'USA', false],
  // places of the country of another reading
  ['Members of Congress marched through Bhopal in Madhya Pradesh against the fuel price rise.', 'Congress', 'actor:pty.inc-india', 'IND', true],
  ['Congress workers blocked a road in Lucknow, Uttar Pradesh, demanding the release of their leader.', 'Congress workers', 'actor:pty.inc-india', 'IND', true],
  // places of the default's own country keep it
  ['Congress debated the farm bill in Washington while farmers rallied in Des Moines, Iowa.', 'Congress', 'actor:gov.usa.congress', 'USA', true],
  // the U.S. Congress in a story on another country that the text ties to the United States too
  ['Biden was urged by Congress to lift the sanctions on Cuba.', 'Congress', 'actor:gov.usa.congress', 'USA', true],
  // a state named right before the name decides, whatever else the text names
  ['The US Congress voted to ease sanctions on Venezuela, Cuba and Syria.', 'Congress', 'actor:gov.usa.congress', 'USA', true],
  // a country no entry belongs to: that country's legislature (the generic body, its country from the event place)
  ['Students gathered outside Congress in Lima, Peru, to oppose the pension reform.', 'Congress', 'gen:legislature', null, true],
  ['The Peruvian Congress voted to remove the president.', 'Congress', 'gen:legislature', 'PER', true],
  // the National Guard of Mexico in a Mexican story, the U.S. one by default
  ['Armed men opened fire on National Guard officers in Zamora, Michoacan.', 'National Guard officers', 'actor:gov.mex.guardia', 'MEX', true],
  ['The governor called out the National Guard after the storm.', 'National Guard', 'actor:gov.usa.national-guard', 'USA', false],
  // party abbreviations shared across countries
  ['PPP activists staged a sit-in outside the press club in Hyderabad, Sindh.', 'PPP', 'actor:pty.ppp-pak', 'PAK', true],
  ['PPP lawmakers walked out of the city council in Daegu, South Korea.', 'PPP', 'actor:pty.ppp-korea', 'KOR', true],
  // generic opposition phrases the Syrian opposition entry lists: Syrian by default and in a Syrian story, that
  // country's opposition in a story on another country
  ['Opposition fighters attacked an army post on the main road.', 'Opposition fighters', 'actor:grp.syrian-opposition', 'SYR', false],
  ['Opposition fighters shelled regime positions near Idlib.', 'Opposition fighters', 'actor:grp.syrian-opposition', 'SYR', true],
  ['Opposition groups in Malawi demanded that the president step down.', 'Opposition groups', 'gen:opposition', null, true],
  ['Opposition forces attacked an army garrison near Abeche in eastern Chad.', 'Opposition forces', 'gen:militants', null, true],
];

test('actor readings: a shared name takes the reading of the document\'s country', () => {
  for (const [sentence, text, entry, country] of ROWS) {
    const doc = docFor(sentence, [outletStage, actorStage, placeStage]);
    const m = doc.actors.find((a) => a.text.startsWith(text));
    const seen = doc.actors.map((a) => `${a.text}=${a.entry}/${a.data.country}`).join('; ');
    assert.ok(m, `"${text}" not found in "${sentence}" (got ${seen})`);
    const got = m.entry.startsWith('rule:') ? m.data.ref ?? m.entry : m.entry;
    assert.equal(got, entry, `entry of "${text}" in "${sentence}"`);
    assert.equal(m.data.country, country, `country of "${text}" in "${sentence}"`);
  }
});

test('actor readings: the choice is recorded in the event actor\'s provenance, as inferred', () => {
  for (const [sentence, text, , , decided] of ROWS) {
    const a = analyze(sentence, { published: '2024-03-01' });
    for (const ev of a.events) {
      for (const actor of [...ev.actors, ...ev.recipients]) {
        if (!actor.text.startsWith(text)) continue;
        assert.equal(actor.provenance.rule.includes(RULE_READING), decided, `${sentence}: ${actor.provenance.rule}`);
        if (decided) assert.equal(actor.provenance.how, 'inferred');
      }
    }
  }
});

test('actor readings: a lower-case "congress" is neither body', () => {
  const doc = docFor('The party congress opened in Lyon on Friday.', [outletStage, actorStage, placeStage]);
  assert.equal(doc.actors.some((a) => a.text.toLowerCase().includes('congress')), false);
});

test('actor readings: a text without a shared name notes none', () => {
  const doc = docFor('Houthi fighters attacked a ship in the Red Sea.', [outletStage, actorStage, placeStage]);
  assert.equal(doc.actorReadings.length, 0);
});
