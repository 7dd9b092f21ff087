import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { RULE_WEAPON_OWNER } from '../../src/resolve/weapon-owner.js';
import { RULE_AIR_POWER } from '../../src/resolve/air-power.js';

/**
 * The owner of the weapon is the attacker (src/resolve/weapon-owner.ts): "a mine planted by X", "shelling from X".
 * [text, actor name expected from the rule on the first assault event, or null]
 */
const OWNER: [string, string | null][] = [
  ['A landmine planted by the Houthis exploded near a school in Hays, wounding two boys.', 'Houthis'],
  // an indefinite article before the owner
  ['An IED planted by an unknown armed group exploded next to a police truck outside Deraa.', 'unidentified armed group'],
  ['Two explosions were heard in Lawdar as a result of presumed shelling from Houthi forces stationed on the nearby hill.', 'Houthis'],
  ['Two shepherds were wounded when a landmine exploded near Khabb. The landmine had been laid by Houthi fighters.', 'Houthis'],
  ['Two soldiers were killed when an IED detonated under their vehicle near Sirte. The IED was placed by Islamic State militants.', 'Islamic State'],
  // an adverb of doubt before "by"; a one-word anti-vehicle mine (session 11)
  ['A truck was destroyed in Mawza by an IED seemingly planted by Houthi fighters.', 'Houthis'],
  ['A farmer was killed when his tractor hit an antivehicle mine planted by Houthi fighters near Hays.', 'Houthis'],
  // after "from", a country is where the fire came from, not its owner
  ['A rocket fired from Lebanon landed in an open field near Metula.', null],
  // a doer bound by the syntax keeps its place
  ['Houthi gunmen shelled the market in Taiz with mortars fired by a second unit.', null],
  // the owner phrase must follow the weapon closely
  ['A landmine exploded on the road near Hays, a town long held by Houthi forces.', null],
];

test('weapon owner: the armed actor of the weapon\'s by/from phrase', () => {
  for (const [text, want] of OWNER) {
    const doc = analyzeDoc({ text, url: 'test:weapon-owner' });
    const ev = doc.events.find((e) => e.family === 'assault');
    const got = ev?.actors.find((a) => a.provenance.rule.startsWith(RULE_WEAPON_OWNER)) ?? null;
    assert.equal(got?.name ?? null, want, `${text}: ${JSON.stringify(ev?.actors.map((a) => [a.name, a.provenance.rule]))}`);
    if (got) assert.equal(got.provenance.how, 'inferred', text);
  }
});

/** [text, actor name expected from the sole-air-power rule, or null] */
const AIR: [string, string | null][] = [
  ['Two air raids were reported on farms in Sirwah district of Marib.', 'Saudi-led coalition'],
  ['An air strike hit a house in Khan Younis, killing a woman and her son.', 'Military Forces of Israel'],
  // a drone may be an armed group's
  ['A drone strike hit a car in Sirwah district of Marib.', null],
  // other theatres have more than one air force
  ['An air strike hit a market in Idlib, killing four.', null],
  // a named doer is kept
  ['US warplanes carried out an air strike on a compound in Shabwa.', null],
];

test('sole air power: an unattributed air strike in a theatre with one air force', () => {
  for (const [text, want] of AIR) {
    const doc = analyzeDoc({ text, url: 'test:air-power' });
    const ev = doc.events.find((e) => e.family === 'assault');
    const got = ev?.actors.find((a) => a.provenance.rule.startsWith(RULE_AIR_POWER)) ?? null;
    assert.equal(got?.name ?? null, want, `${text}: ${JSON.stringify(ev?.actors.map((a) => [a.name, a.provenance.rule]))}`);
    if (got) assert.equal(got.provenance.how, 'inferred', text);
  }
});

/** Attack nouns and the names that take them in: [text, actor name expected on the first assault event] */
const NOUNS: [string, string][] = [
  ['Three coalition air raids were reported near the airport of Hodeidah.', 'Saudi-led coalition'],
  ['Two Russian air strikes were reported in the south of Idlib.', 'Russia'],
];

test('attack nouns: a demonym before "air strikes", a name that takes in the noun', () => {
  for (const [text, want] of NOUNS) {
    const doc = analyzeDoc({ text, url: 'test:attack-nouns' });
    const ev = doc.events.find((e) => e.family === 'assault');
    assert.ok(ev?.actors.some((a) => a.name === want), `${text}: ${JSON.stringify(ev?.actors.map((a) => [a.name, a.provenance.rule]))}`);
  }
});

/** "claimed responsibility for a roadside explosion": the attack noun's own modifiers are read through (src/code/bind.ts `blamedFor`). */
test('the claimant of an attack noun with modifiers is its actor', () => {
  const rows: [string, string][] = [
    ['Al-Shabaab claimed responsibility for a roadside explosion that killed three soldiers in Afgoye.', 'Al-Shabaab'],
    ['The Taliban claimed responsibility for the suicide blast at the checkpoint in Kunduz.', 'Taliban'],
  ];
  for (const [text, want] of rows) {
    const doc = analyzeDoc({ text, url: 'test:weapon-owner' });
    assert.ok(doc.events.some((e) => e.family === 'assault' && e.actors.some((a) => a.name === want)), `${text}: ${JSON.stringify(doc.events.map((e) => [e.family, e.actors.map((a) => a.name)]))}`);
  }
});
