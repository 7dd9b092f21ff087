import type { Stage } from '../pipeline/stage.js';
import type { Doc, Token } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import type { Modality } from '../model/attribution.js';
import { quoteSpans } from './quotes.js';
import { refusalNegator, recodeRefusal } from '../code/refusal.js';
import { WordBits } from '../recognise/vocab.js';
import { BE_FORMS, AUXILIARIES } from '../code/words.js';

/**
 * Modality from cues in the trigger's clause:
 * - negated: "not", "n't", "never", "no <noun>", "no <subject> were <trigger>" ("no soldiers were killed"), and claim
 *   negators that reach across "that" or stand right before a gerund trigger ("denied firing shots")
 *   (a cooperative act under "will not", "won't", "would not" is a refusal instead, recoded REJECT and asserted);
 *   ("no proof that", "denied that", "denied reports that", "no evidence that"); "nobody" / "none of the N" as the
 *   subject of a passive trigger ("Nobody was killed");
 * - threatened: an attack noun before "threat", "scare" or "hoax" ("a bomb threat");
 * - negated also: the infinitive right after "refused to" / "declined to" ("refused to blame the referee");
 * - conditional: an "if/unless" clause holding the trigger, or "if that happens" after it;
 * - future: will/would/'ll/going to/about to/plans to/vowed to/threatened to/prepared to/ready to/scheduled to/due to/plot to/conspired to before the trigger;
 * - ongoing: "ongoing", "continuing", "continues to";
 * - hypothetical: "whether … or not", an act that is only weighed ("is considering sending troops", "mulls new
 *   sanctions"), and a modal verb in the trigger's verb chain ("could strike the city", "must be
 *   dismantled", "should be investigated"); "may have captured" (a likely past act) stays asserted, and "May" with a
 *   capital inside a sentence is a name.
 */

const NEG = new Set(['not', "n't", 'never', 'neither', 'nor', 'without']);
const CLAIM_NEG_NOUNS = new Set(['proof', 'evidence', 'indication', 'sign', 'signs', 'confirmation', 'information']);
const CLAIM_NEG_VERBS = new Set(['denied', 'denies', 'deny', 'denying', 'dismissed', 'rejected']);
/** What a claim negator may deny before "that": "denied reports that", "rejected claims that", "dismissed media reports that". */
const CLAIM_NOUNS = new Set(['reports', 'report', 'claims', 'claim', 'allegations', 'allegation', 'rumours', 'rumors', 'rumour', 'rumor', 'accounts', 'suggestions', 'speculation', 'assertions', 'charges', 'accusations', 'media', 'press', 'news']);
const FUTURE = new Set(['will', "'ll", 'would', 'shall', 'vowed', 'vows', 'vow', 'threatened', 'threatens', 'plans', 'planned', 'intends', 'intend', 'pledged', 'promised', 'going', 'expected', 'set', 'preparing', 'prepares', 'about',
  // readiness: "prepared to resume shelling", "is ready to strike", "poised to enter the city" (the act lies ahead)
  'prepared', 'ready', 'willing', 'poised',
  // timetables: "is scheduled to attend a summit", "is due to meet the president"
  'scheduled', 'due',
  // wishes and aims: "wants to expel the inspectors", "seeks to annex the region" (session 12)
  'wants', 'want', 'wanted', 'seeks', 'seek', 'sought', 'aims', 'hopes', 'decided', 'decides', 'hoped', 'plan', 'planning', 'intended',
  // plots: "a plot to bomb the embassy", "conspired to kill the judge" (planned, not done)
  'plot', 'plots', 'plotted', 'plotting', 'conspired', 'conspiring', 'conspiracy']);
/** Future markers only when an infinitive follows: "set to visit", "going to strike"; not "set a car on fire". */
/** Readiness words mark only the act of their own infinitive ("ready to strike"), not a clause after it ("prepared to impose martial law as battles raged"). */
const READINESS = new Set(['prepared', 'ready', 'willing', 'poised']);
/** Plot words mark only their own infinitive ("a plot to bomb the embassy"), not a verb of the clause after it ("a foiled plot to attack the police has put Europe on alert"). */
const PLOT = new Set(['plot', 'plots', 'plotted', 'plotting', 'conspired', 'conspiring', 'conspiracy']);
const NEEDS_TO = new Set(['set', 'going', 'expected', 'preparing', 'prepares', 'about', 'prepared', 'ready', 'willing', 'poised', 'scheduled', 'due', 'wants', 'want', 'wanted', 'seeks', 'seek', 'sought', 'aims', 'hopes', 'decided', 'decides', 'hoped', 'plan', 'planning', 'intended', 'plot', 'plots', 'plotted', 'plotting', 'conspired', 'conspiring', 'conspiracy']);
const CONDITIONAL = new Set(['if', 'unless', 'should']);
const ONGOING = new Set(['ongoing', 'continuing', 'continues', 'continued', 'persistent', 'protracted']);
const CLAUSE_BREAK = new Set(['while', 'but', 'although', 'though', 'whereas', 'because', 'since', 'after', 'before', 'when']);

// the sets tested on every token of the scans below, by vocabulary number (same answers as `SET.has(token.norm)`)
const NEG_BITS = new WordBits(NEG);
const CLAIM_NEG_NOUN_BITS = new WordBits(CLAIM_NEG_NOUNS);
const CLAIM_NEG_VERB_BITS = new WordBits(CLAIM_NEG_VERBS);
const FUTURE_BITS = new WordBits(FUTURE);
const CONDITIONAL_BITS = new WordBits(CONDITIONAL);
const ONGOING_BITS = new WordBits(ONGOING);
const CLAUSE_BREAK_BITS = new WordBits(CLAUSE_BREAK);

/** A contracted negation kept as one token: "didn't", "won't", "can't", "isn't". */
function contracted(n: string): boolean {
  return n.length > 3 && (n.endsWith("n't") || n.endsWith('n’t'));
}

/** Verbs of refusing whose infinitive is not done: "refused to blame", "declined to release". */
const REFUSING = new Set(['refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'decline', 'declining']);

/** Nouns after an attack noun that make it a threat only: "a bomb threat", "a shooting scare", "bomb hoaxes". */
const THREAT_HEADS = new Set(['threat', 'threats', 'scare', 'scares', 'hoax', 'hoaxes']);

/** Modal verbs: the act they govern is possible, required or wished for, not reported as done. */
const MODALS = new Set(['could', 'might', 'may', 'must', 'should', 'can', 'ought']);
/** Words that may stand between a modal and its verb: "could have been killed", "must also be dismantled", "may be able to strike". */
const MODAL_CHAIN = new Set(['have', 'be', 'been', 'being', 'also', 'still', 'yet', 'then', 'soon', 'even', 'able', 'to', 'already']);

/** The modal verb governing the trigger ("they could strike", "may have been murdered"), or -1. */
function modalBefore(tokens: Token[], from: number, start: number): number {
  for (let k = start - 1; k >= from && k >= start - 5; k--) {
    const t = tokens[k]!;
    const n = t.norm;
    // "Theresa May promised": the name, not the modal (a capital letter inside a mixed-case sentence)
    if (MODALS.has(n)) {
      if (n === 'may' && t.text === 'May' && k > from) return -1;
      // "may have killed more civilians", "might have been kidnapped": a report of a likely past act, left asserted
      if ((n === 'may' || n === 'might') && tokens[k + 1]?.norm === 'have') return -1;
      // "chased the victim until he could open fire on him": reached, so done
      if (tokens[k - 1]?.norm === 'until' || (k - 2 >= from && tokens[k - 2]!.norm === 'until')) return -1;
      return k;
    }
    if (!(MODAL_CHAIN.has(n) || (n.length > 4 && n.endsWith('ly')))) return -1;
  }
  return -1;
}

/** Words after "no" that negate nothing: "no fewer than 20 were killed", "no longer", "no doubt". */
const NO_NOT_NEGATING = new Set(['fewer', 'less', 'more', 'longer', 'sooner', 'doubt', 'matter']);

/**
 * Walks back from the token before a passive trigger over auxiliaries, forms of "be" and adverbs in "-ly", not past
 * token k: where the subject ends (j, the last token before those words) and how many auxiliaries were crossed.
 */
function passiveAuxiliaries(tokens: Token[], k: number, start: number): { j: number; aux: number } {
  let j = start - 1;
  let aux = 0;
  while (j > k) {
    const n = tokens[j]!.norm;
    if (BE_FORMS.has(n) || AUXILIARIES.has(n)) aux++;
    else if (!(n.length > 4 && n.endsWith('ly'))) break;
    j--;
  }
  return { j, aux };
}

/**
 * "no" opening the subject of a passive trigger: "no soldiers were killed", "No suspects have been captured" (a
 * subject of one to three words, then at least one auxiliary or form of "be", adverbs in "-ly" allowed, then the
 * trigger); "No group has claimed responsibility for the attack" is no such subject of "attack".
 */
function noSubjectOfPassive(tokens: Token[], k: number, start: number): boolean {
  if (NO_NOT_NEGATING.has(tokens[k + 1]?.norm ?? '')) return false;
  const { j, aux } = passiveAuxiliaries(tokens, k, start);
  if (aux === 0 || j - k < 1 || j - k > 3) return false;
  for (let i = k + 1; i <= j; i++) if (tokens[i]!.kind === 'punct') return false;
  return true;
}

/**
 * "nobody" or "none (of the N)" as the subject of a passive trigger: "Nobody was killed", "none of the passengers were
 * injured" (auxiliaries or forms of "be", adverbs in "-ly" allowed, then the trigger; after "none of" one to four words
 * with no punctuation).
 */
function noneSubjectOfPassive(tokens: Token[], k: number, start: number): boolean {
  const { j, aux } = passiveAuxiliaries(tokens, k, start);
  if (aux === 0) return false;
  if (j === k) return true;
  if (tokens[k]!.norm !== 'none' || tokens[k + 1]?.norm !== 'of' || j - (k + 1) < 1 || j - (k + 1) > 4) return false;
  for (let i = k + 2; i <= j; i++) if (tokens[i]!.kind === 'punct') return false;
  return true;
}

/** Verbs of deliberating: the act they take as object is weighed, not done ("is considering sending troops"). */
const WEIGH = new Set(['considering', 'considered', 'considers', 'consider', 'mulling', 'mulled', 'mulls', 'mull', 'weighing', 'weighed',
  'weighs', 'weigh', 'contemplating', 'contemplated', 'contemplates', 'contemplate', 'mooted', 'mooting', 'floated', 'floating', 'eyeing']);
/** Words of a noun phrase between a deliberating verb and its noun: "is weighing new sanctions", "considering a possible ban"; not "the" ("considered the attack an act of terror" names a known act). */
const WEIGHED_NP = new Set(['a', 'an', 'new', 'fresh', 'further', 'more', 'possible', 'additional', 'tougher', 'wider', 'broader']);

/**
 * The deliberating verb whose object the trigger is, or -1: a gerund right after it ("is considering sending troops",
 * "mulled imposing a curfew") or a noun after at most two words of its phrase ("is weighing new sanctions"). The act
 * is only weighed (CAMEO 014, a statement), so hypothetical, like a modal's.
 */
function weighedBefore(tokens: Token[], from: number, start: number, verb: boolean): number {
  if (verb) {
    const k = start - 1;
    return k >= from && tokens[start]!.norm.endsWith('ing') && WEIGH.has(tokens[k]!.norm) ? k : -1;
  }
  for (let k = start - 1; k >= from && k >= start - 3; k--) {
    const n = tokens[k]!.norm;
    if (WEIGH.has(n)) return k;
    if (!WEIGHED_NP.has(n)) return -1;
  }
  return -1;
}

function set(d: EventDraft, modality: Modality, rule: string, span: [number, number] | null): void {
  d.modality = modality;
  d.modalityRule = rule;
  d.modalitySpan = span;
}

/**
 * classify's first readings: a denied claim ("denied that it fired") or "whether", set on the draft (true when one
 * was). A function of its own, as their rare branches, first met late in a run, then recompile this part only
 * (docs/PERFORMANCE.md, session 5).
 */
function claimDenied(d: EventDraft, tokens: Token[], from: number, to: number, start: number): boolean {
  // the norm of token i when it is in the sentence, else ''
  const tok = (i: number): string => (i >= from && i < to ? tokens[i]!.norm : '');
  // claim negators reach across "that": "has no proof that Iran ordered", "denied that it fired"
  for (let k = start - 1; k >= from && k >= start - 14; k--) {
    const t = tokens[k]!;
    if (CLAIM_NEG_NOUN_BITS.hasToken(t) && (tok(k - 1) === 'no' || tok(k - 2) === 'no' || tok(k - 1) === 'any' && NEG.has(tok(k - 2)))) { set(d, 'negated', 'modality:no-proof-that', [t.start, t.end]); return true; }
    if (CLAIM_NEG_VERB_BITS.hasToken(t)) {
      const next = tok(k + 1);
      if (next === 'that' || next === 'any' || next === 'responsibility' || next === 'involvement') { set(d, 'negated', 'modality:denied-that', [t.start, t.end]); return true; }
      // "officials denied reports that troops had entered the town", "dismissed claims that it fired": the claim denied
      if (CLAIM_NOUNS.has(next) && (tok(k + 2) === 'that' || (tok(k + 3) === 'that' && tok(k + 2) !== ','))) { set(d, 'negated', 'modality:denied-reports-that', [t.start, t.end]); return true; }
      // "the army denied firing shots", "denied having shelled the village": the denied act is the trigger itself
      if (d.form === 'verb' && ((k + 1 === start && tokens[start]!.norm.endsWith('ing')) || (next === 'having' && k + 2 === start))) { set(d, 'negated', 'modality:denied-gerund', [t.start, t.end]); return true; }
    }
    if (CLAUSE_BREAK_BITS.hasToken(t) || t.norm === ';') break;
  }
  // "whether … or not": hypothetical
  for (let k = start - 1; k >= from && k >= start - 10; k--) {
    const t = tokens[k]!;
    if (t.norm === 'whether') { set(d, 'hypothetical', 'modality:whether', [t.start, t.end]); return true; }
  }
  return false;
}

/** classify for a threat: conditional on an if-clause earlier in its quotation, future when vowed, else threatened (its own function, as claimDenied). */
function threatModality(doc: Doc, d: EventDraft, quotes: { open: number; close: number }[], start: number): void {
  const tokens = doc.tokens;
  const spanOf = (i: number): [number, number] => [tokens[i]!.start, tokens[i]!.end];
  const q = quotes.find((x) => x.open < start && x.close > start);
  if (q) {
    for (let k = q.open + 1; k < start; k++) {
      if (doc.tokens[k]!.norm === 'if' || doc.tokens[k]!.norm === 'unless') return set(d, 'conditional', 'modality:quote-if-clause', spanOf(k));
    }
  }
  if (d.entry.id === 'threaten.vow') return set(d, 'future', 'modality:vow', spanOf(start));
  return set(d, 'threatened', 'modality:threat', null);
}

function classify(doc: Doc, d: EventDraft, quotes: { open: number; close: number }[]): void {
  const s = doc.sentences[d.sentence]!;
  const tokens = doc.tokens;
  const from = s.tokenStart;
  const to = s.tokenEnd;
  const start = d.trigger.tokenStart;
  // the norm of token i when it is in the sentence, else ''
  const tok = (i: number): string => (i >= from && i < to ? tokens[i]!.norm : '');

  if (claimDenied(d, tokens, from, to, start)) return;
  // "a bomb threat forced the evacuation", "shooting threats", "a bomb scare": an attack only threatened
  if (THREAT_HEADS.has(tok(d.trigger.tokenEnd)) && d.trigger.tokenEnd - start === 1) return set(d, 'threatened', 'modality:threat-noun', [tokens[d.trigger.tokenEnd]!.start, tokens[d.trigger.tokenEnd]!.end]);

  // the trigger's own clause, leftwards up to a clause break
  let future = -1;
  let ongoing = -1;
  for (let k = start - 1; k >= from && k >= start - 8; k--) {
    const t = tokens[k]!;
    const n = t.norm;
    if (CLAUSE_BREAK_BITS.hasToken(t) || n === ';' || n === ':' || t.kind === 'quote' || (n === ',' && k < start - 1)) break;
    // "will not withdraw", "won't meet their demands": a refusal, which happened (src/code/refusal.ts)
    if (d.form === 'verb' && refusalNegator(n, tok(k - 1)) && recodeRefusal(d)) return set(d, 'asserted', 'modality:refusal', [t.start, t.end]);
    // "without" governs the few words after it ("without firing a shot", "without any clashes"), not a clause further on
    // ("a car running without lights, a traffic officer was shot")
    if ((NEG_BITS.hasToken(t) && (n !== 'without' || k >= start - 3)) || contracted(n) || n === 'cannot' || (n === 'no' && k === start - 1)) return set(d, 'negated', 'modality:negator', [t.start, t.end]);
    if (n === 'no' && d.form === 'verb' && noSubjectOfPassive(tokens, k, start)) return set(d, 'negated', 'modality:no-subject', [t.start, t.end]);
    if ((n === 'nobody' || n === 'none') && d.form === 'verb' && noneSubjectOfPassive(tokens, k, start)) return set(d, 'negated', 'modality:nobody-subject', [t.start, t.end]);
    // "refused to blame the referee", "declined to release the hostages": the act refused is not done (the refusal is
    // its own REJECT event)
    if (REFUSING.has(n) && k + 2 === start && tok(k + 1) === 'to' && d.form === 'verb') return set(d, 'negated', 'modality:refused-to', [t.start, t.end]);
    if (n === 'that' || n === 'which' || n === 'who') break;
    // "is due to meet" (a timetable), never the cause "displaced due to airstrikes": a verb trigger after a form of "be"
    if (future < 0 && FUTURE_BITS.hasToken(t) && (!NEEDS_TO.has(n) || tok(k + 1) === 'to') && (!READINESS.has(n) || start - k <= 4) && (!PLOT.has(n) || start - k <= 3) && (n !== 'due' || (d.form === 'verb' && BE_FORMS.has(tok(k - 1))))) future = k;
    if (ongoing < 0 && ONGOING_BITS.hasToken(t)) ongoing = k;
  }
  // conditional: "if/unless" opening the clause that holds the trigger (across commas, within the sentence)
  for (let k = start - 1; k >= from && k >= start - 12; k--) {
    const t = tokens[k]!;
    if (CONDITIONAL_BITS.hasToken(t) && (t.norm !== 'should' || k === from)) return set(d, 'conditional', 'modality:if-clause', [t.start, t.end]);
    if (t.norm === ';' || t.kind === 'quote' || CLAUSE_BREAK_BITS.hasToken(t)) break;
  }
  // "… if that happens" after the trigger
  for (let k = d.trigger.tokenEnd; k < to && k < d.trigger.tokenEnd + 12; k++) {
    const t = tokens[k]!;
    const n = t.norm;
    if (n === 'if' || n === 'unless') return set(d, 'conditional', 'modality:if-after', [t.start, t.end]);
    if (n === ';' || n === 'but' || n === 'while') break;
  }
  if (d.family === 'threaten') return threatModality(doc, d, quotes, start);
  const weighed = weighedBefore(tokens, from, start, d.form === 'verb');
  if (weighed >= 0) return set(d, 'hypothetical', 'modality:considered', [tokens[weighed]!.start, tokens[weighed]!.end]);
  const spanOf = (i: number): [number, number] => [tokens[i]!.start, tokens[i]!.end];
  if (d.form === 'verb') {
    const modal = modalBefore(tokens, from, start);
    if (modal >= 0) return set(d, 'hypothetical', 'modality:modal-verb', spanOf(modal));
  }
  if (future >= 0) return set(d, 'future', 'modality:future-marker', spanOf(future));
  if (ongoing >= 0) return set(d, 'ongoing', 'modality:ongoing-marker', spanOf(ongoing));
  if (d.time?.mention.data.precision === 'ongoing') return set(d, 'ongoing', 'modality:ongoing-time', [d.time.mention.start, d.time.mention.end]);
}

export const modalityStage: Stage = {
  name: 'modality',
  run(doc) {
    const quotes = quoteSpans(doc);
    for (const d of doc.drafts) {
      classify(doc, d, quotes);
      if (doc.trace) doc.explain('modality', d.modalityRule, d.sentence, d.modalitySpan, `${d.entry.id}: ${d.modality}`);
    }
  },
};
