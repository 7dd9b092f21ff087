import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { isPlaceCountry } from '../../src/model/actor.js';
import { roleTable } from './role-table.js';
import { eventAtOffset } from '../event-at.js';

/**
 * News roles, session 8 (news12; our own sentences): a city or country behind area words after a locative preposition
 * is the act's place, not its doer or target; a "whose" clause is about the owned noun; the noun an accusal word is
 * said of is the doer even when it names no actor; hedges before an agent; reduced relatives before "were";
 * family and age nouns as victims; people named in a passive relative clause; a dated attack noun after an article;
 * title-cased headline nouns; plural bombers; harmed police nouns; the object of a verb of preventing as the doer.
 */
roleTable('news precision', [
  // "whose": the owned noun is the victim, the owner stays the speaker of the main clause
  { text: 'Maria Lopez, whose husband was shot dead by soldiers, spoke at the hearing.', trigger: 'shot', recipient: 'husband', notRecipient: 'Maria Lopez', actor: 'soldiers' },
  { text: 'Ahmed Karimi, whose brother was kidnapped last year, said the gang demanded money.', trigger: 'kidnapped', recipient: 'brother', notRecipient: 'Karimi' },
  // accusal words: the accused did it, not the subject of the sentence
  { text: 'Police arrested a farmer suspected of killing his neighbour.', trigger: 'killing', notActor: 'Police' },
  { text: 'The court jailed a teenager convicted of stabbing a shopkeeper.', trigger: 'stabbing', notActor: 'court' },
  { text: 'Police detained two gunmen who were accused of attacking a school.', trigger: 'attacking', actor: 'gunmen', notActor: 'Police' },
  // hedges before a "by" agent
  { text: 'A shell fired by presumed rebel fighters hit the market.', trigger: 'fired', actor: 'rebel fighters' },
  { text: 'The convoy was ambushed by suspected Taliban militants.', trigger: 'ambushed', actor: 'Taliban' },
  // family and age nouns harmed
  { text: 'Gunmen killed the son of a local judge on the highway.', trigger: 'killed', recipient: 'son' },
  { text: 'Soldiers killed a teenager at the checkpoint.', trigger: 'killed', recipient: 'teenager' },
  { text: 'An airstrike killed two babies and their mother.', trigger: 'killed', recipient: 'babies' },
  // a date between the article and the attack noun: a noun, whose doer comes with the light verb
  { text: 'A judge charged three men accused of carrying out the June 5 bombing of a bus.', trigger: 'bombing', actor: 'men', notActor: 'judge' },
  { text: 'He was linked to the October 2001 attack on the embassy.', trigger: 'attack', recipient: 'embassy' },
  // plural bombers; a weak police noun harmed
  { text: 'Three suicide bombers attacked a market in Maiduguri.', trigger: 'attacked', actor: 'suicide bombers' },
  { text: 'The raid was carried out by two bombers, officials said.', trigger: 'raid', actor: 'bombers' },
  { text: 'Gunmen shot the officer outside the station.', trigger: 'shot', recipient: 'officer' },
  { text: 'Two guards were wounded in the ambush.', trigger: 'wounded', recipient: 'guards' },
  // the object of a verb of preventing does the act of the "from" gerund
  { text: 'The operation aims to stop the militias from attacking villages.', trigger: 'attacking', actor: 'militias' },
  // a bare state body with no state named is still the doer of a violent verb; "its own people" are its victims
  { text: 'The government is massacring its own people, the activist said.', trigger: 'massacring', actor: 'government', recipient: 'people' },
  { text: 'Pro-Russian hackers attacked the ministry.', trigger: 'attacked', actor: 'hackers' },
  // a people noun in a passive relative clause
  { text: 'Relatives of a man who was shot dead by police marched to the station.', trigger: 'shot', recipient: 'man', actor: 'police' },
]);

/** Places behind area words: where the act was done, never a party to it (place-country recipients aside). */
const placeCases: { text: string; trigger: string; place: string }[] = [
  { text: 'A car bomb exploded in downtown Mogadishu, killing 20 people.', trigger: 'exploded', place: 'Mogadishu' },
  { text: 'A TRUCK BOMB EXPLODED IN DOWNTOWN KABUL, KILLING 12 PEOPLE.', trigger: 'EXPLODED', place: 'KABUL' },
  { text: 'Militiamen attacked a police post in eastern Tripoli on Sunday.', trigger: 'attacked', place: 'Tripoli' },
  { text: 'Gunmen opened fire in northern Nairobi, wounding three guards.', trigger: 'opened fire', place: 'Nairobi' },
];
for (const c of placeCases) {
  test(`news precision, place behind area words: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, `an event at "${c.trigger}"`);
    assert.ok(!ev.actors.some((x) => x.text.includes(c.place)), `not actor ${c.place}: [${ev.actors.map((x) => x.text).join(', ')}]`);
    const parties = ev.recipients.filter((x) => !isPlaceCountry(x)).map((x) => x.text);
    assert.ok(!parties.some((x) => x.includes(c.place)), `not a target ${c.place}: [${parties.join(', ')}]`);
  });
}

/** Headline nouns: a title-cased trigger after a capitalised common noun heads a compound, with no subject. */
for (const text of ['Police Charge 3 Over Market Bombing', 'Court Jails Two Men Over Hotel Attack']) {
  test(`news precision, headline noun: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const violent = a.events.filter((e) => e.codes.plover.type === 'ASSAULT');
    assert.deepEqual(violent.flatMap((e) => e.actors.map((x) => x.text)), []);
  });
}
roleTable('news precision, headline verbs', [
  { text: 'Militants Kill 12 Soldiers In Niger', trigger: 'Kill', actor: 'Militants', recipient: 'Soldiers' },
]);

/** The area word does not hide a target after "on/against/into": "an attack on northern Israel" keeps Israel. */
roleTable('news precision, targets kept', [
  { text: 'Hezbollah fired rockets at northern Israel on Monday.', trigger: 'fired', actor: 'Hezbollah', recipient: 'Israel' },
  { text: 'The hostages released were women and children.', trigger: 'released', recipient: 'hostages' },
]);

/** "the group" for the armed group named in the last two sentences (rule:actor.group-coref, inferred). */
roleTable('news precision, the group', [
  { text: 'Al-Shabaab claimed the bombing in Mogadishu. The group has carried out similar attacks on hotels.', trigger: 'attacks', actor: 'group' },
  { text: 'Boko Haram raided the town on Monday. The militant group killed 20 villagers.', trigger: 'killed', actor: 'group' },
  // a non-armed organisation just before: no antecedent, and no older armed group is reached for
  { text: 'Hamas fired rockets on Sunday. Amnesty International criticised the raid. The group said soldiers killed 12 civilians.', trigger: 'killed', actor: 'soldiers', notActor: 'group' },
], { last: true });

test('news precision, the group: the antecedent is inferred and named', () => {
  const a = analyze({ text: 'Al-Shabaab claimed the bombing in Mogadishu. The group has carried out similar attacks on hotels.', published: '2024-03-12' });
  const ev = a.events.find((e) => e.triggers.some((t) => t.text === 'attacks'));
  const group = ev?.actors.find((x) => x.text === 'group');
  assert.ok(group, 'group actor');
  assert.equal(group.provenance.how, 'inferred');
  assert.match(group.name, /Shabaab/);
});

/** A place phrase after the target noun: the thing attacked is the target, the country or city only its place. */
roleTable('news precision, place after the target', [
  { text: 'An attack by al-Shabaab on a military base in Somalia left 10 soldiers dead.', trigger: 'attack', actor: 'al-Shabaab', recipient: 'soldiers' },
]);
test('news precision, place after the target: the country is no target', () => {
  const a = analyze({ text: 'An attack by al-Shabaab on a military base in Somalia left 10 soldiers dead.', published: '2024-03-12' });
  const ev = a.events.find((e) => e.triggers.some((t) => t.text === 'attack'));
  assert.ok(ev);
  assert.deepEqual(ev.recipients.filter((x) => !isPlaceCountry(x) && x.text.includes('Somalia')).map((x) => x.text), []);
});

/** A verb right after "and" shares the first verb's subject; the first verb's object is not its doer. */
roleTable('news precision, coordinated verbs', [
  { text: 'Soldiers arrested three men and beat a journalist in the market.', trigger: 'beat', actor: 'Soldiers', notActor: 'men' },
  { text: 'Gunmen kidnapped two teachers and shot a guard.', trigger: 'shot', actor: 'Gunmen', notActor: 'teachers' },
  { text: 'Rebels killed 20 villagers and burned their homes.', trigger: 'burned', actor: 'Rebels', notActor: 'villagers' },
]);

/** A plural people noun before a present-tense attack verb with an object is its subject, not an attribute. */
roleTable('news precision, present-tense attack verbs', [
  { text: 'Insurgents Attack Army Base In North', trigger: 'Attack', actor: 'Insurgents' },
  { text: 'Troops raid the camp at dawn.', trigger: 'raid', actor: 'Troops' },
]);
test('news precision, attribute nouns stay attributes: "rebel positions"', () => {
  const a = analyze({ text: 'Government forces shelled rebel positions near the town.', published: '2024-03-12' });
  const ev = a.events.find((e) => e.triggers.some((t) => t.text === 'shelled'));
  assert.ok(ev);
  assert.deepEqual(ev.actors.filter((x) => x.text.includes('rebel')).map((x) => x.text), []);
});
