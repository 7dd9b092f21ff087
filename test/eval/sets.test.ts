import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVAL_SETS } from '../../src/eval/index.js';
import { hasEvalFile } from '../../src/eval/data.js';
import { evalDir } from '../../src/util/paths.js';

/** Smoke test of every scorer on the first records of the real data; skipped when the data is absent. */
for (const set of EVAL_SETS) {
  const present = hasEvalFile(set.file);
  const why = `eval data missing: ${evalDir()}/${set.file} not found (set SITREP_EVAL_DIR); skipping`;
  test(`eval set ${set.name} runs on its first 3 records`, { skip: present ? false : why }, async () => {
    const r = await set.run({ dir: evalDir(), limit: 3 });
    assert.equal(r.set, set.name);
    assert.ok(r.records > 0 && r.records <= 3);
    assert.ok(r.scores.length > 0);
    for (const s of r.scores) {
      assert.ok(s.value == null || (Number.isFinite(s.value) && s.value >= 0), `${s.field} ${s.metric} = ${s.value}`);
      if (s.correct != null) assert.ok(s.correct <= s.n, `${s.field}: ${s.correct}/${s.n}`);
    }
  });
}
