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
  { text: 'The rebels said government pilots were sent to bomb the villages.', trigger: 'bomb', notStated: ['bomb'] },
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

/** Weapons held, taken or traded are no instrument of the attack told beside them (src/code/weapon-not-used.ts). */
interface NotUsedCase { text: string; trigger: string; absent?: string[]; present?: string[] }
function notUsedTable(title: string, cases: readonly NotUsedCase[]): void {
  for (const c of cases) {
    test(`${title}: ${c.text}`, () => {
      const a = analyze({ text: c.text, published: '2024-03-12' });
      const ev = eventAtOffset(a.events, c.text.indexOf(c.trigger));
      assert.ok(ev, `an event at "${c.trigger}"`);
      const texts = ev.weapons.map((w) => w.text.toLowerCase());
      for (const s of c.absent ?? []) assert.ok(!texts.includes(s), `no weapon ${s} in [${texts.join(', ')}]`);
      for (const s of c.present ?? []) assert.ok(texts.includes(s), `weapon ${s} in [${texts.join(', ')}]`);
    });
  }
}

notUsedTable('a weapon taken, found or traded', [
  { text: 'The patrol killed one rebel and seized a rifle and two grenades.', trigger: 'killed', absent: ['rifle', 'grenades'] },
  { text: 'Soldiers killed three militants and captured 12 assault rifles, 4 machine guns and a mortar.', trigger: 'killed', absent: ['assault rifles', 'machine guns', 'mortar'] },
  { text: 'After the clash near Kidal on Sunday two rifles and a radio were confiscated by the army.', trigger: 'clash', absent: ['rifles'] },
  { text: 'Police defused the explosives after the attack on the depot.', trigger: 'attack', absent: ['explosives'] },
  { text: 'A gang tied to arms trafficking shot two guards at the port.', trigger: 'shot', absent: ['arms'] },
  { text: 'Rebels burned a tank truck on the highway.', trigger: 'burned', absent: ['tank'] },
  { text: 'Gunmen stormed a rocket factory near the port.', trigger: 'stormed', absent: ['rocket'] },
]);

notUsedTable('a weapon used stays', [
  { text: 'Gunmen who seized the town attacked the barracks with rockets.', trigger: 'attacked', present: ['rockets'] },
  { text: 'Militants fired rockets at the base they had captured.', trigger: 'fired', present: ['rockets'] },
  { text: 'A bomb hidden in a truck exploded outside the ministry.', trigger: 'exploded', present: ['bomb'] },
  { text: 'Troops destroyed IEDs that were found beside the road.', trigger: 'destroyed', present: ['ieds'] },
]);

test('a trigger word that modifies a weapon name is no event', () => {
  const text = 'Gunmen carrying assault rifles stormed the hotel lobby.';
  const a = analyze({ text, published: '2024-03-12' });
  assert.equal(eventAtOffset(a.events, text.indexOf('assault')), undefined, a.events.map((e) => e.triggers.map((t) => t.text).join('+')).join(', '));
  assert.ok(eventAtOffset(a.events, text.indexOf('stormed')), 'the storming is the event');
});
