import type { Doc } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';

/**
 * Two violent drafts that the text tells apart as different incidents, so that no merger pools their arguments:
 * the later one is introduced as another ("in a separate attack", "elsewhere", "meanwhile", "another bomb"), or
 * both name the town or site where they happened and the towns differ ("…in Kabul. Three people were killed in
 * Herat."), or both carry a day and the days differ.
 */

const SEPARATE = new Set(['separate', 'separately', 'another', 'elsewhere', 'meanwhile']);
const LOCAL = new Set(['site', 'city']);

/** A word of SEPARATE in the sentence of `d` before its trigger (up to 12 words back). */
function introducedAsAnother(doc: Doc, d: EventDraft): boolean {
  const from = Math.max(doc.sentences[d.sentence]!.tokenStart, d.trigger.tokenStart - 12);
  for (let k = d.trigger.tokenStart - 1; k >= from; k--) if (SEPARATE.has(doc.tokens[k]!.norm)) return true;
  return false;
}

function localNames(d: EventDraft): string[] {
  const out: string[] = [];
  for (const p of d.places) if (LOCAL.has(p.mention.data.precision)) out.push(p.mention.data.name);
  return out;
}

function day(d: EventDraft): string | null {
  const t = d.time?.mention.data;
  if (!t || !t.start || t.precision === 'ongoing') return null;
  return t.start.slice(0, 10);
}

/** `later` (after `earlier` in the text) tells of another incident than `earlier`. */
export function distinctIncidents(doc: Doc, earlier: EventDraft, later: EventDraft): boolean {
  if (introducedAsAnother(doc, later)) return true;
  const a = localNames(earlier);
  const b = localNames(later);
  if (a.length > 0 && b.length > 0 && !a.some((n) => b.includes(n))) return true;
  const da = day(earlier);
  const db = day(later);
  return da !== null && db !== null && da !== db;
}
