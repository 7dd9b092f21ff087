import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';

/** Invented reports of deaths told without a count or a death word (src/resolve/fatality-losses.ts). */
const cases: { text: string; killed: number; rule?: string }[] = [
  // losses of lives
  { text: 'The army shelled rebel trenches near the river, and the rebels suffered heavy losses.', killed: 10, rule: 'fatalities:losses' },
  { text: 'Militia fighters ambushed a patrol on the highway, causing them human and material losses.', killed: 10, rule: 'fatalities:losses' },
  { text: 'Drones struck a convoy in the desert, inflicting losses on the insurgents.', killed: 10 },
  // not losses of lives
  { text: 'Rebels shelled a market in the town, causing material losses.', killed: 0 },
  { text: 'Troops attacked the rebel camp in the hills without suffering losses.', killed: 0 },
  // deaths on both sides, assumed deaths
  { text: 'Rebels clashed with the army near the dam. Fatalities on both sides were reported.', killed: 10, rule: 'fatalities:both-sides' },
  { text: 'Two militias fought over the market; fighters from both sides were killed.', killed: 10 },
  { text: 'Rebels clashed with soldiers near the pass. Given the heavy fighting, fatalities are assumed.', killed: 10, rule: 'fatalities:assumed' },
  // a count wins
  { text: 'Rebels clashed with the army near the dam, and 4 fighters from both sides were killed.', killed: 4 },
  { text: 'The rebels suffered heavy losses when troops shelled their trenches, killing 7 fighters.', killed: 7 },
  // a whole group killed
  { text: 'Rebels destroyed an army vehicle with a roadside bomb, killing its crew.', killed: 10, rule: 'fatalities:whole-group' },
  { text: 'An airstrike hit a pick-up truck on the road, killing all those on board.', killed: 10 },
  { text: 'Gunmen stopped the bus on the road and killed all 6 passengers.', killed: 6 },
];

for (const c of cases) {
  test(`loss fatalities: ${c.text}`, () => {
    const ev = chooseEvent(analyzeDoc(c.text).events, 'severity');
    assert.equal(killedCount(ev), c.killed);
    if (c.rule) assert.equal(ev?.fatalities?.rule, c.rule);
  });
}

/** A vague count in scare quotes of its own is read past the quotes (src/code/arguments.ts, `quoted`). */
const quoted: [string, number][] = [
  ['Militants attacked the village, killing "dozens" of fighters and injuring others.', 12],
  ['"Dozens" of soldiers were reportedly killed in fighting near the pass.', 12],
  ['Gunmen stormed the camp and "scores" of recruits were killed.', 20],
];

for (const [text, killed] of quoted) {
  test(`quoted count: ${text}`, () => {
    assert.equal(killedCount(chooseEvent(analyzeDoc(text).events, 'severity')), killed);
  });
}

test('loss fatalities: hostile input does not hang', () => {
  const doc = analyzeDoc('suffered heavy human '.repeat(3000) + 'losses on both both sides killing all all those');
  assert.ok(doc);
});

/** A toll summarised over a list of places is divided among them, rounded down (src/resolve/fatality-place-split.ts). */
const places: [string, number][] = [
  ['Rebels attacked army posts near the border. During the clashes in Alpha Hill, Beta Ridge and Gamma Farm, 20 soldiers and 11 rebels were killed.', 10],
  ['Rebels attacked army posts near the border. As a result of the fighting in Northtown and Southtown, 9 soldiers were killed.', 4],
  // a stated coding wins over the list
  ['Rebels attacked army posts. During the clashes in Northtown and Southtown, 9 soldiers were killed. Fatalities coded as 9.', 9],
  // one place: no split
  ['Rebels attacked army posts. During the clashes in Northtown, 9 soldiers were killed.', 9],
];

for (const [text, killed] of places) {
  test(`place split: ${text}`, () => {
    assert.equal(killedCount(chooseEvent(analyzeDoc(text).events, 'severity')), killed);
  });
}
