import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packageRoot } from '../util/paths.js';
import { fnv1a64Hex } from '../util/fnv.js';
import { tokenize } from '../segment/tokenize.js';

/**
 * Dictionary phrases → their tokens (normalised keys and surface texts), remembered across processes.
 *
 * Every dictionary (actors, outlets, weapons, triggers, numbers) compiles its phrases with the text
 * tokeniser when it is first used; at start-up that is several thousand phrases tokenised by code the
 * JIT has not warmed yet (about a third of the actor lexicon's build time). The results are a pure
 * function of the phrase and the tokeniser's code, so they are kept in a JSON file named by a hash of
 * the tokeniser's source (node_modules/.cache/sitrep/phrases-<hash>.txt; `SITREP_PHRASE_CACHE` names
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

/**
 * File format: one line per phrase, `phrase TAB norms [TAB texts]`, tokens joined by spaces (a token never
 * holds a space, tab or newline; phrases holding a tab or newline are not stored). The texts are left out
 * when they equal the norms. Lines are split only when their phrase is asked for: reading the file is one
 * pass of indexOf, much cheaper at start-up than JSON.parse of the same data.
 */
const FORMAT = 'sitrep-phrases 1';

let memo: Map<string, PhraseKey> | null = null;
/** Stored lines not asked for yet: phrase → `norms [TAB texts]`. */
let stored: Map<string, string> | null = null;
let path: string | null = null;
let misses = 0;

/** The tokeniser's own source files: their hash names the cache file. */
function tokeniserHash(): string | null {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  try {
    // a cheap non-cryptographic hash (util/fnv.ts): node:crypto would cost more to load than the hashing
    let text = '';
    for (const f of ['tokenize', 'normalize']) text += readFileSync(new URL(`../segment/${f}${ext}`, import.meta.url), 'utf8') + '\0';
    return fnv1a64Hex(text).slice(0, 12);
  } catch {
    return null;
  }
}

function cacheFile(): string | null {
  const env = process.env['SITREP_PHRASE_CACHE'];
  if (env === 'off' || env === '0') return null;
  if (env) return env;
  const hash = tokeniserHash();
  return hash ? join(packageRoot, 'node_modules', '.cache', 'sitrep', `phrases-${hash}.txt`) : null;
}

function load(): Map<string, string> {
  const m = new Map<string, string>();
  path = cacheFile();
  if (!path) return m;
  let text: string | null = null;
  for (const p of [path, fallbackPath(path)]) {
    try {
      text = readFileSync(p, 'utf8');
      break;
    } catch {
      // missing or unreadable: tokenise live and write it at exit
    }
  }
  if (text === null || !text.startsWith(FORMAT + '\n')) return m;
  let i = FORMAT.length + 1;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const tab = text.indexOf('\t', i);
    if (tab > i && tab < end) m.set(text.slice(i, tab), text.slice(tab + 1, end));
    i = end + 1;
  }
  return m;
}

/** A line can hold it: no tab or newline in the phrase, at least one token (phrases of blanks are tokenised each time). */
function storable(phrase: string, k: PhraseKey): boolean {
  return k.norms.length > 0 && !phrase.includes('\t') && !phrase.includes('\n');
}

/** The keys read from a line; texts equal to the keys are the same array (both are only read: trie.ts). */
function parseLine(line: string): PhraseKey {
  const tab = line.indexOf('\t');
  if (tab < 0) {
    const norms = line.split(' ');
    return { norms, surface: norms };
  }
  return { norms: line.slice(0, tab).split(' '), surface: line.slice(tab + 1).split(' ') };
}

function fallbackPath(p: string): string {
  return join(tmpdir(), `sitrep-${p.slice(p.lastIndexOf('/') + 1)}`);
}

/** Write the stored lines and the memo (phrases tokenised in this process); on a read-only install, to the temp folder. */
export function flushPhraseCache(): void {
  if (!memo || !path || misses === 0) return;
  const lines = [FORMAT];
  for (const [phrase, line] of stored ?? []) if (!memo.has(phrase)) lines.push(`${phrase}\t${line}`);
  for (const [phrase, k] of memo) {
    if (!storable(phrase, k)) continue;
    const norms = k.norms.join(' ');
    const texts = k.surface.join(' ');
    lines.push(`${phrase}\t${texts === norms ? norms : `${norms}\t${texts}`}`);
  }
  const text = lines.join('\n') + '\n';
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

/** Tokens of a dictionary phrase, exactly as `tokenize(phrase)` gives them (keys and texts only; read them, never modify: may be shared). */
export function phraseKey(phrase: string): PhraseKey {
  if (memo === null) {
    memo = new Map();
    stored = load();
  }
  let k = memo.get(phrase);
  if (k) return k;
  const line = stored!.get(phrase);
  // a stored phrase is parsed from its line each time it is asked for (nearly every phrase is asked for once): not
  // copied into the memo, whose growth to ~8k entries cost ~7 ms of a cold start; the flush writes it from `stored`
  if (line !== undefined) return parseLine(line);
  const toks = tokenize(phrase);
  k = { norms: toks.map((t) => t.norm), surface: toks.map((t) => t.text) };
  memo.set(phrase, k);
  if (storable(phrase, k) && misses++ === 0 && path) process.once('exit', flushPhraseCache);
  return k;
}
