import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseActors } from '../../src/recognise/actor-run.js';

/**
 * A singular noun of a non-state armed group before another armed noun is one actor on the side the first noun names
 * ("guerrilla commandos" are guerrillas), and "urban"/"rural" are modifiers (src/recognise/actor-rules/composite.ts).
 * [text, the longest actor expected there (its exact words), its sector]
 */
const CASES: [string, string, string][] = [
  ['The police post was bombed by urban guerrilla commandos on Sunday.', 'urban guerrilla commandos', 'REB'],
  ['Guerrilla commandos blew up two power pylons near the dam.', 'Guerrilla commandos', 'REB'],
  ['A terrorist commando planted the bomb under the bridge.', 'terrorist commando', 'REB'],
  ['THE TOWN HALL WAS ATTACKED BY URBAN GUERRILLA COMMANDOS.', 'URBAN GUERRILLA COMMANDOS', 'REB'],
  ['Rural guerrillas ambushed a patrol in the hills.', 'Rural guerrillas', 'REB'],
  // the army's own commandos stay the army's
  ['Army commandos stormed the hideout.', 'Army commandos', 'MIL'],
];

/** A plural armed noun is no classifier: "guerrillas" before "soldiers" are two phrases. */
const NOT_ONE: [string, string][] = [
  ['The guerrillas soldiers say are hiding in the hills fled.', 'guerrillas soldiers'],
  ['Residents said rebels fighters had left were back.', 'rebels fighters'],
];

test('an armed noun-noun compound is one actor on the side of its first noun', () => {
  for (const [text, words, sector] of CASES) {
    const doc = recogniseActors(text);
    const at = text.indexOf(words);
    const m = doc.actors.find((x) => x.start === at && x.end === at + words.length);
    assert.ok(m, `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.entry]))}`);
    assert.equal(m.data.sector, sector, text);
  }
});

test('a plural armed noun does not classify the noun after it', () => {
  for (const [text, words] of NOT_ONE) {
    const doc = recogniseActors(text);
    const at = text.indexOf(words);
    assert.ok(!doc.actors.some((x) => x.start === at && x.end === at + words.length), `${text}: ${JSON.stringify(doc.actors.map((x) => x.text))}`);
  }
});
