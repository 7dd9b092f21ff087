import type { Sentence, Token } from '../pipeline/doc.js';

/** Longest sentence (in tokens) handed to the coders; longer ones are cut into windows. */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Longest sentence the segmenter makes. Text with no sentence end (a scraped list, a run-on dump) is cut here,
 * after the last ';' (else ',') in the second half of the stretch, else at the limit: later stages compare the
 * events, places and cue words of one sentence with each other, so an unbounded sentence would make them
 * quadratic in the text. Real sentences stay far below (the longest of the 48,000 in the benchmark corpus has 447 tokens).
 */
export const MAX_SEGMENT_TOKENS = 500;

function endsSentence(tokens: Token[], i: number, text: string, wrapped: boolean): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return true;
  // a paragraph break always ends a sentence; in hard-wrapped text a line break inside a paragraph is a space
  if (hasNewline(text, t.end, next.start) && !(wrapped && softBreak(text, t.end, next.start))) return true;
  if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '\u2026')) {
    // "…declined to be identified.An AFP journalist said": scraped text that runs sentences together without a space
    if (!next.space && next.kind !== 'quote') return t.text === '.' && runTogether(tokens, i);
    return startsSentence(tokens, i + 1);
  }
  // dotted abbreviation at the end of a sentence: "… bases in the U.S. The next day"
  if (t.kind === 'word' && t.text.endsWith('.') && next.space && /^[A-Z]/.test(next.text) && t.text.length <= 5 && t.text.indexOf('.') < t.text.length - 1) {
    return isCommonStarter(next.norm);
  }
  return false;
}

/**
 * A full stop with no space after it between a lower-case word and a capitalised one ("identified.An"): a sentence
 * break in run-together text. Not in names and addresses ("google.com", "Node.js", "U.S.Army" stays one word).
 */
function runTogether(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1]!;
  if (!prev || prev.kind !== 'word' || prev.end !== tokens[i]!.start || prev.text.length < 2) return false;
  if (next.kind !== 'word' || !isLowerWord(prev.text)) return false;
  // "…wounded.Three others", and the one-letter words "A" and "I" before a space
  if (next.text.length === 1) return (next.text === 'A' || next.text === 'I') && tokens[i + 2]?.space === true;
  return isUpper(next.text.charCodeAt(0)) && isLower(next.text.charCodeAt(1));
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
/** Letters only, all lower case ("identified"; not "Node", "e-mail" or "x2"). */
function isLowerWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (!isLower(w.charCodeAt(k))) return false;
  return true;
}

function startsSentence(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && (tokens[k]!.kind === 'quote' || tokens[k]!.text === '(')) k++;
  const t = tokens[k];
  if (!t) return true;
  return t.cap || t.kind === 'number' || t.kind === 'quote' || t.kind === 'dash' || !/^[a-z]/.test(t.text);
}

const STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'in', 'on', 'at', 'but', 'and', 'this', 'that', 'there', 'officials', 'however', 'meanwhile', 'after', 'before', 'while', 'his', 'her', 'their']);
function isCommonStarter(norm: string): boolean {
  return STARTERS.has(norm);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Hard-wrapped text (wire copy, transcripts: "…CLAIMED RESPONSIBILITY FOR THE MURDER OF\nANTIOQUIA POLICE
 * COMMANDER…"): at least four lines, none longer than 90 characters, 45 on average. Text with a paragraph per line
 * has long lines; a list of headlines has short ones.
 */
export function hardWrapped(text: string): boolean {
  // most texts have a line over 90 characters early: line ends by the native indexOf, not a loop per character
  if (text.length > 90 && text.indexOf('\n') < 0) return false;
  let lines = 0;
  let total = 0;
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    // a carriage return before the line feed is not part of the line
    const length = nl - at - (nl > at && text.charCodeAt(nl - 1) === 13 ? 1 : 0);
    if (length > 90) return false;
    if (length > 0) { lines++; total += length; }
    at = nl + 1;
  }
  return lines >= 4 && total / lines >= 45;
}

/** One line break between two tokens, not followed by a blank line or an indented line (a new paragraph). */
function softBreak(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c !== 13 && newlines > 0) return false;
  }
  return newlines === 1;
}

/** Where to cut the overlong stretch from..end-1: after its last ';' past the middle, else its last ',', else at end. */
function cutPoint(tokens: Token[], from: number, end: number): number {
  const half = from + (MAX_SEGMENT_TOKENS >> 1);
  for (let k = end - 1; k > half; k--) if (tokens[k]!.text === ';') return k + 1;
  for (let k = end - 1; k > half; k--) if (tokens[k]!.text === ',') return k + 1;
  return end;
}

/**
 * Split tokens into sentences, closing quotes and brackets staying with the sentence they close.
 * Sets token.sentence. Linear in the number of tokens; no sentence is longer than MAX_SEGMENT_TOKENS (plus the
 * closing quotes or brackets it keeps).
 */
export function splitSentences(tokens: Token[], text: string, onCut: (() => void) | null = null): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const close = (toExclusive: number): void => {
    if (toExclusive <= from) return;
    const index = sentences.length;
    for (let k = from; k < toExclusive; k++) tokens[k]!.sentence = index;
    sentences.push({ index, start: tokens[from]!.start, end: tokens[toExclusive - 1]!.end, tokenStart: from, tokenEnd: toExclusive });
    from = toExclusive;
  };
  const wrapped = hardWrapped(text);
  for (let i = 0; i < tokens.length; i++) {
    // token i would make the sentence longer than the limit: cut it (cutPoint) and go on from there
    if (i - from >= MAX_SEGMENT_TOKENS) {
      close(cutPoint(tokens, from, i));
      onCut?.();
    }
    if (!endsSentence(tokens, i, text, wrapped)) continue;
    let end = i + 1;
    // closing quote or bracket directly after the full stop: ."  .)
    while (end < tokens.length && !tokens[end]!.space && (tokens[end]!.kind === 'quote' || tokens[end]!.text === ')') && !hasNewline(text, tokens[end - 1]!.end, tokens[end]!.start)) end++;
    close(end);
    i = end - 1;
  }
  close(tokens.length);
  return sentences;
}
