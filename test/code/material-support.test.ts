import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Material support: weapons of the weapons layer, or listed arms, aid and money, supplied, delivered, provided,
 * shipped or transferred to a party are PLOVER AID (CAMEO 072 military, 073 humanitarian); a supplied thing that is
 * neither is no event, and a plural weapon name after a supplying or firing verb is its object, not the verb
 * "shells". Our own sentences.
 */
const cases: { text: string; trigger: string; cameo: string | null; actor?: string; recipient?: string }[] = [
  { text: 'Iran supplied drones to Russia.', trigger: 'supplied', cameo: '072', actor: 'Iran', recipient: 'Russia' },
  { text: 'Iran has supplied the Houthis with ballistic missiles.', trigger: 'supplied', cameo: '072', actor: 'Iran', recipient: 'Houthis' },
  { text: 'North Korea shipped artillery shells to Russia.', trigger: 'shipped', cameo: '072', actor: 'North Korea', recipient: 'Russia' },
  { text: 'Belarus transferred rocket launchers to the rebels.', trigger: 'transferred', cameo: '072', recipient: 'rebels' },
  { text: 'The United States delivered howitzers to Ukraine.', trigger: 'delivered', cameo: '072', recipient: 'Ukraine' },
  { text: 'The EU delivered humanitarian aid to Sudan.', trigger: 'delivered', cameo: '073' },
  { text: 'The company supplied electricity to homes in the region.', trigger: 'supplied', cameo: null },
  { text: 'The warden transferred the detainees to Kabul.', trigger: 'transferred', cameo: null },
];

for (const c of cases) {
  test(`material support: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = eventAtOffset(a.events, at);
    if (c.cameo === null) {
      assert.equal(ev, undefined, `no event at "${c.trigger}"`);
      return;
    }
    assert.ok(ev, `an event at "${c.trigger}"`);
    assert.equal(ev.codes.cameo.code, c.cameo);
    assert.equal(ev.codes.plover.type, 'AID');
    if (c.actor) assert.ok(ev.actors.some((x) => x.text.includes(c.actor!)), `actor ${c.actor}`);
    if (c.recipient) assert.ok(ev.recipients.some((x) => x.text.includes(c.recipient!)), `recipient ${c.recipient}`);
  });
}

test('material support: shipped shells are no shelling', () => {
  const a = analyze({ text: 'North Korea shipped artillery shells to Russia.', published: '2024-03-12' });
  assert.ok(!a.events.some((e) => e.codes.plover.type === 'ASSAULT'));
});
