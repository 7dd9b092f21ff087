import type { SentenceContext } from '../context.js';
import { CLAUSE_WORDS } from '../words.js';

/** Head nouns (one or two words) mapped to the CAMEO code an event gets when its object is that thing. */
export type ObjectCodes = ReadonlyMap<string, string>;

/**
 * The CAMEO code of the first listed head noun in the object of a trigger ("lifted the night curfew",
 * "halted economic aid to Serbia", "the lifting of the curfew"): up to `window` tokens after the trigger,
 * stopping at a clause boundary, a comma or a clause word. Null when no listed head is found.
 */
export function objectCode(ctx: SentenceContext, end: number, codes: ObjectCodes, window = 7): { code: string; head: string; at: number } | null {
  const index = headIndex(codes);
  for (let k = end; k < Math.min(ctx.to, end + window); k++) {
    const n = ctx.norm(k);
    if (ctx.isBoundary(k) || n === ',' || (k > end && CLAUSE_WORDS.has(n))) return null;
    const heads = index.get(n);
    if (heads === undefined) continue;
    const head = firstHead(ctx, heads, k, 3);
    if (head) return { code: head.code, head: head.key, at: k };
  }
  return null;
}

/** One listed head: its words, the whole key, its code. */
interface Head { parts: string[]; key: string; code: string }

/**
 * The heads of a table by their first word, longest first (three words, two, one; longer keys are never read): what
 * looking up the three-, two- and one-word strings at a token finds, without building the strings. A key is split at
 * single spaces, as the strings are joined (token norms hold no space), so the same keys match.
 */
const headIndexes = new WeakMap<ObjectCodes, Map<string, Head[]>>();
function headIndex(codes: ObjectCodes): Map<string, Head[]> {
  let index = headIndexes.get(codes);
  if (index) return index;
  index = new Map();
  for (const [key, code] of codes) {
    const parts = key.split(' ');
    if (key === '' || parts.length > 3 || !code) continue;
    let list = index.get(parts[0]!);
    if (!list) { list = []; index.set(parts[0]!, list); }
    list.push({ parts, key, code });
  }
  for (const list of index.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  headIndexes.set(codes, index);
  return index;
}

/** The longest head of `heads` (same first word) whose words stand at k, at most `max` words long, or null. */
function firstHead(ctx: SentenceContext, heads: readonly Head[], k: number, max: number): Head | null {
  for (const h of heads) {
    const parts = h.parts;
    if (parts.length > max) continue;
    let ok = true;
    for (let j = 1; j < parts.length && ok; j++) ok = ctx.norm(k + j) === parts[j];
    if (ok) return h;
  }
  return null;
}

/** Build an ObjectCodes map from { code: [heads] }. */
export function codesByHead(table: Record<string, string[]>): ObjectCodes {
  const out = new Map<string, string>();
  for (const [code, heads] of Object.entries(table)) for (const h of heads) out.set(h, code);
  return out;
}

const BE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'has', 'have', 'had', 'will', 'would', 'not', 'also', 'reportedly', 'later', 'then']);

/**
 * The object of a passive verb is its subject: "A curfew was imposed on …", "The ban on the party was lifted".
 * Reads the noun phrase before the verb (auxiliaries and adverbs skipped), up to `window` tokens back to a
 * clause start, comma or clause word, and returns the first listed head in it.
 */
export function passiveSubjectCode(ctx: SentenceContext, triggerStart: number, codes: ObjectCodes, window = 8): { code: string; head: string; at: number } | null {
  let k = triggerStart - 1;
  while (k >= ctx.from && (BE_AUX.has(ctx.norm(k)) || ctx.norm(k).endsWith('ly') || ctx.time(k))) k--;
  const end = k + 1;
  let begin = end;
  while (begin - 1 >= ctx.from && end - (begin - 1) <= window) {
    const n = ctx.norm(begin - 1);
    if (ctx.isBoundary(begin - 1) || n === ',' || CLAUSE_WORDS.has(n)) break;
    begin--;
  }
  if (begin >= end) return null;
  const index = headIndex(codes);
  for (let j = begin; j < end; j++) {
    // heads inside the phrase only: three words when j + 2 < end, two when j + 1 < end
    const heads = index.get(ctx.norm(j));
    if (heads === undefined) continue;
    const head = firstHead(ctx, heads, j, Math.min(3, end - j));
    if (head) return { code: head.code, head: head.key, at: j };
  }
  return null;
}
