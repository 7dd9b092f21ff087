import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { isPlaceCountry } from '../../src/model/actor.js';
import { eventAtOffset } from '../event-at.js';
import { roleTable } from './role-table.js';

/**
 * Role binding, session 10 (args4; our own sentences): the people a quantity right after a harm verb counts are its
 * object ("killed dozens of civilians"); a state's demonym before "attack", "bombing" or "invasion" names the attacker
 * ("a Russian attack on the city"), not before a machine "attack" qualifies ("attack helicopters"); schoolgirls,
 * schoolboys and nuns are people who can be harmed; the doer of a relative clause or participle adjunct harmed in the
 * main clause keeps its own act ("the militants who attacked the base were killed"); a blast hits the thing it went off
 * at or near; "stabbed to death a woman" has its object after the result phrase.
 */
roleTable('quantity objects', [
  { text: 'The airstrikes killed dozens of civilians in the north.', trigger: 'killed', recipient: 'civilians' },
  { text: 'Bandits abducted hundreds of villagers near the border.', trigger: 'abducted', actor: 'Bandits', recipient: 'villagers' },
  { text: 'Soldiers killed some of the attackers after the ambush.', trigger: 'killed', actor: 'Soldiers', recipient: 'attackers' },
  { text: 'The army killed a large number of rebels in the hills.', trigger: 'killed', actor: 'army', recipient: 'rebels' },
  { text: 'Jihadists killed at least dozens of worshippers at a mosque.', trigger: 'killed', recipient: 'worshippers' },
  // not a quantity: "the leaders of" names a party, not people counted
  { text: 'Gunmen shot the leader of the local council on Friday.', trigger: 'shot', actor: 'Gunmen', notRecipient: 'council' },
]);

roleTable('state demonym before an act of attack', [
  { text: 'A Russian attack on the port killed five dock workers.', trigger: 'attack', actor: 'Russian' },
  { text: 'The Turkish invasion of Cyprus began in the summer of 1974.', trigger: 'invasion', actor: 'Turkish' },
  { text: 'The American bombing campaign lasted for months.', trigger: 'bombing', actor: 'American' },
  { text: 'Russian attack helicopters fired rockets at the village.', trigger: 'fired', notActor: 'Russian' },
]);

roleTable('school and religious victims', [
  { text: 'Militants abducted 200 schoolgirls from a boarding school.', trigger: 'abducted', actor: 'Militants', recipient: 'schoolgirls' },
  { text: 'A schoolboy was shot dead by police during the protest.', trigger: 'shot', actor: 'police', recipient: 'schoolboy' },
  { text: 'Gunmen killed two nuns at the mission.', trigger: 'killed', recipient: 'nuns' },
]);

// a relative clause's doer killed in the main clause: two acts, the doer stays the attacker of its own act
roleTable('doer of a relative clause harmed in the main clause', [
  { text: 'The militants who attacked the base were killed.', trigger: 'attacked', actor: 'militants', notRecipient: 'militants' },
  { text: 'The gunmen who stormed the hotel were later killed in a clash.', trigger: 'stormed', actor: 'gunmen', notRecipient: 'gunmen' },
  // a participle adjunct's doer shot in the main clause: the stabbing keeps its doer and its own victim
  { text: 'A young man was shot dead after stabbing a guard.', trigger: 'stabbing', actor: 'young man', recipient: 'guard', notRecipient: 'young man' },
]);

// "to death" between a harm verb and its object
roleTable('result phrase before the object', [
  { text: 'He stabbed to death a woman in the market.', trigger: 'stabbed', recipient: 'woman' },
  { text: 'A militant was arrested after stabbing to death a 13-year-old girl.', trigger: 'stabbing', actor: 'militant', recipient: 'girl' },
]);

// what a blast went off at, outside or near is its target (a thing, not a settlement); what an explosion's "of" names
// is what blew up
roleTable('blast targets', [
  { text: 'A bomb exploded outside a police station in the capital.', trigger: 'exploded', recipient: 'police station' },
  { text: 'A roadside bomb went off near an army patrol.', trigger: 'went', recipient: 'army patrol' },
  { text: 'Militants blew up a bridge on the main road.', trigger: 'blew', recipient: 'bridge' },
  { text: 'The bridge was blown up by rebels overnight.', trigger: 'blown', actor: 'rebels', recipient: 'bridge' },
  { text: 'A roadside bomb went off near the town of Baaj.', trigger: 'went', notRecipient: 'town' },
  { text: 'The explosion of a gas pipeline injured four workers.', trigger: 'explosion', notRecipient: 'pipeline' },
]);

// "by her rival X": a relation noun after a possessive stands in apposition to the named person, the agent
roleTable('relation noun before a named agent', [
  { text: 'The senator was poisoned by her rival Donald Trump, the report claimed.', trigger: 'poisoned', actor: 'Donald Trump' },
  { text: 'The officer was shot by his colleague John Smith.', trigger: 'shot', actor: 'John Smith' },
]);

// base forms of harm verbs make the harmed profession noun an actor: "tried to kidnap the mayor"
roleTable('harmed office after an infinitive', [
  { text: 'Gunmen attempted to kidnap the mayor on Tuesday.', trigger: 'kidnap', actor: 'Gunmen', recipient: 'mayor' },
  { text: 'The gang tried to murder a district governor in the capital.', trigger: 'murder', recipient: 'governor' },
]);

// a name in a prepositional phrase right before a gerund is the subject of the infinitive the gerund goes on to
roleTable('gerund subject inside a prepositional phrase', [
  { text: 'Police are worried about the prospect of terrorists modifying small, off-the-shelf drones to launch attacks.', trigger: 'attacks', actor: 'terrorists', notActor: 'Police' },
  { text: 'The rise in support for militants seeking to attack the capital worried officials.', trigger: 'attack', actor: 'militants' },
  // a verb's object before a participle is no such subject
  { text: 'Rebels said they destroyed three military vehicles belonging to the army and killed their crews.', trigger: 'killed', notActor: 'vehicles' },
]);

// the "of" phrase of a violent noun after its "by" agent, and past adjectives the actor rule left out
roleTable('patient of a violent noun', [
  { text: 'The historian described the massacre by Polish villagers of hundreds of Jewish men in 1941.', trigger: 'massacre', actor: 'Polish villagers', recipient: 'men' },
  { text: 'The killing by soldiers of three unarmed civilians caused outrage.', trigger: 'killing', actor: 'soldiers', recipient: 'civilians' },
  { text: 'The killing of three unarmed civilians caused outrage.', trigger: 'killing', recipient: 'civilians' },
]);

// a state's name before its land ("British soil") says where the act was, not whom it hit
test('state land as place: the country is kept as the place-country recipient', () => {
  const text = 'Militants could launch attacks on British soil, officials warned.';
  const a = analyze({ text, published: '2024-03-12' });
  const ev = eventAtOffset(a.events, text.indexOf('attacks'));
  assert.ok(ev);
  assert.ok(ev.recipients.some((r) => r.text === 'British' && isPlaceCountry(r)), JSON.stringify(ev.recipients.map((r) => [r.text, r.entry])));
});
