import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A threat takes the recipients of the act it threatens (src/resolve/threat-recipient.ts); a thing told with a state's
 * demonym belongs to that state (src/code/targets.ts demonymCountry); "instituted/introduced a curfew" is a curfew
 * imposed (data/triggers/restrict.json). Sentences written for this test.
 * [text, PLOVER type of the first event, its recipient countries]
 */
const CASES: [string, string, string[]][] = [
  ['Syria threatened to shell Turkish villages near the border.', 'THREATEN', ['TUR']],
  ['President Tebboune threatened to institute a curfew in Oran.', 'THREATEN', ['DZA']],
  ['Hamas threatened to kill the hostages.', 'THREATEN', ['PSE']],
  ['Rebels shelled Ugandan towns on Monday.', 'ASSAULT', ['UGA']],
  ['The government introduced a curfew in Kandy after the riots.', 'COERCE', ['LKA']],
  // a threat with no threatened act bound keeps no recipient
  ['The militia threatened to respond.', 'THREATEN', []],
];

for (const [text, type, countries] of CASES) {
  test(`recipients: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:threat-recipients' }, { published: '2024-03-01' });
    const e = doc.events[0];
    assert.ok(e, text);
    assert.equal(e.codes.plover.type, type);
    assert.deepEqual([...new Set(e.recipients.map((r) => r.country))], countries);
  });
}

test('the threat\'s recipient is inferred', () => {
  const doc = analyzeDoc({ text: 'Syria threatened to shell Turkish villages near the border.', url: 'test:threat-recipients' });
  const r = doc.events[0]!.recipients[0]!;
  assert.equal(r.provenance.how, 'inferred');
  assert.ok(r.provenance.rule.startsWith('role:threatened-act-recipient'), r.provenance.rule);
});

test('a school introducing a uniform is no event', () => {
  const doc = analyzeDoc({ text: 'The school introduced a new uniform.', url: 'test:threat-recipients' });
  assert.equal(doc.events.length, 0);
});
