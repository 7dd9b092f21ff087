import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/** One row: a sentence, the trigger word of the event asked about, and the speaker its attribution must name (null: none). */
export interface SpeakerCase { text: string; trigger: string; speaker: string | null }

/** A table-driven test per row: the event at `trigger` has `speaker` among its attributions' speakers, or none. */
export function speakerTable(title: string, cases: readonly SpeakerCase[]): void {
  for (const c of cases) {
    test(`${title}: ${c.text}`, () => {
      const a = analyze({ text: c.text, published: '2024-03-12' });
      const at = c.text.indexOf(c.trigger);
      const ev = eventAtOffset(a.events, at);
      assert.ok(ev, `an event at "${c.trigger}"`);
      const who = ev.attribution.map((x) => x.speaker?.text ?? x.speakerText ?? '');
      if (c.speaker === null) assert.deepEqual(who, []);
      else assert.ok(who.some((w) => w.includes(c.speaker!)), `speaker ${c.speaker} in [${who.join(', ')}]`);
    });
  }
}
