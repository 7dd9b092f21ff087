import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';
import { pentaOfRoot, pentaOfEvent } from '../../src/eval/penta.js';
import { currentPlover } from '../../src/eval/plover.js';
import { actor, event, killed } from './fixtures.js';

test('chooseEvent: severity policy', () => {
  const protest = event('protest', { start: 0, plover: 'PROTEST', root: '14', quad: 3, goldstein: -6.5, acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } });
  const threat = event('threat', { start: 5, plover: 'THREATEN', root: '13', quad: 3, goldstein: -4.4, modality: 'threatened' });
  const strike = event('strike', { start: 20, plover: 'ASSAULT', root: '19', quad: 4, goldstein: -10, acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' } });
  const uncoded = event('uncoded', { start: 10, plover: 'ASSAULT', root: '18', quad: 4, goldstein: -9 });
  const beating = event('beating', { start: 30, plover: 'ASSAULT', root: '18', quad: 4, goldstein: -9, acled: { eventType: 'Violence against civilians', subEventType: 'Attack' } });
  const arrest = event('arrest', { start: 31, plover: 'COERCE', root: '17', quad: 4, goldstein: -7, acled: { eventType: 'Strategic developments', subEventType: 'Arrests' } });
  const riot = event('riot', { start: 32, plover: 'PROTEST', root: '14', quad: 3, goldstein: -6.5, acled: { eventType: 'Riots', subEventType: 'Violent demonstration' } });
  const clash = event('clash', { start: 33, plover: 'ASSAULT', root: '19', quad: 4, goldstein: -10, acled: { eventType: 'Battles', subEventType: 'Armed clash' } });
  const future = event('future', { start: 1, quad: 4, goldstein: -10, modality: 'future', acled: { eventType: 'Battles', subEventType: 'Armed clash' } });
  const rows: Array<[string, ReturnType<typeof event>[], string | null]> = [
    ['empty', [], null],
    ['material conflict first', [protest, strike], 'strike'],
    ['ACLED-coded before uncoded', [uncoded, protest], 'protest'],
    ['asserted before future', [future, protest], 'protest'],
    ['ties → first in text', [event('b', { start: 9 }), event('a', { start: 3 })], 'a'],
    ['threatened only', [threat], 'threat'],
    ['protest before violence against civilians', [beating, protest], 'protest'],
    ['protest before an arrest', [arrest, protest], 'protest'],
    ['riot before protest', [protest, riot], 'riot'],
    ['riot before an arrest', [arrest, riot], 'riot'],
    ['violence against civilians stays before a riot', [beating, riot], 'beating'],
    ['battle stays before a protest', [clash, protest], 'clash'],
    ['a strike answered with fire is a battle', [strike, event('back', { start: 40, quad: 4, goldstein: -10, trigger: 'fired back', acled: { eventType: 'Battles', subEventType: 'Armed clash' } })], 'back'],
    ['an exchange of fire after a strike is a battle', [strike, event('xf', { start: 40, quad: 4, goldstein: -10, trigger: 'Exchanged fire', acled: { eventType: 'Battles', subEventType: 'Armed clash' } })], 'xf'],
    ['a strike stays before other clashes', [strike, event('cl', { start: 40, quad: 4, goldstein: -10, trigger: 'clashes', acled: { eventType: 'Battles', subEventType: 'Armed clash' } })], 'strike'],
    ['an event that names its participants before one that names nobody', [event('bare', { start: 0, quad: 4, goldstein: -10, acled: { eventType: 'Battles', subEventType: 'Armed clash' } }), event('named', { start: 9, quad: 3, goldstein: -5, actors: [actor('Protesters')], acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } })], 'named'],
    ['with participants on both, material conflict decides', [event('p', { start: 0, quad: 3, goldstein: -5, actors: [actor('Protesters')], acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } }), event('s', { start: 9, quad: 4, goldstein: -10, recipients: [actor('Civilians')], acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' } })], 's'],
    ['an outcome told without an attacker does not outrank the attack for naming its victims', [event('strike2', { start: 0, quad: 4, goldstein: -10, acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' } }), event('killed', { start: 20, quad: 4, goldstein: -10, trigger: 'killed', recipients: [actor('Fighters')], acled: { eventType: 'Battles', subEventType: 'Armed clash' } })], 'strike2'],
    ['an outcome with an attacker still names participants', [event('strike3', { start: 0, quad: 4, goldstein: -10, acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' } }), event('killed2', { start: 20, quad: 4, goldstein: -10, trigger: 'killed', actors: [actor('Rebels')], recipients: [actor('Fighters')], acled: { eventType: 'Battles', subEventType: 'Armed clash' } })], 'killed2'],
    // "relatives of a man found dead protested": the killing carries the sentence's protest code; the demonstration is the event
    ['the demonstration before the act it protests', [event('found', { start: 0, quad: 4, goldstein: -10, trigger: 'found dead', recipients: [actor('Civilians')], acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } }), event('demo', { start: 20, quad: 3, goldstein: -6.5, family: 'protest', actors: [actor('Protesters')], acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } })], 'demo'],
    ['an intervention at a protest keeps its own sub-event type', [event('dispersed', { start: 0, quad: 4, goldstein: -9, actors: [actor('Police')], acled: { eventType: 'Protests', subEventType: 'Protest with intervention' } }), event('demo2', { start: 20, quad: 3, goldstein: -6.5, family: 'protest', actors: [actor('Protesters')], acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } })], 'dispersed'],
    ['future protest does not replace', [beating, event('fp', { start: 2, quad: 4, goldstein: -6.5, modality: 'future', acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } })], 'beating'],
  ];
  for (const [name, evs, want] of rows) assert.equal(chooseEvent(evs, 'severity')?.id ?? null, want, name);
});

test('chooseEvent: first policy', () => {
  const accuse = event('accuse', { start: 0, plover: 'ACCUSE', root: '11', quad: 3 });
  const attack = event('attack', { start: 30 });
  assert.equal(chooseEvent([attack, accuse], 'first')?.id, 'accuse');
  assert.equal(chooseEvent([event('f', { start: 0, modality: 'future' }), attack], 'first')?.id, 'attack');
});

test('killedCount sums distinct killed quantities at their lower bound', () => {
  assert.equal(killedCount(null), 0);
  assert.equal(killedCount(event('e')), 0);
  assert.equal(killedCount(event('e', { quantities: [killed(3, { min: 3, max: 5, value: 4, span: [0, 4] }), killed(2, { span: [10, 11] })] })), 5);
  assert.equal(killedCount(event('e', { quantities: [killed(2), killed(2)] })), 2);
  assert.equal(killedCount(event('e', { quantities: [killed(7, { kind: 'injured' })] })), 0);
});

test('penta class from CAMEO root', () => {
  const rows: Array<[string, number | null]> = [['01', 0], ['02', 0], ['03', 1], ['05', 1], ['06', 2], ['08', 2], ['09', 3], ['13', 3], ['14', 4], ['15', 4], ['16', 3], ['163', 3], ['17', 4], ['20', 4], ['190', 4], ['xx', null], ['21', null]];
  for (const [root, want] of rows) assert.equal(pentaOfRoot(root), want, root);
  assert.equal(pentaOfEvent(null), 0);
  assert.equal(pentaOfEvent(event('e', { root: '112' })), 3);
});

test('PLOVER 0.5 gold types map to the current manual', () => {
  const rows: Array<[string, string]> = [['DEMAND', 'REQUEST'], ['DISAPPROVE', 'ACCUSE'], ['INVESTIGATE', 'ACCUSE'], ['FIGHT', 'ASSAULT'], ['AGREE', 'AGREE']];
  for (const [old, now] of rows) assert.equal(currentPlover(old), now);
});
