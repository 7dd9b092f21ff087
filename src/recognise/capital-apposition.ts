import type { Token } from '../pipeline/doc.js';

/**
 * "the Somali capital Mogadishu", "in the capital city Baghdad", "the Yemeni capital, Sanaa,": a name in apposition
 * to the noun "capital" (with or without a comma, "capital city" too) is the city itself, never the government a
 * capital's name may stand for ("Mogadishu said"). Read by the actor stage (no metonym actor there) and the place
 * stage (a strong locative, src/recognise/place-words.ts).
 */
export function afterCapitalNoun(tokens: readonly Token[], from: number, i: number): boolean {
  let k = i - 1;
  if (k >= from && tokens[k]!.text === ',') k--;
  if (k >= from && tokens[k]!.norm === 'city') k--;
  return k >= from && tokens[k]!.norm === 'capital';
}
