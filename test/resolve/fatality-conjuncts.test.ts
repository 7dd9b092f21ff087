import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';

/**
 * Invented news phrasings of victims joined by "and"/"along with" and of counted subjects (src/code/coordinated-count.ts,
 * src/code/arguments.ts, src/code/victim-person.ts; accidents in src/resolve/fatalities.ts), and the total of the main event.
 */
const cases: { text: string; killed: number }[] = [
  // one person and a count, both objects of the kill verb
  { text: 'Gunmen killed a police officer and three civilians in an attack on the market.', killed: 4 },
  { text: 'Militants ambushed the convoy and killed militia commander Omar Haddad and two of his guards.', killed: 3 },
  { text: 'An air strike hit a house, killing the head of the cell, Omar Haddad, and 4 other fighters.', killed: 5 },
  { text: 'A bomber blew himself up near the checkpoint, killing himself and six policemen.', killed: 7 },
  { text: 'A rebel leader, Jamal Karim, was killed along with two others in a drone strike near the border.', killed: 3 },
  // both counts of "the killing of 3 X and 2 Y"; scare quotes inside the first conjunct
  { text: 'The clashes resulted in the killing of 3 army soldiers and 2 rebel fighters near the bridge.', killed: 5 },
  { text: "Troops killed one rebel 'Colonel' and two of his fighters in a raid on the camp.", killed: 3 },
  // a count and one more person as the subject of "were killed" (session 11); not "and a number of", not another clause
  { text: 'Bandits raided the village. Three farmers and a teacher were killed in the attack.', killed: 4 },
  { text: 'Police said two women and a man were found dead near the market.', killed: 3 },
  { text: 'Rebels shelled the town. Two soldiers from a local unit were killed.', killed: 2 },
  { text: 'Rebels shelled the town. Four soldiers were killed and a civilian was wounded.', killed: 4 },
  // a conjunct with its own participle tells another outcome
  { text: 'The army raided the camp, killing 6 militants and 2 captured.', killed: 6 },
  { text: 'The raid on the camp led to the death of 4 rebels and 3 taken prisoner.', killed: 4 },
  { text: 'Gunmen killed a shopkeeper and two others were wounded in the attack.', killed: 1 },
  // counted subjects: an -ed name or adjective does not end the subject; "died" is a verb
  { text: 'At least 12 soldiers loyal to exiled leader Ahmed Nasser were killed in a bomb blast near the camp.', killed: 12 },
  { text: '4 members of the 9th Armoured Brigade were killed on the front line by rebel snipers.', killed: 4 },
  { text: 'Nine fighters died of wounds they suffered in clashes with the army near the town.', killed: 9 },
  // the dead found; the number of the killers is not the victims
  { text: 'In the town a handcuffed dead man was found in a canal.', killed: 1 },
  { text: 'Police said that three shot dead men were found in the boot of a car.', killed: 3 },
  { text: 'Two armed men killed a local judge in front of his house in the city.', killed: 1 },
  { text: 'Gunmen stopped a car in the street, shooting and killing the driver (a teacher) before fleeing.', killed: 1 },
  // ACLED counts the attackers of a suicide bombing (src/resolve/fatality-suicide.ts), unless the text already does
  { text: 'A suicide bomber struck a police checkpoint in the city. 5 policemen were killed and 9 others were injured.', killed: 6 },
  { text: 'Two suicide bombers attacked a military base near the town, killing four soldiers.', killed: 6 },
  { text: 'Three militants carried out suicide attacks on an army post near the town. 12 soldiers were killed.', killed: 15 },
  { text: 'A suicide bomber attacked a market in the city. 4 people were killed, including the bomber.', killed: 4 },
  { text: 'A suicide bomber blew himself up at a checkpoint, killing himself and two soldiers.', killed: 3 },
  // deaths in an accident are not violence (src/resolve/fatalities.ts)
  { text: 'Residents blocked the highway and burned tyres after a road accident in which a truck killed two children.', killed: 0 },
  { text: 'Unidentified gunmen killed pro-government tribe-affiliated commander Ali Saleh in a camp near the town.', killed: 1 },
];

for (const c of cases) {
  test(`fatality conjuncts: ${c.text}`, () => {
    const doc = analyzeDoc(c.text);
    assert.equal(killedCount(chooseEvent(doc.events, 'severity')), c.killed);
  });
}
