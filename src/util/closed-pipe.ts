/**
 * A reader that closes our stdout early (`sitrep analyze x.txt | head`, `sitrep events | less` quit before the end)
 * makes the next write fail with EPIPE, which Node raises as an unhandled 'error' event: a crash with a stack trace.
 * Unix tools stop quietly instead. `onClosedPipe` installs that behaviour:
 * - 'exit': the output is the command's whole job (analyze, events, export): exit at once with status 0;
 * - 'mute': the command has work besides its output (ingest writes the database, eval writes --json files):
 *   later writes to stdout are dropped and the command finishes its work and exits with its own status.
 * Any other stdout error is reported in one line and the process exits 1.
 */
export type ClosedPipePolicy = 'exit' | 'mute';

export function onClosedPipe(stream: NodeJS.WriteStream, policy: ClosedPipePolicy, exit: (code: number) => void = process.exit): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
      if (policy === 'exit') exit(0);
      else stream.write = (() => true) as typeof stream.write;
      return;
    }
    process.stderr.write(`sitrep: cannot write the output: ${err.message}\n`);
    exit(1);
  });
}
