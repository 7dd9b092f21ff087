import type { ActorData, Mention } from '../pipeline/doc.js';
import { copyActorData } from '../pipeline/doc.js';
import type { ActorFiller } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import type { TriggerEntry } from './triggers.js';
import { actorLexicon } from '../recognise/actor-lexicon.js';
import { DETERMINERS_BUT_OF } from './words.js';
import { emptyList } from '../util/lists.js';

/**
 * The owner of what is rejected, condemned or demanded: "Bangladesh rejected an Indian proposal", "Serbia rejected an
 * Australian ultimatum", "denounced the Israeli raid", "demanded a Turkish withdrawal". A state's demonym before the
 * object noun names the state the act is aimed at (the recipient, inferred), as CAMEO and PLOVER code it. Only for an
 * active verb with no recipient of its own; the demonym must stand before a lower-case noun that no actor reads
 * ("Indian troops" is an actor already).
 */
const FAMILIES = new Set(['reject', 'accuse', 'request']);

export function objectOwner(ctx: SentenceContext, entry: TriggerEntry, end: number): ActorFiller[] {
  if (!FAMILIES.has(entry.family)) return emptyList();
  let k = end;
  // "an Indian proposal", "the proposed Israeli changes", "recent calls": determiners and up to two lower-case modifiers
  let modifiers = 0;
  while (k < ctx.to && k < end + 4) {
    const t = ctx.token(k);
    if (!t || t.kind !== 'word') return emptyList();
    if (ctx.is(k, DETERMINERS_BUT_OF)) { k++; continue; }
    if (!t.cap && modifiers < 2 && (t.norm.endsWith('ed') || t.norm.endsWith('ly') || t.norm === 'new' || t.norm === 'latest' || t.norm === 'recent')) { modifiers++; k++; continue; }
    break;
  }
  const t = ctx.token(k);
  if (!t || !t.cap || ctx.actor(k) || ctx.place(k)) return emptyList();
  const m = actorLexicon(false).heads.matchAt(ctx.tokens, k, false, ctx.to);
  if (!m) return emptyList();
  const v = m.values.find((x) => (x.form === 'demonym' || x.form === 'adjective') && x.data.kind === 'state');
  const noun = ctx.token(m.tokenEnd);
  if (!v || !noun || m.tokenEnd >= ctx.to || noun.kind !== 'word' || noun.cap || ctx.actor(m.tokenEnd)) return emptyList();
  const first = ctx.tokens[k]!;
  const last = ctx.tokens[m.tokenEnd - 1]!;
  const mention: Mention<ActorData> = {
    start: first.start, end: last.end, tokenStart: k, tokenEnd: m.tokenEnd, sentence: ctx.sentence,
    text: ctx.doc.text.slice(first.start, last.end), entry: v.id, data: copyActorData(v.data),
  };
  return [filled(mention, 'role:object-owner', 'inferred')];
}
