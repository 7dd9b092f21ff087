import type { ActorCtx, Base, Candidate } from '../actor-context.js';
import { candidate, tok } from '../actor-context.js';
import type { ActorData } from '../../pipeline/doc.js';
import type { Sector } from '../../model/actor.js';
import { emptyList } from '../../util/lists.js';
import { joinTexts } from '../../pipeline/token-join.js';

/**
 * Rule family: a named body the dictionary lacks whose name opens with a state's name or demonym and ends in a word
 * for a body ("the Nigerian Union of Teachers", "the Montenegro Assembly", "the Kenya Anti-Corruption Commission",
 * "the Afghan Independent Human Rights Commission"). The body is an organisation of that state, stated; its sector
 * comes from the head word (assembly, parliament → LEG; commission, ministry, agency → GOV; court → JUD; union,
 * federation → LAB; party → PTY; front → REB, as most fronts in conflict news are armed; association, society, forum → NGO). The name runs over capitalised
 * words (joined by a hyphen or an inner "of", "for", "and", "the") to its last head word, or one "of"/"for" phrase of
 * capitalised words after it ("Union of Teachers"); at most eight tokens. Dictionary names of the same length win.
 */
export const RULE_STATE_ORG = 'rule:actor.state-org-name';

const HEADS = new Map<string, Sector>([
  ['assembly', 'LEG'], ['parliament', 'LEG'], ['senate', 'LEG'], ['duma', 'LEG'],
  ['commission', 'GOV'], ['ministry', 'GOV'], ['agency', 'GOV'], ['authority', 'GOV'], ['directorate', 'GOV'], ['council', 'GOV'],
  ['court', 'JUD'], ['tribunal', 'JUD'],
  ['union', 'LAB'], ['federation', 'LAB'], ['confederation', 'LAB'], ['syndicate', 'LAB'],
  ['party', 'PTY'], ['front', 'REB'],
  ['association', 'NGO'], ['society', 'NGO'], ['forum', 'NGO'], ['observatory', 'NGO'], ['foundation', 'NGO'],
]);

const SHARED_NAMES = new Set(['georgia', 'jordan', 'chad', 'turkey', 'niger', 'guinea', 'mexico', 'new']);

const INNER = new Set(['of', 'for', 'and', 'the', 'on']);
const MAX_TOKENS = 8;

export function stateOrgAfter(ctx: ActorCtx, b: Base): Candidate | null {
  if (b.role !== 'actor' || !b.data || b.data.kind !== 'state' || b.data.country === null || ctx.upper) return null;
  // a demonym ("Nigerian") or the state's name ("Montenegro"); not a capital or metonym ("Washington State …"), nor a
  // name shared with a U.S. state or a person ("Georgia Supreme Court", "Jordan Valley Authority")
  const form = b.value?.form;
  if (form !== 'demonym' && form !== 'adjective' && !(form === 'name' && !SHARED_NAMES.has(ctx.tokens[b.start]!.norm))) return null;
  const first = tok(ctx, b.end);
  if (!first || first.kind !== 'word' || !first.cap || !first.space) return null;
  let end = -1;
  let sector: Sector | null = null;
  let ofAfterHead = false;
  for (let k = b.end; k < ctx.to && k < b.end + MAX_TOKENS; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'dash' && !t.space) continue;
    if (t.kind !== 'word') break;
    if (!t.cap) {
      if (!INNER.has(t.norm) || !tok(ctx, k + 1)?.cap) break;
      if (end > 0 && (t.norm === 'of' || t.norm === 'for')) ofAfterHead = true;
      continue;
    }
    const head = HEADS.get(t.norm);
    if (head !== undefined) { end = k + 1; sector = head; continue; }
    // "Union of Teachers": the capitalised words of one "of" phrase after the head end the name
    if (ofAfterHead) end = k + 1;
  }
  if (end < 0 || sector === null) return null;
  const data: ActorData = {
    name: joinTexts(ctx.tokens, b.start, end), country: b.data.country, sector, kind: 'organisation', backedBy: emptyList(), role: null,
    plural: false, generic: false, alsoPlace: false, ref: null,
  };
  return candidate(b.start, end, data, RULE_STATE_ORG, 'stated');
}
