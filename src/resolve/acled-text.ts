/**
 * ACLED notes carry coder conventions that give the answer away and never occur in news:
 * "[size=hundreds]", "(fatalities coded to 3)", "Unknown reported fatalities coded as 10.",
 * "Coded to provincial capital." and a leading category label ("Arrests: On 3 May …").
 * stripAcledConventions removes them; a hand-written scanner, linear in the text.
 */
export function stripAcledConventions(text: string): string {
  let s = dropLeadingLabel(text.trim());
  s = dropBracketed(s);
  s = dropCodedSentences(s);
  return s.replace(/\s+/g, ' ').trim();
}

/** "Property destruction: On 5 May …" → "On 5 May …" (a short capitalised label of at most five words). */
function dropLeadingLabel(s: string): string {
  const colon = s.indexOf(':');
  if (colon <= 0 || colon > 45) return s;
  const label = s.slice(0, colon);
  const words = label.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return s;
  const first = label.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return s;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 47 || c === 45;
    if (!ok) return s; // digits (dates, "26 June 2019:") and other marks are not labels
  }
  return s.slice(colon + 1).trim();
}

/** Remove [...] and (...) groups that hold a coding convention (size=, coded, targeted:). */
function dropBracketed(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '[' || c === '(') {
      const close = s.indexOf(c === '[' ? ']' : ')', i + 1);
      if (close > i) {
        const inner = s.slice(i + 1, close).toLowerCase();
        if (c === '[' || inner.includes('coded') || inner.includes('size=')) {
          i = close + 1;
          continue;
        }
      }
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Drop the clauses that speak about coding ("…, coded to Mariga, while …" → "…, while …";
 * "; fatalities coded as 20." → "."): from the clause start (comma, semicolon, full stop or the
 * text start) to the clause end (the next comma, semicolon or full stop outside parentheses).
 */
function dropCodedSentences(s: string): string {
  let out = s;
  for (let guard = 0; guard < 20; guard++) {
    const at = findWord(out, 'coded');
    if (at < 0) break;
    let start = at;
    while (start > 0 && !',;.'.includes(out[start - 1]!)) start--;
    let end = at;
    let depth = 0;
    while (end < out.length) {
      const c = out[end]!;
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && ',;.'.includes(c)) break;
      end++;
    }
    // keep the closing punctuation when the clause started a sentence; drop the leading comma otherwise
    const before = start > 0 ? out[start - 1] : '';
    if (before === ',' || before === ';') start--;
    else if (end < out.length) end++;
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/** Index of `word` as a whole word, case-insensitive, or -1. */
function findWord(s: string, word: string): number {
  const lower = s.toLowerCase();
  let from = 0;
  for (;;) {
    const i = lower.indexOf(word, from);
    if (i < 0) return -1;
    const a = i > 0 ? lower.charCodeAt(i - 1) : 32;
    const b = i + word.length < lower.length ? lower.charCodeAt(i + word.length) : 32;
    const letter = (c: number): boolean => (c >= 97 && c <= 122);
    if (!letter(a) && !letter(b)) return i;
    from = i + 1;
  }
}
