/** Lower-case ASCII words of a text (letters and digits; everything else separates), for rules that read short text windows. */
export function lowerWords(s: string): string[] {
  return s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** Do the words `ws` up to (not including) index `end` end with `phrase`? */
export function wordsEndWith(ws: readonly string[], end: number, phrase: readonly string[]): boolean {
  if (end < phrase.length) return false;
  for (let i = 0; i < phrase.length; i++) if (ws[end - phrase.length + i] !== phrase[i]) return false;
  return true;
}
