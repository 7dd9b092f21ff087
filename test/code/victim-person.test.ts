import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';

/** Victim counts read past agents, appositives and crowd nouns, and one named victim (src/code/victim-person.ts, arguments.ts). */
const cases: [string, number][] = [
  // one named person as the object of a kill verb
  ['Unknown gunmen killed Mohammed Ali Saleh, a district official, outside his home in the town.', 1],
  ['Militants assassinated commander Omar Haddad near the market on Sunday.', 1],
  // a person's title inside a group's noun phrase is not one victim
  ['Rebels ambushed Afghan commando forces in the valley and 8 commandos were killed.', 8],
  // the number of the "by" phrase counts the killers
  ['A farmer was shot dead by three gunmen on his land.', 1],
  // an appositive of the victims
  ['Twelve villagers, including 5 children and 3 women, were killed when the market was shelled.', 12],
  // a crowd noun that counts the dead
  ['Six protesters were shot dead when police opened fire on the march.', 6],
  ['Police dispersed 300 protesters in the square with tear gas.', 0],
];

for (const [text, killed] of cases) {
  test(`victims: ${text}`, () => {
    assert.equal(killedCount(chooseEvent(analyzeDoc(text).events, 'severity')), killed);
  });
}
