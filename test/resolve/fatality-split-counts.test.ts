import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';

/**
 * Session 12 (branch acled10; invented sentences). Totals told in parts (src/code/arguments.ts): a second count joined by
 * "and" after a first conjunct that holds an "and" of its own, after a comma, or after a place phrase with a number; the
 * companions of counted dead ("were killed along with"); the attackers counted in the subject of "killing themselves
 * and N"; a count inside an appositive with no closing comma is part of the count before it. One victim
 * (src/code/arguments.ts victimAt): "shot dead civilian man", "a civilian death", "his immediate death", "stoned a man to
 * death", "responsibility for the assassination of a leader", "was reported killed".
 */
const cases: { text: string; killed: number }[] = [
  { text: 'Clashes took place between the army and rebels near the dam, killing at least 30 soldiers and allied militiamen and 12 rebel fighters.', killed: 42 },
  { text: 'Rebels ambushed two army checkpoints on the highway, killing 4 at one checkpoint and 6 at the other.', killed: 10 },
  { text: 'Warplanes bombed the area as troops clashed with rebels near the dam, killing at least 5 fighters, and 2 civilians.', killed: 7 },
  { text: 'In the north, six soldiers including a captain were killed along with eleven rebels near the dam.', killed: 17 },
  { text: 'Three gunmen detonated explosives at the gate of the base, killing themselves and four guards.', killed: 7 },
  { text: 'Fighting broke out near the dam. Nine people, including two soldiers were reportedly killed.', killed: 9 },
  // one victim told by a bare noun, a determiner of "death", a verb with "to death" after its object, "responsibility for"
  { text: 'Unknown gunmen shot dead civilian man near the market of the town.', killed: 1 },
  { text: 'A roadside bomb hit a patrol on the main road, resulting in a civilian death.', killed: 1 },
  { text: 'A soldier was hit by a sniper near the dam, which led to his immediate death.', killed: 1 },
  { text: 'Militants stoned a woman to death in the main square of the town.', killed: 1 },
  { text: 'The group claimed responsibility for the assassination of a tribal leader in the town.', killed: 1 },
  { text: 'A shepherd was reported killed by the explosion of a landmine near the dam.', killed: 1 },
  { text: 'Gunmen shot dead a trader in the market. The slain trader was also a local councillor.', killed: 1 },
  { text: 'Hundreds of people protested over his death in front of the police station.', killed: 0 },
  // unchanged: one person and others, a clause of its own after a comma, an appositive with its closing comma
  { text: 'A rebel commander was killed along with three others in an air strike near the dam.', killed: 4 },
  { text: 'Troops shelled the village, killing 3 fighters, and 2 civilians were wounded.', killed: 3 },
  { text: 'Gunmen killed 7 villagers, including 3 women, near the dam.', killed: 7 },
];

for (const c of cases) {
  test(`fatality split counts: ${c.text}`, () => {
    const doc = analyzeDoc(c.text);
    assert.equal(killedCount(chooseEvent(doc.events, 'severity')), c.killed);
  });
}
