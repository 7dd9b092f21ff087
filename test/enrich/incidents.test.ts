import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Mergers do not pool the arguments of incidents the text tells apart (src/enrich/incidents.ts): the events at
 * `first` and `second` must be one event (`same`) or two. Own sentences.
 */
const CASES: { text: string; first: string; second: string; same: boolean }[] = [
  // an agentless passive after an attack is its outcome …
  { text: 'Militants attacked a police post in Kunduz on Monday. Three officers were killed.', first: 'attacked', second: 'killed', same: true },
  // … unless it is introduced as another incident, or happened in another town
  { text: 'Militants attacked a police post in Kunduz on Monday. In a separate incident, three farmers were killed.', first: 'attacked', second: 'killed', same: false },
  { text: 'Militants attacked a police post in Kunduz on Monday. Three farmers were killed in Herat.', first: 'attacked', second: 'killed', same: false },
  // two violent clauses of one sentence in two towns are two incidents
  { text: 'A bomb killed four people in Mosul, while a car bomb wounded nine in Kirkuk.', first: 'killed', second: 'car bomb', same: false },
  { text: 'A bomb exploded in Mosul and killed four people.', first: 'exploded', second: 'killed', same: true },
];

for (const c of CASES) {
  test(`incidents: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = (w: string): number => c.text.indexOf(w);
    const find = (w: string) => a.events.find((e) => e.triggers.some((t) => t.span[0] <= at(w) && at(w) < t.span[1]));
    const one = find(c.first);
    const two = find(c.second);
    assert.ok(one && two, `events at "${c.first}" and "${c.second}"`);
    assert.equal(one === two, c.same);
  });
}
