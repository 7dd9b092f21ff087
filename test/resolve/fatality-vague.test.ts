import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';
import { vagueFatalValue } from '../../src/resolve/fatality-vague.js';

/** Invented reports of deaths without a usable count (src/resolve/fatality-vague.ts) and the total of their main event. */
const cases: { text: string; killed: number; rule?: string }[] = [
  // a killed-and-injured pair without a count: ACLED's unknown number, 10
  { text: 'Rebels shelled army positions near the town, killing and injuring a number of soldiers.', killed: 10, rule: 'fatalities:unknown-number' },
  { text: 'An airstrike hit a truck on the road, killing and wounding those on board.', killed: 10, rule: 'fatalities:unknown-number' },
  { text: 'Militants attacked a checkpoint north of the city, killing and injuring several policemen.', killed: 10 },
  { text: 'Fighters from both sides were killed and wounded in clashes near the river.', killed: 10 },
  // a combined count: half, rounded down ("dozens" = 12)
  { text: 'Government forces repelled an attack on the base, killing and injuring 17 rebels.', killed: 8, rule: 'fatalities:killed-and-injured-half' },
  { text: 'Dozens of soldiers were killed or wounded when rebels stormed the camp.', killed: 6, rule: 'fatalities:killed-and-injured-half' },
  { text: 'Artillery shelled the village, leaving at least 9 people dead or injured.', killed: 4 },
  // vague quantities of the dead
  { text: 'An unknown number of fighters were killed in clashes between the two militias in the valley.', killed: 10 },
  { text: 'Warplanes struck a market in the town, killing a number of civilians.', killed: 10 },
  { text: 'Gunmen attacked the village and several people were killed.', killed: 10 },
  { text: 'Warplanes bombed a residential building in the city, causing unspecified fatalities.', killed: 10 },
  { text: 'Rebels attacked army positions in the hills. Deaths were reported among the soldiers.', killed: 10 },
  // "a"/"an" start a vague quantity only before "number" or a vague adjective (vagueStatements' pre-check)
  { text: 'A bomb exploded in a market, killing a number of shoppers.', killed: 10 },
  { text: 'Gunmen shot at a bus; an unknown number of passengers were killed.', killed: 10 },
  { text: 'A man said an army patrol was ambushed, and a soldier was killed.', killed: 1 },
  // plural victims without a number
  { text: 'Rebels ambushed an army patrol near the border. Soldiers were reportedly killed.', killed: 10 },
  { text: 'Drones struck militia positions in the desert, killing fighters of the group.', killed: 10 },
  // the base forms "kill and injure" / "kill or wound" are a pair too (session 11)
  { text: 'Insurgents ambushed a convoy on the highway and managed to kill and injure a number of troops.', killed: 10, rule: 'fatalities:unknown-number' },
  { text: 'The militia shelled the camp and said it had managed to kill or wound 14 soldiers.', killed: 7, rule: 'fatalities:killed-and-injured-half' },
  // "tens of" the dead: ACLED's "tens", 10 (not "tens of thousands", nor tens of people who did not die)
  { text: 'Rebels killed tens of army soldiers during fierce clashes on the northern front.', killed: 10, rule: 'fatalities:unknown-number' },
  { text: 'Tens of thousands of people marched through the capital.', killed: 0 },
  { text: 'Troops clashed with tens of rioters in the market square.', killed: 0 },
  // plural victims after modifiers: "killing pro-government elements", "killing enemy fighters"
  { text: 'Tribesmen repelled an attack on the hill, killing pro-government elements.', killed: 10, rule: 'fatalities:unknown-number' },
  { text: 'Army units shelled the valley, killing rebel fighters and destroying two vehicles.', killed: 10 },
  { text: 'Gunmen attacked the post, killing its guards.', killed: 0 },
  { text: 'Militants raided the camp, killing two guards.', killed: 2 },
  // a count wins over the fallbacks
  { text: 'Militants attacked a checkpoint, killing 3 soldiers and injuring several others.', killed: 3 },
  { text: 'Gunmen attacked the village. Two farmers were killed and several were wounded.', killed: 2 },
  // negations and hedges
  { text: 'Rebels shelled the town. Neither injuries nor fatalities were reported.', killed: 0 },
  { text: 'Warplanes struck the hills near the town. It was unclear whether deaths or injuries occurred.', killed: 0 },
  { text: 'Soldiers clashed with rebels near the town. No one was killed or injured.', killed: 0 },
  // a bare "Unknown fatalities." is a note that the toll is not known
  { text: 'Rebels clashed with the army in the district. Unknown fatalities.', killed: 0 },
  // the killing of protesters as the reason for a protest is not this event's toll
  { text: 'Students protested in the capital against those who killed demonstrators last year.', killed: 0 },
];

for (const c of cases) {
  test(`vague fatalities: ${c.text}`, () => {
    const doc = analyzeDoc(c.text);
    const ev = chooseEvent(doc.events, 'severity');
    assert.equal(killedCount(ev), c.killed);
    if (c.rule) assert.equal(ev?.fatalities?.rule, c.rule);
  });
}

test('vague fatalities: ACLED values of vague count words', () => {
  const table: [string, number | null][] = [['several', 10], ['tens', 10], ['dozens', 12], ['at least dozens', 12], ['hundreds', 100], ['a few', null], ['5', null]];
  for (const [text, v] of table) assert.equal(vagueFatalValue(text), v, text);
});

test('vague fatalities: hostile input does not hang', () => {
  const text = 'killing and '.repeat(2000) + 'a number of ' .repeat(2000) + 'were were were killed';
  const doc = analyzeDoc(text);
  assert.ok(doc);
});

test('vague fatalities: a passive kill then an active injury is not one combined count', () => {
  const doc = analyzeDoc('Soldiers opened fire on a vehicle in the town. One person was killed and injured another one.');
  assert.equal(killedCount(chooseEvent(doc.events, 'severity')), 1);
});
