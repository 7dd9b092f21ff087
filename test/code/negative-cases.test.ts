import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/** Sentences that must yield no event, or not a given one (chrono's negative-cases file). */
const noEvent: string[] = [
  'The United States does not seek conflict with Iran.',
  'We do not want this war to widen.',
  'Attacks on bases threaten to expand the risks of a larger conflict.',
  'The minister spoke about the risk of a wider war in the region.',
  'There were zero attacks on U.S. troops for six months.',
  'The report was greater in scope than originally reported last week.',
  'Analysts fear an escalation of the conflict.',
  'The company launched a new smartphone on Tuesday.',
  'Stocks fell sharply as investors feared a recession.',
  'The striker fired a shot past the goalkeeper.',
  'He supported his family for years.',
  'The teacher allowed the children to leave early.',
  'The team ended the season with a win.',
  'The chef gave the guests a tour of the kitchen.',
  'The bill must pass this year, the senator said.',
  'The company lifted its profit forecast.',
  'The company deployed a new software update on Monday.',
  'The engineers were stationed in the head office for a week.',
  // flight needs civilians fleeing (and "left" a place left); damage needs a crowd (etype5)
  'The train left the station at noon.',
  'The minister left the meeting early.',
  'Investors fled the bond market after the report.',
  'The striker broke into the penalty area.',
  'The storm damaged several houses in the valley.',
];

for (const text of noEvent) {
  test(`no event: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const asserted = a.events.filter((e) => e.modality === 'asserted');
    assert.equal(asserted.length, 0, `got ${asserted.map((e) => `${e.family}:${e.triggers.map((t) => t.text)}`).join(', ')}`);
  });
}

/** Sentences that may hold events, but not this one. */
const notThis: { text: string; forbid: (e: ReturnType<typeof analyze>['events'][number]) => boolean; why: string }[] = [
  {
    text: 'Four of the missiles were shot down by the USS Carney and the fifth by Saudi Arabia.',
    forbid: (e) => e.actors.some((a) => a.country === 'SAU') && e.recipients.some((a) => a.country === 'ISR'),
    why: 'Saudi Arabia intercepted, it did not attack Israel',
  },
  {
    text: 'A Pentagon spokesman said the U.S. has no proof that Iran has "explicitly ordered" the attacks.',
    forbid: (e) => e.codes.plover.type === 'ACCUSE' && e.modality === 'asserted',
    why: 'no proof is not an accusation',
  },
  {
    text: 'Hamas denied that it fired the rocket.',
    forbid: (e) => e.codes.plover.type === 'ASSAULT' && e.modality === 'asserted',
    why: 'a denial is not an attack',
  },
  {
    text: 'The army blocked the main road to the border town.',
    forbid: (e) => e.codes.plover.type === 'PROTEST',
    why: 'troops blocking a road is no protest',
  },
  {
    text: 'Dozens of soldiers blocked the road to the border crossing.',
    forbid: (e) => e.codes.plover.type === 'PROTEST',
    why: 'soldiers blocking a road is no protest',
  },
  {
    text: 'The road was blocked by a landslide near the village.',
    forbid: (e) => e.codes.plover.type === 'PROTEST',
    why: 'a road blocked by a landslide is no protest',
  },
  {
    text: 'Israeli forces occupied the hill overlooking the village.',
    forbid: (e) => e.codes.plover.type === 'PROTEST',
    why: 'an army occupying ground is no protest',
  },
  {
    text: 'Turkey protested the decision of the court.',
    forbid: (e) => e.codes.plover.type === 'PROTEST',
    why: 'a verbal objection with an object is no demonstration',
  },
  {
    text: 'Lebanon protested to the United Nations about the raids.',
    forbid: (e) => e.codes.plover.type === 'PROTEST',
    why: 'a complaint to the UN is no demonstration',
  },
  {
    text: 'If Iran attacks U.S. personnel, we will respond.',
    forbid: (e) => e.codes.plover.type === 'ASSAULT' && e.modality === 'asserted',
    why: 'a condition is not an attack',
  },
];

for (const row of notThis) {
  test(`not this event: ${row.text}`, () => {
    const a = analyze({ text: row.text, published: '2024-03-12' });
    const bad = a.events.filter(row.forbid);
    assert.equal(bad.length, 0, row.why);
  });
}
