import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/util/paths.js';

/** Guards for the cold start of `sitrep analyze` (bench/cold-start.ts measures it). */
const cli = join(packageRoot, 'dist', 'src', 'cli', 'main.js');
const jit = pathToFileURL(join(packageRoot, 'dist', 'src', 'util', 'jit.js')).href;
const example = join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cold-'));

/** The modules a plain-text `analyze --format json` loads, from a loader hook in the child. */
function loadedModules(): string[] {
  const hook = join(dir, 'hook.mjs');
  writeFileSync(hook, `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, cli, 'analyze', example, '--published', '2023-10-24', '--format', 'json'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length));
}

const NOT_ON_THE_ANALYZE_PATH: Array<[string, RegExp]> = [
  ['the event store', /\/src\/store\//],
  ['ingest', /\/src\/ingest\//],
  ['export', /\/src\/export\//],
  ['eval', /\/src\/eval\//],
  ['dedup', /\/src\/dedup\//],
  ['the other CLI commands', /\/src\/cli\/(ingest|events|export|eval)\.js$/],
  ['the output model schemas (json is not re-validated at run time)', /\/src\/model\/(analysis|event|records)\.js$/],
  ['the HTML reader', /\/src\/read\/html[^/]*\.js$|linkedom|readability/],
  ['the feed and URL readers', /\/src\/read\/(feed|fetch|http-get)\.js$|fast-xml-parser/],
  ['database drivers', /better-sqlite3|\/node_modules\/pg\//],
  ['networking built-ins', /^node:(http|https|zlib|net|tls)$/],
  ['zod (dictionaries use a shape check; the schemas are checked by the tests)', /\/node_modules\/zod\//],
  ['node:crypto (util/sha256.ts hashes short inputs in plain JavaScript)', /^node:crypto$/],
];

test('a plain-text analyze loads none of the modules it does not use', () => {
  const loaded = loadedModules();
  assert.ok(loaded.some((u) => u.endsWith('/src/analyze.js')), 'the hook saw the pipeline load');
  for (const [what, pattern] of NOT_ON_THE_ANALYZE_PATH) {
    const hits = loaded.filter((u) => pattern.test(u));
    assert.deepEqual(hits, [], `${what} should not load for a plain-text analyze`);
  }
});

/** util/jit.ts: whether a hot function gets optimised after each sequence of calls. */
const JIT_CASES: Array<{ calls: string[]; optimised: boolean }> = [
  { calls: [], optimised: true },
  { calls: ['oneShotJit'], optimised: false },
  { calls: ['oneShotJit', 'fullJit'], optimised: true },
];

for (const { calls, optimised } of JIT_CASES) {
  test(`util/jit: after [${calls.join(', ')}] a hot function is ${optimised ? '' : 'not '}optimised`, () => {
    const script = [
      `import { oneShotJit, fullJit } from ${JSON.stringify(jit)};`,
      `void oneShotJit; void fullJit;`,
      ...calls.map((c) => `${c}();`),
      'function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }',
      'for (let k = 0; k < 3000; k++) hot(1000);',
      'await new Promise((r) => setTimeout(r, 300));',
      'for (let k = 0; k < 3000; k++) hot(1000);',
      'await new Promise((r) => setTimeout(r, 100));',
      'for (let k = 0; k < 100; k++) hot(1000);',
      // bit 16 of %GetOptimizationStatus: the function runs optimised code
      'process.stdout.write(String((%GetOptimizationStatus(hot) & 16) !== 0));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, String(optimised));
  });
}

/** util/jit.ts: a one-shot process grows its young generation faster, so the same allocations need fewer scavenges. */
function scavenges(oneShot: boolean): number {
  const script = [
    `import { oneShotJit } from ${JSON.stringify(jit)};`,
    `import { PerformanceObserver, constants } from 'node:perf_hooks';`,
    oneShot ? 'oneShotJit();' : 'void oneShotJit;',
    'let n = 0;',
    'const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) n++; });',
    `obs.observe({ entryTypes: ['gc'] });`,
    // objects that live a while and then die (no optimiser can remove these allocations)
    'const keep = []; for (let i = 0; i < 400000; i++) { keep.push({ a: i, b: "x" + i }); if (keep.length > 50000) keep.length = 0; }',
    'setTimeout(() => { obs.disconnect(); process.stdout.write(String(n)); }, 50);',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  return Number(r.stdout);
}

test('util/jit: oneShotJit needs fewer scavenges for the same allocations', () => {
  const normal = scavenges(false);
  const oneShot = scavenges(true);
  assert.ok(normal > 0, 'the observer saw scavenges');
  assert.ok(oneShot < normal, `one-shot ${oneShot} scavenges, normal ${normal}`);
});

/** scripts/module-scopes.mjs: node's loader finds each module's package scope in its own folder (the build writes the markers). */
test('every dist/src folder holds a module-scope package.json, and packageRoot is the package, not a marker', () => {
  const folders = (d: string): string[] => [d, ...readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(join(d, e.name)))];
  for (const d of folders(join(packageRoot, 'dist', 'src'))) {
    assert.deepEqual(JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')), { type: 'module' }, d);
  }
  assert.equal((JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string }).name, 'sitrep');
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
