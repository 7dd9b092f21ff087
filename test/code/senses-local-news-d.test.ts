import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Non-conflict senses met in local news, third round (data/senses.json, rules of the LGL hand audit in
 * docs/EVALUATION.md "Precision on non-conflict news", branch precision3): a court named "Court of Appeals", an
 * election won by "beating" a rival, a football cross "whipped in", an "assault rifle" as a weapon type, a "news
 * release" or a "photo released by", a private person "visiting from" a town. The same words in their event sense
 * still code. Own sentences.
 */
interface Case {
  text: string;
  /** the family that must not (other) or must (kept) be coded from a trigger starting with `trigger` */
  family: string;
  trigger: string;
}

function coded(c: Case): boolean {
  const a = analyze({ text: c.text, published: '2024-03-12' });
  return a.events.some((e) => e.family === c.family && e.triggers.some((t) => t.text.toLowerCase().startsWith(c.trigger)));
}

const other: Case[] = [
  { text: 'She asked the Court of Appeals to overturn the verdict.', family: 'request', trigger: 'appeals' },
  { text: 'The appeals court ruled that the trial was unfair.', family: 'request', trigger: 'appeals' },
  { text: 'The residents went to the planning appeal board.', family: 'request', trigger: 'appeal' },
  { text: 'Ruiz and Ann Lee won the two seats, beating Tom K.', family: 'assault', trigger: 'beating' },
  { text: 'The incumbent held her seat, beating the challenger by 4,000 votes.', family: 'assault', trigger: 'beating' },
  { text: 'Lopez whipped in a low cross from the left and Diaz headed home.', family: 'assault', trigger: 'whipped' },
  { text: 'He was seen trying to buy an assault rifle for 500 dollars.', family: 'assault', trigger: 'assault' },
  { text: 'The boy was found unharmed, according to a news release from Dayton Police.', family: 'retreat', trigger: 'release' },
  { text: 'Tom and Ann Reed, visiting from Chicago, said the show was wonderful.', family: 'consult', trigger: 'visiting' },
];

const kept: Case[] = [
  { text: 'Troops fired assault rifles at the crowd.', family: 'assault', trigger: 'assault' },
  { text: 'A gunman with an assault rifle killed six people at a mall.', family: 'assault', trigger: 'killed' },
  { text: 'Police beat the protesters with batons outside the stadium.', family: 'assault', trigger: 'beat' },
  { text: 'Rebels whipped the prisoners.', family: 'assault', trigger: 'whipped' },
  { text: 'Israel released 200 prisoners on Monday, according to a news release.', family: 'retreat', trigger: 'released' },
];

for (const c of other) {
  test(`other sense, no ${c.family} event from "${c.trigger}": ${c.text}`, () => {
    assert.equal(coded(c), false);
  });
}

for (const c of kept) {
  test(`event sense kept, a ${c.family} event from "${c.trigger}": ${c.text}`, () => {
    assert.equal(coded(c), true);
  });
}
