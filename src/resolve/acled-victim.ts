import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import type { Token } from '../pipeline/doc.js';
import { WordBits } from '../recognise/vocab.js';

/**
 * Who the victim was, told in a sentence of its own: "The victim was a member of a criminal group", "the victim
 * was presumably a farmer", "the deceased was a former soldier". ACLED codes the killing of a gang or militia
 * member as a battle and of a civilian as violence against civilians, and notes often say which only after the
 * event sentence. A linear scanner over the note's normalised tokens with the word lists of
 * data/ontology/acled/victim-told.json: a subject word after a determiner, a link verb within two words, then
 * the first affiliation word in the rest of the clause (a "former" or "retired" status makes a civilian).
 */
interface Group { id: string; kind: 'civilian' | 'armed'; words: string[]; example: string }
interface VictimFile { subjects: string[]; determiners: string[]; links: string[]; stops: string[]; groups: Group[] }
interface Tables {
  subjects: Set<string>;
  /** The subject words by vocabulary number (a token's test without hashing its norm). */
  subjectBits: WordBits;
  determiners: Set<string>; links: Set<string>; stops: Set<string>;
  /** Affiliation phrases by first word, longest first. */
  byFirst: Map<string, { words: string[]; kind: 'civilian' | 'armed' }[]>;
}

let tables: Tables | null = null;
function load(): Tables {
  if (tables) return tables;
  const file = JSON.parse(readFileSync(dataPath('ontology', 'acled', 'victim-told.json'), 'utf8')) as VictimFile;
  const byFirst = new Map<string, { words: string[]; kind: 'civilian' | 'armed' }[]>();
  for (const g of file.groups) {
    for (const phrase of g.words) {
      const words = phrase.toLowerCase().split(' ');
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, kind: g.kind });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  tables = { subjects: new Set(file.subjects), subjectBits: new WordBits(file.subjects), determiners: new Set(file.determiners), links: new Set(file.links), stops: new Set(file.stops), byFirst };
  return tables;
}

/** The affiliation phrase starting at norms[k], if any. */
function affiliationAt(t: Tables, norms: readonly string[], k: number): { kind: 'civilian' | 'armed'; length: number } | null {
  const list = t.byFirst.get(norms[k]!);
  if (!list) return null;
  for (const p of list) {
    let ok = k + p.words.length <= norms.length;
    for (let j = 0; ok && j < p.words.length; j++) if (norms[k + j] !== p.words[j]) ok = false;
    if (ok) return { kind: p.kind, length: p.words.length };
  }
  return null;
}

/**
 * The victim's affiliation told anywhere in the note: 'victim-civilian', 'victim-armed', both when two statements
 * disagree, or none. Linear: each subject word reads a bounded window.
 */
export function victimTold(norms: readonly string[], tokens?: readonly Token[]): string[] {
  const t = load();
  let civilian = false;
  let armed = false;
  // the tokens of `norms` (same length and order), when given: the subject test reads their vocabulary numbers
  const byTokens = tokens !== undefined && tokens.length === norms.length;
  for (let i = 1; i < norms.length; i++) {
    if (byTokens ? !t.subjectBits.hasToken(tokens[i]!) : !t.subjects.has(norms[i]!)) continue;
    if (!t.determiners.has(norms[i - 1]!)) continue;
    let k = i + 1;
    // a link verb within two words ("the victim was", "the victim reportedly was", "the victims had been")
    let linked = false;
    for (; k < norms.length && k <= i + 3; k++) if (t.links.has(norms[k]!)) { linked = true; break; }
    if (!linked) continue;
    while (k < norms.length && t.links.has(norms[k]!)) k++;
    for (const end = Math.min(norms.length, k + 14); k < end; k++) {
      if (t.stops.has(norms[k]!)) break;
      const hit = affiliationAt(t, norms, k);
      if (!hit) continue;
      if (hit.kind === 'civilian') civilian = true; else armed = true;
      break;
    }
  }
  const out: string[] = [];
  if (civilian) out.push('victim-civilian');
  if (armed) out.push('victim-armed');
  return out;
}
