import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Session 10 (branch acled12; invented sentences). "issued" carries a nominal event like "carried out" or "launched"
 * (LIGHT_VERBS in src/code/bind.ts): the subject of "issued an evacuation order / warning" is the order's actor.
 */
const rows: { text: string; trigger: string; actor: string }[] = [
  { text: 'On 3 May 2025, the army issued an evacuation order for the residents of the Kara district.', trigger: 'evacuation order', actor: 'army' },
  { text: 'Government forces issued an evacuation warning for all residents of eastern Kara.', trigger: 'evacuation warning', actor: 'Government forces' },
];

for (const r of rows) {
  test(`light verb "issued": ${r.text}`, () => {
    const doc = analyzeDoc({ text: r.text, url: 'test:light-verb-issued' }, { published: null });
    const ev = doc.events.find((e) => e.triggers.some((t) => t.text === r.trigger));
    assert.ok(ev, `no event on "${r.trigger}": ${doc.events.map((e) => e.triggers.map((t) => t.text).join('+')).join(', ')}`);
    assert.ok(ev.actors.some((a) => a.text.includes(r.actor)), `actors: ${ev.actors.map((a) => a.text).join('; ')}`);
  });
}
