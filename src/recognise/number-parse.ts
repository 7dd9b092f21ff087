import type { Token } from '../pipeline/doc.js';
import type { NumberDictionary } from './number-dictionary.js';

/**
 * The core of a number at one token position: digits ("1,000", "6.5", "3m", "5th"), number words
 * ("twenty-three", "three hundred and fifty", "two million"), vague quantities ("dozens", "a few")
 * and ordinals ("the fifth"). Every reader consumes what it reads: no backtracking, no regular
 * expressions.
 */

export interface Core {
  end: number;
  value: number;
  min: number;
  max: number | null;
  approximate: boolean;
  ordinal: boolean;
  /** digits | words | ordinal | vague.<id> */
  family: string;
  /** Multiplier read after digits ("6 billion" → 1e9), 1 otherwise. */
  scale: number;
}

export interface Window {
  tokens: Token[];
  to: number;
}

const MAX_DIGITS = 15;

/** Value of a digit string with optional thousands commas (groups of three) and one decimal point. */
export function digitsValue(s: string): number | null {
  let digits = 0;
  let sawDot = false;
  let sinceComma = -1;
  let clean = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (sinceComma >= 0) sinceComma++;
      clean += s.charAt(i);
    } else if (c === 44 && !sawDot) {
      if (sinceComma >= 0 && sinceComma !== 3) return null;
      sinceComma = 0;
    } else if (c === 46 && !sawDot) {
      if (sinceComma >= 0 && sinceComma !== 3) return null;
      sinceComma = -1;
      sawDot = true;
      clean += '.';
    } else return null;
    if (digits > MAX_DIGITS) return null;
  }
  if (sinceComma >= 0 && sinceComma !== 3) return null;
  if (digits === 0) return null;
  const v = Number(clean);
  return Number.isFinite(v) ? v : null;
}

/** "3m", "6bn", "1.5bn", "10k" → value; "5th", "21st" → ordinal. */
function glued(tok: Token, dict: NumberDictionary): { value: number; ordinal: boolean } | null {
  const s = tok.norm;
  let k = 0;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 44 || c === 46) k++;
    else break;
  }
  if (k === 0 || k === s.length || k > MAX_DIGITS + 4) return null;
  const base = digitsValue(s.slice(0, k));
  if (base === null) return null;
  const suffix = s.slice(k);
  if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') return Number.isInteger(base) ? { value: base, ordinal: true } : null;
  const scale = dict.suffixes.get(suffix);
  return scale !== undefined ? { value: base * scale, ordinal: false } : null;
}

/** English number words: "twenty-three", "three hundred and fifty", "two million". */
function words(w: Window, i: number, dict: NumberDictionary): { value: number; end: number } | null {
  let total = 0;
  let current = 0;
  let any = false;
  let lastWasUnit = false;
  let lastWasTens = false;
  let k = i;
  let end = i;
  while (k < w.to) {
    const tok = w.tokens[k]!;
    const card = dict.cardinals.get(tok.norm);
    if (card) {
      if (lastWasUnit) break; // "one two" is two numbers
      if (lastWasTens && (card.tens || card.value >= 10)) break;
      current += card.value;
      lastWasTens = card.tens;
      lastWasUnit = !card.tens;
      any = true;
      end = k + 1;
      k++;
      // "twenty-three": a glued dash between tens and a unit
      if (card.tens && k + 1 < w.to && w.tokens[k]!.kind === 'dash' && !w.tokens[k]!.space && !w.tokens[k + 1]!.space) {
        const unit = dict.cardinals.get(w.tokens[k + 1]!.norm);
        if (unit && !unit.tens && unit.value > 0 && unit.value < 10) {
          current += unit.value;
          lastWasTens = false;
          lastWasUnit = true;
          end = k + 2;
          k += 2;
        }
      }
      continue;
    }
    const scale = any ? dict.scales.get(tok.norm) : undefined;
    if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastWasUnit = false;
      lastWasTens = false;
      end = k + 1;
      k++;
      // "three hundred and fifty"
      if (k + 1 < w.to && w.tokens[k]!.norm === 'and' && dict.cardinals.has(w.tokens[k + 1]!.norm)) k++;
      continue;
    }
    break;
  }
  return any ? { value: total + current, end } : null;
}

/** Read the core number at token i, or null. */
export function readCore(w: Window, i: number, dict: NumberDictionary, upper: boolean): Core | null {
  const tok = w.tokens[i];
  if (!tok || i >= w.to) return null;
  const vague = dict.vague.matchAt(w.tokens, i, upper, w.to);
  const v = vague?.values[0];
  if (vague && v) {
    return { end: vague.tokenEnd, value: v.value, min: v.min, max: v.max, approximate: v.approximate, ordinal: false, family: v.id, scale: 1 };
  }
  const ord = dict.ordinals.get(tok.norm);
  if (ord !== undefined) return { end: i + 1, value: ord, min: ord, max: ord, approximate: false, ordinal: true, family: 'ordinal', scale: 1 };
  let value: number | null = null;
  let end = i + 1;
  let family = 'digits';
  if (tok.kind === 'number') value = digitsValue(tok.norm);
  else if (tok.kind === 'word') {
    const g = glued(tok, dict);
    if (g?.ordinal) return { end, value: g.value, min: g.value, max: g.value, approximate: false, ordinal: true, family: 'ordinal', scale: 1 };
    if (g) value = g.value;
    else {
      const wn = words(w, i, dict);
      if (wn) {
        value = wn.value;
        end = wn.end;
        family = 'words';
      }
    }
  }
  if (value === null) return null;
  // "6 billion", "1.5 million", "two dozen"
  const next = end < w.to ? w.tokens[end]! : undefined;
  let scale = 1;
  if (next && family === 'digits') {
    // "6 billion", and "$14.1-billion" with a glued hyphen
    const hyphen = next.kind === 'dash' && !next.space && end + 1 < w.to && !w.tokens[end + 1]!.space;
    const sc = dict.scales.get(hyphen ? w.tokens[end + 1]!.norm : next.norm);
    if (sc !== undefined) {
      scale = sc;
      value *= sc;
      end += hyphen ? 2 : 1;
    }
  }
  if (end < w.to && w.tokens[end]!.norm === 'dozen') {
    value *= 12;
    end++;
  }
  return { end, value, min: value, max: value, approximate: false, ordinal: false, family, scale };
}
