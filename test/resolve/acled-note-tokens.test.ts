import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledNoteGroups } from '../../src/resolve/acled.js';
import { victimTold } from '../../src/resolve/acled-victim.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { tokenVid } from '../../src/recognise/vocab.js';

/**
 * The note groups of a document are read from its tokens' vocabulary numbers (CueMatcher.findTokens, the victim
 * subjects by bitmap) when the tokens are given: the answers must be those of the strings alone, whatever the tokens'
 * numbering state (fresh from the tokeniser, or numbered by an earlier look-up). Our own sentences.
 */
const TEXTS: { text: string; want: string[] }[] = [
  { text: 'Jets hit a fuel depot at night. Air defences fired at them over the port.', want: ['air-defence-response'] },
  { text: 'Rebels shelled an army post; the garrison repelled the attack before dawn.', want: ['attack-answered'] },
  { text: 'Troops entered the town without any clashes.', want: ['no-resistance'] },
  { text: 'It is not clear whether the two sides clashed.', want: ['clash-told', 'clash-doubt'] },
  { text: 'A grenade exploded prematurely in the hands of a militant.', want: ['premature-blast'] },
  { text: 'A man was shot dead. The victim was a retired teacher.', want: ['off-duty', 'victim-civilian'] },
  { text: 'Two men were killed in the market. The victims were gang members, police said.', want: ['victim-armed'] },
  { text: 'He died in police custody — an off-duty officer said so.', want: ['custody', 'off-duty'] },
  { text: 'Gunmen opened fire on a bus on the highway.', want: [] },
  { text: '', want: [] },
];

for (const { text, want } of TEXTS) {
  test(`acledNoteGroups by tokens = by strings: ${text || '(empty)'}`, () => {
    const fresh = tokenize(text);
    const norms = fresh.map((t) => t.norm);
    const byStrings = acledNoteGroups(norms);
    assert.deepEqual([...byStrings].sort(), [...want].sort());
    assert.deepEqual(acledNoteGroups(norms, fresh), byStrings, 'fresh tokens');
    assert.deepEqual(victimTold(norms, fresh), victimTold(norms), 'victimTold, fresh tokens');
    const numbered = tokenize(text);
    for (const t of numbered) tokenVid(t);
    assert.deepEqual(acledNoteGroups(norms, numbered), byStrings, 'numbered tokens');
    // tokens that are not those of the norms (another length) are not read
    assert.deepEqual(acledNoteGroups(norms, numbered.slice(1)), byStrings, 'mismatched tokens ignored');
  });
}
