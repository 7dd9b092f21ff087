import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weaponStage } from '../../src/recognise/weapons.js';
import { outletStage } from '../../src/recognise/outlets.js';
import { pluralOf } from '../../src/recognise/weapon-dictionary.js';
import { demonymToIso3 } from '../../src/recognise/weapon-origin.js';
import { docFor, sampleText, HOSTILE } from './layer-doc.js';

/** [span, kind, category, origin] */
const CASES: [string, [string, string, string, string | null][]][] = [
  ['the spate of drone and rocket attacks last week on a U.S. warship', [['drone', 'drone', 'drone', null], ['rocket', 'rocket', 'rocket', null], ['warship', 'warship', 'naval', 'USA']]],
  ['the Iran-backed Houthis launched five Iranian cruise missiles toward Israel', [['cruise missiles', 'cruise-missile', 'missile', 'IRN']]],
  ['Russia launched 40 Iranian-made Shahed drones overnight.', [['Shahed drones', 'one-way-attack-drone', 'drone', 'IRN']]],
  ['Ukraine fired U.S.-supplied ATACMS at the airfield.', [['ATACMS', 'ballistic-missile', 'missile', 'USA']]],
  ['Katyusha rockets and mortar rounds hit the Green Zone.', [['Katyusha rockets', 'rocket', 'rocket', null], ['mortar rounds', 'mortar', 'artillery', null]]],
  ['Israeli airstrikes and artillery shelling hit Khan Younis.', [['airstrikes', 'airstrike', 'air', 'ISR'], ['artillery shelling', 'shelling', 'artillery', null]]],
  ['Helicopter gunships and warplanes struck the convoy.', [['Helicopter gunships', 'helicopter-gunship', 'air', null], ['warplanes', 'warplane', 'air', null]]],
  ['A roadside bomb, a car bomb and an IED exploded.', [['roadside bomb', 'ied', 'explosive', null], ['car bomb', 'car-bomb', 'explosive', null], ['IED', 'ied', 'explosive', null]]],
  ['A suicide bomber wearing an explosive vest blew himself up.', [['suicide bomber', 'suicide-bomber', 'suicide', null], ['explosive vest', 'suicide-bomber', 'suicide', null]]],
  ['Attackers threw a grenade and fired AK-47s.', [['grenade', 'grenade', 'grenade', null], ['AK-47s', 'rifle', 'small-arms', null]]],
  ['Police used tear gas, rubber bullets and water cannon.', [['tear gas', 'tear-gas', 'crowd-control', null], ['rubber bullets', 'rubber-bullets', 'crowd-control', null], ['water cannon', 'water-cannon', 'crowd-control', null]]],
  ['He was stabbed with a knife; others carried knives.', [['knife', 'knife', 'blade', null], ['knives', 'knife', 'blade', null]]],
  ['Inspectors confirmed a chemical attack with sarin.', [['chemical attack', 'chemical-weapon', 'chemical', null], ['sarin', 'chemical-weapon', 'chemical', null]]],
  ['Hezbollah fired anti-tank missiles at Israeli tanks.', [['anti-tank missiles', 'anti-tank-missile', 'missile', null], ['tanks', 'tank', 'armour', 'ISR']]],
  ['Landmines and gunfire killed two.', [['Landmines', 'landmine', 'explosive', null], ['gunfire', 'gunfire', 'small-arms', null]]],
  ['HOUTHIS FIRED FIVE IRANIAN CRUISE MISSILES AND DRONES AT ISRAEL.', [['CRUISE MISSILES', 'cruise-missile', 'missile', 'IRN'], ['DRONES', 'drone', 'drone', null]]],
  ['The Kagoshima Atomic Bomb Association met.', []],
  // not weapons
  ['A think tank in Washington and a fuel tank.', []],
  ['Crews were shooting down drones.', [['drones', 'drone', 'drone', null]]],
  ['Iran launched drones.', [['drones', 'drone', 'drone', null]]],
  // a bare shell is a weapon; Shell the company is not (capitalised inside a sentence, or before its possessive or "said")
  ['A shell landed on a house and two tank rounds hit the wall.', [['shell', 'shell', 'artillery', null], ['tank rounds', 'shell', 'artillery', null]]],
  ['Shells fell on the market.', [['Shells', 'shell', 'artillery', null]]],
  ['The oil major Shell sold a shell company.', []],
  ["Shell's profits rose. Shell said on Monday it would pay more.", []],
];

for (const [text, expected] of CASES) {
  test(`weapons: ${text}`, () => {
    const doc = docFor(text, [outletStage, weaponStage]);
    assert.deepEqual(doc.weapons.map((m) => [m.text, m.data.kind, m.data.category, m.data.origin]), expected);
    for (const m of doc.weapons) assert.ok(m.entry.startsWith('weapon:'));
  });
}

test('weapons: the reference article has drone, rocket, warship and Iranian cruise missiles', (t) => {
  const text = sampleText();
  if (!text) return t.skip('shared sample not present');
  const doc = docFor(text, [outletStage, weaponStage]);
  assert.deepEqual(doc.weapons.map((m) => `${m.data.kind}:${m.data.origin ?? '-'}`), ['drone:-', 'rocket:-', 'warship:USA', 'cruise-missile:IRN']);
});

test('weapons: plurals and demonyms', () => {
  assert.deepEqual(['missile', 'knife', 'gunship', 'AK-47', 'MRAP', 'howitzer', 'sniper'].map(pluralOf), ['missiles', 'knives', 'gunships', 'AK-47s', 'MRAPs', 'howitzers', 'snipers']);
  assert.equal(demonymToIso3('Iranian'), 'IRN');
  assert.equal(demonymToIso3('U.S.'), 'USA');
  assert.equal(demonymToIso3('Martian'), null);
});

for (const [name, text] of HOSTILE) {
  test(`weapons: hostile input (${name}) is read in one pass`, () => {
    const doc = docFor(text, [outletStage, weaponStage]);
    assert.ok(doc.weapons.length <= doc.tokens.length);
  });
}
