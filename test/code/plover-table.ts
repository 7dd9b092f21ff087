import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * A PLOVER/CAMEO case: `type`/`code`/`modality` are read off the first asserted (or ongoing) event, else the first
 * event; a null type means no event; `also` is "TYPE:modality" of any other event the sentence must hold, `never` a
 * PLOVER type no event of the sentence may have.
 */
export interface PloverCase { text: string; type: string | null; code?: string; modality?: string; also?: string; never?: string }

/** One test per case, each sentence analysed with the same publication date. */
export function ploverCases(cases: readonly PloverCase[]): void {
  for (const c of cases) {
    test(`${c.type ?? 'no event'}: ${c.text}`, () => {
      const a = analyze({ text: c.text, published: '2024-03-12' });
      const first = a.events.find((e) => e.modality === 'asserted' || e.modality === 'ongoing') ?? a.events[0];
      const got = a.events.map((e) => `${e.codes.plover.type}:${e.codes.cameo.code}:${e.modality}`).join(', ');
      if (c.type === null) { assert.equal(first, undefined, got); return; }
      assert.ok(first, 'no event');
      assert.equal(first.codes.plover.type, c.type, got);
      if (c.code) assert.equal(first.codes.cameo.code, c.code, got);
      if (c.modality) assert.equal(first.modality, c.modality, got);
      if (c.also) assert.ok(a.events.some((e) => `${e.codes.plover.type}:${e.modality}` === c.also), got);
      if (c.never) assert.ok(!a.events.some((e) => e.codes.plover.type === c.never), got);
    });
  }
}
