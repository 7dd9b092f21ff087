import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/** A word-sense case: the family that must not (other sense) or must (event sense) be coded from a trigger starting with `trigger`. */
export interface SenseCase {
  text: string;
  family: string;
  trigger: string;
}

function coded(c: SenseCase): boolean {
  const a = analyze({ text: c.text, published: '2024-03-12' });
  return a.events.some((e) => e.family === c.family && e.triggers.some((t) => t.text.toLowerCase().startsWith(c.trigger)));
}

/** One test per case: `other` sentences code no event of their family from the trigger, `kept` sentences still do. */
export function senseCases(other: readonly SenseCase[], kept: readonly SenseCase[]): void {
  for (const c of other) {
    test(`other sense, no ${c.family} event from "${c.trigger}": ${c.text}`, () => {
      assert.equal(coded(c), false);
    });
  }
  for (const c of kept) {
    test(`event sense kept, a ${c.family} event from "${c.trigger}": ${c.text}`, () => {
      assert.equal(coded(c), true);
    });
  }
}
