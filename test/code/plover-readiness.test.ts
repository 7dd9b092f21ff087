import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * PLOVER types of readiness, threatened protests, ceasefire violations and figurative battles (session 9, branch
 * plover9), on sentences written for this test: "is prepared/ready to <harm>" is a threat (THREATEN 138), armed forces
 * that "prepared to <harm>" MOBILIZE (150) with the harm itself future, "threatened to hold a strike" is THREATEN, a
 * violated ceasefire is ASSAULT 196 (not a ceasefire), and a battle against a crisis or an epidemic is no event.
 * `type`/`code`/`modality` read the first asserted event (else the first event); null type: no event.
 */
const cases: PloverCase[] = [
  // readiness to harm
  { text: 'The junta said it is prepared to impose a state of emergency in the capital.', type: 'THREATEN', code: '138' },
  { text: 'Hezbollah is ready to strike Israeli towns, its leader said.', type: 'THREATEN', code: '138' },
  { text: 'The soldiers said they were ready to die for their country.', type: null },
  { text: 'Syria is willing to withdraw its troops from the border zone.', type: 'AGREE' },
  // forces getting ready
  { text: 'Government troops were preparing to storm the rebel stronghold on Friday.', type: 'MOBILIZE', code: '150', also: 'ASSAULT:future' },
  { text: 'The navy prepared to shell the coastal villages held by the insurgents.', type: 'MOBILIZE', code: '150' },
  { text: 'Soldiers prepared the stadium for the president\'s visit.', type: null },
  { text: 'The ministry prepared to publish the new budget.', type: null },
  // readiness marks only its own infinitive
  { text: 'The Lebanese government is prepared to impose a curfew as heavy clashes raged between militias and the army in the south.', type: 'THREATEN', also: 'ASSAULT:asserted' },
  // threatened protests
  { text: 'Dock workers threatened on Monday to hold a general strike unless their wages are paid.', type: 'THREATEN' },
  { text: 'Kenyan teachers threatened to stage sit-ins at every ministry.', type: 'THREATEN' },
  { text: 'The party vowed to hold elections in the spring.', type: null },
  // ceasefire violations
  { text: 'The rebels violated the ceasefire agreement twice in the eastern province, the army said.', type: 'ASSAULT', code: '196' },
  { text: 'Government forces breached the truce near the river crossing on Sunday.', type: 'ASSAULT', code: '196' },
  { text: 'The two militias signed a ceasefire agreement in the capital.', type: 'SUPPORT' },
  { text: 'The Truce Violations Commission opened an inquiry into the claims of the two parties.', type: 'ACCUSE' },
  // figurative battles
  { text: 'Norway pledged new funds to help in the battle against the regional food crisis.', type: 'AGREE' },
  { text: 'Health workers are fighting the cholera epidemic in the camps.', type: null },
];

ploverCases(cases);

/** "protested" in words (a complaint, CAMEO 114, PLOVER ACCUSE) against "protested" in the street (PROTEST). */
const protests: { text: string; type: string; code?: string }[] = [
  { text: 'Ankara protested on Tuesday that the drills violated its waters.', type: 'ACCUSE', code: '114' },
  { text: 'The ministry is ignoring the complaints of detainees, a rights group protested on Friday.', type: 'ACCUSE', code: '114' },
  { text: 'After the verdict, hundreds of students protested outside the court.', type: 'PROTEST' },
  { text: 'After the vote, opposition supporters protested.', type: 'PROTEST' },
];

for (const c of protests) {
  test(`protested, ${c.type}: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const got = a.events.map((e) => `${e.codes.plover.type}:${e.codes.cameo.code}:${e.modality}`).join(', ');
    const first = a.events[0];
    assert.ok(first, 'no event');
    assert.equal(first.codes.plover.type, c.type, got);
    if (c.code) assert.equal(first.codes.cameo.code, c.code, got);
  });
}
