import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from './role-table.js';

/** Victims in appositive lists, numerals before a victim, participle clauses after a subject (our own sentences). */
roleTable('appositive and participle roles', [
  { text: 'The Jesuit priest Juan Ortega, rector of the national university, five other priests and two women were murdered at dawn by armed men.', trigger: 'murdered', actor: 'armed men', recipient: 'Juan Ortega' },
  { text: 'The Jesuit priest Juan Ortega, rector of the national university, five other priests and two women were murdered at dawn by armed men.', trigger: 'murdered', recipient: 'five other priests' },
  { text: 'Gunmen killed Juan Ortega, a teacher at the school, and two women in Cali.', trigger: 'killed', actor: 'Gunmen', recipient: 'two women' },
  { text: 'GUNMEN KILLED JUAN ORTEGA, A TEACHER AT THE SCHOOL, AND TWO WOMEN IN CALI.', trigger: 'KILLED', recipient: 'TWO WOMEN' },
  { text: 'Maria Lopez, the mayor of the town, said soldiers attacked the village.', trigger: 'attacked', actor: 'soldiers', notActor: 'Maria Lopez' },
  { text: 'The killing of 200 villagers by rebels was condemned by the government.', trigger: 'killing', actor: 'rebels', recipient: 'villagers' },
  { text: 'The massacre of 40 fishermen by soldiers shocked the country.', trigger: 'massacre', actor: 'soldiers', recipient: 'fishermen' },
  { text: 'Gunmen backing the rebels attacked the village on Monday.', trigger: 'attacked', actor: 'Gunmen', notActor: 'rebels' },
  { text: 'Soldiers fighting the rebels killed two civilians near the river.', trigger: 'killed', actor: 'Soldiers', notActor: 'rebels' },
  { text: 'Militias including Hezbollah captured the town.', trigger: 'captured', actor: 'Militias' },
  { text: 'A military court has indicted two men accused of carrying out the bombing at the shrine.', trigger: 'bombing', actor: 'two men', notActor: 'court' },
  { text: 'The court convicted a soldier accused of murdering two civilians.', trigger: 'murdering', actor: 'soldier' },
  { text: 'Two rebels were charged with attacking the police station.', trigger: 'attacking', actor: 'Two rebels' },
  { text: 'Rebels launched a deadly and coordinated attack on the base.', trigger: 'attack', actor: 'Rebels' },
  { text: 'The Taliban claimed the attack on the convoy.', trigger: 'attack', actor: 'Taliban' },
  { text: 'The president holds the rebels responsible for the assassination of Juan Perez.', trigger: 'assassination', actor: 'rebels', recipient: 'Juan Perez' },
  { text: 'Officials blamed Hamas for the deadly attack on the bus.', trigger: 'attack', actor: 'Hamas' },
  { text: 'The army is responsible for the killing of two farmers.', trigger: 'killing', actor: 'army' },
  { text: 'The army was not responsible for the killing of two farmers.', trigger: 'killing', notActor: 'army' },
  { text: 'He praised the soldiers for the attack on the bridge.', trigger: 'attack', notActor: 'soldiers' },
  { text: 'The blast wounded three soldiers near the gate.', trigger: 'blast', recipient: 'three soldiers' },
  { text: 'A car bomb that injured five policemen went off in the market.', trigger: 'car bomb', recipient: 'five policemen' },
]);

/** Capitalised words after "the murder/assassination/kidnapping of" name the victim, with no given name needed. */
roleTable('victim names after a violent noun', [
  { text: 'Police are investigating the murder of Jecar Neghme in Santiago.', trigger: 'murder', recipient: 'Jecar Neghme' },
  { text: 'A SPECIAL JUDGE WILL INVESTIGATE THE MURDER OF JECAR NEGHME, SPOKESMAN OF THE MIR.', trigger: 'MURDER', recipient: 'JECAR NEGHME' },
]);

/** Counts and time words after "the murder of" are no name ("THE MURDER OF SIX JESUITS", "OF TWO MORE ENGINEERS LAST WEEK"). */
for (const text of ['GUNMEN CARRIED OUT THE MURDER OF SIX JESUITS AT THE UNIVERSITY.', 'REBELS ADMITTED THE MURDER OF TWO MORE ENGINEERS LAST WEEK.']) {
  test(`no victim name from a count: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const rules = a.events.flatMap((e) => e.recipients).map((x) => `${x.text} ${x.provenance.rule}`);
    assert.ok(!rules.some((r) => r.includes('victim-name')), rules.join(', '));
  });
}

/** "claimed the government thwarted the attack": a verb before the noun phrase's article is no light verb of the noun. */
roleTable('light verb before the article', [
  { text: 'Ahmad Nuri also claimed the government thwarted the attack on the palace.', trigger: 'attack', notActor: 'Ahmad Nuri' },
]);

/** A time span before a comma never opens an appositive name ("3 YEARS AGO, A …"). */
const NO_NAME = [
  'IN ANOTHER INCIDENT 3 YEARS AGO, A MILITANT WAS KILLED BY EMBASSY GUARDS.',
  'Two Days Later, a soldier was killed by a sniper.',
];
for (const text of NO_NAME) {
  test(`no person from a time span: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const names = a.events.flatMap((e) => [...e.actors, ...e.recipients]).map((x) => x.text.toLowerCase());
    assert.ok(!names.some((n) => n.includes('ago') || n.includes('later')), names.join(', '));
  });
}
