import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packageRoot } from '../util/paths.js';
import { tokenize } from '../segment/tokenize.js';

/**
 * Dictionary phrases → their tokens (normalised keys and surface texts), remembered across processes.
 *
 * Every dictionary (actors, outlets, weapons, triggers, numbers) compiles its phrases with the text
 * tokeniser when it is first used; at start-up that is several thousand phrases tokenised by code the
 * JIT has not warmed yet (about a third of the actor lexicon's build time). The results are a pure
 * function of the phrase and the tokeniser's code, so they are kept in a JSON file named by a hash of
 * the tokeniser's source (node_modules/.cache/sitrep/phrases-<hash>.json; `SITREP_PHRASE_CACHE` names
 * another file, `SITREP_PHRASE_CACHE=off` disables it). A phrase missing from the file (new dictionary
 * data) is tokenised as before; if any was, the file is rewritten when the process exits. A stale file
 * cannot change results: a changed tokeniser has another hash, hence another file.
 */

export interface PhraseKey {
  /** Normalised token keys (Token.norm). */
  norms: string[];
  /** Token texts as written (Token.text). */
  surface: string[];
}

type Stored = Record<string, [string[], string[]]>;

let memo: Map<string, PhraseKey> | null = null;
let path: string | null = null;
let misses = 0;

/** The tokeniser's own source files: their hash names the cache file. */
function tokeniserHash(): string | null {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  try {
    const h = createHash('sha1');
    for (const f of ['tokenize', 'normalize']) h.update(readFileSync(new URL(`../segment/${f}${ext}`, import.meta.url)));
    return h.digest('hex').slice(0, 12);
  } catch {
    return null;
  }
}

function cacheFile(): string | null {
  const env = process.env['SITREP_PHRASE_CACHE'];
  if (env === 'off' || env === '0') return null;
  if (env) return env;
  const hash = tokeniserHash();
  return hash ? join(packageRoot, 'node_modules', '.cache', 'sitrep', `phrases-${hash}.json`) : null;
}

function load(): Map<string, PhraseKey> {
  const m = new Map<string, PhraseKey>();
  path = cacheFile();
  if (!path) return m;
  let stored: Stored | null = null;
  for (const p of [path, fallbackPath(path)]) {
    try {
      stored = JSON.parse(readFileSync(p, 'utf8')) as Stored;
      break;
    } catch {
      // missing or unreadable: tokenise live and write it at exit
    }
  }
  if (stored) for (const phrase in stored) {
    const v = stored[phrase]!;
    m.set(phrase, { norms: v[0], surface: v[1] });
  }
  return m;
}

function fallbackPath(p: string): string {
  return join(tmpdir(), `sitrep-${p.slice(p.lastIndexOf('/') + 1)}`);
}

/** Write the memo (loaded entries and new ones); on a read-only install, to the temp folder. */
export function flushPhraseCache(): void {
  if (!memo || !path || misses === 0) return;
  const out: Stored = {};
  for (const [phrase, k] of memo) out[phrase] = [k.norms, k.surface];
  const text = JSON.stringify(out);
  for (const p of [path, fallbackPath(path)]) {
    try {
      mkdirSync(dirname(p), { recursive: true });
      const tmp = `${p}.${process.pid}.tmp`;
      writeFileSync(tmp, text);
      renameSync(tmp, p);
      misses = 0;
      return;
    } catch {
      // try the next place; a cache that cannot be written only costs start-up time
    }
  }
}

/** Tokens of a dictionary phrase, exactly as `tokenize(phrase)` gives them (keys and texts only). */
export function phraseKey(phrase: string): PhraseKey {
  memo ??= load();
  let k = memo.get(phrase);
  if (k) return k;
  const toks = tokenize(phrase);
  k = { norms: toks.map((t) => t.norm), surface: toks.map((t) => t.text) };
  memo.set(phrase, k);
  if (misses++ === 0 && path) process.once('exit', flushPhraseCache);
  return k;
}
