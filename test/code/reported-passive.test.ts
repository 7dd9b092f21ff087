import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Session 10 (branch acled12; invented sentences). "be" + a report participle + the trigger participle ("were reported
 * killed", "was believed kidnapped", "were also reported wounded") is the trigger's passive: its subject is the victim,
 * a recipient, never the doer (src/code/voice.ts, reportedPassive). "reported" as the finite verb stays active.
 */
const rows: { text: string; trigger: string; recipient?: string; actor?: string }[] = [
  { text: 'Four civilians were reported killed in the village of Kara.', trigger: 'killed', recipient: 'civilians' },
  { text: 'Two soldiers were reported killed near the town of Kara.', trigger: 'killed', recipient: 'soldiers' },
  { text: 'Three farmers were also reported wounded in the village of Kara.', trigger: 'wounded', recipient: 'farmers' },
  { text: 'A local teacher was believed kidnapped on the road to Kara.', trigger: 'kidnapped', recipient: 'teacher' },
  { text: 'The rebels reported killed two soldiers near the town of Kara.', trigger: 'killed', actor: 'rebels' },
];

for (const r of rows) {
  test(`reported passive: ${r.text}`, () => {
    const doc = analyzeDoc({ text: r.text, url: 'test:reported-passive' }, { published: null });
    const ev = doc.events.find((e) => e.triggers.some((t) => t.text === r.trigger));
    assert.ok(ev, `no event on "${r.trigger}": ${doc.events.map((e) => e.triggers.map((t) => t.text).join('+')).join(', ')}`);
    const names = (xs: typeof ev.actors): string => xs.map((a) => a.text).join('; ');
    if (r.recipient) {
      assert.ok(ev.recipients.some((a) => a.text.includes(r.recipient!)), `recipients: ${names(ev.recipients)}`);
      assert.ok(!ev.actors.some((a) => a.text.includes(r.recipient!)), `actors: ${names(ev.actors)}`);
    }
    if (r.actor) assert.ok(ev.actors.some((a) => a.text.includes(r.actor!)), `actors: ${names(ev.actors)}`);
  });
}
