import type { Stage } from '../pipeline/stage.js';
import type { Doc } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import type { Modality } from '../model/attribution.js';
import { quoteSpans } from './quotes.js';
import { refusalNegator, recodeRefusal } from '../code/refusal.js';

/**
 * Modality from cues in the trigger's clause:
 * - negated: "not", "n't", "never", "no <noun>", and claim negators that reach across "that"
 *   (a cooperative act under "will not", "won't", "would not" is a refusal instead, recoded REJECT and asserted);
 *   ("no proof that", "denied that", "no evidence that");
 * - conditional: an "if/unless" clause holding the trigger, or "if that happens" after it;
 * - future: will/would/'ll/going to/about to/plans to/vowed to/threatened to before the trigger;
 * - ongoing: "ongoing", "continuing", "continues to";
 * - hypothetical: "whether … or not".
 */

const NEG = new Set(['not', "n't", 'never', 'neither', 'nor', 'without']);
const CLAIM_NEG_NOUNS = new Set(['proof', 'evidence', 'indication', 'sign', 'signs', 'confirmation', 'information']);
const CLAIM_NEG_VERBS = new Set(['denied', 'denies', 'deny', 'denying', 'dismissed', 'rejected']);
const FUTURE = new Set(['will', "'ll", 'would', 'shall', 'vowed', 'vows', 'vow', 'threatened', 'threatens', 'plans', 'planned', 'intends', 'intend', 'pledged', 'promised', 'going', 'expected', 'set', 'preparing', 'prepares', 'about']);
/** Future markers only when an infinitive follows: "set to visit", "going to strike"; not "set a car on fire". */
const NEEDS_TO = new Set(['set', 'going', 'expected', 'preparing', 'prepares', 'about']);
const CONDITIONAL = new Set(['if', 'unless', 'should']);
const ONGOING = new Set(['ongoing', 'continuing', 'continues', 'continued', 'persistent', 'protracted']);
const CLAUSE_BREAK = new Set(['while', 'but', 'although', 'though', 'whereas', 'because', 'since', 'after', 'before', 'when']);

/** A contracted negation kept as one token: "didn't", "won't", "can't", "isn't". */
function contracted(n: string): boolean {
  return n.length > 3 && (n.endsWith("n't") || n.endsWith('n’t'));
}

function set(d: EventDraft, modality: Modality, rule: string, span: [number, number] | null): void {
  d.modality = modality;
  d.modalityRule = rule;
  d.modalitySpan = span;
}

function classify(doc: Doc, d: EventDraft, quotes: { open: number; close: number }[]): void {
  const s = doc.sentences[d.sentence]!;
  const start = d.trigger.tokenStart;
  const tok = (i: number): string => (i >= s.tokenStart && i < s.tokenEnd ? doc.tokens[i]!.norm : '');
  const spanOf = (i: number): [number, number] => [doc.tokens[i]!.start, doc.tokens[i]!.end];

  // claim negators reach across "that": "has no proof that Iran ordered", "denied that it fired"
  for (let k = start - 1; k >= s.tokenStart && k >= start - 14; k--) {
    const n = tok(k);
    if (CLAIM_NEG_NOUNS.has(n) && (tok(k - 1) === 'no' || tok(k - 2) === 'no' || tok(k - 1) === 'any' && NEG.has(tok(k - 2)))) return set(d, 'negated', 'modality:no-proof-that', spanOf(k));
    if (CLAIM_NEG_VERBS.has(n) && (tok(k + 1) === 'that' || tok(k + 1) === 'any' || tok(k + 1) === 'responsibility' || tok(k + 1) === 'involvement')) return set(d, 'negated', 'modality:denied-that', spanOf(k));
    if (CLAUSE_BREAK.has(n) || n === ';') break;
  }
  // "whether … or not": hypothetical
  for (let k = start - 1; k >= s.tokenStart && k >= start - 10; k--) if (tok(k) === 'whether') return set(d, 'hypothetical', 'modality:whether', spanOf(k));

  // the trigger's own clause, leftwards up to a clause break
  let future = -1;
  let ongoing = -1;
  for (let k = start - 1; k >= s.tokenStart && k >= start - 8; k--) {
    const n = tok(k);
    const t = doc.tokens[k]!;
    if (CLAUSE_BREAK.has(n) || n === ';' || n === ':' || t.kind === 'quote' || (n === ',' && k < start - 1)) break;
    // "will not withdraw", "won't meet their demands": a refusal, which happened (src/code/refusal.ts)
    if (refusalNegator(n, tok(k - 1)) && d.form === 'verb' && recodeRefusal(d)) return set(d, 'asserted', 'modality:refusal', spanOf(k));
    if (NEG.has(n) || contracted(n) || n === 'cannot' || (n === 'no' && k === start - 1)) return set(d, 'negated', 'modality:negator', spanOf(k));
    if (n === 'that' || n === 'which' || n === 'who') break;
    if (future < 0 && FUTURE.has(n) && (!NEEDS_TO.has(n) || tok(k + 1) === 'to')) future = k;
    if (ongoing < 0 && ONGOING.has(n)) ongoing = k;
  }
  // conditional: "if/unless" opening the clause that holds the trigger (across commas, within the sentence)
  for (let k = start - 1; k >= s.tokenStart && k >= start - 12; k--) {
    const n = tok(k);
    if (CONDITIONAL.has(n) && (n !== 'should' || k === s.tokenStart)) return set(d, 'conditional', 'modality:if-clause', spanOf(k));
    if (n === ';' || doc.tokens[k]!.kind === 'quote' || CLAUSE_BREAK.has(n)) break;
  }
  // "… if that happens" after the trigger
  for (let k = d.trigger.tokenEnd; k < s.tokenEnd && k < d.trigger.tokenEnd + 12; k++) {
    const n = tok(k);
    if (n === 'if' || n === 'unless') return set(d, 'conditional', 'modality:if-after', spanOf(k));
    if (n === ';' || n === 'but' || n === 'while') break;
  }
  // a threat: conditional on an if-clause earlier in its quotation, future when vowed, else threatened
  if (d.family === 'threaten') {
    const q = quotes.find((x) => x.open < start && x.close > start);
    if (q) {
      for (let k = q.open + 1; k < start; k++) {
        if (doc.tokens[k]!.norm === 'if' || doc.tokens[k]!.norm === 'unless') return set(d, 'conditional', 'modality:quote-if-clause', spanOf(k));
      }
    }
    if (d.entry.id === 'threaten.vow') return set(d, 'future', 'modality:vow', spanOf(start));
    return set(d, 'threatened', 'modality:threat', null);
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
