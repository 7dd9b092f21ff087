/**
 * Normalising names before comparing gold and predicted values. Every rule here is documented in
 * docs/EVALUATION.md ("Matching rules"); change both together.
 */

/** Lower case, diacritics and apostrophes removed, punctuation to spaces, spaces collapsed. */
export function normText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u02bf\u02be]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words that only say what kind of unit a place is. */
const PLACE_SUFFIXES = new Set([
  'governorate', 'province', 'region', 'state', 'district', 'oblast', 'muhafazah', 'muhafazat', 'wilayah',
  'wilaya', 'prefecture', 'county', 'department', 'municipality', 'city', 'countryside', 'sub', 'subdistrict',
  'town', 'village', 'camp', 'area',
]);
/** Arabic articles and their assimilated forms, as separate words ("Al Bayda", "Deir ez Zor"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'az', 'ash', 'at', 'an', 'adh', 'ath', 'ed', 'er', 'es', 'ez', 'the']);

/** Place name key: normalised text without unit words and Arabic articles. */
export function placeKey(s: string): string {
  const words = normText(s).split(' ').filter((w) => w && !PLACE_SUFFIXES.has(w) && !ARTICLES.has(w));
  return words.join(' ');
}

/** Consonant skeleton: vowels (and y, w, h after a consonant) dropped, repeats collapsed ("Idleb" ~ "Idlib" → "dlb"). */
export function skeleton(key: string): string {
  let out = '';
  for (const ch of key.replace(/ /g, '')) {
    if ('aeiouyw'.includes(ch)) continue;
    if (ch === 'h' && out.length > 0) continue;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Fuzzy place-name match (admin1, location): equal keys; or equal consonant skeletons of at least
 * 3 letters; or keys of 5+ letters within edit distance 1 (2 from 9 letters).
 */
export function samePlace(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ka = placeKey(a);
  const kb = placeKey(b);
  if (!ka || !kb) return normText(a) === normText(b);
  if (ka === kb) return true;
  const sa = skeleton(ka);
  if (sa.length >= 3 && sa === skeleton(kb)) return true;
  const shorter = Math.min(ka.length, kb.length);
  if (shorter >= 5) return editDistance(ka, kb, 2) <= (shorter >= 9 ? 2 : 1);
  return false;
}

/** Nouns too generic to be a head when a phrase has a more specific word ("members of the FMLN" → "fmln"). */
const WEAK_NOUNS = new Set(['group', 'members', 'member', 'forces', 'force', 'movement', 'people', 'men', 'man']);

const STOP = new Set([
  'the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'its', 'his', 'her', 'their',
  'some', 'several', 'two', 'three', 'other', 'unidentified', 'unknown', 'suspected', 'alleged', 'armed',
  ...WEAK_NOUNS,
]);

/** Content words of a phrase, lower-cased and singular ("Houthis" → "houthi"). */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const w of normText(s).split(' ')) {
    if (!w || STOP.has(w)) continue;
    out.push(singular(w));
  }
  return out;
}

export function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('sis')) return w.slice(0, -1);
  return w;
}

const HEAD_BREAK = new Set(['of', 'who', 'which', 'that', 'from', 'in', 'at', 'with', 'on', 'near']);

/**
 * Head word of a noun phrase: the last content word before the first "of/who/which/in/…" or comma,
 * singular ("three soldiers of the army" → "soldier"); when only stop words precede it, the last
 * content word of the phrase ("members of the FMLN" → "fmln").
 */
export function headWord(s: string): string | null {
  const raw = s.replace(/\(.*?\)/g, ' ');
  const words = normText(raw.split(/[,;:(]/)[0] ?? raw).split(' ');
  let cut = words.length;
  for (let i = 1; i < words.length; i++) if (HEAD_BREAK.has(words[i]!)) { cut = i; break; }
  const before = words.slice(0, cut).filter((w) => w && !STOP.has(w));
  if (before.length > 0) return singular(before[before.length - 1]!);
  const all = contentWords(raw);
  return all.length > 0 ? all[all.length - 1]! : null;
}

/** Argument match by head-word overlap: either phrase's head word occurs among the other's content words. */
export function headMatch(gold: string, predicted: string): boolean {
  const gw = contentWords(gold);
  const pw = contentWords(predicted);
  if (gw.length === 0 || pw.length === 0) {
    // A phrase made only of generic nouns ("people", "members", "the men") has no content word; its head is
    // its last generic noun, and it matches a phrase holding that noun ("people" ~ "three people").
    const gh = gw.length === 0 ? weakHead(gold) : headWord(gold);
    const ph = pw.length === 0 ? weakHead(predicted) : headWord(predicted);
    const gAll = weakWords(gold);
    const pAll = weakWords(predicted);
    return (gh != null && pAll.includes(gh)) || (ph != null && gAll.includes(ph));
  }
  const gh = headWord(gold);
  const ph = headWord(predicted);
  return (gh != null && pw.includes(gh)) || (ph != null && gw.includes(ph));
}

/** Content words counting the generic nouns ("three people" → people), singular. */
function weakWords(s: string): string[] {
  const out: string[] = [];
  for (const w of normText(s).split(' ')) if (w && (!STOP.has(w) || WEAK_NOUNS.has(w))) out.push(singular(w));
  return out;
}

/** The last generic noun of a phrase with no content word ("the men" → "men"), or null. */
function weakHead(s: string): string | null {
  const all = weakWords(s);
  return all.length > 0 ? all[all.length - 1]! : null;
}
