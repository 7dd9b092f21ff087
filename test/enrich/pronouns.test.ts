import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Pronoun antecedents of violent events (src/enrich/pronouns.ts): the event at `trigger` must have `actor` among
 * its actors or `recipient` among its recipients (substring), and must not have `notActor`/`notRecipient`. Own sentences.
 */
interface Case { text: string; trigger: string; actor?: string; recipient?: string; notActor?: string; notRecipient?: string }

const cases: Case[] = [
  // the subject of a passive: the victim
  { text: 'A soldier was wounded at the checkpoint. He was killed two days later in hospital.', trigger: 'killed', recipient: 'soldier' },
  // an object pronoun after the verb
  { text: 'Governor Ahmed Khan visited the market on Monday. Gunmen shot him outside the mosque.', trigger: 'shot', recipient: 'Ahmed Khan', notRecipient: 'Gunmen' },
  // an active subject: the attacker
  { text: 'Hamas regrouped in Rafah. It attacked Israeli troops on Tuesday.', trigger: 'attacked', actor: 'Hamas' },
  { text: 'The rebels withdrew from Goma. They attacked the town of Sake on Tuesday.', trigger: 'attacked', actor: 'rebels' },
  // the pronoun must fit: "he" is not a plural group, "they" not one person
  { text: 'Gunmen stormed the village on Monday. He was killed in the attack.', trigger: 'killed', notRecipient: 'Gunmen' },
  { text: 'Governor Ahmed Khan visited the market on Monday. They attacked the convoy later.', trigger: 'attacked', notActor: 'Ahmed Khan' },
  // a possessive "her" before a noun is no object; the actor is not its own victim
  { text: 'Minister Amina Yusuf spoke on Monday. Gunmen killed her husband on Tuesday.', trigger: 'killed', notRecipient: 'Amina Yusuf' },
  { text: 'A gunman entered the school. He shot him twice.', trigger: 'shot', actor: 'gunman', notRecipient: 'gunman' },
  // a passive "it" is mostly a thing: no actor antecedent
  { text: 'Hamas fighters fired at a patrol boat. It was struck twice.', trigger: 'struck', notRecipient: 'Hamas' },
  // only him, her and them are object pronouns: not a word that names a property of every object
  { text: 'Governor Ahmed Khan visited the market on Monday. Gunmen shot constructor teams near the port.', trigger: 'shot', notRecipient: 'Ahmed Khan' },
  // too far back: no antecedent beyond two sentences
  { text: 'Hamas regrouped in Rafah. Talks stalled. Prices rose. Schools closed. It attacked the crossing on Tuesday.', trigger: 'attacked', notActor: 'Hamas' },
];

for (const c of cases) {
  test(`pronouns: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.lastIndexOf(c.trigger);
    const ev = a.events.find((e) => e.triggers.some((t) => t.span[0] <= at && at < t.span[1]));
    assert.ok(ev, `an event at "${c.trigger}"`);
    const actors = ev.actors.map((x) => x.text);
    const recipients = ev.recipients.map((x) => x.text);
    if (c.actor) assert.ok(actors.some((x) => x.includes(c.actor!)), `actor ${c.actor} in [${actors.join(', ')}]`);
    if (c.recipient) assert.ok(recipients.some((x) => x.includes(c.recipient!)), `recipient ${c.recipient} in [${recipients.join(', ')}]`);
    if (c.notActor) assert.ok(!actors.some((x) => x.includes(c.notActor!)), `not actor ${c.notActor} in [${actors.join(', ')}]`);
    if (c.notRecipient) assert.ok(!recipients.some((x) => x.includes(c.notRecipient!)), `not recipient ${c.notRecipient} in [${recipients.join(', ')}]`);
  });
}
