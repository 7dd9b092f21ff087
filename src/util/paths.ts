import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';

/**
 * The package root: the folder holding package.json and data/ (works from src/ under tsx and from dist/src). The
 * folders of dist/src hold package.json files of their own, module-scope markers for node's loader
 * (scripts/module-scopes.mjs), which have no data/ beside them.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('sitrep: cannot find the package root (package.json)');
}

export const packageRoot: string = findRoot();

/** Absolute path of a file under data/. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}

/** The evaluation data folder: SITREP_EVAL_DIR, else ../shared/eval beside the package. */
export function evalDir(): string {
  return process.env['SITREP_EVAL_DIR'] ?? resolve(packageRoot, '..', 'shared', 'eval');
}
