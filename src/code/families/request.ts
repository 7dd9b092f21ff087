import type { Family } from '../family.js';
import { coordinated, subjectOf } from '../roles.js';
import { premodifiedSubject } from './subject.js';
import { filled } from '../../pipeline/draft.js';
import { mapList } from '../../util/lists.js';

/**
 * Requests. `request.must` reads a reported obligation as a demand: "Britain said Libya must hand over
 * the suspects" — the speaker requests, the party that "must" act is the recipient. Only when a saying
 * verb with an actor subject governs the clause and the obligated party is a different actor, so that
 * "we must defend ourselves" or "the talks must go on" code nothing.
 */
const SAYING = new Set([
  'said', 'says', 'say', 'declared', 'declares', 'reiterated', 'reiterates', 'concluded', 'stressed', 'stresses',
  'insisted', 'insists', 'announced', 'repeated', 'maintained', 'argued', 'added', 'told', 'warned', 'emphasized',
  'emphasised', 'underlined', 'stated', 'affirmed', 'reaffirmed',
]);

/**
 * Words before the noun "demand" that make it market demand, not a request: "to meet demand for coal",
 * "growing demand for oil", "energy demand".
 */
const MARKET = new Set(['meet', 'meets', 'meeting', 'met', 'growing', 'rising', 'falling', 'weak', 'weaker', 'strong', 'stronger',
  'high', 'higher', 'low', 'lower', 'global', 'domestic', 'consumer', 'energy', 'market', 'oil', 'gas', 'power', 'electricity',
  'export', 'import', 'seasonal', 'peak', 'supply', 'housing', 'food', 'fuel', 'water']);

export const request: Family = {
  name: 'request',
  check(ctx, draft) {
    if (ctx.norm(draft.trigger.tokenStart) === 'demand') {
      const k = draft.trigger.tokenStart - 1;
      const prev = ctx.norm(k) === 'the' ? ctx.norm(k - 1) : ctx.norm(k);
      if (MARKET.has(prev)) return 'request:market-demand';
    }
    if (draft.entry.id !== 'request.must') return null;
    const start = draft.trigger.tokenStart;
    const obligated = draft.actors;
    if (obligated.length === 0) return 'request:must-without-obligated-actor';
    let cue = -1;
    for (let k = obligated[0]!.mention.tokenStart - 1; k >= Math.max(ctx.from, start - 25); k--) {
      if (ctx.isBoundary(k)) break;
      if (SAYING.has(ctx.norm(k))) { cue = k; break; }
    }
    if (cue < 0) return 'request:must-without-saying-verb';
    let speaker = subjectOf(ctx, cue, 'role:speaker-demands');
    if (speaker.length === 0) speaker = premodifiedSubject(ctx, cue);
    if (speaker.length === 0) return 'request:must-without-speaker';
    const head = speaker[0]!.mention;
    if (obligated.some((o) => o.mention === head)) return 'request:must-self';
    draft.recipients = mapList(obligated, (o) => filled(o.mention, 'role:obligated', o.how));
    draft.actors = coordinated(ctx, head, 'role:speaker-demands');
    return null;
  },
};
