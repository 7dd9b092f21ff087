import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { isPlaceCountry } from '../../src/model/actor.js';
import { roleTable } from './role-table.js';
import { eventAtOffset } from '../event-at.js';

/**
 * PLOVER recipients and types of acts on a territory (sentences written for this test):
 * - an act done in, to or from a country with no one named as its recipient takes that country
 *   (src/resolve/place-recipient.ts, role:place-country, inferred);
 * - own forces moved are not the recipient: the country left or entered is (src/code/families/own-forces.ts);
 * - promises to yield are AGREE, joint exercises COOPERATE, rallying supporters no MOBILIZE, papers handed over no release.
 */

function eventAt(text: string, trigger: string) {
  const a = analyze({ text, published: '2024-03-12' });
  const at = text.indexOf(trigger);
  return { all: a.events, ev: eventAtOffset(a.events, at) };
}

const placeCountry: { text: string; trigger: string; country: string }[] = [
  { text: 'Kenya lifted the night curfew in Somalia on Friday.', trigger: 'lifted', country: 'SOM' },
  { text: 'The Zambian government eased the state of emergency in Lusaka.', trigger: 'eased', country: 'ZMB' },
  { text: 'Israeli troops reimposed blockades in Hebron on Friday.', trigger: 'reimposed', country: 'PSE' },
  { text: 'Chadian troops remained on alert in Niger on Monday.', trigger: 'remained', country: 'NER' },
  { text: 'The Red Cross suspended aid deliveries in Mosul after the attack.', trigger: 'suspended', country: 'IRQ' },
  { text: 'Egypt lifted the curfew in Gaza, where clashes had killed four people.', trigger: 'lifted', country: 'PSE' },
  { text: 'The Ivorian government announced that it will impose a curfew in Bouake.', trigger: 'impose', country: 'CIV' },
  { text: 'Liberia will evacuate the settlements in Lofa next month.', trigger: 'evacuate', country: 'LBR' },
];

for (const c of placeCountry) {
  test(`place-country recipient: ${c.text}`, () => {
    const { ev } = eventAt(c.text, c.trigger);
    assert.ok(ev, `an event at "${c.trigger}"`);
    const r = ev.recipients.find(isPlaceCountry);
    assert.ok(r, `a place-country recipient in [${ev.recipients.map((x) => x.text).join(', ')}]`);
    assert.equal(r.country, c.country);
    assert.equal(r.provenance.how, 'inferred');
    assert.match(r.provenance.rule, /^role:place-country /);
  });
}

/** No place-country recipient: a named recipient, a statement's venue, a place inferred from elsewhere. */
const noPlaceCountry: { text: string; trigger: string }[] = [
  { text: 'Police arrested twelve opposition activists in Harare.', trigger: 'arrested' },
  { text: 'The Kenyan foreign minister criticised Uganda at a meeting in Geneva.', trigger: 'criticised' },
  { text: 'The Ghanaian minister said in Accra that talks would resume.', trigger: 'talks' },
];

for (const c of noPlaceCountry) {
  test(`no place-country recipient: ${c.text}`, () => {
    const { all } = eventAt(c.text, c.trigger);
    for (const e of all) assert.ok(!e.recipients.some(isPlaceCountry), `no place-country recipient in ${e.codes.plover.type} [${e.recipients.map((x) => x.text).join(', ')}]`);
  });
}

roleTable('moved forces', [
  { text: 'Syria withdrew its troops from Lebanon in April.', trigger: 'withdrew', actor: 'Syria', recipient: 'Lebanon', notRecipient: 'troops' },
  { text: 'Russia pulled its soldiers out of Georgia last year.', trigger: 'pulled', actor: 'Russia', recipient: 'Georgia', notRecipient: 'soldiers' },
  { text: 'France deployed its troops to Mali on Monday.', trigger: 'deployed', actor: 'France', recipient: 'Mali', notRecipient: 'troops' },
  { text: 'Kenya agreed to withdraw its soldiers from Somalia.', trigger: 'agreed', actor: 'Kenya', recipient: 'Somalia', notRecipient: 'soldiers' },
  { text: 'Rwanda offered to pull its forces out of Burundi.', trigger: 'offered', actor: 'Rwanda', recipient: 'Burundi', notRecipient: 'forces' },
  { text: 'The deployment of Kenyan troops in Somalia began on Monday.', trigger: 'deployment', actor: 'Kenyan troops', recipient: 'Somalia' },
  // a name after a comma that a reporting verb follows is the speaker, not one more recipient
  { text: 'Kenyan troops arrived in Somalia, the Kenyan defence minister said.', trigger: 'arrived', recipient: 'Somalia', notRecipient: 'minister' },
]);

roleTable('protest aim', [
  { text: 'Thousands of students marched in Dhaka to demand reforms by the Bangladeshi government.', trigger: 'marched', recipient: 'Bangladeshi government', notActor: 'government' },
  { text: 'Kenyan teachers began a hunger strike to protest the decision of the Kenyan interior ministry.', trigger: 'hunger strike', recipient: 'interior ministry' },
  { text: 'Farmers blocked the highway in protest against the Peruvian police.', trigger: 'blocked', recipient: 'Peruvian police' },
]);

roleTable('border closures', [
  { text: 'Kenya closed its border with Somalia on Monday.', trigger: 'closed', actor: 'Kenya', recipient: 'Somalia' },
  { text: 'Russia closed its southern borders with Georgia and Azerbaijan because of the fighting.', trigger: 'closed', actor: 'Russia', recipient: 'Azerbaijan' },
]);

roleTable('threat at home', [
  { text: 'President Museveni threatened to ban Ugandan opposition candidates from the election.', trigger: 'threatened', recipient: 'Ugandan opposition' },
]);

/** The first event's PLOVER type. */
const types: { text: string; type: string | null }[] = [
  // promises to yield are AGREE (CAMEO 035x), not the act promised nor a threat
  { text: 'The militia vowed to withdraw from the town.', type: 'AGREE' },
  { text: 'Ethiopia promised to release the detained journalists.', type: 'AGREE' },
  { text: 'Rwanda is willing to pull its troops out of Burundi.', type: 'AGREE' },
  { text: 'Iran vowed to strike Israel.', type: 'THREATEN' },
  // two countries' exercises are cooperation, one country's a show of force
  { text: 'French and Moroccan warships launched five days of war games off Agadir.', type: 'COOPERATE' },
  { text: 'India and Japan held joint naval exercises off Chennai.', type: 'COOPERATE' },
  { text: 'Iran held military exercises near the Strait of Hormuz.', type: 'MOBILIZE' },
  // rallying people who are no armed force is no MOBILIZE
  { text: 'The Kenyan opposition mobilized its supporters ahead of the vote.', type: null },
  { text: 'The Turkish army mobilized reservists on Tuesday.', type: 'MOBILIZE' },
  // a paper handed over is no release
  { text: 'The Iraqi delegation handed over a letter to the Kuwaiti minister.', type: null },
  { text: 'Hamas handed over two hostages to the Red Cross.', type: 'RETREAT' },
];

for (const c of types) {
  test(`PLOVER type: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const got = a.events.map((e) => e.codes.plover.type);
    if (c.type === null) assert.ok(!got.includes('MOBILIZE') && !got.includes('RETREAT'), `no MOBILIZE/RETREAT in [${got.join(', ')}]`);
    else assert.equal(got[0], c.type, `types [${got.join(', ')}]`);
  });
}
