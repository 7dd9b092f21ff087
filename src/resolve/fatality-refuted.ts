/**
 * A toll stated only as a claim that the same article later refutes (rule `fatalities:refuted-claim`, used by
 * fatalities.ts): "the group claimed the blast killed 5 soldiers … local sources refuted the claim". A denial of
 * something else ("denied involvement") refutes no deaths; "claimed responsibility" claims the attack, not the toll.
 */
import type { Doc } from '../pipeline/doc.js';
import type { Span } from '../model/provenance.js';

const CLAIM_VERBS = new Set(['claimed', 'claims', 'claiming', 'alleged', 'allegedly']);
const REFUTERS = new Set(['refuted', 'refutes', 'refute', 'denied', 'denies', 'deny', 'dismissed', 'dismisses', 'rejected', 'rejects']);
const CLAIM_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'report', 'reports']);
const DETS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'its', 'their', 'his', 'her']);

const REFUTATIONS = new WeakMap<Doc, { token: number; span: Span }[]>();

/**
 * The first refutation of a claim at or after token `from`: a refuting verb whose object is the claim ("refuted
 * the claim", "denied these reports", "dismissed AQAP's allegations") or a passive "the claim was denied".
 * A denial of something else ("denied involvement", "denied responsibility") is no refutation of the deaths.
 */
function refutationAfter(doc: Doc, from: number): { token: number; span: Span } | null {
  let list = REFUTATIONS.get(doc);
  if (!list) { list = refutations(doc); REFUTATIONS.set(doc, list); }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.token < from) lo = mid + 1; else hi = mid; }
  return list[lo] ?? null;
}

/** Every refutation of a claim in the document, in text order (one linear scan). */
function refutations(doc: Doc): { token: number; span: Span }[] {
  const out: { token: number; span: Span }[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    const w = doc.tokens[k]!.norm;
    if (!REFUTERS.has(w)) continue;
    let j = k + 1;
    // determiners and a possessor may stand before the noun: "refuted the group's claim", "denied AQAP's claims"
    while (j < doc.tokens.length && j < k + 4) {
      const n = doc.tokens[j]!.norm;
      const poss = doc.tokens[j + 1]?.norm === "'s" || doc.tokens[j + 1]?.norm === '’s';
      if (poss) j += 2;
      else if (DETS.has(n) || n === "'s" || n === '’s' || doc.tokens[j]!.cap) j++;
      else break;
    }
    const obj = CLAIM_NOUNS.has(doc.tokens[j]?.norm ?? '');
    // passive: "the claim was refuted", "the reports were denied"
    const prev = doc.tokens[k - 1]?.norm ?? '';
    const pass = (prev === 'was' || prev === 'were' || prev === 'been') && CLAIM_NOUNS.has(doc.tokens[k - 2]?.norm ?? '');
    if (obj || pass) { const t = doc.tokens[k]!; out.push({ token: k, span: [t.start, t.end] }); }
  }
  return out;
}

/**
 * Of the sentences that hold an incident's death counts, those whose count is only a claim ("X claimed the blast
 * killed 5 soldiers") that the article later refutes, and the first refutation's span (provenance).
 */
export function refutedClaims(doc: Doc, sentences: Iterable<number>): { sentences: Set<number>; span: Span } | null {
  const out = new Set<number>();
  let span: Span | null = null;
  for (const si of sentences) {
    const s = doc.sentences[si]!;
    let claim = -1;
    // "claimed responsibility for the attack, which killed 5" claims the attack, not the deaths
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const next = doc.tokens[k + 1]?.norm;
      if (CLAIM_VERBS.has(doc.tokens[k]!.norm) && next !== 'responsibility' && next !== 'credit') { claim = k; break; }
    }
    if (claim < 0) continue;
    const r = refutationAfter(doc, claim + 1);
    if (!r) continue;
    out.add(si);
    span ??= r.span;
  }
  return span ? { sentences: out, span } : null;
}
