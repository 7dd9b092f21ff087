import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * Session 12 (args9): which weapon mentions are the event's stated instruments. A word that names the attack or the
 * attacker ("the bombing", "a shooting", "a sniper": `notDevice` in data/weapons.json) gives the event its weapon kind
 * but states no instrument (rule weapon:act-word, inferred); a device named beside it stays stated.
 */
interface WeaponCase { text: string; trigger: string; stated?: string[]; notStated?: string[]; kinds?: string[] }

function weaponTable(title: string, cases: readonly WeaponCase[]): void {
  for (const c of cases) {
    test(`${title}: ${c.text}`, () => {
      const a = analyze({ text: c.text, published: '2024-03-12' });
      const ev = eventAtOffset(a.events, c.text.indexOf(c.trigger));
      assert.ok(ev, `an event at "${c.trigger}"`);
      const stated = ev.weapons.filter((w) => w.provenance.how === 'stated').map((w) => w.text.toLowerCase());
      const all = ev.weapons.map((w) => `${w.text} (${w.kind}, ${w.provenance.rule}, ${w.provenance.how})`).join('; ');
      for (const s of c.stated ?? []) assert.ok(stated.includes(s), `stated ${s} in [${all}]`);
      for (const s of c.notStated ?? []) assert.ok(!stated.includes(s), `not stated ${s} in [${all}]`);
      for (const k of c.kinds ?? []) assert.ok(ev.weapons.some((w) => w.kind === k), `kind ${k} kept in [${all}]`);
    });
  }
}

weaponTable('an act word is no stated instrument', [
  { text: 'Two people died in a bombing at the bus station on Friday.', trigger: 'bombing', notStated: ['bombing'], kinds: ['bomb'] },
  { text: 'Gunmen opened fire on the crowd and the shooting left four dead.', trigger: 'opened fire', notStated: ['shooting'], kinds: ['gunfire'] },
  { text: 'A sniper killed a soldier at the checkpoint.', trigger: 'killed', notStated: ['sniper'], kinds: ['sniper'] },
  { text: 'Heavy shelling hit the eastern district overnight.', trigger: 'hit', notStated: ['heavy shelling', 'shelling'], kinds: ['shelling'] },
  { text: 'The stabbing wounded three shoppers in the old town.', trigger: 'stabbing', notStated: ['stabbing'], kinds: ['knife'] },
  { text: 'A suicide bomber blew himself up outside the mosque, killing nine.', trigger: 'killing', notStated: ['suicide bomber'] },
]);

weaponTable('a device beside the act stays stated', [
  { text: 'A bomb went off in the market, killing six.', trigger: 'killing', stated: ['bomb'] },
  { text: 'A sniper killed a soldier with a hunting rifle.', trigger: 'killed', stated: ['hunting rifle'], notStated: ['sniper'] },
  { text: 'Militants attacked the outpost with mortar fire and rockets.', trigger: 'attacked', stated: ['mortar fire', 'rockets'] },
]);

test('the act word keeps its weapon-based code', () => {
  const text = 'Two people died in a bombing at the bus station on Friday.';
  const a = analyze({ text, published: '2024-03-12' });
  const w = a.events.flatMap((e) => e.weapons).find((x) => x.text === 'bombing');
  assert.ok(w, 'the bombing is still the weapon kind');
  assert.equal(w.provenance.rule, 'weapon:act-word weapon:bomb');
  assert.equal(w.provenance.how, 'inferred');
});
