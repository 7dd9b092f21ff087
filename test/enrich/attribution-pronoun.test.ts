import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from '../code/role-table.js';
import { speakerTable } from './speaker-table.js';

/**
 * The pronoun subject of a reported clause stands for the speaker (src/enrich/attribution.ts speakerPronoun) when it
 * agrees with it (it: no single person; he/she: a person; they: no single person) and no nearer subject fits it; "was
 * quoted as saying" is a reporting cue whose subject is the speaker (src/code/reporting.ts), and a bracketed short form
 * may stand between a subject and its appositive (src/code/subject-appositive.ts). Own sentences.
 */
roleTable('a speaker pronoun stands for the speaker', [
  { text: 'President Museveni was quoted as saying he would send troops to Congo.', trigger: 'send', actor: 'Museveni' },
  { text: 'President Museveni was quoted by the state news agency as saying he would send troops to Congo.', trigger: 'send', actor: 'Museveni' },
  { text: 'The Kenya Teachers Union (KTU), the largest union in the country, announced on Monday that it had called off its strike.', trigger: 'called off', actor: 'Kenya Teachers Union' },
  { text: 'Kenyan police said on Sunday it had arrested 12 suspects in Mombasa.', trigger: 'arrested', actor: 'Kenyan police' },
  { text: 'Egypt said that it had arrested 20 militants in Sinai.', trigger: 'arrested', actor: 'Egypt' },
  { text: 'The Yemeni army announced that after two days of clashes with the rebels, backed by tribal militias, they had captured the town.', trigger: 'captured', actor: 'Yemeni army' },
]);

roleTable('a pronoun that does not agree with the speaker stands for no one here', [
  { text: 'President Museveni said it would send troops to Congo.', trigger: 'send', notActor: 'Museveni' },
  { text: 'President Museveni said they would send troops to Congo.', trigger: 'send', notActor: 'Museveni' },
  { text: 'President Museveni was quoted as saying they would send troops to Congo.', trigger: 'send', notActor: 'Museveni' },
  { text: 'The Egyptian government said he had arrested 20 militants in Sinai.', trigger: 'arrested', notActor: 'Egyptian government' },
]);

speakerTable('quoted as saying', [
  { text: 'President Museveni was quoted as saying rebels attacked the town.', trigger: 'attacked', speaker: 'Museveni' },
]);

/** An expletive "it" after a speaker reports no act of the speaker's. */
for (const text of ['He said it was raining.', 'The Egyptian interior minister said it was unclear.']) {
  test(`no event from an expletive pronoun: ${text}`, () => {
    assert.deepEqual(analyze({ text, published: '2024-03-12' }).events.map((e) => e.actors.map((a) => a.text)).flat(), []);
  });
}
