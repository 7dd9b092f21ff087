import { spawn } from 'node:child_process';
import { LONG_RUN_V8_FLAGS, RELAUNCH_ENV, needsLongRunRelaunch } from './jit.js';

/**
 * Run this script again in a child node with LONG_RUN_V8_FLAGS (util/jit.ts), the same arguments, stdin,
 * stdout and stderr, and resolve to the child's exit code; null when no relaunch is needed (already
 * relaunched, flags given by the user, or SITREP_V8_TUNING set to anything, e.g. 0 for node's defaults).
 * Ctrl-C reaches the child directly (same process group); the parent waits for it to finish its clean-up
 * and passes SIGTERM/SIGHUP on, so a stopped ingest still commits what it has.
 */
export function relaunchWithLongRunFlags(script: string, args: readonly string[]): Promise<number> | null {
  if (!needsLongRunRelaunch(process.execArgv, process.env)) return null;
  const child = spawn(process.execPath, [...LONG_RUN_V8_FLAGS, ...process.execArgv, script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [RELAUNCH_ENV]: 'relaunched' },
  });
  const forward = (signal: NodeJS.Signals) => () => { child.kill(signal); };
  const handlers: [NodeJS.Signals, () => void][] = [['SIGINT', () => {}], ['SIGTERM', forward('SIGTERM')], ['SIGHUP', forward('SIGHUP')]];
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolve) => {
    const done = (code: number) => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolve(code);
    };
    child.on('error', (err) => {
      process.stderr.write(`sitrep: could not relaunch node with ${LONG_RUN_V8_FLAGS.join(' ')} (${err.message}); set ${RELAUNCH_ENV}=0 to run without\n`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : signal === 'SIGHUP' ? 1 : signal === 'SIGKILL' ? 9 : 0;
}
