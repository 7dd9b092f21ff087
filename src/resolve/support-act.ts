import type { Event } from '../model/event.js';
import { lowerWords, wordsEndWith } from '../util/word-list.js';

/**
 * An attack told only as the support of another act: "pro-government forces, supported by coalition air raids,
 * clashed with …", "special forces backed by airstrikes killed …", "regime forces advanced with the support of
 * Russian airstrikes". The attack noun is the object of a phrase of backing (supported/backed/covered/assisted by,
 * the support/cover of, support from), with at most five owner and modifier words between ("Saudi-led coalition
 * air"). The act it backs is the incident a note or a news snippet codes; the backing strike stays an event of its
 * own for every other reader.
 */

/** Phrases of backing right before the attack noun phrase (lower-case words in order). */
const SUPPORT: readonly string[][] = [
  ['supported', 'by'], ['backed', 'by'], ['covered', 'by'], ['assisted', 'by'], ['aided', 'by'], ['support', 'of'],
  ['support', 'from'], ['cover', 'of'], ['cover', 'from'], ['backing', 'of'], ['backing', 'from'],
];

/** Words that end the noun phrase before the trigger: a verb, a clause word or a preposition of another phrase. */
const STOP = new Set(['and', 'or', 'in', 'on', 'at', 'against', 'to', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'after', 'while', 'as']);

/** Is the trigger (its sentence text before it: `before`) the object of a phrase of backing? */
export function supportNoun(before: string): boolean {
  const tail = before.slice(-100);
  // a comma or other clause break between the backing phrase and the trigger ends the phrase
  const cut = Math.max(tail.lastIndexOf(','), tail.lastIndexOf(';'), tail.lastIndexOf('('));
  const ws = lowerWords(cut >= 0 ? tail.slice(cut + 1) : tail);
  for (let end = ws.length, k = 0; k <= 5 && end >= 2; k++, end--) {
    if (SUPPORT.some((p) => wordsEndWith(ws, end, p))) return true;
    if (STOP.has(ws[end - 1]!)) return false;
  }
  return false;
}

/** Attack nouns that back a ground act (the trigger's last word): a verb after "backed by X" is the act itself. */
const BACKING_NOUNS = new Set(['raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'bombardment',
  'bombardments', 'bombing', 'bombings', 'barrage', 'barrages', 'fire', 'attacks', 'sorties']);

/** Is every trigger of this attack or fight event an attack noun that is the object of a phrase of backing? */
export function supportAct(e: Event): boolean {
  if (e.family !== 'assault' && e.family !== 'fight') return false;
  if (e.triggers.length === 0) return false;
  const start = e.span[0];
  return e.triggers.every((t) => {
    const ws = lowerWords(t.text);
    return ws.length > 0 && BACKING_NOUNS.has(ws[ws.length - 1]!) && supportNoun(e.sentenceText.slice(0, Math.max(0, t.span[0] - start)));
  });
}
