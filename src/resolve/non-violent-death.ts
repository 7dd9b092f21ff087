import type { Doc } from '../pipeline/doc.js';

/**
 * Words that tell a death or injury by accident, disaster or illness, or one of history rather than of the news
 * ("killed in a head-on collision", "died when the roof collapsed", "killed in the 1945 Nagasaki blast"). A killing
 * whose victim the recogniser does not know ("a person was killed") gets an implied perpetrator only in a sentence
 * with none of them (src/resolve/implied-perpetrator.ts).
 */
const ACCIDENT_WORDS = new Set([
  'accident', 'accidents', 'accidental', 'accidentally', 'crash', 'crashed', 'crashes', 'collision', 'collided', 'traffic',
  'derailed', 'derailment', 'overturned', 'capsized', 'drowned', 'drowning', 'flood', 'floods',
  'flooding', 'flash', 'earthquake', 'quake', 'landslide', 'landslides', 'mudslide', 'avalanche', 'storm', 'cyclone',
  'hurricane', 'typhoon', 'tornado', 'lightning', 'blaze', 'wildfire', 'electrocuted', 'stampede', 'collapsed', 'collapse',
  'heatwave', 'disease', 'outbreak', 'epidemic', 'pandemic', 'covid', 'overdose', 'suicide', 'miners', 'pedestrian', 'wreck',
  // history: a war or a massacre of another time
  'war', 'holocaust', 'genocide', 'anniversary', 'memorial', 'commemorate', 'commemorated', 'commemoration', 'historic', 'history',
]);

/** A year written in the sentence that is two or more years before the article's date: a death of the past. */
function pastYear(doc: Doc, from: number, to: number): boolean {
  const ref = doc.referenceDate ? Number(doc.referenceDate.slice(0, 4)) : NaN;
  if (!Number.isFinite(ref)) return false;
  for (let k = from; k < to; k++) {
    const n = doc.tokens[k]!.norm;
    if (n.length === 4 && n >= '1800' && n <= '2099' && /^\d{4}$/.test(n) && Number(n) <= ref - 2) return true;
  }
  return false;
}

/** Does the sentence tell an accident, a disaster, an illness or a death of the past? */
export function nonViolentDeathContext(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (ACCIDENT_WORDS.has(doc.tokens[k]!.norm)) return true;
  return pastYear(doc, s.tokenStart, s.tokenEnd);
}
