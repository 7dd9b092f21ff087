import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';

/** Invented reports whose death toll is only a claim the article refutes (src/resolve/fatalities.ts, refutedClaims). */
const cases: { text: string; killed: number; rule?: string }[] = [
  // a claimed toll, refuted later: not counted
  { text: 'Insurgents detonated a roadside bomb near an army convoy on Monday. The group claimed the blast killed soldiers. Local sources refuted the group\'s claim.', killed: 0, rule: 'fatalities:refuted-claim' },
  { text: 'Militants attacked an army post in the hills on Monday. The militants claimed they killed 12 soldiers. The army dismissed these claims.', killed: 0, rule: 'fatalities:refuted-claim' },
  { text: 'Rebels shelled a government base near the town. Rebel media claimed 7 troops were killed, but officials rejected the reports.', killed: 0, rule: 'fatalities:refuted-claim' },
  { text: 'A drone struck a militia position north of the city. The militia alleged that 3 fighters died; the claim was denied by the ministry.', killed: 0 },
  // deaths not refuted: still counted
  { text: 'Gunmen attacked a checkpoint in the district, killing 4 policemen. The rebel group denied involvement.', killed: 4 },
  { text: 'Militants ambushed a patrol on Monday, killing 5 soldiers. The group denied responsibility for the attack.', killed: 5 },
  { text: 'Insurgents claimed an attack on a convoy that killed 6 soldiers. The army confirmed the deaths.', killed: 6 },
  // a claim of responsibility is no claim of the deaths
  { text: 'Militants claimed responsibility for a bombing that killed 3 soldiers. The ministry rejected the claims of looting.', killed: 3 },
  // a refuted claim about something else leaves a stated, unclaimed toll standing
  { text: 'Gunmen stormed a village on Monday, killing 2 farmers. The police rejected the claims of looting.', killed: 2 },
];

for (const c of cases) {
  test(`refuted fatality claims: ${c.text}`, () => {
    const doc = analyzeDoc(c.text);
    const ev = chooseEvent(doc.events, 'severity');
    assert.equal(killedCount(ev), c.killed);
    if (c.rule) assert.equal(ev?.fatalities?.rule, c.rule);
  });
}

test('refuted fatality claims: hostile input does not hang', () => {
  const doc = analyzeDoc('claimed killed 5 soldiers. ' + "refuted the AQAP's ".repeat(3000) + 'claim.');
  assert.ok(doc);
});
