import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/**
 * One row: the event at `trigger` must have `actor` among its actors and `recipient` among its recipients (substring of
 * the filler text; null or absent: no requirement), and must not have `notActor` / `notRecipient`.
 */
export interface RoleCase { text: string; trigger: string; actor?: string | null; recipient?: string | null; notActor?: string; notRecipient?: string }

/** A table-driven test per row; `last`: the trigger is found at its last occurrence (a later sentence's event). */
export function roleTable(title: string, cases: readonly RoleCase[], options: { last?: boolean } = {}): void {
  for (const c of cases) {
    test(`${title}: ${c.text}`, () => {
      const a = analyze({ text: c.text, published: '2024-03-12' });
      const at = options.last ? c.text.lastIndexOf(c.trigger) : c.text.indexOf(c.trigger);
      const ev = eventAtOffset(a.events, at);
      assert.ok(ev, `an event at "${c.trigger}"`);
      const actors = ev.actors.map((x) => x.text);
      const recipients = ev.recipients.map((x) => x.text);
      if (c.actor) assert.ok(actors.some((x) => x.includes(c.actor!)), `actor ${c.actor} in [${actors.join(', ')}]`);
      if (c.recipient) assert.ok(recipients.some((x) => x.includes(c.recipient!)), `recipient ${c.recipient} in [${recipients.join(', ')}]`);
      if (c.notActor) assert.ok(!actors.some((x) => x.includes(c.notActor!)), `not actor ${c.notActor} in [${actors.join(', ')}]`);
      if (c.notRecipient) assert.ok(!recipients.some((x) => x.includes(c.notRecipient!)), `not recipient ${c.notRecipient} in [${recipients.join(', ')}]`);
    });
  }
}
