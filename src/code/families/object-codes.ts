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
  for (let k = end; k < Math.min(ctx.to, end + window); k++) {
    const n = ctx.norm(k);
    if (ctx.isBoundary(k) || n === ',' || (k > end && CLAUSE_WORDS.has(n))) return null;
    const two = `${n} ${ctx.norm(k + 1)}`;
    const three = `${two} ${ctx.norm(k + 2)}`;
    for (const key of [three, two, n]) {
      const code = codes.get(key);
      if (code) return { code, head: key, at: k };
    }
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
  for (let j = begin; j < end; j++) {
    const n = ctx.norm(j);
    const two = j + 1 < end ? `${n} ${ctx.norm(j + 1)}` : '';
    const three = j + 2 < end ? `${two} ${ctx.norm(j + 2)}` : '';
    for (const key of [three, two, n]) {
      if (!key) continue;
      const code = codes.get(key);
      if (code) return { code, head: key, at: j };
    }
  }
  return null;
}
