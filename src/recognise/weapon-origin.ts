import type { Token } from '../pipeline/doc.js';
import { readDataJson } from '../util/data-file.js';
import type { OriginFile } from './dictionary-schemas.js';
import { PhraseTrie } from './trie.js';

/**
 * Origin qualifiers of weapons: "five Iranian cruise missiles", "Iran-made drones", "U.S.-supplied
 * ATACMS". A small demonym/country → ISO3 table (data/weapon-origins.json), matched only in the few
 * tokens just before a weapon name.
 */

let trie: PhraseTrie<string> | null = null;
let byName: Map<string, string> | null = null;

function load(): PhraseTrie<string> {
  if (trie) return trie;
  const file = readDataJson<OriginFile>('weapon-origins.json', ['entries']);
  const t = new PhraseTrie<string>();
  const names = new Map<string, string>();
  for (const e of file.entries) {
    for (const n of e.names) {
      t.add(n, e.id, 'cap');
      names.set(n.toLowerCase(), e.id);
    }
  }
  byName = names;
  trie = t;
  return t;
}

/** ISO3 code for a demonym or country name ("Iranian" → IRN, "U.S." → USA), or null. */
export function demonymToIso3(name: string): string | null {
  load();
  return byName!.get(name.trim().toLowerCase()) ?? null;
}

/** Words that may stand between an origin and the weapon: "Iranian-made", "five Iranian long-range …". */
const BETWEEN = new Set([
  'made', 'built', 'supplied', 'designed', 'produced', 'manufactured', 'provided', 'developed', 'origin', "'s",
  'new', 'advanced', 'long', 'short', 'medium', 'range', 'heavy', 'armed', 'guided', 'sophisticated', 'modified',
  'upgraded', 'older', 'old', 'latest', 'additional', 'more', 'other', 'large', 'small', 'explosive', 'laden',
]);

function between(tok: Token): boolean {
  return tok.kind === 'dash' || tok.kind === 'number' || BETWEEN.has(tok.norm);
}

/** How far back (in tokens) an origin may be found before the weapon name. */
const LOOKBACK = 6;

/**
 * Origin of the weapon whose name starts at token `start`: a demonym or country name among the few
 * tokens before it, separated from the weapon only by words like "-made", numbers and adjectives.
 * Bounded work: at most LOOKBACK trie probes.
 */
export function originBefore(tokens: Token[], start: number, sentenceStart: number, upperText = false): string | null {
  const t = load();
  const floor = Math.max(sentenceStart, start - LOOKBACK);
  for (let k = start - 1; k >= floor; k--) {
    const m = t.matchAt(tokens, k, upperText, start);
    if (m && m.tokenEnd <= start && gapOk(tokens, m.tokenEnd, start)) return m.values[0] ?? null;
    if (tokens[k]!.kind === 'punct') break;
  }
  return null;
}

function gapOk(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const tok = tokens[k]!;
    if (!between(tok) && !isCountWord(tok.norm)) return false;
  }
  return true;
}

const COUNT_WORDS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'dozen', 'dozens', 'hundreds', 'thousands', 'several', 'few', 'many', 'some', 'the', 'of', 'multiple', 'numerous',
]);
function isCountWord(norm: string): boolean {
  return COUNT_WORDS.has(norm);
}
