import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAcled, acledNoteGroups, type AcledFeatures } from '../../src/resolve/acled.js';
import { cueTokens } from '../../src/resolve/acled-cues.js';
import { symbolicBurns } from '../../src/resolve/acled-symbolic.js';
import { acledTypeOf } from '../../src/resolve/ontology.js';

/**
 * ACLED event-type rules for the classes of phrasing that separate battles, remote violence, violence
 * against civilians, riots and strategic developments. Invented sentences with the features the
 * recognisers would find; each case names the class it stands for.
 */
function features(sentence: string, extra: Partial<AcledFeatures> = {}): AcledFeatures {
  return {
    family: 'assault', ploverType: 'ASSAULT', cameo: '190', triggers: [], weaponCategories: [], actorSectors: [], recipientSectors: [],
    recipientKinds: [], killed: null, sentenceNorms: cueTokens(sentence), modality: 'asserted', ...extra,
  };
}

const REB = { actorSectors: ['REB'] };
const MIL = { actorSectors: ['MIL'] };
const cases: { why: string; sentence: string; f?: Partial<AcledFeatures>; sub: string }[] = [
  // remote weapons beside close-range fire or as support of an attack: a battle
  { why: 'snipers beside shelling', sentence: 'Rebels shelled army posts with mortars while their snipers targeted soldiers on the ridge.', f: { ...REB, recipientSectors: ['MIL'] }, sub: 'Armed clash' },
  { why: 'light arms listed with artillery', sentence: 'The militia fired artillery shells, light machine guns and rocket grenades at the army positions.', f: { ...REB, triggers: ['fired'] }, sub: 'Armed clash' },
  { why: 'artillery as support', sentence: 'Government troops stormed the hilltop with artillery support and killed several insurgents.', f: { ...MIL, recipientSectors: ['REB'], killed: 3 }, sub: 'Armed clash' },
  { why: 'shelling as one part of an attack', sentence: 'Insurgents attacked the garrison, including with mortar shelling, on Monday night.', f: { ...REB, recipientSectors: ['MIL'] }, sub: 'Armed clash' },
  { why: 'exchange of artillery fire', sentence: 'An exchange of artillery fire between the two armies was reported along the river.', sub: 'Armed clash' },
  { why: 'exchanged targeting', sentence: 'Rebels and regime forces exchanged targeting near the bridge with mortars.', sub: 'Armed clash' },
  { why: 'fire exchanges', sentence: 'Fire exchanges took place between the two militias after one side fired rockets at the other.', sub: 'Armed clash' },
  // shelling alone stays remote violence
  { why: 'machine guns and artillery at a village', sentence: 'Government forces fired artillery and heavy machine guns at the village overnight.', f: { ...MIL, triggers: ['fired'] }, sub: 'Shelling/artillery/missile attack' },
  { why: 'shelling together with airstrikes', sentence: 'Regime forces shelled the town in conjunction with airstrikes by warplanes.', f: MIL, sub: 'Air/drone strike' },
  // a demonstration with clashes or confrontations with the police is a riot; clashes that are only the topic are not
  { why: 'clashes at a demonstration', sentence: 'Students demonstrated against the reform and clashes erupted between them and the police.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141' }, sub: 'Violent demonstration' },
  { why: 'confrontations with security forces', sentence: 'Hundreds demonstrated in the capital and renewed confrontations took place with security forces.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141' }, sub: 'Violent demonstration' },
  { why: 'fireworks thrown at a demonstration', sentence: 'Youths staged a demonstration in the old town, throwing fireworks at passing cars.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141' }, sub: 'Violent demonstration' },
  { why: 'clashes as the topic of a protest', sentence: 'Residents protested against the clashes between armed groups near their village.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141' }, sub: 'Peaceful protest' },
  { why: 'a prison riot', sentence: 'A prison riot broke out in the central jail after a search of the cells.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '145' }, sub: 'Mob violence' }, // no demonstration told: a riot by a crowd that did not demonstrate (riot.mob.damage, etype5)
  // symbolic burnings and flash mobs are peaceful, also when the burning verb is the event's own trigger
  { why: 'a flag burned at a protest', sentence: 'Protesters burned the flag of the ruling party outside the town hall.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141' }, sub: 'Peaceful protest' },
  { why: 'an effigy burning as the trigger', sentence: 'At the protest, students burned an effigy of the minister.', f: { triggers: ['burned'], actorSectors: ['PRO'] }, sub: 'Peaceful protest' },
  { why: 'flags were burned (passive)', sentence: 'During the demonstration several flags were burned in front of the embassy.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141' }, sub: 'Peaceful protest' },
  { why: 'a flash mob', sentence: 'Forty activists held a flash mob protest at the station against fare rises.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141', triggers: ['mob', 'protest'] }, sub: 'Peaceful protest' },
  { why: 'burning cars is still a riot', sentence: 'Protesters burned cars and tyres on the ring road.', f: { family: 'protest', ploverType: 'PROTEST', cameo: '141' }, sub: 'Violent demonstration' },
  // one-sided violence by people who are armed, or by a few individuals, is violence against civilians, not mob violence
  { why: 'armed herders', sentence: 'Armed herders killed a farmer in his field near the village.', f: { actorSectors: ['CVL'], recipientSectors: ['CVL'], killed: 1 }, sub: 'Attack' },
  { why: 'a few individuals', sentence: 'A shopkeeper was stabbed and beaten by two individuals who fled on a motorbike.', f: { actorSectors: ['CVL'] }, sub: 'Attack' },
  { why: 'a crowd is still a mob', sentence: 'Residents caught two suspected thieves and beat them in the square.', f: { actorSectors: ['CVL'], recipientSectors: ['CVL'] }, sub: 'Mob violence' },
  // an air strike answered by the target's air defences (told anywhere in the note) is an exchange of fire
  { why: 'air strike met by air defences', sentence: 'Warplanes carried out air raids on militia positions near the border.', f: { ...MIL, recipientSectors: ['MILITIA'], noteGroups: ['air-defence-response'] }, sub: 'Armed clash' },
  { why: 'air strike without an answer', sentence: 'Warplanes carried out air raids on militia positions near the border.', f: { ...MIL, recipientSectors: ['MILITIA'] }, sub: 'Air/drone strike' },
  { why: 'air strike on civilians met by air defences', sentence: 'Warplanes struck a market in the town, killing five civilians.', f: { ...MIL, recipientSectors: ['CVL'], killed: 5, noteGroups: ['air-defence-response'] }, sub: 'Air/drone strike' },
  { why: 'an intercepted drone', sentence: 'Air defences intercepted two drones over the capital.', f: { family: 'intercept', ploverType: 'COERCE', cameo: '1724', noteGroups: ['air-defence-response'] }, sub: 'Disrupted weapons use' },
  // storming a building is a raid, not a takeover of territory; civilians taking over a building to press a demand protest
  { why: 'stormed a school and kidnapped', sentence: 'Armed men stormed a school and kidnapped two teachers.', f: { actorSectors: ['UNK'], triggers: ['stormed', 'kidnapped'], recipientSectors: ['EDU'] }, sub: 'Abduction/forced disappearance' },
  { why: 'stormed a village and abducted', sentence: 'Militiamen stormed the village and abducted several residents.', f: { actorSectors: ['MILITIA'], triggers: ['stormed', 'abducted'], recipientSectors: ['CVL'] }, sub: 'Abduction/forced disappearance' },
  { why: 'stormed and captured is still a takeover', sentence: 'Rebels stormed and captured the army base on the hill.', f: { ...REB, family: 'fight', triggers: ['stormed'] }, sub: 'Non-state actor overtakes territory' },
  { why: 'parents took over a school to demand', sentence: 'About a hundred parents took over the school to demand repairs to its roof.', f: { family: 'fight', triggers: ['took over'], actorSectors: ['CVL'] }, sub: 'Peaceful protest' },
  { why: 'farmers occupied a pumping station to demand', sentence: 'Farmers took control of the pumping station to demand water for their fields.', f: { family: 'fight', triggers: ['took control of'], actorSectors: ['CVL'] }, sub: 'Peaceful protest' },
  { why: 'rebels taking a town are not protesting', sentence: 'Rebels took control of the town to demand concessions from the government.', f: { ...REB, family: 'fight', triggers: ['took control of'] }, sub: 'Non-state actor overtakes territory' },
  // machine guns fired at a place, with no clash and no named target, are coded like shelling
  { why: 'machine guns at a village', sentence: 'Government forces fired heavy machine guns at the outskirts of the village overnight.', f: { ...MIL, triggers: ['fired'] }, sub: 'Shelling/artillery/missile attack' },
  { why: 'medium weapons at a district', sentence: 'The militia targeted the district with medium weapons and machine guns.', f: { actorSectors: ['MILITIA'], triggers: ['targeted'] }, sub: 'Shelling/artillery/missile attack' },
  { why: 'machine guns at a checkpoint', sentence: 'Gunmen opened fire with machine guns on an army checkpoint in the village.', f: { actorSectors: ['UNK'], recipientSectors: ['MIL'], triggers: ['opened fire'] }, sub: 'Armed clash' },
  { why: 'machine guns in a clash', sentence: 'Clashes with machine guns took place between the two factions near the village.', f: { family: 'fight', triggers: ['clashes'] }, sub: 'Armed clash' },
  // a device that blows up while being made or planted, or is found before it goes off, is a disrupted weapons use
  { why: 'exploded while being planted', sentence: 'Two militants were killed when the bomb they were planting by the road exploded early.', f: { weaponCategories: ['explosive'], killed: 2 }, sub: 'Disrupted weapons use' },
  { why: 'exploded accidentally', sentence: 'An IED exploded accidentally in a workshop, killing the man who was assembling it.', f: { weaponCategories: ['explosive'], killed: 1 }, sub: 'Disrupted weapons use' },
  { why: 'found and destroyed', sentence: 'Soldiers destroyed two IEDs that were found buried beside the road.', f: { ...MIL, triggers: ['destroyed'] }, sub: 'Disrupted weapons use' },
  { why: 'a bomb that went off on a market', sentence: 'A bomb exploded in a crowded market, killing six people.', f: { weaponCategories: ['explosive'], killed: 6 }, sub: 'Remote explosive/landmine/IED' },
  // an armed group that is not a state taking people: fighters are a battle, civilians an abduction (captives named only by a noun)
  { why: 'rebels detained a man', sentence: 'Rebel fighters detained a young man at his home on charges of spying.', f: { ...REB, family: 'coerce', ploverType: 'COERCE', cameo: '173', triggers: ['detained'] }, sub: 'Abduction/forced disappearance' },
  { why: 'rebels arrested rival fighters', sentence: 'The militia arrested a commander and two fighters of a rival faction.', f: { actorSectors: ['MILITIA'], family: 'coerce', ploverType: 'COERCE', cameo: '173', triggers: ['arrested'] }, sub: 'Armed clash' },
  { why: 'police arrests stay arrests', sentence: 'Police arrested a young man suspected of theft.', f: { actorSectors: ['COP'], family: 'coerce', ploverType: 'COERCE', cameo: '173', triggers: ['arrested'] }, sub: 'Arrests' },
  // a raid whose only told outcome is an arrest is the arrest
  { why: 'police raided and arrested', sentence: 'Police raided a house in the old town and arrested three young men.', f: { actorSectors: ['COP'], triggers: ['raided'], recipientSectors: ['CVL'] }, sub: 'Arrests' },
  { why: 'raid that wounded people', sentence: 'Soldiers raided the village, beat several farmers and arrested two of them.', f: { ...MIL, triggers: ['raided'], recipientSectors: ['CVL'] }, sub: 'Attack' },
  // a clash between state forces and people named only as civilians is a riot, not a battle
  { why: 'police and street vendors', sentence: 'A clash broke out between the municipal police and street vendors over the removal of their stalls.', f: { family: 'fight', actorSectors: ['COP'], recipientSectors: ['COP'] }, sub: 'Mob violence' },
  { why: 'soldiers and relatives at a demonstration', sentence: 'During a demonstration at the port, clashes erupted between soldiers and relatives of the victims.', f: { family: 'fight', actorSectors: ['MIL'] }, sub: 'Violent demonstration' },
  { why: 'police and a named armed force', sentence: 'Fighting broke out between the police and the local People\'s Defence Force near the village.', f: { family: 'fight', actorSectors: ['COP'] }, sub: 'Armed clash' },
  { why: 'an armed clash between police and residents', sentence: 'An armed clash between police officers and residents of the hamlet left two dead.', f: { family: 'fight', actorSectors: ['COP'], killed: 2 }, sub: 'Armed clash' },
  // shelling that the target answered or repelled (told anywhere in the note) is an armed clash
  { why: 'mortars answered by the garrison', sentence: 'Militants fired mortar shells at the army base on the hill.', f: { ...REB, recipientSectors: ['MIL'], noteGroups: ['attack-answered'] }, sub: 'Armed clash' },
  { why: 'mortars unanswered', sentence: 'Militants fired mortar shells at the army base on the hill.', f: { ...REB, recipientSectors: ['MIL'] }, sub: 'Shelling/artillery/missile attack' },
  // "naval forces" name an actor, not a weapon
  { why: 'an officer of the naval forces shot', sentence: 'A gunman shot dead an officer of the naval forces near the mosque.', f: { actorSectors: ['UNK'], triggers: ['shot'] }, sub: 'Armed clash' },
  // a crowd named only by crowd words that beats or assaults someone is mob violence; armed or lethal attackers are not
  { why: 'a group of villagers beat a man', sentence: 'A group of villagers beat a man accused of stealing a goat.', f: { triggers: ['beat'] }, sub: 'Mob violence' },
  { why: 'party members attacked a candidate', sentence: 'Members of a rival party attacked and injured a council candidate near the polling station.', f: { triggers: ['attacked'] }, sub: 'Mob violence' },
  { why: 'beaten by a group of people (passive)', sentence: 'A shopkeeper was beaten by a group of people after an argument over prices.', f: { triggers: ['beaten'] }, sub: 'Mob violence' },
  { why: 'a group of gunmen is armed', sentence: 'A group of gunmen attacked a farmer in his field.', f: { triggers: ['attacked'] }, sub: 'Attack' },
  // "bombed" is remote violence even without a named weapon; military boats are naval weapons
  { why: 'bombed a vehicle', sentence: 'The militia bombed an army vehicle on the coastal road.', f: { actorSectors: ['MILITIA'], recipientSectors: ['MIL'], triggers: ['bombed'] }, sub: 'Remote explosive/landmine/IED' },
  { why: 'military boats opened fire', sentence: 'Military boats opened fire toward the beach at dawn.', f: { ...MIL, triggers: ['opened fire'] }, sub: 'Shelling/artillery/missile attack' },
  // takeovers told with no resistance anywhere in the note; police captures; captured weapons
  { why: 'took control, no clashes in a later sentence', sentence: 'Government troops took control of the district capital on Friday.', f: { ...MIL, family: 'fight', triggers: ['took control of'], noteGroups: ['no-resistance'] }, sub: 'Non-violent transfer of territory' },
  { why: 'police captured migrants', sentence: 'Police captured and detained forty migrants who had crossed the border illegally.', f: { actorSectors: ['COP'], family: 'fight', triggers: ['captured'], recipientSectors: ['REF'] }, sub: 'Arrests' },
  { why: 'captured weapons', sentence: 'The army captured a number of weapons and explosives from the rebels.', f: { ...MIL, family: 'fight', triggers: ['captured'] }, sub: 'Disrupted weapons use' },
];

for (const c of cases) {
  test(`ACLED type (${c.why}): ${c.sentence}`, () => {
    const got = classifyAcled(features(c.sentence, c.f));
    assert.ok(got, 'no rule applied');
    assert.equal(got.subEventType, c.sub, `rule ${got.rule}`);
    assert.equal(got.eventType, acledTypeOf(c.sub));
  });
}

test('note groups: air defences answering are found anywhere in the text, places named after them are not', () => {
  assert.deepEqual(acledNoteGroups(cueTokens('Jets struck a depot. The regime\'s air defenses engaged them.')), ['air-defence-response']);
  assert.deepEqual(acledNoteGroups(cueTokens('Jets struck the air defense base and the air defence battalion.')), []);
});

test('symbolic burnings: burn verbs with a symbolic object, active or passive', () => {
  const at = (s: string): number[] => [...(symbolicBurns(cueTokens(s)) ?? [])];
  assert.deepEqual(at('Protesters burned the party flag outside parliament.'), [1]);
  assert.deepEqual(at('Several flags were burned in front of the embassy.'), [3]);
  assert.deepEqual(at('Rioters burned cars and a police station.'), []);
});
