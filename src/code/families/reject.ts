import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { codesByHead, objectCode } from './object-codes.js';
import { PREPOSITIONS } from '../words.js';

/**
 * Denying an accusation is a statement (CAMEO 016 deny responsibility), not the rejection of a proposal
 * (120): "denied the charges", "rejected the allegations", "dismissed accusations of torture", "denied any
 * involvement in the attack", "denied responsibility for", "the army's denial of any role". A denial of a
 * fact told in a clause or gerund is the same statement: "denied that its troops shelled the town", "denied
 * carrying out the raid". Refusing a request or a thing stays a rejection: "denied entry", "denied the
 * request", "rejected the peace plan". PLOVER has no statement type (CAMEO 01 and 02 are not in its
 * translation table): the event keeps the trigger entry's REJECT there (`ploverOf` in src/resolve/events.ts).
 */
const DENIED = codesByHead({
  '016': ['charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'involvement',
    'responsibility', 'role', 'wrongdoing', 'guilt', 'complicity', 'culpability', 'participation', 'links', 'link',
    'reports', 'report', 'assertions', 'assertion', 'suggestions', 'suggestion', 'insinuations', 'rumours', 'rumors',
    'the existence'],
});

/** Verbs of the reject entry that deny an assertion when they take one as object (not refuse, decline, veto). */
const DENY_VERBS = new Set(['denied', 'denies', 'deny', 'denying', 'denial', 'rejected', 'reject', 'rejects', 'rejecting',
  'dismissed', 'repudiated', 'rejection']);
/** Only "deny" also takes a that-clause or a gerund as the thing denied. */
const DENY_ONLY = new Set(['denied', 'denies', 'deny', 'denying']);
/** Words between "denied" and the clause or gerund: "denied on Monday that", "flatly denied again that". */
const BETWEEN = new Set(['again', 'repeatedly', 'strongly', 'flatly', 'categorically', 'vehemently', 'firmly', 'on', 'today',
  'yesterday', 'earlier', 'later', 'also', 'publicly', 'officially', 'emphatically']);

function deniedClause(ctx: SentenceContext, end: number): boolean {
  let k = end;
  while (k < ctx.to && k < end + 4 && (BETWEEN.has(ctx.norm(k)) || ctx.time(k))) k++;
  if (k >= ctx.to) return false;
  const n = ctx.norm(k);
  if (n === 'that') return true;
  // a gerund object: "denied carrying out", "denied having ordered", "denied being involved"
  const raw = ctx.token(k)?.text ?? '';
  return n.length >= 6 && n.endsWith('ing') && raw === n;
}

function prepositionBefore(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = ctx.norm(k);
    if (n !== 'of' && PREPOSITIONS.has(n) && !ctx.time(k) && !ctx.time(k + 1)) return true;
  }
  return false;
}

function denial(ctx: SentenceContext, draft: EventDraft): { code: string; head: string } | null {
  if (draft.entry.id !== 'reject.reject' || draft.voice === 'passive') return null;
  const { tokenStart, tokenEnd } = draft.trigger;
  if (tokenEnd - tokenStart !== 1) return null;
  const verb = ctx.norm(tokenStart);
  if (!DENY_VERBS.has(verb)) return null;
  let start = draft.form === 'noun' && ctx.norm(tokenEnd) === 'of' ? tokenEnd + 1 : tokenEnd;
  // "rejected as “totally baseless” accusations …": the object starts after the quoted words of the "as" complement
  if (ctx.norm(start) === 'as' && ctx.token(start + 1)?.kind === 'quote') {
    for (let k = start + 2; k < ctx.to && k < start + 8; k++) if (ctx.token(k)?.kind === 'quote') { start = k + 1; break; }
  }
  const hit = objectCode(ctx, start, DENIED, 6);
  // the head must stand in the verb's own object, before any preposition but "of" outside a time phrase
  // ("denied on Monday the charges"; not "denied access to reporters investigating the claims")
  if (hit && !prepositionBefore(ctx, start, hit.at)) return hit;
  if (DENY_ONLY.has(verb) && deniedClause(ctx, tokenEnd)) return { code: '016', head: 'clause' };
  return null;
}

export const reject: Family = {
  name: 'reject',
  check(ctx, draft) {
    const hit = denial(ctx, draft);
    if (hit) {
      draft.cameo = hit.code;
      draft.cameoRule = `object:denied-${hit.head}`;
    }
    return null;
  },
};
