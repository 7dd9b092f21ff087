import type { Doc } from '../pipeline/doc.js';
import type { Span } from '../model/provenance.js';
import { CASUALTY_WORDS } from '../code/arguments.js';
import { WordBits } from '../recognise/vocab.js';

/**
 * ACLED counts the attacker of a suicide bombing among its fatalities: "A suicide bomber struck a checkpoint. 7 people
 * were killed" is coded 8. `suicideAttackers` reads the attackers of the first suicide attack told in sentences
 * [from, to) of a note: "two suicide bombers" 2, "suicide bombers" 2, "a suicide bomber" 1, "8 militants carried out
 * suicide attacks" 8, "a suicide car bombing" 1. Null when the text already counts them: "killing himself and …",
 * "including the bomber", "the death of the suicide bomber", "except the bomber".
 */

const ATTACKER = new Set(['bomber', 'bombers', 'attacker', 'attackers']);
const ATTACK = new Set(['attack', 'attacks', 'bombing', 'bombings', 'bomb', 'car', 'vest', 'vests', 'belt', 'belts', 'vehicle', 'vehicles', 'operation', 'svbied', 'vbied']);
const REFLEXIVE = new Set(['himself', 'herself', 'themselves']);
const COUNTING = new Set(['including', 'except', 'besides']);
const CARRY = new Set(['carried', 'conducted', 'launched', 'staged']);

export interface SuicideAttackers {
  count: number;
  span: Span;
}

function word(doc: Doc, k: number): string {
  return doc.tokens[k]?.norm ?? '';
}

/** The attacker at k is already counted: a death word or "including"/"except" just before, or a death word just after. */
function counted(doc: Doc, k: number, from: number, to: number): boolean {
  for (let j = Math.max(from, k - 5); j < k; j++) if (CASUALTY_WORDS.get(word(doc, j)) === 'killed' || COUNTING.has(word(doc, j))) return true;
  for (let j = k + 1; j < Math.min(to, k + 4); j++) if (CASUALTY_WORDS.get(word(doc, j)) === 'killed') return true;
  return false;
}

/** The number mention ending at token `end` (exclusive) or within three words before it, else null. */
function countBefore(doc: Doc, start: number, end: number): number | null {
  for (const n of doc.numbers) {
    if (n.tokenEnd <= end && n.tokenEnd >= end - 3 && n.tokenStart >= start && !n.data.ordinal && !n.data.unit) return n.data.value;
  }
  return null;
}

/** The word that every reading below starts from, by vocabulary number. */
const SUICIDE = new WordBits(['suicide']);

function suicideIn(doc: Doc, a: number, b: number): boolean {
  const tokens = doc.tokens;
  for (let k = a; k < b; k++) if (SUICIDE.hasToken(tokens[k]!)) return true;
  return false;
}

export function suicideAttackers(doc: Doc, from: number, to: number): SuicideAttackers | null {
  // (indexes tested first: a read past the end, first met late in a run, throws away the optimised code)
  if (from < 0 || from >= doc.sentences.length || to < 1 || to > doc.sentences.length) return null;
  const a = doc.sentences[from]!.tokenStart;
  const b = doc.sentences[to - 1]!.tokenEnd;
  // no "suicide" in the range: nothing is found, whatever else the words say (a bitmap read per token, before the scan
  // that tests every token against three word sets)
  if (!suicideIn(doc, a, b)) return null;
  let found: SuicideAttackers | null = null;
  for (let k = a; k < b; k++) {
    const w = word(doc, k);
    if (REFLEXIVE.has(w)) return null;
    if (ATTACKER.has(w) && counted(doc, k, a, b)) return null;
    if (found || w !== 'suicide') continue;
    const s = doc.sentences.find((x) => x.tokenStart <= k && k < x.tokenEnd)!;
    for (let j = k + 1; j < Math.min(b, k + 3); j++) {
      const next = word(doc, j);
      const span: Span = [doc.tokens[k]!.start, doc.tokens[j]!.end];
      if (ATTACKER.has(next)) {
        // "two suspected suicide bombers", "suicide bombers", "a suicide bomber"
        const n = countBefore(doc, s.tokenStart, k);
        found = { count: n ?? (next.endsWith('s') ? 2 : 1), span };
        break;
      }
      if (ATTACK.has(next)) {
        // "8 militants carried out suicide attacks": the number of the subject of "carried out"
        let n: number | null = null;
        for (let m = k - 1; m >= Math.max(s.tokenStart, k - 8); m--) if (CARRY.has(word(doc, m))) { n = countBefore(doc, s.tokenStart, m); break; }
        found = { count: n ?? 1, span };
        break;
      }
    }
  }
  return found;
}
