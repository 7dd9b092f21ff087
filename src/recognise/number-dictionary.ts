import { readDataJson } from '../util/data-file.js';
import type { NumbersFile } from './dictionary-schemas.js';
import { PhraseTrie, phraseTokens } from './trie.js';
import { WordBits } from './vocab.js';
import { intern } from '../util/intern.js';

/** data/numbers.json, compiled once into maps (single words) and tries (phrases). */

export interface Vague {
  id: string;
  value: number;
  min: number;
  max: number | null;
  approximate: boolean;
}
export interface Qualifier {
  id: string;
  mode: 'min' | 'max' | 'approx';
}
export interface UnitWord {
  id: string;
  unit: string;
  kind: 'currency' | 'percent' | 'duration';
}

export interface NumberDictionary {
  /** zero…nineteen and the tens; `tens` marks twenty…ninety (which may take "-three"). */
  cardinals: Map<string, { value: number; tens: boolean }>;
  /** Multipliers as whole words (hundred, thousand, million, bn). */
  scales: Map<string, number>;
  /** Multipliers glued to digits ("3m", "6bn", "10k"). */
  suffixes: Map<string, number>;
  ordinals: Map<string, number>;
  vague: PhraseTrie<Vague>;
  qualifiers: PhraseTrie<Qualifier>;
  /** Currency symbols and words, percent words and duration units that follow or precede a number. */
  units: PhraseTrie<UnitWord>;
  /** Words a number can start with (besides digits): cardinals, ordinals, first words of vague and qualifier phrases, currency symbols. */
  starts: Set<string>;
  /** `starts` as a bitmap by vocabulary number (the per-token check). */
  startWords: WordBits;
}

const NUMBER_LISTS = ['cardinals', 'scales', 'ordinals', 'vague', 'qualifiers', 'currencies', 'percent', 'durations'] as const;

let cached: NumberDictionary | null = null;

export function numberDictionary(): NumberDictionary {
  if (cached) return cached;
  const f = readDataJson<NumbersFile>('numbers.json', NUMBER_LISTS);
  const cardinals = new Map<string, { value: number; tens: boolean }>();
  for (const c of f.cardinals) for (const n of c.names) cardinals.set(n, { value: c.value, tens: c.tens ?? false });
  const scales = new Map<string, number>();
  const suffixes = new Map<string, number>();
  for (const s of f.scales) {
    for (const n of s.names) {
      suffixes.set(n, s.value);
      if (n.length > 1) scales.set(n, s.value);
    }
  }
  const ordinals = new Map<string, number>();
  for (const o of f.ordinals) for (const n of o.names) ordinals.set(n, o.value);
  const vague = new PhraseTrie<Vague>();
  // the id is the reading's family, compared with literals ('range', 'words'): one internalised copy (util/intern.ts)
  for (const v of f.vague) for (const n of v.names) vague.add(n, { id: intern(v.id), value: v.value ?? v.min, min: v.min, max: v.max, approximate: v.approximate });
  const qualifiers = new PhraseTrie<Qualifier>();
  for (const q of f.qualifiers) for (const n of q.names) qualifiers.add(n, { id: q.id, mode: q.mode });
  const units = new PhraseTrie<UnitWord>();
  const addUnits = (list: { id: string; names: string[]; unit: string }[], kind: UnitWord['kind']): void => {
    // all-caps codes (USD, NIS) must match exactly; words and symbols in any case
    for (const u of list) for (const n of u.names) units.add(n, { id: u.id, unit: u.unit, kind }, n.length > 1 && n === n.toUpperCase() && /[A-Z]/.test(n) ? 'exact' : 'any');
  };
  addUnits(f.currencies, 'currency');
  addUnits(f.percent, 'percent');
  addUnits(f.durations, 'duration');
  const starts = new Set<string>(['between', ...cardinals.keys(), ...ordinals.keys()]);
  const first = (phrase: string): void => {
    const t = phraseTokens(phrase)[0];
    if (t) starts.add(t.norm);
  };
  for (const v of f.vague) v.names.forEach(first);
  for (const q of f.qualifiers) q.names.forEach(first);
  for (const c of f.currencies) c.names.forEach(first);
  cached = { cardinals, scales, suffixes, ordinals, vague, qualifiers, units, starts, startWords: new WordBits(starts) };
  return cached;
}
