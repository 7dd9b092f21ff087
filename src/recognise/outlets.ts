import type { Stage } from '../pipeline/stage.js';
import type { Doc, Mention, OutletData, Token } from '../pipeline/doc.js';
import { isUpperText } from './trie.js';
import { outletDictionary, type OutletEntry } from './outlet-dictionary.js';
import { mentionOver } from './time-mention.js';
import { emptyList } from '../util/lists.js';

/**
 * News outlets and agencies (data/outlets.json): "The Wall Street Journal reported", "told CNN",
 * "according to the WSJ", and back-references "the Journal" / "the Times" to an outlet named earlier
 * in the same article. Entry ids: "outlet:<id>" (names) and "outlet:<id>:backref". Outlets are
 * sources, not actors: the actor stage runs later and skips these spans.
 */

/** Words near an ambiguous alias (Fars, Bloomberg, Saba) that show it is a news source. */
const CUES = new Set([
  'said', 'says', 'say', 'reported', 'reports', 'report', 'reporting', 'told', 'tells', 'according', 'agency', 'news',
  'cited', 'citing', 'quoted', 'quoting', 'wrote', 'writes', 'interview', 'newspaper', 'broadcaster', 'channel', 'tv',
  'television', 'outlet', 'media', 'daily', 'website', 'semi', 'official', 'state', 'run', 'affiliated', 'published',
  'aired', 'broadcast', 'correspondent', 'journalist', 'reporter', 'editor', 'columnist', 'to',
]);
const CUE_WINDOW = 3;

/** Capitalised words that may follow an outlet without making it part of a longer name. */
const FREE_AFTER = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'on', 'in', 'that', 'the',
]);

function hasCue(tokens: Token[], start: number, end: number, from: number, to: number): boolean {
  for (let k = Math.max(from, start - CUE_WINDOW); k < Math.min(to, end + CUE_WINDOW); k++) {
    if (k >= start && k < end) continue;
    if (CUES.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** "Guardian Council", "National Guard": an alias followed by another capitalised word is part of a longer name. */
function continuesName(tokens: Token[], end: number, to: number, upper = false): boolean {
  if (upper) return false; // wire copy in capitals: every word looks like a name
  const next = end < to ? tokens[end] : undefined;
  return !!next && next.kind === 'word' && next.space && next.cap && !FREE_AFTER.has(next.norm);
}

/** "Michael Bloomberg said": an ambiguous alias right after a capitalised word is a person's or place's name. */
function afterName(tokens: Token[], start: number, from: number, upper = false): boolean {
  if (upper) return false;
  const prev = start > from ? tokens[start - 1]! : undefined;
  return !!prev && prev.kind === 'word' && prev.cap && prev.norm !== 'the';
}

/** "FPP/AP", "AP-style": an alias glued to a neighbouring word or slash is part of something else. */
function glued(tokens: Token[], start: number, end: number, from: number, to: number): boolean {
  const first = tokens[start]!;
  const prev = start > from ? tokens[start - 1]! : undefined;
  const next = end < to ? tokens[end]! : undefined;
  if (prev && !first.space && (prev.kind === 'word' || prev.norm === '/' || prev.kind === 'dash')) return true;
  return !!next && !next.space && (next.kind === 'word' || next.norm === '/' || next.kind === 'dash');
}

function theBefore(tokens: Token[], start: number, from: number): boolean {
  return start > from && tokens[start - 1]!.norm === 'the';
}

export function recogniseOutlets(doc: Doc): Mention<OutletData>[] {
  const dict = outletDictionary();
  const tokens = doc.tokens;
  const upper = isUpperText(doc.text);
  const out: Mention<OutletData>[] = emptyList();
  /** Outlets named so far, most recent last: back-references resolve against these. */
  const seen: OutletEntry[] = [];
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const named = dict.names.matchAt(tokens, i, upper, s.tokenEnd);
      const entry = named?.values[0];
      if (named && entry && !glued(tokens, named.tokenStart, named.tokenEnd, s.tokenStart, s.tokenEnd) && !continuesName(tokens, named.tokenEnd, s.tokenEnd, upper) && (!entry.context || (hasCue(tokens, named.tokenStart, named.tokenEnd, s.tokenStart, s.tokenEnd) && !afterName(tokens, i, s.tokenStart, upper)))) {
        const from = theBefore(tokens, i, s.tokenStart) ? i - 1 : i;
        out.push(mentionOver(doc, from, named.tokenEnd, `outlet:${entry.id}`, { name: entry.name }));
        if (doc.trace) doc.explain('outlets', `outlet:${entry.id}`, s.index, [tokens[from]!.start, tokens[named.tokenEnd - 1]!.end], entry.name);
        seen.push(entry);
        i = named.tokenEnd;
        continue;
      }
      const back = theBefore(tokens, i, s.tokenStart) ? dict.backRefs.matchAt(tokens, i, upper, s.tokenEnd) : null;
      const target = back ? antecedent(seen, back.values) : null;
      if (back && target && !continuesName(tokens, back.tokenEnd, s.tokenEnd, upper)) {
        out.push(mentionOver(doc, i - 1, back.tokenEnd, `outlet:${target.id}:backref`, { name: target.name }));
        if (doc.trace) doc.explain('outlets', `outlet:${target.id}:backref`, s.index, [tokens[i - 1]!.start, tokens[back.tokenEnd - 1]!.end], `refers back to ${target.name}`);
        i = back.tokenEnd;
        continue;
      }
      i++;
    }
  }
  return out;
}

/** The most recently named outlet among the candidates of a back-reference. */
function antecedent(seen: OutletEntry[], candidates: OutletEntry[]): OutletEntry | null {
  for (let k = seen.length - 1; k >= 0; k--) if (candidates.includes(seen[k]!)) return seen[k]!;
  return null;
}

export const outletStage: Stage = {
  name: 'outlets',
  run(doc) {
    doc.outlets = recogniseOutlets(doc);
  },
};
