import type { Doc } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { WordBits } from '../recognise/vocab.js';

/**
 * Two violent drafts that the text tells apart as different incidents, so that no merger pools their arguments:
 * the later one is introduced as another ("in a separate attack", "elsewhere", "meanwhile", "another bomb"), or
 * both name the town or site where they happened and the towns differ ("…in Kabul. Three people were killed in
 * Herat."), or both carry a day and the days differ.
 */

const SEPARATE = new WordBits(['separate', 'separately', 'another', 'elsewhere', 'meanwhile']);
const LOCAL = new Set(['site', 'city']);

/** A word of SEPARATE in the sentence of `d` before its trigger (up to 12 words back). */
function introducedAsAnother(doc: Doc, d: EventDraft): boolean {
  const from = Math.max(doc.sentences[d.sentence]!.tokenStart, d.trigger.tokenStart - 12);
  for (let k = d.trigger.tokenStart - 1; k >= from; k--) if (SEPARATE.hasToken(doc.tokens[k]!)) return true;
  return false;
}

function isLocal(p: EventDraft['places'][number]): boolean {
  return LOCAL.has(p.mention.data.precision);
}

/** Both drafts name a town or site, and no name of one is a name of the other (without arrays of the names). */
function differentTowns(a: EventDraft, b: EventDraft): boolean {
  if (!a.places.some(isLocal) || !b.places.some(isLocal)) return false;
  for (const p of a.places) {
    if (!isLocal(p)) continue;
    for (const q of b.places) if (isLocal(q) && q.mention.data.name === p.mention.data.name) return false;
  }
  return true;
}

/** The start of the draft's time, when it has a day (the first ten characters, compared without slicing). */
function start(d: EventDraft): string | null {
  const t = d.time?.mention.data;
  if (!t || !t.start || t.precision === 'ongoing') return null;
  return t.start;
}

function sameDay(a: string, b: string): boolean {
  if (Math.min(a.length, 10) !== Math.min(b.length, 10)) return false;
  for (let i = 0; i < 10 && i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** `later` (after `earlier` in the text) tells of another incident than `earlier`. */
export function distinctIncidents(doc: Doc, earlier: EventDraft, later: EventDraft): boolean {
  if (introducedAsAnother(doc, later)) return true;
  if (differentTowns(earlier, later)) return true;
  const da = start(earlier);
  if (da === null) return false;
  const db = start(later);
  return db !== null && !sameDay(da, db);
}
