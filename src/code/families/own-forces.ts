import type { ActorData, Mention } from '../../pipeline/doc.js';
import type { ActorFiller, EventDraft } from '../../pipeline/draft.js';
import { filled } from '../../pipeline/draft.js';
import type { SentenceContext } from '../context.js';
import { WordBits } from '../../recognise/vocab.js';
import { emptyList } from '../../util/lists.js';

/**
 * Moving one's own forces: "withdrew its troops from Lebanon", "pulled their forces out of Georgia",
 * "deployed its soldiers to Mali", "agreed to withdraw its troops from Chad". The forces moved are what the
 * act is about, not whom it is done to: PLOVER's recipient is the country they leave or enter. A recipient
 * that is the actor's own forces ("its/their troops", or a bare "troops", "soldiers" of no other country) gives
 * way to a country named after from / out of / into / to / in within the clause (role:moved-from-or-to,
 * stated); with no such country the recipient is left empty, for the place of the act to fill
 * (src/resolve/place-recipient.ts).
 */

const FORCE_HEADS = new Set([
  'troops', 'troop', 'forces', 'force', 'soldiers', 'units', 'army', 'military', 'contingent', 'contingents', 'personnel',
  'battalion', 'battalions', 'brigade', 'brigades', 'division', 'divisions', 'warships', 'ships', 'navy', 'fleet',
  'peacekeepers', 'peacekeeping troops', 'tanks', 'aircraft', 'jets', 'warplanes', 'fighters', 'men',
]);
const OWNERS = new Set(['its', 'their', 'his', 'our']);
/** Words that lead to the country left or entered. */
const MOTION_PREPS = new WordBits(['from', 'into', 'to', 'in', 'inside', 'out']);
const SKIP_BEFORE_NAME = new Set(['the', 'of', 'neighbouring', 'neighboring', 'southern', 'northern', 'eastern', 'western', 'central']);

function lastWord(text: string): string {
  const i = text.lastIndexOf(' ');
  return (i < 0 ? text : text.slice(i + 1)).toLowerCase();
}

/** Is the recipient the actors' own forces? */
export function isOwnForces(f: ActorFiller, draft: EventDraft): boolean {
  const m = f.mention;
  if (!FORCE_HEADS.has(lastWord(m.text))) return false;
  const first = m.text.slice(0, m.text.indexOf(' ') < 0 ? m.text.length : m.text.indexOf(' ')).toLowerCase();
  if (OWNERS.has(first)) return true;
  if (!m.data.generic) return false;
  const country = m.data.country;
  return country === null || draft.actors.some((a) => a.mention.data.country === country);
}

/** A country actor named after a motion preposition within ten words of `from` in the clause, or null. */
function movedCountry(ctx: SentenceContext, from: number): Mention<ActorData> | null {
  const end = Math.min(ctx.to, from + 10);
  for (let k = from; k < end; k++) {
    if (ctx.isBoundary(k) || ctx.norm(k) === ',' || ctx.norm(k) === 'and' || ctx.norm(k) === 'but') return null;
    // "pulled its troops out | of Georgia": a trigger phrase may end at "out"
    if (!ctx.is(k, MOTION_PREPS) && !(ctx.norm(k) === 'of' && ctx.norm(k - 1) === 'out')) continue;
    let j = k + 1;
    while (j < end && SKIP_BEFORE_NAME.has(ctx.norm(j))) j++;
    const a = ctx.actor(j);
    if (a && a.tokenStart === j && a.data.kind === 'state' && a.data.country) return a;
  }
  return null;
}

/** Replace own-forces recipients (or none) by the country the forces leave or enter, when the clause names one. */
export function movedForcesRecipient(ctx: SentenceContext, draft: EventDraft, ownOnly = false): void {
  if (draft.voice === 'passive') return;
  if (!draft.recipients.every((r) => isOwnForces(r, draft))) return;
  const own = draft.recipients.length > 0;
  // an offer or agreement with no forces in it ("agreed to hold talks in Cairo") names a venue, not a territory
  if (ownOnly && !own) return;
  // a noun reads on past its "of" phrase: "the deployment of NATO troops in Bosnia"
  const from = draft.form === 'noun' && draft.actors.length > 0 ? Math.max(draft.trigger.tokenEnd, ...draft.actors.map((a) => a.mention.tokenEnd)) : draft.trigger.tokenEnd;
  const country = movedCountry(ctx, from);
  const out = emptyList<ActorFiller>();
  if (country && !draft.actors.some((a) => a.mention === country)) out.push(filled(country, 'role:moved-from-or-to', 'stated'));
  else if (!own) return;
  draft.recipients = out;
}
