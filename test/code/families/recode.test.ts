import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft } from '../../../src/pipeline/draft.js';
import { recodeTo } from '../../../src/code/families/recode.js';
import { triggerTables } from '../../../src/code/triggers.js';

function draftOf(id: string): EventDraft {
  const entry = triggerTables().byId.get(id);
  assert.ok(entry, `trigger entry ${id}`);
  return { entry, family: entry.family, cameo: entry.cameo, cameoRule: 'entry' } as unknown as EventDraft;
}

const cases: { name: string; from: string; to: string; rule: string; cameo?: string; ok: boolean; expectCameo?: string }[] = [
  { name: 'takes the entry, its family and its CAMEO code', from: 'coerce.seize', to: 'fight.capture', rule: 'coerce:seized-territory', ok: true },
  { name: 'an object-picked code overrides the entry code', from: 'protest.block', to: 'reject.reject', rule: 'blocked:bill', cameo: '1212', ok: true, expectCameo: '1212' },
  { name: 'a missing entry leaves the draft untouched', from: 'coerce.seize', to: 'no.such-entry', rule: 'x', ok: false },
];

for (const c of cases) {
  test(`recodeTo: ${c.name}`, () => {
    const draft = draftOf(c.from);
    const before = { entry: draft.entry, family: draft.family, cameo: draft.cameo, cameoRule: draft.cameoRule };
    assert.equal(recodeTo(draft, c.to, c.rule, c.cameo), c.ok);
    if (!c.ok) {
      assert.deepEqual({ entry: draft.entry, family: draft.family, cameo: draft.cameo, cameoRule: draft.cameoRule }, before);
      return;
    }
    const target = triggerTables().byId.get(c.to);
    assert.equal(draft.entry, target);
    assert.equal(draft.family, target?.family);
    assert.equal(draft.cameo, c.expectCameo ?? target?.cameo);
    assert.equal(draft.cameoRule, c.rule);
  });
}
