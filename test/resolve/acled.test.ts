import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { classifyAcled, acledRules, type AcledFeatures } from '../../src/resolve/acled.js';
import { acledCues, cueTokens } from '../../src/resolve/acled-cues.js';
import { stripAcledConventions } from '../../src/resolve/acled-text.js';
import { acledTypeOf } from '../../src/resolve/ontology.js';
import { dataPath } from '../../src/util/paths.js';

/** Features for an invented sentence: its tokens plus what the recognisers would have found. */
function features(sentence: string, extra: Partial<AcledFeatures> = {}): AcledFeatures {
  return {
    family: '', ploverType: '', cameo: '', triggers: [], weaponCategories: [], actorSectors: [], recipientSectors: [],
    recipientKinds: [], killed: null, sentenceNorms: cueTokens(sentence), modality: 'asserted', ...extra,
  };
}

const MIL = { actorSectors: ['MIL'] };
const REB = { actorSectors: ['REB'] };
const cases: { sentence: string; f?: Partial<AcledFeatures>; sub: string }[] = [
  // Battles
  { sentence: 'Government forces shelled the outskirts of the town.', f: { ...MIL, coFamilies: ['assault', 'fight'] }, sub: 'Armed clash' },
  { sentence: 'Government troops clashed with rebels near the border town.', f: { ...MIL, recipientSectors: ['REB'] }, sub: 'Armed clash' },
  { sentence: 'Soldiers backed by airstrikes fought the insurgents with small arms outside the town.', f: MIL, sub: 'Armed clash' },
  { sentence: 'Militants attacked an army checkpoint, killing three soldiers.', f: { ...REB, recipientSectors: ['MIL'], killed: 3 }, sub: 'Armed clash' },
  { sentence: 'The army recaptured the village from the insurgents after heavy fighting.', f: MIL, sub: 'Government regains territory' },
  { sentence: 'Rebels took control of the district capital after two days of fighting.', f: REB, sub: 'Non-state actor overtakes territory' },
  { sentence: 'The army retook the town of Kamenka from the rebels.', f: { triggers: ['retook'] }, sub: 'Government regains territory' },
  { sentence: 'The town was retaken by militants on Sunday.', f: { triggers: ['retaken'] }, sub: 'Non-state actor overtakes territory' },
  { sentence: 'Foreign troops captured the village of Tel Hamra after clashes with local fighters.', f: { ...MIL, actorForeign: true }, sub: 'Non-state actor overtakes territory' },
  // Explosions/Remote violence
  { sentence: 'Helicopters dropped chlorine barrels on the besieged suburb.', sub: 'Chemical weapon' },
  { sentence: 'Warplanes carried out airstrikes on a market, killing four people.', f: { killed: 4 }, sub: 'Air/drone strike' },
  { sentence: 'A drone struck a car on the coastal road.', f: { weaponCategories: ['drone'] }, sub: 'Air/drone strike' },
  { sentence: 'A suicide bomber blew himself up at the entrance of the police station.', sub: 'Suicide bomb' },
  { sentence: 'Government forces shelled rebel positions with mortars overnight.', f: MIL, sub: 'Shelling/artillery/missile attack' },
  { sentence: 'A roadside bomb exploded as a patrol passed, wounding two soldiers.', sub: 'Remote explosive/landmine/IED' },
  { sentence: 'An unknown man threw a hand grenade at a shop.', sub: 'Grenade' },
  // Violence against civilians
  { sentence: 'Gunmen shot dead two farmers working in their fields.', f: { recipientSectors: ['CVL'], killed: 2 }, sub: 'Attack' },
  { sentence: 'Militiamen raped two women in the village.', f: { recipientSectors: ['CVL'] }, sub: 'Sexual violence' },
  { sentence: 'Unknown gunmen kidnapped a teacher on his way home.', f: { recipientSectors: ['CVL'] }, sub: 'Abduction/forced disappearance' },
  { sentence: 'The militia detained two shepherds at its checkpoint.', f: { ...REB, recipientSectors: ['CVL'] }, sub: 'Abduction/forced disappearance' },
  // Protests
  { sentence: 'Hundreds of teachers rallied outside the ministry to demand unpaid salaries.', sub: 'Peaceful protest' },
  { sentence: 'Residents blocked the highway to demand better water services.', sub: 'Peaceful protest' },
  { sentence: 'Police dispersed the sit-in and detained five protesters.', sub: 'Protest with intervention' },
  { sentence: 'Soldiers fired live ammunition at the demonstrators, killing two.', f: { killed: 2 }, sub: 'Excessive force against protesters' },
  // Riots
  { sentence: 'Demonstrators threw stones at the police and burned tyres on the main road.', sub: 'Violent demonstration' },
  { sentence: 'A mob lynched a man accused of theft in the market.', sub: 'Mob violence' },
  { sentence: 'Villagers beat a suspected thief with sticks.', f: { actorSectors: ['CVL'], recipientSectors: ['CVL'] }, sub: 'Mob violence' },
  // Strategic developments
  { sentence: 'The two sides agreed a ceasefire and exchanged prisoners.', sub: 'Agreement' },
  { sentence: 'Police arrested three members of the opposition party.', f: { actorSectors: ['COP'] }, sub: 'Arrests' },
  { sentence: 'A convoy of reinforcements arrived at the front line.', sub: 'Change to group/activity' },
  { sentence: 'A convoy of tanks and rocket launchers entered the province through the border crossing.', sub: 'Change to group/activity' },
  { sentence: 'Air defences intercepted two drones over the capital.', sub: 'Disrupted weapons use' },
  { sentence: 'Border guards seized a cache of weapons from a truck.', sub: 'Disrupted weapons use' },
  { sentence: 'Foreign troops established a new base near the airport.', sub: 'Headquarters or base established' },
  { sentence: 'Gunmen looted shops in the market and set a warehouse ablaze.', sub: 'Looting/property destruction' },
  { sentence: 'The militia withdrew from the town and the army took control of it without a fight.', sub: 'Non-violent transfer of territory' },
  { sentence: 'Thousands of families fled the town.', sub: 'Other' },
];

for (const c of cases) {
  test(`ACLED: ${c.sentence}`, () => {
    const got = classifyAcled(features(c.sentence, c.f));
    assert.ok(got, 'no rule applied');
    assert.equal(got.subEventType, c.sub, `rule ${got.rule}`);
    assert.equal(got.eventType, acledTypeOf(c.sub));
  });
}

test('every sub-event type that ACLED notes use is covered by a table case', () => {
  const covered = new Set(cases.map((c) => c.sub));
  assert.equal(covered.size, 25);
});

test('negative cases: statements, threats and denials get no ACLED type', () => {
  assert.equal(classifyAcled(features('The minister said the talks would continue next week.')), null);
  assert.equal(classifyAcled(features('The group threatened to shell the city.', { modality: 'threatened' })), null);
  assert.equal(classifyAcled(features('The army denied that it had bombed the village.', { modality: 'negated' })), null);
  assert.equal(classifyAcled(features('Ministers met to discuss the protests.', { family: 'consult', ploverType: 'CONSULT' })), null);
  assert.equal(classifyAcled(features('Washington imposed sanctions over the airstrikes.', { family: 'sanction' })), null);
});

// A hang guard, not a speed assertion: a super-linear matcher would not finish within the timeout.
test('hostile input: a very long sentence is classified', { timeout: 60_000 }, () => {
  const norms = Array.from({ length: 50000 }, (_, i) => ['shot', 'heavy', 'machine', 'guns', 'without', 'a', 'fight'][i % 7]!);
  const r = classifyAcled(features('', { sentenceNorms: norms, triggers: ['shot'] }));
  assert.ok(r === null || typeof r.eventType === 'string');
});

test('the result names the rule that decided', () => {
  const got = classifyAcled(features('A suicide bomber blew himself up at the checkpoint.'));
  assert.equal(got?.rule, 'remote.suicide');
});

test('rules: unique ids, valid results, known cue groups, an example each', () => {
  const rules = acledRules();
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  const groups = new Set(acledCues().cues.map((c) => c.group));
  const file = JSON.parse(readFileSync(dataPath('ontology', 'acled', 'rules.json'), 'utf8')) as { derived: Record<string, (string | string[])[]> };
  const signals = (r: { all?: (string | string[])[]; none?: string[] }): string[] => [...(r.all ?? []).flat(), ...(r.none ?? [])];
  const all = [...rules.flatMap(signals), ...Object.values(file.derived).flat(2)];
  for (const s of all) if (s.startsWith('cue:')) assert.ok(groups.has(s.slice(4)), `unknown cue group ${s}`);
  for (const r of rules) {
    assert.equal(acledTypeOf(r.then.subEventType), r.then.eventType, r.id);
    assert.ok(r.example.length > 10, r.id);
  }
});

test('cues: unique ids, an example each, weapon categories from the weapons list', () => {
  const cues = acledCues().cues;
  assert.equal(new Set(cues.map((c) => c.id)).size, cues.length);
  const categories = new Set(['drone', 'air', 'missile', 'rocket', 'artillery', 'explosive', 'suicide', 'grenade', 'small-arms', 'blade', 'chemical', 'crowd-control', 'naval', 'armour']);
  for (const c of cues) {
    assert.ok(c.example.length > 10 && c.phrases.length > 0, c.id);
    if (c.weapon) assert.ok(categories.has(c.weapon), `${c.id}: ${c.weapon}`);
  }
});

test('cue matcher: longest weapon phrase wins, dashes ignored, prefixes match', () => {
  const groups = (s: string): string[] => acledCues().find(cueTokens(s)).map((h) => h.group);
  assert.ok(groups('They fired grenade launchers at the post.').includes('weapon-artillery'));
  assert.ok(!groups('They fired grenade launchers at the post.').includes('weapon-grenade'));
  assert.ok(groups('Workers held a sit-in.').includes('protest'));
  assert.ok(groups('Thousands demonstrated.').includes('protest'));
  assert.ok(!groups('A member of the air force intelligence was shot.').includes('weapon-air'));
});

const stripCases: [string, string][] = [
  ['On 3 May 2022, 200 people rallied in Lyon. [size=around 200]', 'On 3 May 2022, 200 people rallied in Lyon.'],
  ['Arrests: Police arrested 3 men in Aden.', 'Police arrested 3 men in Aden.'],
  ['Militiamen were killed; fatalities coded as 20.', 'Militiamen were killed.'],
  ['Clashes took place in Mariga LGA (Niger), coded to Mariga, while cattle were moved.', 'Clashes took place in Mariga LGA (Niger), while cattle were moved.'],
  ['Houthi forces shelled the area (fatalities coded to 3). Unknown reported fatalities coded as 10.', 'Houthi forces shelled the area .'],
  ['26 June 2019: AQAP forces attacked a base.', '26 June 2019: AQAP forces attacked a base.'],
];
for (const [input, want] of stripCases) {
  test(`stripAcledConventions: ${input}`, () => assert.equal(stripAcledConventions(input), want));
}

// The cue matcher: first-token index, `stem*` tokens, dash tokens skipped; repeated calls (cached per
// sentence and per trigger) must give the same answer as the first.
const cueCases: { tokens: string[]; groups: string[] }[] = [
  { tokens: ['hundreds', 'demonstrated', 'in', 'the', 'capital'], groups: ['protest'] },
  { tokens: ['a', 'demonstration', '-', 'turned', 'violent'], groups: ['protest'] },
  { tokens: ['nothing', 'happened'], groups: [] },
];
for (const c of cueCases) {
  test(`acled cues: ${c.tokens.join(' ')}`, () => {
    const first = acledCues().find(c.tokens).map((h) => h.group);
    for (const g of c.groups) assert.ok(first.includes(g), `${g} in ${first.join(',')}`);
    if (c.groups.length === 0) assert.deepEqual(first, []);
    assert.deepEqual(acledCues().find([...c.tokens]).map((h) => h.group), first);
  });
}

test('acled classifier: the same features give the same result in any call order', () => {
  const a = features('Gunmen shot dead two farmers working in their fields.', { recipientSectors: ['CVL'], killed: 2, triggers: ['shot dead'] });
  const b = features('Hundreds demonstrated peacefully in the capital.', { family: 'protest', triggers: ['demonstrated'] });
  const first = [classifyAcled(a)?.subEventType, classifyAcled(b)?.subEventType];
  assert.deepEqual([classifyAcled(a)?.subEventType, classifyAcled(b)?.subEventType, classifyAcled(a)?.subEventType], [...first, first[0]]);
  assert.equal(first[0], 'Attack');
});
