import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, type InputErrorCode } from '../../src/read/errors.js';

const exits: [InputErrorCode, number][] = [
  ['EMPTY', 3], ['BINARY', 3], ['TOO_LARGE', 3], ['NO_TEXT', 3], ['NOT_ENGLISH', 3], ['BAD_JSON', 3], ['BAD_XML', 3], ['UNSUPPORTED', 3],
  ['NOT_FOUND', 4], ['FETCH_FAILED', 4], ['TIMEOUT', 4], ['PRIVATE_ADDRESS', 4],
];

describe('InputError', () => {
  for (const [code, exit] of exits) it(`${code} → exit ${exit}`, () => assert.equal(new InputError(code, 'x').exitCode, exit));

  const described: [InputError, string][] = [
    [new InputError('BAD_JSON', 'invalid JSON', { source: 'a.jsonl', line: 4 }), 'a.jsonl:4: invalid JSON [BAD_JSON]'],
    [new InputError('EMPTY', 'no text', { source: 'stdin' }), 'stdin: no text [EMPTY]'],
    [new InputError('BAD_XML', 'bad', { line: 2 }), 'line 2: bad [BAD_XML]'],
    [new InputError('TIMEOUT', 'slow'), 'slow [TIMEOUT]'],
  ];
  for (const [err, text] of described) it(`describe(): ${text}`, () => assert.equal(err.describe(), text));

  it('is an Error with name InputError and keeps the cause', () => {
    const cause = new Error('root');
    const e = new InputError('FETCH_FAILED', 'x', { cause, status: 502 });
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'InputError');
    assert.equal(e.cause, cause);
    assert.equal(e.status, 502);
  });
});
