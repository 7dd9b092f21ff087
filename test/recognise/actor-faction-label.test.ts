import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseActors } from '../../src/recognise/actor-run.js';

/**
 * A named non-state armed group, its faction's label, then an armed noun is one actor, the named group
 * (src/recognise/actor-rules/composite.ts, factionAfter). [text, the actor's exact words, its name as read alone]
 */
const CASES: [string, string, string][] = [
  ['On Monday, Hezbollah Radwan militants shelled a border post.', 'Hezbollah Radwan militants', 'Hezbollah'],
  ['Taliban-Haqqani fighters ambushed a convoy near the pass.', 'Taliban-Haqqani fighters', 'Taliban'],
  ['Al-Shabaab (AS) Jubba faction militants raided the village.', 'Al-Shabaab (AS) Jubba faction militants', 'Al-Shabaab'],
  ['Hamas/Kharub fighters fired rockets at the town.', 'Hamas/Kharub fighters', 'Hamas'],
];

/** No label between, a known name or a lower-case word between, upper-case text: no faction reading. */
const NOT_ONE: [string, string][] = [
  ['Hezbollah militants shelled a border post.', 'Hezbollah militants'],
  ['Clashes between Hamas Israeli troops and police were reported.', 'Hamas Israeli troops'],
  ['Hezbollah said militants shelled a border post.', 'Hezbollah said militants'],
  ['HEZBOLLAH RADWAN MILITANTS SHELLED A BORDER POST.', 'HEZBOLLAH RADWAN MILITANTS'],
];

function nameOf(text: string): string {
  const doc = recogniseActors(`${text} attacked a post.`);
  return doc.actors[0]?.data.name ?? '';
}

test('a group, its faction label and an armed noun are one actor named for the group', () => {
  for (const [text, words, alone] of CASES) {
    const doc = recogniseActors(text);
    const at = text.indexOf(words);
    const m = doc.actors.find((x) => x.start === at && x.end === at + words.length);
    assert.ok(m, `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.entry]))}`);
    assert.equal(m.data.name, nameOf(alone), text);
    assert.equal(m.entry, 'rule:actor.faction', text);
  }
});

test('no faction reading without a label, across a known name or in upper-case text', () => {
  for (const [text, words] of NOT_ONE) {
    const doc = recogniseActors(text);
    const at = text.indexOf(words);
    assert.ok(!doc.actors.some((x) => x.start === at && x.end === at + words.length && x.entry === 'rule:actor.faction'), `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.entry]))}`);
  }
});
