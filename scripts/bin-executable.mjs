#!/usr/bin/env node
// Marks the compiled command-line entry (package.json "bin") executable. tsc writes it with the default file mode,
// and npm only sets the bit when it links a dependency's bin, not the project's own: without this, running
// `npx sitrep` in a checkout can fail with "Permission denied" (e.g. when npx's cache links an earlier copy).
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
for (const bin of bins) chmodSync(join(root, bin), 0o755);

// the other post-tsc step of every build: package.json scope markers in dist/src (module-scopes.mjs)
const { writeModuleScopes } = await import('./module-scopes.mjs');
writeModuleScopes();
