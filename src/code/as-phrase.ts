import type { SentenceContext } from './context.js';
import { SPEECH_NOUNS } from './author-object.js';
import { DETERMINERS_BUT_OF } from './words.js';

/**
 * A predicative "as" phrase put before the object of a verb of judging: "denounced as an ugly crime Serbia's
 * suppression of …", "condemned as illegal Israel's annexation", "rejected as 'baseless' accusations by Amnesty". The
 * phrase is "as", a determiner, at most four lower-case words or quotes; the object starts at the first capitalised
 * word or noun of speech after it. Returns the object's first token, or -1 when the words after "as" are no such phrase
 * ("condemned as Israel did", "rejected as soon as …").
 */
export const AS_FAMILIES = new Set(['accuse', 'reject']);

export function afterAsPhrase(ctx: SentenceContext, asAt: number): number {
  if (ctx.norm(asAt) !== 'as') return -1;
  let words = 0;
  for (let k = asAt + 1; k < Math.min(ctx.to, asAt + 8); k++) {
    const t = ctx.token(k);
    if (!t) return -1;
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word') return -1;
    if (ctx.is(k, DETERMINERS_BUT_OF) && words === 0) continue;
    if (t.cap || (words > 0 && SPEECH_NOUNS.has(t.norm))) return words > 0 ? k : -1;
    // "as soon as", "as well as", "as part of": no predicative phrase
    if (t.norm === 'soon' || t.norm === 'well' || t.norm === 'part' || t.norm === 'much' || t.norm === 'long' || t.norm === 'if' || t.norm === 'a' && words > 0) return -1;
    if (ctx.actor(k) || ctx.place(k)) return -1;
    if (++words > 4) return -1;
  }
  return -1;
}
