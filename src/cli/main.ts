#!/usr/bin/env node
/** sitrep command line: one file per command in src/cli/, loaded on demand so start-up stays fast. */

import { fileURLToPath } from 'node:url';
import { oneShotJit } from '../util/jit.js';
import { onClosedPipe } from '../util/closed-pipe.js';

/**
 * oneShot: the command handles one input and exits, so V8's optimising compiler is off (see util/jit.ts).
 * longRun: the command may analyse thousands of articles; it runs with LONG_RUN_V8_FLAGS (util/jit.ts).
 */
type Command = { summary: string; oneShot?: boolean; longRun?: boolean; /** work besides stdout: keep going if its reader goes */ keepsWorking?: boolean; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
  analyze: { summary: 'analyse one article (FILE, URL or -) into coded events', oneShot: true, load: () => import('./analyze.js') },
  ingest: { summary: 'ingest articles, folders and feeds into the event database', longRun: true, keepsWorking: true, load: () => import('./ingest.js') },
  events: { summary: 'query the event database', load: () => import('./events.js') },
  export: { summary: 'export events as csv, jsonl, geojson, plover, acled or gdelt', load: () => import('./export.js') },
  eval: { summary: 'score extraction against human-coded data', longRun: true, keepsWorking: true, load: () => import('./eval.js') },
};

function usage(): string {
  const lines = ['usage: sitrep <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', 'Run "sitrep <command> --help" for the options of a command.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('sitrep 0.1.0\n');
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`sitrep: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  onClosedPipe(process.stdout, command.keepsWorking ? 'mute' : 'exit');
  if (command.oneShot) oneShotJit();
  if (command.longRun && !rest.includes('--help') && !rest.includes('-h')) {
    // imported here, not at the top: it loads node:child_process (with net, dgram and streams), which a one-shot
    // `analyze` never needs (~5 ms of its start-up)
    const { relaunchWithLongRunFlags } = await import('../util/relaunch.js');
    const relaunched = relaunchWithLongRunFlags(fileURLToPath(import.meta.url), argv);
    if (relaunched) return relaunched;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`sitrep: ${message}\n`);
    if (process.env['SITREP_DEBUG'] && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
