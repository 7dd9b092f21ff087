#!/usr/bin/env node
// Writes a package.json holding only {"type":"module"} into every folder of dist/src (run after `tsc`; the build and
// prepare scripts do, through bin-executable.mjs). Node's ES module loader looks up the nearest package.json of every
// module twice (to resolve it and to tell its format), walking up one folder at a time with URL work at each step;
// dist/src/recognise/x.js found the package's own package.json only at the fourth step. With a marker in its folder
// the first step answers, the same answer ("type": "module"): about 4 % of a cold `sitrep analyze` (229 modules;
// docs/PERFORMANCE.md, session 12). Without the markers (a bare `tsc`) everything works, only start-up is slower.
// src/util/paths.ts finds the package root by its data/ folder beside package.json, so the markers are not taken for it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = '{ "type": "module" }\n';

/** Every folder under `dir` (itself included) that holds compiled modules. */
function folders(dir) {
  const out = [dir];
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) out.push(...folders(join(dir, e.name)));
  return out;
}

export function writeModuleScopes(base = join(root, 'dist', 'src')) {
  let written = 0;
  for (const dir of folders(base)) {
    const file = join(dir, 'package.json');
    let old = null;
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      // none yet
    }
    if (old === MARKER) continue;
    if (old !== null) throw new Error(`${file}: a package.json that is not a module-scope marker`);
    writeFileSync(file, MARKER);
    written++;
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeModuleScopes();
