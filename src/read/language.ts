import { InputError } from './errors.js';

/**
 * A cheap English check: (1) the letters must be mostly Latin script, and (2) over the first few
 * thousand words, a minimum share must be common English function words. Short texts (under
 * MIN_WORDS words) pass the word test; they are judged on script only.
 */
const STOP_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'was', 'said', 'that', 'for', 'on', 'with', 'as', 'by', 'at',
  'from', 'it', 'its', 'he', 'his', 'she', 'her', 'are', 'were', 'have', 'has', 'had', 'be', 'been',
  'which', 'who', 'this', 'an', 'not', 'but', 'they', 'their', 'after', 'will', 'would', 'or', 'we',
  'there', 'than', 'into', 'also', 'about', 'over', 'more',
]);

const MAX_WORDS = 3000;
const MIN_WORDS = 25;
/** English news prose scores about 0.35-0.45 on this list; French, German and Spanish under 0.05. */
const MIN_STOP_SHARE = 0.12;
const MIN_LATIN_SHARE = 0.6;

export interface LanguageStats {
  words: number;
  stopShare: number;
  latinShare: number;
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Any letter: cheap test via case, plus common scripts without case (CJK, Arabic, Hebrew, Thai, Devanagari …). */
function isLetter(ch: string, c: number): boolean {
  if (isLatinLetter(c)) return true;
  if (c < 0x370) return false;
  return ch.toLowerCase() !== ch.toUpperCase() || (c >= 0x0590 && c <= 0x0dff) || (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

export function languageStats(text: string): LanguageStats {
  let words = 0;
  let stops = 0;
  let latin = 0;
  let letters = 0;
  let word = '';
  const end = text.length;
  for (let i = 0; i <= end && words < MAX_WORDS; i++) {
    const ch = i < end ? (text[i] as string) : ' ';
    const c = ch.charCodeAt(0);
    if (i < end && isLetter(ch, c)) {
      letters++;
      if (isLatinLetter(c)) latin++;
      if (word.length < 40) word += ch;
    } else if (word.length > 0 && !(c === 39 || c === 0x2019)) {
      words++;
      if (STOP_WORDS.has(word.toLowerCase())) stops++;
      word = '';
    }
  }
  return { words, stopShare: words ? stops / words : 0, latinShare: letters ? latin / letters : 1 };
}

/** Throw NOT_ENGLISH unless the text looks English (or allow is set). */
export function assertEnglish(text: string, allow = false): void {
  if (allow) return;
  const s = languageStats(text);
  if (s.latinShare < MIN_LATIN_SHARE) {
    throw new InputError('NOT_ENGLISH', `text is mostly in a non-Latin script (${Math.round(100 * (1 - s.latinShare))}% of letters); sitrep reads English news only (pass --allow-non-english / allowNonEnglish to try anyway)`);
  }
  if (s.words >= MIN_WORDS && s.stopShare < MIN_STOP_SHARE) {
    throw new InputError('NOT_ENGLISH', `text does not look like English (${Math.round(100 * s.stopShare)}% common English words in the first ${s.words}); sitrep reads English news only (pass --allow-non-english / allowNonEnglish to try anyway)`);
  }
}
