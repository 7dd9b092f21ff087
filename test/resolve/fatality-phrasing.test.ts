import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';

/** Invented news phrasings of deaths (src/code/arguments.ts readNumber/singleVictim) and the total of the main event. */
const cases: { text: string; killed: number }[] = [
  // a participle after "was"/"were" is a predicate whatever follows it
  { text: 'One soldier was killed due to the explosion of a roadside bomb near the base.', killed: 1 },
  { text: 'Three policemen were killed following an attack by gunmen on the checkpoint.', killed: 3 },
  // a parenthesised aside or a long subject between the count and the verb
  { text: 'Two militants (suspected members of the group) were killed in a raid by the police in the city.', killed: 2 },
  { text: 'Seven members of the army and militiamen loyal to them were killed in shelling by rebels near the town.', killed: 7 },
  { text: 'Four soldiers and four members of the rebel militia were killed in fighting near the dam.', killed: 8 },
  // "kill" as a verb, a casualty noun right after the count
  { text: 'The rebels managed to kill at least 30 soldiers in an ambush near the river.', killed: 30 },
  { text: 'Rebels shelled the town. 1 civilian death was reported.', killed: 1 },
  { text: 'Gunmen attacked the village. 5 dead bodies were later found in a ditch.', killed: 5 },
  // victims named one by one
  { text: 'A man and a child were shot dead by gunmen in the market.', killed: 2 },
  { text: 'In the village, a soldier, a policeman and a civilian were killed by a bomb.', killed: 3 },
  { text: 'Gunmen shot and killed a farmer and his son in the village.', killed: 2 },
  { text: 'An airstrike hit a car, killing a local commander and a member of his guard.', killed: 2 },
  { text: 'A journalist and his wife were found dead in their house after an attack by gunmen.', killed: 2 },
  { text: 'Gunmen attacked a police post. Both were killed.', killed: 2 },
  // bodies found
  { text: 'The body of a soldier was found near the town with gunshot wounds.', killed: 1 },
  // negative cases: the second phrase is a new subject; counts that are not the victims
  { text: 'Gunmen killed a man and a woman was injured in the attack.', killed: 1 },
  { text: 'Soldiers killed a militant, and a house was burned in the raid.', killed: 1 },
  { text: 'Police found the bodies of 3 men in a river after a gun attack.', killed: 3 },
  { text: 'Seven civilians were killed by two gunmen and their bodies were found in the field.', killed: 7 },
  { text: 'Two soldiers were wounded when a bomb exploded near their patrol.', killed: 0 },
];

for (const c of cases) {
  test(`fatality phrasing: ${c.text}`, () => {
    const doc = analyzeDoc(c.text);
    assert.equal(killedCount(chooseEvent(doc.events, 'severity')), c.killed);
  });
}

test('fatality phrasing: long coordinations and unclosed parentheses do not hang', () => {
  const text = 'a man and '.repeat(3000) + 'were killed. Two fighters ( ' + 'x '.repeat(3000) + 'were killed.';
  assert.ok(analyzeDoc(text));
});
