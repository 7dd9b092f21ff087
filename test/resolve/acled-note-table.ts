import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent } from '../../src/eval/choose.js';

/** One whole-text ACLED case (an invented note): the ACLED type of the event chosen for it, '(none)' for no event, and the sub-event type when given. */
export interface NoteRow {
  why: string;
  text: string;
  type: string;
  sub?: string;
}

/**
 * The table runner of the ACLED note tests: one test per row, the text analysed as a note (no publication date), the
 * event chosen as `eval acled` chooses it ('severity'), its type and sub-event type compared with the row's.
 */
export function acledNoteTable(rows: readonly NoteRow[], url: string): void {
  for (const r of rows) {
    test(`ACLED note (${r.why}): ${r.text}`, () => {
      const doc = analyzeDoc({ text: r.text, url }, { published: null });
      const ev = chooseEvent(doc.events, 'severity');
      assert.equal(ev?.codes.acled?.eventType ?? '(none)', r.type, ev ? `rule ${ev.provenance['acled']?.rule ?? '-'} (${ev.triggers.map((t) => t.text).join('+')})` : 'no event');
      if (r.sub) assert.equal(ev?.codes.acled?.subEventType, r.sub);
    });
  }
}
