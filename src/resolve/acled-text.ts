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

/** Drop sentences that speak about coding ("… coded as 10.", "Coded to Gaza - Remal."). */
function dropCodedSentences(s: string): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const end = (c === '.' || c === ';') && (i + 1 >= s.length || s[i + 1] === ' ');
    if (end || i === s.length - 1) {
      parts.push(s.slice(start, i + 1));
      start = i + 1;
    }
  }
  return parts.filter((p) => !/\bcoded\b/i.test(p)).join('');
}
