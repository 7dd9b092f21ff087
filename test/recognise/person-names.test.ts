import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseActors } from '../../src/recognise/actor-run.js';
import { outletStage } from '../../src/recognise/outlets.js';
import { upperVerb } from '../../src/recognise/actor-rules/given-names.js';

/**
 * Plain person names (src/recognise/actor-rules/person-name.ts): a given name and surnames, a name before an
 * appositive with a person noun, a person noun before a name. Our own sentences.
 */
interface Row { text: string; persons: [string, string][]; none?: string[] }

const ROWS: Row[] = [
  { text: 'Gunmen shot dead Juan Perez outside his shop on Monday.', persons: [['Juan Perez', 'Juan Perez']] },
  { text: 'Maria de la Cruz and Joaquin Lopez y Lopez were abducted.', persons: [['Maria de la Cruz', 'Maria de la Cruz'], ['Joaquin Lopez y Lopez', 'Joaquin Lopez y Lopez']] },
  { text: 'UNKNOWN MEN KILLED LUIS CARLOS GALAN AND ROSA FERNANDEZ SET OFF A MINE.', persons: [['LUIS CARLOS GALAN', 'Luis Carlos Galan'], ['ROSA FERNANDEZ', 'Rosa Fernandez']] },
  { text: 'Police said Mohammad Abed al-Wahab was wounded.', persons: [['Mohammad Abed al-Wahab', 'Mohammad Abed al-Wahab']] },
  { text: 'The victim, Tesfaye Gebremariam, a local farmer, was shot twice.', persons: [['Tesfaye Gebremariam', 'Tesfaye Gebremariam']] },
  { text: 'Police said journalist Hamid Mirza was beaten by the guards.', persons: [['journalist Hamid Mirza', 'Hamid Mirza']] },
  { text: 'The gunman Omar Saddiq opened fire on the crowd.', persons: [['gunman Omar Saddiq', 'Omar Saddiq']] },
  // places and institutions named after people stay out
  { text: 'The fire spread along Francis Street towards Mason County.', persons: [], none: ['Francis Street', 'Mason County'] },
  { text: 'Students of Sam Houston State University marched on Friday.', persons: [], none: ['Sam Houston'] },
  { text: 'Shells fell in Santa Ana and near Hajar Aswad.', persons: [], none: ['Santa Ana', 'Hajar Aswad'] },
  { text: 'Christian Democrats met at the Hospital Juan Pablo.', persons: [], none: ['Christian Democrats', 'Juan Pablo'] },
  // a single capitalised word opening the sentence is no name before an appositive
  { text: 'Yesterday, a soldier was wounded.', persons: [], none: ['Yesterday'] },
];

for (const row of ROWS) {
  test(`person names: ${row.text}`, () => {
    const got = recogniseActors(row.text, [outletStage]).actors;
    const seen = got.map((m) => `${m.text}=${m.data.kind}/${m.entry}`).join('; ');
    for (const [text, name] of row.persons) {
      const m = got.find((x) => x.text === text);
      assert.ok(m, `"${text}" in (${seen})`);
      assert.equal(m.data.kind, 'person');
      assert.equal(m.data.name, name);
      assert.ok(m.entry.startsWith('rule:actor.'), 'a rule id as provenance');
    }
    for (const text of row.none ?? []) assert.ok(!got.some((x) => x.data.kind === 'person' && x.text.includes(text)), `no person "${text}" (${seen})`);
  });
}

test('person names: a later bare surname is the same person (coreference, inferred)', () => {
  const got = recogniseActors('Gunmen shot Juan Perez on Monday. Perez died in hospital.', [outletStage]).actors;
  const later = got.find((m) => m.text === 'Perez');
  assert.ok(later);
  assert.equal(later.data.name, 'Juan Perez');
});

test('upper-case names end before verbs, not before given names ending in -ed', () => {
  assert.equal(upperVerb('murdered'), true);
  assert.equal(upperVerb('set'), true);
  assert.equal(upperVerb('mohammed'), false);
  assert.equal(upperVerb('khaled'), false);
});
