import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { eventAtOffset } from '../event-at.js';

/** One row: the event at `trigger` has an actor (or recipient) whose text holds `who`, with country `country` (null: none). */
export interface CountryCase { text: string; trigger: string; who: string; side: 'actor' | 'recipient'; country: string | null }

/**
 * A table-driven test per row. `inferred`: a filler whose provenance rule is one of these (or, for a string ending in
 * "*", includes its stem) must be marked inferred.
 */
export function countryTable(title: string, cases: readonly CountryCase[], inferred: readonly string[] = []): void {
  const isInferredRule = (rule: string): boolean =>
    inferred.some((r) => (r.endsWith('*') ? rule.includes(r.slice(0, -1)) : rule === r));
  for (const c of cases) {
    test(`${title}: ${c.text}`, () => {
      const a = analyze({ text: c.text, published: '2024-03-12' });
      const ev = eventAtOffset(a.events, c.text.indexOf(c.trigger));
      assert.ok(ev, `an event at "${c.trigger}"`);
      const list = c.side === 'actor' ? ev.actors : ev.recipients;
      const who = list.find((x) => x.text.includes(c.who));
      assert.ok(who, `${c.side} ${c.who} in [${list.map((x) => x.text).join(', ')}]`);
      assert.equal(who.country, c.country);
      if (isInferredRule(who.provenance.rule)) assert.equal(who.provenance.how, 'inferred');
    });
  }
}
