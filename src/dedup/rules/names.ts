import { type Evidence, none, points } from '../evidence.js';

/** Capitalised words that are not names: function words, months, days, titles, generic nouns. */
const NOT_NAMES = new Set([
  'a', 'an', 'the', 'on', 'in', 'at', 'of', 'and', 'or', 'but', 'for', 'to', 'from', 'by', 'with', 'after', 'before',
  'during', 'as', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'no', 'some',
  'several', 'two', 'three', 'one', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'at', 'about', 'around', 'near',
  'close', 'according', 'meanwhile', 'also', 'later', 'earlier', 'while', 'when', 'where', 'unknown', 'unidentified',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'president', 'minister', 'prime', 'forces', 'army', 'police', 'military',
]);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * The names in a sentence: capitalised words after the first (folded to lower case, without a
 * possessive 's), minus function words, months, days and titles.
 * "Turkish forces shelled Tall Refaat near Azaz" → {tall, refaat, azaz}.
 */
export function namesOf(sentence: string): Set<string> {
  const out = new Set<string>();
  let word = '';
  let first = true;
  const flush = () => {
    // The first word is capitalised by position, not because it is a name.
    if (word && first) { first = false; word = ''; return; }
    if (word && isUpper(word[0]!)) {
      let w = word.toLowerCase();
      if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
      if (w.length > 1 && !NOT_NAMES.has(w)) out.add(w);
    }
    word = '';
  };
  for (const ch of sentence) {
    if (isLetter(ch) || ch === "'" || ch === '’' || (word && ch >= '0' && ch <= '9')) word += ch;
    else flush();
  }
  flush();
  return out;
}

/**
 * Names rule: the overlap of the names in the two sentences (Jaccard J) gives 3·J − 1 points,
 * from −1 (no name in common) through 0 (a third in common) to 2 (the same names); positive points
 * are scaled by min(1, shared / 3), since one or two shared names ("Russian") say little. Reworded copies keep their place and
 * actor names; distinct incidents written on one template ("… shelled Sawaghnah …", "… shelled
 * Tall Refaat …") differ in them, often in places the gazetteer does not know. No evidence when
 * either sentence has no name.
 */
export function namesRule(a: Set<string>, b: Set<string>): Evidence {
  if (a.size === 0 || b.size === 0) return none;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const j = shared / (a.size + b.size - shared);
  let p = 3 * j - 1;
  if (p > 0) p *= Math.min(1, shared / 3);
  return points(Math.round(p * 100) / 100);
}
