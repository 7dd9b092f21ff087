import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripCodingPhrases, hasCodingPhrase, statesFatalityCoding, stripNoteLabel, plainNote } from '../../src/eval/acled-strip.js';
import { actorMatch, parseAcledActor } from '../../src/eval/acled-actors.js';
import { statesYear } from '../../src/eval/acled.js';
import { actor } from './fixtures.js';

test('stripCodingPhrases removes coding conventions and keeps the event', () => {
  const rows: Array<[string, string]> = [
    ['Three soldiers were killed in Marib. Fatalities coded as 10.', 'Three soldiers were killed in Marib.'],
    ['Protest in Sanaa [size=hundreds].', 'Protest in Sanaa.'],
    ['Clashes near Taiz [unspecified number of fatalities coded to 3].', 'Clashes near Taiz.'],
    ['Shelling east of the city, coded to generic location. Two died.', 'Shelling east of the city. Two died.'],
    ['Forces and local tribes (coded as Popular Resistance) clashed.', 'Forces and local tribes clashed.'],
    ['Militants attacked a post (VoJ reported 3). Unknown fatalities coded as 3.', 'Militants attacked a post (VoJ reported 3).'],
    ['A man was killed in Patos.', 'A man was killed in Patos.'],
    // session 10: a place tag with no comma is cut from "coded" itself, not back to an earlier comma
    ['On 3 May, jets struck a street west of Kara City coded to Kara - North (Kara, Kara Strip), killing two.', 'On 3 May, jets struck a street west of Kara City.'],
    ['Protesters gathered in Kara coded as Kara city.', 'Protesters gathered in Kara.'],
    ['Clashes near Kara. Unknown fatalities in the ranks of both sides coded as 10.', 'Clashes near Kara.'],
    ['Location coded at Kara. Two men were shot.', 'Two men were shot.'],
    // a stop inside closing quotes ends the sentence
    ["Militants attacked a base, causing a 'heavy toll.' Fatalities coded as 10.", "Militants attacked a base, causing a 'heavy toll.'"],
  ];
  for (const [input, want] of rows) assert.equal(stripCodingPhrases(input), want, input);
  assert.equal(hasCodingPhrase('A man was killed in Patos.'), false);
  assert.equal(hasCodingPhrase('Protest [size=no report].'), true);
  assert.equal(statesFatalityCoding('Clashes. Unknown fatalities coded as 10.'), true);
  assert.equal(statesFatalityCoding('Protest [size=no report].'), false);
});

test('parseAcledActor reads country, kind and aliases', () => {
  const rows: Array<[string, string | null, string | null, string | null, string[]]> = [
    ['Military Forces of Syria (2000-)', 'State forces', 'SYR', 'state', ['military forces of syria']],
    ['Houthi Movement - Ansar Allah', 'Rebel group', null, null, ['houthi movement', 'ansar allah']],
    ['Civilians (Yemen)', 'Civilians', 'YEM', 'civilians', ['civilians']],
    ['Protesters (Iraq)', 'Protesters', 'IRQ', 'protesters', ['protesters']],
    ['Unidentified Armed Group (Syria)', null, 'SYR', 'unidentified', ['unidentified armed group']],
    ['Unidentified Gang (Mexico)', 'Political militia', 'MEX', 'unidentified', ['unidentified gang']],
    ['AQAP: Al Qaeda in the Arabian Peninsula', 'Rebel group', null, null, ['aqap', 'al qaeda in the arabian peninsula']],
    ['Police Forces of Iraq (2014-)', 'State forces', 'IRQ', 'state', ['police forces of iraq']],
  ];
  for (const [raw, inter, country, kind, variants] of rows) {
    const a = parseAcledActor(raw, inter);
    assert.deepEqual([a.country, a.kind, a.variants], [country, kind, variants], raw);
  }
  assert.deepEqual(parseAcledActor('Houthi Movement - Ansar Allah').written, ['Houthi Movement', 'Ansar Allah']);
});

test('actorMatch: names, state forces, generic sectors', () => {
  const syria = parseAcledActor('Military Forces of Syria (2000-)', 'State forces');
  const houthi = parseAcledActor('Houthi Movement - Ansar Allah', 'Rebel group');
  const civ = parseAcledActor('Civilians (Yemen)', 'Civilians');
  const prot = parseAcledActor('Protesters (Iraq)', 'Protesters');
  const unid = parseAcledActor('Unidentified Armed Group (Syria)', null);
  const gang = parseAcledActor('Unidentified Gang (Mexico)', null);
  const rows: Array<[string, ReturnType<typeof parseAcledActor>, ReturnType<typeof actor>, string | null, boolean]> = [
    ['regime forces = Syrian state', syria, actor('Syrian government forces', { country: 'SYR', sector: 'MIL', kind: 'generic' }), 'SYR', true],
    ['Russian forces ≠ Syrian state', syria, actor('Russian forces', { country: 'RUS', sector: 'MIL' }), 'SYR', false],
    ['Houthis by name', houthi, actor('the Houthis', { name: 'Houthis' }), 'YEM', true],
    ['Ansar Allah alias', houthi, actor('Ansar Allah'), 'YEM', true],
    ['Saudi-led coalition is not the Houthis', houthi, actor('Saudi-led coalition'), 'YEM', false],
    ['civilians, no country stated', civ, actor('two civilians', { sector: 'CVL', kind: 'generic' }), 'YEM', true],
    ['civilians of another country', civ, actor('Saudi civilians', { sector: 'CVL', country: 'SAU', kind: 'generic' }), 'YEM', false],
    ['protesters', prot, actor('demonstrators', { sector: 'PRO', kind: 'generic' }), 'IRQ', true],
    ['gunmen = unidentified armed group', unid, actor('gunmen', { kind: 'generic', sector: null }), 'SYR', true],
    ['a named group is not unidentified', unid, actor('Hezbollah', { kind: 'group', sector: 'REB' }), 'SYR', false],
    ['gunmen = unidentified gang', gang, actor('gunmen', { kind: 'generic', sector: 'UNK' }), 'MEX', true],
    ['an unnamed gang member = unidentified gang', gang, actor('a gang member', { kind: 'person', sector: 'CRM', entry: null }), 'MEX', true],
    ['a named person is not an unidentified gang', gang, actor('Joaquin Guzman', { kind: 'person', sector: 'CRM', entry: 'per.guzman' }), 'MEX', false],
    ['an unnamed civilian is not an unidentified gang', gang, actor('a man', { kind: 'person', sector: 'CVL', entry: null }), 'MEX', false],
  ];
  for (const [name, gold, ours, country, want] of rows) assert.equal(actorMatch(gold, ours, country), want, name);
});

test('actorMatch uses the dictionary lookup when given', () => {
  const isis = parseAcledActor('Islamic State (Syria)', 'Rebel group');
  const ours = actor('Daesh', { name: 'Islamic State', entry: 'grp.isis' });
  assert.equal(actorMatch(isis, actor('Daesh', { entry: 'grp.isis' }), 'SYR'), false);
  assert.equal(actorMatch(isis, ours, 'SYR'), true);
  const lookup = (n: string) => (n === 'Islamic State' ? { entry: 'grp.isis', name: 'Islamic State' } : null);
  assert.equal(actorMatch(isis, actor('Daesh', { name: 'Daesh', entry: 'grp.isis' }), 'SYR', lookup), true);
});

test('statesYear', () => {
  const rows: Array<[string, boolean]> = [['On 02 February 2020 warplanes struck', true], ['On Oct 12, clashes', false], ['killed 12000 people', false], ['in 1998.', true], ['unit 2020a', true]];
  for (const [t, want] of rows) assert.equal(statesYear(t), want, t);
});

test('stripNoteLabel and plainNote: a leading ACLED label goes, a colon later in the note stays', () => {
  const rows: [string, string][] = [
    ['Movement of forces: Troops arrived in the town.', 'Troops arrived in the town.'],
    ['Coup / Military takeover: The army seized power.', 'The army seized power.'],
    ['Non-violent activity: A checkpoint blocked the road.', 'A checkpoint blocked the road.'],
    ['On 3 May, rebels attacked: two died.', 'On 3 May, rebels attacked: two died.'],
    ['Police said: "we will respond".', 'Police said: "we will respond".'],
    ['A very long opening phrase with far too many words before it: text.', 'A very long opening phrase with far too many words before it: text.'],
    ['No colon at all.', 'No colon at all.'],
  ];
  for (const [input, want] of rows) assert.equal(stripNoteLabel(input), want, input);
  assert.equal(plainNote('Defusal: A bomb was found [size=no report].'), 'A bomb was found.');
});
