/** Fold a token to its dictionary key: lower case, curly apostrophes straightened, diacritics removed. */
export function normToken(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) { ascii = false; break; }
  }
  const lower = text.toLowerCase();
  if (ascii) return lower;
  return lower
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
