import type { Doc, Mention, ActorData } from '../pipeline/doc.js';
import type { EventDraft, ActorFiller } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import { pronounFits } from '../code/roles.js';
import { AUXILIARIES_AT, BE_FORMS_AT, SKIPPABLE_ADVERBS_BUT_IN } from '../code/words.js';

/**
 * Pronoun antecedents for acts of force ("Police arrested a local commander. He was killed two days later.",
 * "The rebels regrouped. They attacked the town on Tuesday."): a personal pronoun that is the subject of a
 * violent verb, the subject of its passive (the victim), or its object ("shot him") stands for the nearest
 * earlier actor of the text that fits it (he/she: one person; they: a group or several people; it: a state,
 * organisation or group), in its own sentence or the two before. Run after the mergers: a pronoun subject
 * that continues the attack before it ("they killed two civilians") has been absorbed by then.
 */

const FAMILIES = new Set(['assault', 'fight', 'coerce']);
/** Third-person pronouns; first and second persons stand for a speaker (quotes and attribution read them). */
const SUBJECTS = new Set(['he', 'she', 'they', 'it']);
/** The subject form of an object pronoun (him: he, her: she, them: they), or undefined; compares, no keyed look-up of a text norm. */
function subjectForm(n: string): string | undefined {
  return n === 'him' ? 'he' : n === 'her' ? 'she' : n === 'them' ? 'they' : undefined;
}
/** How many sentences back an antecedent may stand. */
const REACH = 2;

/** The pronoun subject of a passive trigger ("he was killed", "they were later wounded"), or -1. */
function passivePronoun(doc: Doc, d: EventDraft, from: number): number {
  let k = d.trigger.tokenStart - 1;
  let be = false;
  for (let steps = 0; steps < 5 && k >= from; steps++, k--) {
    const t = doc.tokens[k]!;
    if (BE_FORMS_AT.hasToken(t)) { be = true; continue; }
    const n = t.norm;
    if (AUXILIARIES_AT.hasToken(t) || SKIPPABLE_ADVERBS_BUT_IN.hasToken(t) || n === 'not') continue;
    // "it was hit" is mostly a building, vehicle or ship, not an actor: only persons and groups
    return be && SUBJECTS.has(n) && n !== 'it' ? k : -1;
  }
  return -1;
}

/** The nearest actor mention ending before token `at`, within REACH sentences, that fits the pronoun and is none of `not`. */
export function antecedent(doc: Doc, at: number, sentence: number, pronoun: string, not: readonly ActorFiller[]): Mention<ActorData> | null {
  const actors = doc.actors;
  // the actor layer is in text order: binary search for the last mention ending at or before `at`
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid]!.tokenStart < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = actors[i]!;
    if (m.sentence < sentence - REACH) break;
    if (m.tokenEnd > at) continue;
    // a mention inside another (the longest reading stands) or one of the event's own fillers is no antecedent
    if (not.some((f) => f.mention === m || (f.mention.tokenStart <= m.tokenStart && m.tokenEnd <= f.mention.tokenEnd))) continue;
    // a country or city is "it", not "they" ("Kabul … they will fight")
    if (pronoun === 'they' && (m.data.kind === 'state' || m.data.alsoPlace)) continue;
    if (pronounFits(pronoun, m.data)) return m;
  }
  return null;
}

function sentenceStart(doc: Doc, sentence: number): number {
  return doc.sentences[sentence]!.tokenStart;
}

/** Fill the empty actor or recipient slots of violent drafts whose pronouns name them. */
export function resolvePronouns(doc: Doc, live: EventDraft[]): void {
  if (doc.actors.length === 0) return;
  for (const d of live) {
    if (d.dropped || !FAMILIES.has(d.family)) continue;
    const from = sentenceStart(doc, d.sentence);
    if (d.actors.length === 0 && d.voice !== 'passive' && d.subjectPronoun && SUBJECTS.has(d.subjectPronoun.norm)) {
      const m = antecedent(doc, d.subjectPronoun.tokenIndex, d.sentence, d.subjectPronoun.norm, d.recipients);
      // a nominal's pronoun is the subject of its light verb ("They launched an assault", src/code/bind.ts)
      if (m) d.actors = [filled(m, d.voice === 'nominal' ? 'role:light-verb-pronoun-antecedent' : 'role:pronoun-antecedent', 'inferred')];
    }
    if (d.recipients.length > 0) continue;
    let k = -1;
    let pronoun = '';
    // "she was found dead": a find verb of a body reads like a passive
    if (d.voice === 'passive' || doc.tokens[d.trigger.tokenStart]!.norm === 'found') {
      k = passivePronoun(doc, d, from);
      if (k >= 0) pronoun = doc.tokens[k]!.norm;
    } else if (d.form === 'verb') {
      const next = doc.tokens[d.trigger.tokenEnd];
      const p = next && next.kind === 'word' ? subjectForm(next.norm) : undefined;
      // "her" before a noun is a possessive ("killed her husband"): only at the end of the phrase
      const after = doc.tokens[d.trigger.tokenEnd + 1];
      if (p && d.trigger.tokenEnd < doc.sentences[d.sentence]!.tokenEnd && !(next!.norm === 'her' && after && after.kind === 'word' && !PHRASE_ENDS.has(after.norm))) {
        k = d.trigger.tokenEnd;
        pronoun = p;
      }
    }
    if (k < 0) continue;
    const m = antecedent(doc, k, d.sentence, pronoun, d.actors);
    if (m) d.recipients = [filled(m, 'role:pronoun-antecedent', 'inferred')];
  }
}

/** Words that may follow an object pronoun ("shot her in the head", "killed her on Monday"). */
const PHRASE_ENDS = new Set(['in', 'on', 'at', 'and', 'with', 'as', 'after', 'before', 'while', 'near', 'outside', 'inside', 'during', 'dead', 'to', 'for', 'from', 'by', 'twice', 'again']);
