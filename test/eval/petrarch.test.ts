import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPetrarch, scoreEventRecord, noEventRight, statementRight, bestMatch, type PetrRecord, type PloverTable } from '../../src/eval/petrarch.js';
import { event } from './fixtures.js';

/** Scoring of the PETRARCH unit-test set on hand-made records (no gold data needed). */

const TABLE: PloverTable = {
  '04': { plover_event: 'CONSULT' }, '042': { plover_event: 'CONSULT' },
  '11': { plover_event: 'ACCUSE' }, '111': { plover_event: 'ACCUSE' },
  '19': { plover_event: 'ASSAULT' }, '190': { plover_event: 'ASSAULT' },
};
const KNOWN = new Set(['023', '042', '043', '111', '112', '190', '193']);
const known = (c: string): boolean => KNOWN.has(c);

function rec(codes: string[], flags: PetrRecord['flags'] = {}): PetrRecord {
  return { id: 'X', text: 'Arnor did something.', category: 'TEST', flags, events: codes.map((c) => ({ source_actor: 'ARN', target_actor: 'GON', cameo_code: c, cameo_root: c.slice(0, 2) })) };
}

test('petrarch records are classified by their gold codes', () => {
  const cases: [string, PetrRecord, string][] = [
    ['error flag', rec(['042'], { error: 'dateline' }), 'discard'],
    ['noevents flag', rec([], { noevents: true }), 'no-event'],
    ['no gold event', rec([]), 'no-event'],
    ['toy codes only', rec(['345', '901']), 'toy'],
    ['appeal only', rec(['023']), 'statement'],
    ['an event code', rec(['042', '345']), 'event'],
    ['appeal and event', rec(['023', '111']), 'event'],
  ];
  for (const [name, r, kind] of cases) assert.equal(classifyPetrarch(r, TABLE, known).kind, kind, name);
  const g = classifyPetrarch(rec(['042', '345']), TABLE, known);
  assert.deepEqual([...g.codes], ['042']);
  assert.deepEqual([...g.plover], ['CONSULT']);
  assert.deepEqual(g.toy, ['345']);
});

test('petrarch event records are scored on the best-matching event', () => {
  const g = classifyPetrarch(rec(['042']), TABLE, known);
  const cases: [string, ReturnType<typeof event>[], { root: boolean; code: boolean; plover: boolean | null; firstRoot: boolean }][] = [
    ['no event', [], { root: false, code: false, plover: false, firstRoot: false }],
    ['exact code second', [event('a', { root: '111', plover: 'ACCUSE', start: 0 }), event('b', { root: '042', plover: 'CONSULT', start: 20 })], { root: true, code: true, plover: true, firstRoot: false }],
    ['same root, other code', [event('a', { root: '043', plover: 'CONSULT' })], { root: true, code: false, plover: true, firstRoot: true }],
    ['wrong root', [event('a', { root: '190', plover: 'ASSAULT' })], { root: false, code: false, plover: false, firstRoot: false }],
  ];
  for (const [name, events, want] of cases) {
    const o = scoreEventRecord(events, g);
    assert.deepEqual({ root: o.root, code: o.code, plover: o.plover, firstRoot: o.firstRoot }, want, name);
  }
  const first = event('a', { root: '190', plover: 'ASSAULT', start: 0 });
  const later = event('b', { root: '043', plover: 'CONSULT', start: 30 });
  assert.equal(bestMatch([first, later], g), later);
  assert.equal(bestMatch([first], g), first);
});

test('petrarch no-event and statement records', () => {
  assert.equal(noEventRight([]), true);
  assert.equal(noEventRight([event('a', { modality: 'negated' })]), true);
  assert.equal(noEventRight([event('a', { modality: 'asserted' })]), false);
  assert.equal(statementRight([]), true);
  assert.equal(statementRight([event('a', { root: '02' })]), true);
  assert.equal(statementRight([event('a', { root: '19' })]), false);
});
