import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * The doers of what an investigation looks into are its recipients ("an inquiry into killings by Ethiopian troops"); the
 * investigator's own "by" and a passive are not (our own sentences). `recipient` is the country of the investigation's
 * recipients joined with "+", "" for none; `accusations` how many ACCUSE events the sentence holds ("alleged" after a
 * preposition or an investigating verb is an adjective, no accusation of its own).
 */
const cases: { text: string; recipient: string; accusations?: number }[] = [
  { text: 'The UN opened an inquiry into killings by Ethiopian troops in Tigray.', recipient: 'ETH' },
  { text: 'Serbian military police launched an investigation into alleged crimes committed by Croat forces.', recipient: 'HRV', accusations: 1 },
  { text: 'Kenya is investigating alleged abuses by Ugandan soldiers near the border.', recipient: 'UGA', accusations: 1 },
  { text: 'An investigation by the United Nations into the killings began on Monday.', recipient: '' },
  { text: 'Amnesty alleged that the army tortured detainees in Mali.', recipient: '', accusations: 1 },
];

for (const c of cases) {
  test(`${c.recipient || 'no recipient'}: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const inquiry = a.events.find((e) => e.provenance.codes?.rule === 'trigger:accuse.investigate');
    if (c.accusations !== undefined) assert.equal(a.events.filter((e) => e.codes.plover.type === 'ACCUSE').length, c.accusations);
    if (!inquiry) { assert.equal(c.recipient, ''); return; }
    assert.equal(inquiry.recipients.map((r) => r.country ?? '-').join('+'), c.recipient, JSON.stringify(inquiry.recipients.map((r) => r.name)));
  });
}
