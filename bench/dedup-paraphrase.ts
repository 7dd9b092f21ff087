/**
 * Deterministic rewording of a news sentence, for measuring de-duplication: the same report as
 * another outlet might write it. Synonym swaps, number words vs digits, another date format, the
 * date clause moved, later sentences reordered, coder annotations dropped.
 */

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Word or phrase → replacement; applied both ways where the pair is listed twice. */
const SYNONYMS: Array<[string, string]> = [
  ['clashed with', 'fought'],
  ['armed clashes', 'fighting'],
  ['clashes', 'fighting'],
  ['attacked', 'assaulted'],
  ['shelled', 'bombarded'],
  ['shelling', 'bombardment'],
  ['wounded', 'injured'],
  ['injuring', 'wounding'],
  ['soldiers', 'troops'],
  ['militants', 'fighters'],
  ['demonstrated', 'protested'],
  ['demonstrators', 'protesters'],
  ['airstrikes', 'air strikes'],
  ['airstrike', 'air strike'],
  ['near', 'close to'],
  ['village', 'town'],
  ['launched', 'carried out'],
  ['targeted', 'hit'],
  ['detained', 'arrested'],
  ['gathered', 'rallied'],
  ['reportedly', 'according to reports,'],
];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

/** Replace whole-word occurrences of `from` (case-insensitive, first letter's case kept). */
function replaceWord(text: string, from: string, to: string): string {
  const low = text.toLowerCase();
  let out = '';
  let i = 0;
  for (;;) {
    const j = low.indexOf(from, i);
    if (j < 0) break;
    const before = text[j - 1];
    const after = text[j + from.length];
    if (isWordChar(before) || isWordChar(after)) {
      out += text.slice(i, j + from.length);
      i = j + from.length;
      continue;
    }
    const orig = text.slice(j, j + from.length);
    const cap = orig[0] !== undefined && orig[0] !== orig[0].toLowerCase();
    out += text.slice(i, j) + (cap ? to[0]!.toUpperCase() + to.slice(1) : to);
    i = j + from.length;
  }
  return out + text.slice(i);
}

/** Digits 1..20 standing alone become words, or words become digits. */
function swapNumbers(text: string, toWords: boolean): string {
  if (toWords) {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c >= '0' && c <= '9' && !isWordChar(text[i - 1])) {
        let j = i;
        while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
        const n = Number(text.slice(i, j));
        const next = text[j];
        const after = text.slice(j + 1, j + 4);
        const dateDay = MONTHS.some((m) => m.startsWith(after)) && after.length === 3 && after[0] !== after[0]!.toLowerCase();
        if (n >= 1 && n <= 20 && !dateDay && !isWordChar(next) && next !== '-' && next !== ':' && next !== '/' && next !== '.') {
          out += NUMBER_WORDS[n];
          i = j;
          continue;
        }
        out += text.slice(i, j);
        i = j;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  }
  let out = text;
  for (let n = 2; n <= 12; n++) out = replaceWord(out, NUMBER_WORDS[n]!, String(n));
  return out;
}

/** "On 1 January 2022," at the start: reformat the date and maybe move the clause to the end. */
function rewriteDate(text: string, r: () => number): string {
  if (!text.startsWith('On ')) return text;
  const comma = text.indexOf(',', 3);
  if (comma < 0 || comma > 30) return text;
  const date = text.slice(3, comma);
  const parts = date.split(' ');
  let formatted = date;
  if (parts.length === 3 && MONTHS.includes(parts[1]!)) {
    const [d, m, y] = parts as [string, string, string];
    formatted = r() < 0.5 ? `${m} ${d}, ${y}` : `${d} ${m.slice(0, 3)} ${y}`;
  }
  const rest = text.slice(comma + 1).trimStart();
  if (r() < 0.5) return `On ${formatted}, ${rest}`;
  // Move the date clause to the end of the first sentence.
  const stop = rest.indexOf('. ');
  const first = stop < 0 ? rest.replace(/\.$/, '') : rest.slice(0, stop);
  const tail = stop < 0 ? '' : rest.slice(stop + 1);
  return `${first[0]!.toUpperCase()}${first.slice(1)} on ${formatted}.${tail}`;
}

/** Drop bracketed coder annotations ("[size=no report]") and reorder later sentences. */
function restructure(text: string, r: () => number): string {
  let t = text;
  if (r() < 0.6) {
    let out = '';
    let depth = 0;
    for (const ch of t) {
      if (ch === '[') depth++;
      else if (ch === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0) out += ch;
    }
    t = out.replace(/ +/g, ' ').replace(/ \./g, '.').trim();
  }
  const sentences = t.split('. ');
  if (sentences.length >= 3 && r() < 0.5) {
    const [a, b, c, ...rest] = sentences as [string, string, string, ...string[]];
    const lastB = b.endsWith('.') ? b.slice(0, -1) : b;
    const lastC = c.endsWith('.') ? c.slice(0, -1) : c;
    t = [a, lastC, lastB, ...rest].join('. ');
    if (!t.endsWith('.')) t += '.';
  }
  return t;
}

/** A reworded copy of `text`, the same for the same seed. */
export function paraphrase(text: string, seed: number): string {
  const r = rng(seed);
  let t = rewriteDate(text, r);
  for (const [from, to] of SYNONYMS) if (r() < 0.7) t = replaceWord(t, from, to);
  t = swapNumbers(t, r() < 0.6);
  t = restructure(t, r);
  return t;
}
