import type { Doc } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import { distinctIncidents } from './incidents.js';
import type { DraftsBySentence } from './drafts-by-sentence.js';

/**
 * A claim of responsibility for an event told before: "A suicide bomber blew himself up at a checkpoint … . The
 * Islamic State group later claimed responsibility for the attack." The claimed noun is a definite reference to the
 * latest event of its family in the six sentences before (not another incident: no place or day of its own that
 * differs); the claimant becomes that event's first actor, beside its unnamed doers ("a suicide bomber", "gunmen"). An
 * event whose named actor is another is left alone (a counter-claim is another story).
 */
export const RULE_CLAIM_REFERENCE = 'merge:claimed-reference';

const CLAIM_ROLE = 'role:claimed-responsibility';
/** Trigger entries that tell an attack's toll rather than the act. */
const OUTCOME_ENTRIES = new Set(['assault.kill', 'assault.wound']);

/** Is the draft a definite nominal whose only actors are the claimants of it? */
function claimedNominal(d: EventDraft, definite: boolean): boolean {
  if (d.form !== 'noun' || !definite || d.actors.length === 0) return false;
  for (const a of d.actors) if (!a.rule.startsWith(CLAIM_ROLE)) return false;
  return true;
}

/** Merge a claimed reference into the event it repeats; true when it was merged (the draft is then dropped). */
export function mergeClaim(doc: Doc, d: EventDraft, definite: boolean, idx: DraftsBySentence): boolean {
  if (!claimedNominal(d, definite) || d.recipients.length > 0) return false;
  const candidates = idx.allIn(d.sentence - 6, d.sentence - 1, (x) => !x.dropped && x !== d && x.family === d.family && x.sentence < d.sentence);
  // "the attack" names the act, not its toll: an outcome verb ("… were killed") gives way to the act told before it
  const antecedent = candidates.find((x) => !OUTCOME_ENTRIES.has(x.entry.id)) ?? candidates[0];
  if (!antecedent || distinctIncidents(doc, antecedent, d)) return false;
  // a named doer of its own: the claim does not replace it
  if (antecedent.actors.some((a) => !a.mention.data.generic)) return false;
  // the claimant first; the unnamed doers stay beside it ("an Islamist militia attacked … IS claimed the attack")
  antecedent.actors = [...d.actors.map((a) => filled(a.mention, `${a.rule}+${RULE_CLAIM_REFERENCE}`, a.how)), ...antecedent.actors];
  antecedent.extraTriggers.push(d.trigger);
  if (d.sentence !== antecedent.sentence && !antecedent.mergedSentences.includes(d.sentence)) antecedent.mergedSentences.push(d.sentence);
  d.dropped = `merged-into:${antecedent.id}:${RULE_CLAIM_REFERENCE}`;
  if (doc.trace) doc.explain('merge', RULE_CLAIM_REFERENCE, d.sentence, null, `${d.entry.id} claimed by ${d.actors[0]!.mention.data.name}: refers back to ${antecedent.entry.id} (sentence ${antecedent.sentence})`);
  return true;
}
