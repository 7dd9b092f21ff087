import type { Stage } from '../pipeline/stage.js';
import type { Doc, Mention, WeaponData } from '../pipeline/doc.js';
import { isUpperText } from './trie.js';
import { weaponTrie, type WeaponValue } from './weapon-dictionary.js';
import { originBefore } from './weapon-origin.js';
import { mentionOver, coveredMask } from './time-mention.js';
import { emptyList } from '../util/lists.js';

/**
 * Weapons: one trie pass per sentence over data/weapons.json ("drone and rocket attacks" → drone,
 * rocket), each match with the origin qualifier just before it ("five Iranian cruise missiles" →
 * cruise-missile, origin IRN). Entry ids: "weapon:<entry id>". Skips outlet spans.
 */
export function recogniseWeapons(doc: Doc): Mention<WeaponData>[] {
  const trie = weaponTrie();
  const upper = isUpperText(doc.text);
  const skip = coveredMask(doc.tokens.length, doc.outlets);
  const out: Mention<WeaponData>[] = emptyList();
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const m = skip[i] === 1 ? null : trie.matchAt(doc.tokens, i, upper, s.tokenEnd);
      const v = m?.values[0];
      if (!m || !v || !contextOk(doc, m.tokenStart, m.tokenEnd, v, s.tokenStart, s.tokenEnd, upper)) {
        i++;
        continue;
      }
      const data: WeaponData = {
        kind: v.entry.kind,
        name: v.name,
        category: v.entry.category,
        origin: originBefore(doc.tokens, m.tokenStart, s.tokenStart, upper),
      };
      out.push(mentionOver(doc, m.tokenStart, m.tokenEnd, `weapon:${v.entry.id}`, data));
      if (doc.trace) doc.explain('weapons', `weapon:${v.entry.id}`, s.index, [doc.tokens[m.tokenStart]!.start, doc.tokens[m.tokenEnd - 1]!.end], `${data.kind} (${data.category})${data.origin ? ` from ${data.origin}` : ''}`);
      i = m.tokenEnd;
    }
  }
  return out;
}

function contextOk(doc: Doc, start: number, end: number, v: WeaponValue, from: number, to: number, upper: boolean): boolean {
  const prev = start > from ? doc.tokens[start - 1] : undefined;
  const next = end < to ? doc.tokens[end] : undefined;
  if (prev && v.entry.notAfter?.includes(prev.norm)) return false;
  if (next && v.entry.notBefore?.includes(next.norm)) return false;
  // "Shell" the company: capitalised inside a sentence, or at its start before a possessive ("Shell's")
  if (v.entry.capIsName && doc.tokens[start]!.cap && !upper && (start > from || (next !== undefined && (next.norm === "'s" || next.norm === '’s')))) return false;
  // a common noun written capitalised inside a proper name: "the Atomic Bomb Association", "Tank Brigade"
  const first = doc.tokens[start]!;
  if (v.entry.case === undefined && first.cap && start > from && !upper && next && next.kind === 'word' && next.cap && next.space) return false;
  // a name glued into a longer hyphenated word is not the weapon ("rocket-science"), unless it is a modifier ("drone-strike")
  if (next && next.kind === 'dash' && !next.space && end + 1 < to && !doc.tokens[end + 1]!.space) {
    const after = doc.tokens[end + 1]!.norm;
    if (after === 'science' || after === 'scientist') return false;
  }
  return true;
}

export const weaponStage: Stage = {
  name: 'weapons',
  run(doc) {
    doc.weapons = recogniseWeapons(doc);
  },
};
