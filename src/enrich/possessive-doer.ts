import type { Doc } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import { antecedent } from './pronouns.js';

/**
 * The doer named by a possessive before an attack noun: "The militia regrouped. Its attacks on the villages
 * resumed", "residents demanded that the rebels end their shelling of the town". "its" and "their" before a
 * noun of attacking (an attack, strike, air strike, shelling, raid, invasion, siege, crackdown) stand for who
 * attacks; the nearest earlier actor that fits the pronoun (its: a state, organisation or group; their: a group
 * or several people), in the noun's sentence or the one before, becomes the event's actor (inferred, rule
 * `role:possessive-antecedent`). Only for events with no actor of their own, run after the pronoun rule.
 *
 * Left alone, because there the possessive is mostly the one attacked or the noun tells the victim's loss:
 * - nouns of killing, harming, abducting ("his murder", "their abduction": the victims);
 * - "his"/"her" ("her assault" is mostly the assault she suffered);
 * - after a verb of undergoing ("the town suffered its worst attack"), with "worst";
 * - "its" with a place named between the actor and the possessive ("the army … Aleppo and its bombardment").
 */
export const RULE_POSSESSIVE_DOER = 'role:possessive-antecedent';

/** Trigger entries whose noun is the act of an attacker (data/triggers/assault.json). */
const AGENT_ENTRIES = new Set(['assault.attack', 'assault.strike', 'assault.airstrike', 'assault.shell', 'assault.hit', 'assault.suicide', 'assault.repress']);
/** Possessives and the pronoun they stand for. */
const POSSESSIVES: ReadonlyMap<string, string> = new Map([['its', 'it'], ['their', 'they']]);
/** Verbs of undergoing: after them the possessive is the one attacked. */
const UNDERGO = new Set(['suffered', 'suffer', 'suffers', 'suffering', 'endured', 'endure', 'endures', 'faced', 'face', 'faces', 'facing',
  'survived', 'survive', 'survives', 'witnessed', 'witness', 'saw', 'see', 'sees', 'seen', 'experienced', 'experience', 'weathered', 'under']);
/** Words that may stand between the possessive and the noun: adjectives of size, time and manner. */
const MAX_BETWEEN = 3;

/** The index of the possessive before the trigger (adjectives and hyphens between), or -1. */
function possessiveBefore(doc: Doc, d: EventDraft, from: number): number {
  for (let k = d.trigger.tokenStart - 1; k >= Math.max(from, d.trigger.tokenStart - 1 - MAX_BETWEEN); k--) {
    const t = doc.tokens[k]!;
    if (POSSESSIVES.has(t.norm)) return k;
    if (t.norm === 'worst') return -1;
    // adjectives ("its deadliest", "their renewed", "its long-range"): lower-case words no layer took
    if (t.kind !== 'word' && t.text !== '-') return -1;
    if (t.kind === 'word' && t.cap) return -1;
  }
  return -1;
}

/** A place named between `from` and `to` (token indices). */
function placeBetween(doc: Doc, from: number, to: number): boolean {
  for (const p of doc.places) {
    if (p.tokenStart >= to) break;
    if (p.tokenStart >= from) return true;
  }
  return false;
}

/** Give attack nouns with no actor the antecedent of their possessive. */
export function possessiveDoers(doc: Doc, live: EventDraft[]): void {
  if (doc.actors.length === 0) return;
  for (const d of live) {
    if (d.dropped || d.actors.length > 0 || d.form !== 'noun' || !AGENT_ENTRIES.has(d.entry.id)) continue;
    const from = doc.sentences[d.sentence]!.tokenStart;
    const k = possessiveBefore(doc, d, from);
    if (k < 0) continue;
    if (k > from && UNDERGO.has(doc.tokens[k - 1]!.norm)) continue;
    const pronoun = POSSESSIVES.get(doc.tokens[k]!.norm)!;
    const m = antecedent(doc, k, d.sentence, pronoun, d.recipients);
    if (!m || m.sentence < d.sentence - 1) continue;
    if (pronoun === 'it' && placeBetween(doc, m.tokenEnd, k)) continue;
    d.actors = [filled(m, RULE_POSSESSIVE_DOER, 'inferred')];
  }
}
