import type { ActorCtx, Candidate } from '../actor-context.js';
import { DAYS_MONTHS, candidate, tok } from '../actor-context.js';

/**
 * Rule family: document-level coreference. After "Secretary of State Antony Blinken", a bare
 * capitalised "Blinken" is the same person (inferred). Month names after a time preposition are skipped
 * ("in May" after "Theresa May").
 */
export const RULE_COREF = 'rule:actor.surname-coref';

const TIME_PREPS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'early', 'late', 'mid', 'of', 'from', 'through', 'this']);

export function surnameCandidate(ctx: ActorCtx, i: number): Candidate | null {
  const t = ctx.tokens[i]!;
  if (t.kind !== 'word' || (!t.cap && !ctx.upper)) return null;
  const p = ctx.persons.get(t.norm);
  if (!p) return null;
  const prev = tok(ctx, i - 1);
  const next = tok(ctx, i + 1);
  if (DAYS_MONTHS.has(t.norm)) {
    // "in May", "May 5", "May," are dates; "May said" is the person
    if (prev && TIME_PREPS.has(prev.norm)) return null;
    if (!next || next.kind !== 'word' || next.cap) return null;
  }
  return candidate(i, i + 1, p.data, RULE_COREF, 'inferred');
}

/** Remember a person's surname(s) for later bare mentions. */
export function registerPerson(persons: Map<string, { id: string; data: import('../../pipeline/doc.js').ActorData }>, c: Candidate, ctx: ActorCtx): void {
  if (c.data.kind !== 'person' || c.data.generic) return;
  const id = c.data.ref ?? c.entry;
  const entry = c.data.ref ? ctx.lex.byId.get(c.data.ref)?.entry : undefined;
  const keys = entry ? [entry.surname, ...(entry.surnames ?? [])].filter((s): s is string => !!s) : [];
  if (keys.length === 0) {
    const last = ctx.tokens[c.end - 1];
    if (last && last.kind === 'word') keys.push(last.text);
  }
  for (const k of keys) if (!k.includes(' ')) persons.set(k.toLowerCase(), { id, data: c.data });
}
