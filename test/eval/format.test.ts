import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue, markdownScores, perClass, spliceGenerated, BEGIN_MARK, END_MARK } from '../../src/eval/format.js';
import { worstErrors, type SetReport } from '../../src/eval/report.js';
import { matchSpans } from '../../src/eval/geo-lgl.js';
import { scoreArgs } from '../../src/eval/args.js';
import { eventAtVerb } from '../../src/eval/geo-event.js';
import { tokenOffsets } from '../../src/eval/wikievents.js';
import { event } from './fixtures.js';

test('formatValue: shares as percent, km as numbers', () => {
  assert.equal(formatValue({ metric: 'accuracy', value: 0.5 }), '50.0%');
  assert.equal(formatValue({ metric: 'median km', value: 12.34 }), '12.3');
  assert.equal(formatValue({ metric: 'F1', value: null }), '–');
});

test('spliceGenerated keeps hand-written text around the generated block', () => {
  const first = spliceGenerated(null, 'table v1', '# T\n\n## Scores\n');
  assert.ok(first.includes(BEGIN_MARK) && first.includes('table v1') && first.startsWith('# T'));
  const edited = first.replace('# T', '# T\n\nhand-written intro') + '\n## Error classes\n\nhand-written\n';
  const second = spliceGenerated(edited, 'table v2', 'unused');
  assert.ok(second.includes('hand-written intro') && second.includes('## Error classes') && second.includes('table v2'));
  assert.ok(!second.includes('table v1'));
  assert.equal(second.split(END_MARK).length, 2);
});

test('markdownScores writes date and commit on every row', () => {
  const report: SetReport = { set: 'x', title: 'X', file: 'x.jsonl', records: 2, seconds: 0.1, notes: ['a note'], failures: 0, confusions: [], errors: [], scores: [{ field: 'f|g', metric: 'accuracy', value: 0.5, correct: 1, n: 2 }] };
  const md = markdownScores([report], { date: '2026-11-24T03:00:00Z', commit: 'abc1234', dirty: false, command: 'sitrep eval x', split: null, limit: null });
  assert.match(md, /\| x \| f\\\|g \| accuracy \| 50\.0% \| 1\/2 \| 2026-11-24 \| `abc1234` \|/);
  assert.match(md, /- a note/);
});

test('worstErrors: highest severity first, N per field', () => {
  const e = (field: string, id: string, severity: number) => ({ field, id, text: '', gold: '', predicted: '', severity });
  const w = worstErrors([e('a', '1', 1), e('a', '2', 5), e('b', '3', 1), e('a', '4', 5)], 2);
  assert.deepEqual(w.get('a')?.map((x) => x.id), ['2', '4']);
  assert.deepEqual(w.get('b')?.map((x) => x.id), ['3']);
});

test('matchSpans: one-to-one by largest overlap', () => {
  assert.deepEqual(matchSpans([[0, 10], [20, 25]], [[5, 12], [0, 8], [30, 31]]), [{ gold: 0, pred: 1 }]);
  assert.deepEqual(matchSpans([[0, 10], [20, 25]], [[21, 24], [0, 3]]), [{ gold: 0, pred: 1 }, { gold: 1, pred: 0 }]);
});

test('scoreArgs: entity-level head-word matching', () => {
  const s = scoreArgs([['FMLN guerrillas', 'guerrillas'], ['soldier']], ['the guerrillas', 'army', 'The Guerrillas']);
  assert.deepEqual([s.matchedGold, s.nGold, s.matchedPred, s.nPred], [1, 2, 1, 2]);
  assert.deepEqual(s.missed, ['soldier']);
  assert.deepEqual(s.spurious, ['army']);
});

test('eventAtVerb: trigger overlap, else a span covering the verb', () => {
  const a = event('a', { start: 0 });
  const b = event('b', { start: 20 });
  assert.equal(eventAtVerb([a, b], [20, 21])?.id, 'b');
  assert.equal(eventAtVerb([a, b], [25, 27])?.id, 'b');
  assert.equal(eventAtVerb([a, b], [40, 45]), null);
});

test('perClass reads precision, recall and F1 off a confusion matrix', () => {
  // gold A: 2 → A, 1 → B; gold B: 1 → (none)
  const rows = perClass({ title: 't', labels: ['A', 'B', '(none)'], matrix: [[2, 1, 0], [0, 0, 1]] });
  assert.deepEqual(rows.map((r) => [r.label, r.precision, r.recall]), [['A', 1, 2 / 3], ['B', 0, 0]]);
  assert.equal(rows[1]!.f1, 0);
});

test('tokenOffsets aligns tokens with the text in order', () => {
  assert.deepEqual(tokenOffsets('IED kills general.The desert', ['IED', 'kills', 'general', '.', 'The', 'desert']), [0, 4, 10, 17, 18, 22]);
  assert.deepEqual(tokenOffsets('a b', ['a', 'zzz', 'b']), [0, -1, 2]);
});
