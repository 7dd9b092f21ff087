import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../util/paths.js';

/**
 * Reading the human-coded evaluation data. The data stays in ../shared/eval (SITREP_EVAL_DIR):
 * it is read in place and never copied into the repository (ACLED's terms forbid redistribution).
 */

export class EvalDataMissing extends Error {
  constructor(readonly path: string) {
    super(`evaluation data not found: ${path} (set SITREP_EVAL_DIR to the folder holding the eval sets)`);
  }
}

/** Absolute path of a file of the evaluation data; `dir` overrides SITREP_EVAL_DIR / ../shared/eval. */
export function evalPath(file: string, dir: string = evalDir()): string {
  return join(dir, file);
}

export function hasEvalFile(file: string, dir: string = evalDir()): boolean {
  return existsSync(evalPath(file, dir));
}

/** Records of a JSONL file, in file order. Throws EvalDataMissing when the file is absent. */
export function readJsonl<T>(file: string, dir: string = evalDir()): T[] {
  const path = evalPath(file, dir);
  if (!existsSync(path)) throw new EvalDataMissing(path);
  const out: T[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim()) out.push(JSON.parse(line) as T);
  }
  return out;
}

export interface Selection {
  /** Keep only records whose `split` equals this. */
  split?: string | null;
  /** Keep the first N records (after the split filter). */
  limit?: number | null;
}

/** Apply --split and --limit, deterministically (file order). */
export function select<T extends { split?: string | null }>(records: T[], sel: Selection): T[] {
  let out = sel.split ? records.filter((r) => r.split === sel.split) : records;
  if (sel.limit != null && sel.limit >= 0) out = out.slice(0, sel.limit);
  return out;
}
