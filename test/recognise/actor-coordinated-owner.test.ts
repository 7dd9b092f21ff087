import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Owners coordinated before one generic noun share it (src/recognise/actor-rules/coordinated-owner.ts).
 * [text, actor names expected among the document's mentions]
 */
const CASES: [string, string[]][] = [
  ['Fighting broke out between Russian and Ukrainian troops near the river.', ['Military Forces of Russia', 'Military Forces of Ukraine']],
  ['Israeli and Egyptian officials met in Cairo on Monday.', ['Government of Israel', 'Government of Egypt']],
  // plural state bodies after coordinated demonyms ("the Indian and Pakistani governments")
  ['The Danish and Norwegian governments agreed on Thursday to share fishing data.', ['Government of Denmark', 'Government of Norway']],
  ['Kenyan and Ugandan delegations signed a border accord in Kampala.', ['Government of Kenya', 'Government of Uganda']],
  // "sides" of two coordinated states are their governments (src/recognise/actor-rules/sides.ts)
  ['The Serbian and Croatian sides agreed on Friday to exchange prisoners.', ['Government of Serbia', 'Government of Croatia']],
  ['Clashes between Houthi and pro-Hadi forces were reported near the port.', ['Houthis', 'Military Forces of Yemen (2012-)']],
  ['There was an exchange of fire between Turkish and Syrian armed forces at the border.', ['Military Forces of Turkey', 'Military Forces of Syria']],
  // a bare word that makes a dictionary name with the shared noun ("opposition forces", "opposition rebels")
  ['Heavy fighting took place between opposition and regime forces outside the town.', ['Opposition Rebels (Syria)', 'Military Forces of Syria']],
  ['Opposition and Islamist rebels seized two hills north of the town.', ['Opposition Rebels (Syria)']],
  // a "<word>-backed" compound before the second owner is read through
  ['Fighting broke out between Houthi and coalition-backed government forces in the valley.', ['Houthis']],
  // a group's adjective before an armed name with no shared generic noun
  ['Fierce battles erupted between pro-Houthi and anti-Houthi groups in the mountains.', ['Houthis', 'anti-Houthi forces']],
];

/** A standalone name before "and" is read as itself, not given the noun: "Hamas and Islamic Jihad fighters". */
const ALONE: [string, string][] = [
  ['Hamas and Islamic Jihad fighters fired rockets at the town.', 'Hamas'],
];

/** "sides" as a place, or with no two states before it, is no actor. */
const NO_SIDES: string[] = [
  'Both sides agreed on Friday to exchange prisoners.',
  'Gunmen opened fire on the Serbian and Croatian sides of the border on Friday.',
  'Shells fell from both sides of the river overnight.',
  'The Serbian side agreed on Friday to exchange prisoners.',
];

test('"sides" is a government only after two coordinated states', () => {
  for (const text of NO_SIDES) {
    const doc = analyzeDoc({ text, url: 'test:sides' });
    const m = doc.actors.find((x) => /sides?\b/.test(x.text) || x.data.name.startsWith('Government'));
    assert.equal(m, undefined, `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.data.name]))}`);
  }
});

test('coordinated owners share the generic noun', () => {
  for (const [text, want] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:coordinated-owner' });
    const names = doc.actors.map((m) => m.data.name);
    for (const w of want) assert.ok(names.includes(w), `${text}: ${JSON.stringify(names)}`);
  }
  for (const [text, name] of ALONE) {
    const doc = analyzeDoc({ text, url: 'test:coordinated-owner' });
    const m = doc.actors.find((x) => x.data.name === name);
    assert.ok(m && m.entry !== 'rule:actor.coordinated-owner', `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.entry]))}`);
  }
});

/** Members of a party, union or civic group that demonstrate are protesters; the organisation stays as the role. */
const PROTESTS: [string, string][] = [
  ['On 4 April 2023, BJP members staged a protest in Indore town against the water shortage.', 'IND'],
  ['On 5 April 2023, KCTU members held a rally in front of the labour ministry in Sejong.', 'KOR'],
];

test('party and union members who protest are protesters', () => {
  for (const [text, country] of PROTESTS) {
    const doc = analyzeDoc({ text, url: 'test:protest-members' });
    const ev = doc.events.find((e) => e.family === 'protest');
    const a = ev?.actors.find((x) => x.sector === 'PRO');
    assert.ok(a, `${text}: ${JSON.stringify(ev?.actors)}`);
    assert.equal(a.name, 'protesters', text);
    assert.equal(a.country, country, text);
    assert.equal(a.provenance.how, 'inferred', text);
    assert.ok(a.role, text);
  }
});
