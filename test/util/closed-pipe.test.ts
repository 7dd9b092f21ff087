import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { onClosedPipe, type ClosedPipePolicy } from '../../src/util/closed-pipe.js';

type Case = { name: string; policy: ClosedPipePolicy; code: string; exit: number | null; muted: boolean };
const cases: Case[] = [
  { name: 'reader gone, output is the job: exit 0', policy: 'exit', code: 'EPIPE', exit: 0, muted: false },
  { name: 'write after the stream was destroyed: exit 0', policy: 'exit', code: 'ERR_STREAM_DESTROYED', exit: 0, muted: false },
  { name: 'reader gone, command has other work: writes muted, no exit', policy: 'mute', code: 'EPIPE', exit: null, muted: true },
  { name: 'another write error (disk full): exit 1', policy: 'exit', code: 'ENOSPC', exit: 1, muted: false },
  { name: 'another write error under mute: still exit 1', policy: 'mute', code: 'EIO', exit: 1, muted: false },
];

for (const c of cases) {
  test(`onClosedPipe: ${c.name}`, () => {
    const stream = new EventEmitter() as EventEmitter & { write: (s: string) => boolean };
    const original = (): boolean => { throw new Error('write after the pipe closed'); };
    stream.write = original;
    let exited: number | null = null;
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      onClosedPipe(stream as unknown as NodeJS.WriteStream, c.policy, (code) => { exited = code; });
      stream.emit('error', Object.assign(new Error(c.code), { code: c.code }));
    } finally {
      process.stderr.write = stderr;
    }
    assert.equal(exited, c.exit);
    assert.equal(stream.write !== original, c.muted);
    if (c.muted) assert.equal(stream.write('more'), true);
  });
}
