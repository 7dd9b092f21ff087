import type { ActorFiller } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { actorAt, coordinated } from './roles.js';
import { emptyList } from '../util/lists.js';

/**
 * "Lebanon complained to the United Nations over Israeli air raids", "Iran protested to the Security Council about
 * the US strikes": a complaint lodged with an intergovernmental body is aimed at the party complained about. When the
 * only recipients are such bodies reached with "to", the actor after "over/about/against" (determiners aside, within
 * the next few words) is the recipient instead; "Chad protested to Libya over the incursion" keeps Libya.
 */
const ABOUT = new Set(['over', 'about', 'against', 'regarding', 'concerning']);

export function complaintTarget(ctx: SentenceContext, recipients: ActorFiller[], actors: ActorFiller[]): ActorFiller[] | null {
  if (recipients.length === 0) return null;
  let last = -1;
  for (const r of recipients) {
    const d = r.mention.data;
    if (d.kind !== 'igo' || r.mention.sentence !== ctx.sentence) return null;
    last = Math.max(last, r.mention.tokenEnd);
  }
  const first = recipients[0]!.mention.tokenStart;
  let g = first - 1;
  while (g > ctx.from && (ctx.norm(g) === 'the' || ctx.norm(g) === 'a')) g--;
  if (ctx.norm(g) !== 'to') return null;
  for (let k = last; k < Math.min(ctx.to, last + 6); k++) {
    if (ctx.isBoundary(k)) return null;
    if (!ABOUT.has(ctx.norm(k))) continue;
    const m = actorAt(ctx, k + 1);
    if (!m || actors.some((a) => a.mention === m)) return null;
    return coordinated(ctx, m, 'role:complained-about');
  }
  return emptyList();
}
