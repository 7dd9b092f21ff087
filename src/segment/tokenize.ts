import { initialVid } from '../recognise/vocab.js';
import type { Token, TokenKind } from '../pipeline/doc.js';
import { normToken } from './normalize.js';
import { intern } from '../util/intern.js';

/**
 * A single left-to-right scan over character classes: linear in the text, no regular expressions.
 * Words keep internal apostrophes (Kata'ib) but split the possessive 's; dotted abbreviations
 * (U.S., U.N., Gen.) stay one token; hyphens and dashes are their own tokens so "Iran-backed"
 * gives Iran, -, backed with space=false.
 */

// character classes as comparisons rather than Set look-ups: they run once per token boundary
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb || c === 0x2018 || c === 0x2019;
}
function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** Title and other abbreviations that take a period and do not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'brig', 'rep',
  'sen', 'gov', 'pres', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'univ', 'fig',
  'rev', 'hon', 'amb', 'sec', 'min',
]);

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}
function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/**
 * `plain`: every character is ASCII and none is an upper-case letter, so the token is its own norm. `ascii`: every
 * character is ASCII, so its norm is its lower case (what normToken gives, without normToken's scan for wide characters).
 */
function push(out: Token[], text: string, start: number, end: number, kind: TokenKind, space: boolean, plain = false, ascii = false): void {
  const s = text.slice(start, end);
  const norm = plain ? s : ascii ? s.toLowerCase() : normToken(s);
  out.push({ start, end, text: s, norm, kind, space, cap: isUpper(text.charCodeAt(start)), sentence: -1, vid: initialVid(norm) });
}

/**
 * A punctuation, quote, dash or symbol token. Its text and norm are compared with literals (`t.text === ';'`) by code
 * that specialises on internalised strings: one ASCII character is always one, a longer or wider one ("—", "“", "--",
 * "…") only through intern().
 */
function pushMark(out: Token[], text: string, start: number, end: number, kind: TokenKind, space: boolean): void {
  if (end - start === 1 && text.charCodeAt(start) < 128) { push(out, text, start, end, kind, space); return; }
  const s = intern(text.slice(start, end));
  out.push({ start, end, text: s, norm: intern(normToken(s)), kind, space, cap: isUpper(text.charCodeAt(start)), sentence: -1, vid: 0 });
}

/** Not plain (see push): an upper-case ASCII letter or any non-ASCII character. */
function casedOrWide(c: number): boolean {
  return (c >= 65 && c <= 90) || c >= 128;
}

/** Tokenise `text` into tokens with character offsets. Sentence indices are filled by the splitter. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { space = true; i++; continue; }
    const start = i;
    if (isLetter(c) || isDigit(c)) {
      let j = i;
      let sawLetter = false;
      let sawDigit = false;
      let plain = true;
      let wide = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isLetter(d)) {
          sawLetter = true;
          if (casedOrWide(d)) {
            plain = false;
            if (d >= 128) wide = true;
          }
          j++;
          continue;
        }
        if (isDigit(d)) { sawDigit = true; j++; continue; }
        // digit groups and decimals: 1,000 / 6.5
        if ((d === 44 || d === 46) && sawDigit && !sawLetter && j + 1 < n && isDigit(text.charCodeAt(j + 1))) { j++; continue; }
        // internal apostrophe: Kata'ib, don't (but not the possessive 's, handled below)
        if (isApostrophe(d) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
          if (d !== 0x27) {
            plain = false;
            wide = true;
          }
          const next = text.charCodeAt(j + 1);
          const after = j + 2 < n ? text.charCodeAt(j + 2) : 32;
          const possessive = (next === 115 || next === 83) && !isLetter(after);
          if (possessive) break;
          j++; continue;
        }
        break;
      }
      // dotted abbreviations: U.S. / U.N. / a.m.
      if (j < n && text.charCodeAt(j) === 46 && sawLetter && !sawDigit) {
        const word = text.slice(i, j).toLowerCase();
        if (j - i === 1 && j + 2 < n && isLetter(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) {
          // single letters separated by dots
          let k = j;
          while (k + 2 < n && text.charCodeAt(k) === 46 && isLetter(text.charCodeAt(k + 1)) && (k + 2 >= n || !isLetter(text.charCodeAt(k + 2)))) {
            if (text.charCodeAt(k + 1) >= 128) wide = true;
            k += 2;
          }
          if (k < n && text.charCodeAt(k) === 46) k++;
          j = k;
          plain = false;
        } else if (ABBREVIATIONS.has(word)) {
          j++;
        }
      }
      push(out, text, start, j, sawLetter ? 'word' : 'number', space, plain, !wide);
      i = j;
    } else if (isApostrophe(c) && i + 1 < n && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && (i + 2 >= n || !isLetter(text.charCodeAt(i + 2))) && !space) {
      push(out, text, start, i + 2, 'word', false); // possessive 's
      i += 2;
    } else if (isQuote(c)) {
      pushMark(out, text, start, i + 1, 'quote', space);
      i++;
    } else if (isDash(c)) {
      let j = i + 1;
      while (j < n && isDash(text.charCodeAt(j))) j++;
      pushMark(out, text, start, j, 'dash', space);
      i = j;
    } else if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2026) {
      pushMark(out, text, start, i + 1, 'punct', space);
      i++;
    } else {
      // symbols ($, %, &, /, …); surrogate pairs kept whole
      const step = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      pushMark(out, text, start, i + step, 'symbol', space);
      i += step;
    }
    space = false;
  }
  return out;
}
