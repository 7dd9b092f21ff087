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
