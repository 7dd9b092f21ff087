import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { RULE_IMPLIED_PERPETRATOR } from '../../src/resolve/implied-perpetrator.js';

/**
 * A killing whose victim the recogniser does not know ("a person was killed", "an adolescent was shot") gets the
 * implied perpetrator only when it reads as a homicide (a shooting, a killing whose sentence tells of the body found, a body found with marks of violence) and its
 * sentence tells no accident, disaster, illness or death of the past; a killing told in a relative clause is background
 * (session 9, our own sentences; src/resolve/implied-perpetrator.ts, src/resolve/non-violent-death.ts).
 */
const CASES: [string, boolean][] = [
  ['On 2 May 2023, in Morelia, Michoacan, a person was killed and the body was left inside a bag near the market.', true],
  ['On 3 May 2023, an adolescent was shot near the bus terminal of Leon, Guanajuato.', true],
  ['On 4 May 2023, human remains were found in plastic bags in a ravine near Zamora.', true],
  ['On 4 May 2023, a body was found in a parked car; the coroner said the man died of a heart attack.', false],
  // not a homicide: an accident, a disaster, a death of the past, a death with no body or gun told
  ['On 5 May 2023, a person was killed and the body was pulled from the wreck after a head-on collision on the highway.', false],
  ['On 5 May 2023, a person was shot by accident at a hunting lodge.', false],
  ['A person was killed and the body was never found during the 1985 earthquake.', false],
  ['Thousands were killed in the city in 1945; their bodies were buried in mass graves.', false],
  ['On 6 May 2023, an adolescent was killed near the school.', false],
  // background in a relative clause
  ['Relatives demanded the bodies of the men who were killed last year.', false],
];

test('implied perpetrator: unknown victims of a homicide', () => {
  for (const [text, want] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:implied-perpetrator-unknown-victim', published: '2023-05-08' });
    const ev = doc.events.find((e) => e.family === 'assault');
    const got = ev?.actors.find((a) => a.provenance.rule.startsWith(RULE_IMPLIED_PERPETRATOR)) ?? null;
    assert.equal(got !== null, want, `${text}: ${JSON.stringify(doc.events.map((e) => [e.family, e.actors.map((a) => a.provenance.rule)]))}`);
  }
});
