import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Actors named by a place or a people: an unnamed actor right after a place name takes the place's country
 * (inferred, `+country-of-place-name`); armed men of a community coded to one state ("Karen guerrillas",
 * "Kashmiri militants") are an armed group of that state, not its civilians. Our own sentences.
 */
const cases: { text: string; trigger: string; country: string; sector?: string; rule?: string }[] = [
  { text: 'Darfur rebels attacked a town in Chad.', trigger: 'attacked', country: 'SDN', rule: '+country-of-place-name' },
  { text: 'Donbas separatists shelled the town.', trigger: 'shelled', country: 'UKR' },
  { text: 'Cabo Delgado insurgents attacked a village.', trigger: 'attacked', country: 'MOZ' },
  { text: 'Karen guerrillas ambushed an army convoy.', trigger: 'ambushed', country: 'MMR', sector: 'REB' },
  { text: 'Kashmiri militants attacked an army camp.', trigger: 'attacked', country: 'IND', sector: 'REB' },
  { text: 'Oromo militants killed five people.', trigger: 'killed', country: 'ETH', sector: 'REB' },
  { text: 'Rohingya insurgents attacked police posts.', trigger: 'attacked', country: 'MMR', sector: 'REB' },
];

for (const c of cases) {
  test(`place-named actors: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, `an event at "${c.trigger}"`);
    const actor = ev.actors[0];
    assert.ok(actor, 'an actor');
    assert.equal(actor.country, c.country);
    if (c.sector) assert.equal(actor.sector, c.sector);
    if (c.rule) {
      assert.ok(actor.provenance.rule.includes(c.rule), actor.provenance.rule);
      assert.equal(actor.provenance.how, 'inferred');
    }
  });
}
