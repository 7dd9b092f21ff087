import type { Selection } from './data.js';
import type { SetReport } from './report.js';

export interface RunOptions extends Selection {
  /** Folder holding the eval sets (SITREP_EVAL_DIR, else ../shared/eval). */
  dir: string;
  /** Print a dot per this many records to stderr (0: quiet). */
  progressEvery?: number;
}

/** One gold set: its name on the command line, its file under the eval folder, its scorer. */
export interface EvalSet {
  name: string;
  title: string;
  file: string;
  run(options: RunOptions): Promise<SetReport>;
}

export function progress(options: RunOptions, i: number): void {
  const every = options.progressEvery ?? 0;
  if (every > 0 && i > 0 && i % every === 0) process.stderr.write('.');
}
