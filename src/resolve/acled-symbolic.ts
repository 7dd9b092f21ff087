/**
 * Symbolic burnings: protesters who burn a flag, an effigy, a passport or pictures make a statement, not a
 * riot or property destruction. A scanner over the cue tokens (dashes dropped, as the cue matcher sees them):
 * a burn verb followed within three words by a symbolic object ("burned the party flag", "burnt an effigy
 * of"), or a symbolic object followed by "was/were burned" ("flags were burned").
 */
const BURN = new Set(['burned', 'burnt', 'burning', 'burn', 'burns']);
/** The first letter of every BURN word ("b"): most words are ruled out by one character read, before a Set look-up. */
const B = 0x62;
const OBJECTS = new Set([
  'flag', 'flags', 'effigy', 'effigies', 'passport', 'passports', 'photo', 'photos', 'photograph', 'photographs',
  'picture', 'pictures', 'portrait', 'portraits', 'poster', 'posters', 'image', 'images', 'copy', 'copies',
  'banner', 'banners', 'book', 'books', 'document', 'documents', 'symbol', 'symbols', 'ballot', 'ballots', 'coffin',
]);
const AUX = new Set(['was', 'were']);

/** Token indexes of burn verbs whose object is symbolic; empty (and no allocation) when the text burns nothing. */
export function symbolicBurns(norms: readonly string[]): Set<number> | null {
  let out: Set<number> | null = null;
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i]!;
    if (w.charCodeAt(0) !== B || !BURN.has(w)) continue;
    let symbolic = false;
    for (let k = i + 1; k < norms.length && k <= i + 3 && !symbolic; k++) if (OBJECTS.has(norms[k]!)) symbolic = true;
    if (!symbolic && i >= 2 && AUX.has(norms[i - 1]!) && OBJECTS.has(norms[i - 2]!)) symbolic = true;
    if (symbolic) (out ??= new Set()).add(i);
  }
  return out;
}
