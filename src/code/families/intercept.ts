import type { Family } from '../family.js';
import { emptyList, mapList } from '../../util/lists.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { filled, copyDraft } from '../../pipeline/draft.js';
import type { SentenceContext } from '../context.js';
import type { Mention, NumberData } from '../../pipeline/doc.js';
import { coordinated } from '../roles.js';
import { DETERMINERS } from '../words.js';

/**
 * Interceptions: "four of which were shot down by the USS Carney and the fifth by Saudi Arabia".
 * The interceptor is the actor; the launcher (of the assault in the same sentence) is the recipient,
 * never the launch's target. Each interceptor gets its own draft with its own count, linked to the launch.
 */

/** "four of which", "two of them": the number in front of the clause. */
function clauseCount(ctx: SentenceContext, start: number): Mention<NumberData> | null {
  for (let k = start - 1; k >= Math.max(ctx.from, start - 7); k--) {
    const n = ctx.number(k);
    if (n && !n.data.ordinal && ctx.norm(n.tokenEnd) === 'of') return n;
    if (ctx.norm(k) === ',' || ctx.isBoundary(k)) break;
  }
  return null;
}

function countQuantity(draft: EventDraft, value: number, text: string, span: [number, number], rule: string): void {
  draft.quantities.push({ kind: 'intercepted', value, min: null, max: null, approximate: false, unit: null, what: null, by: null, text, span, provenance: { span, rule, how: 'stated' } });
}

function linkToLaunch(draft: EventDraft, earlier: EventDraft[]): void {
  const launch = [...earlier].reverse().find((d) => d.family === 'assault');
  if (!launch) { draft.recipients = emptyList(); return; }
  draft.links.push({ relation: 'outcome-of', event: launch.id });
  draft.recipients = mapList(launch.actors, (a) => filled(a.mention, 'role:intercept-launcher', 'inferred'));
  if (draft.weapons.length === 0) draft.weapons = mapList(launch.weapons, (w) => ({ mention: w.mention, rule: 'weapon:of-launch', how: 'inferred' as const, count: null }));
}

export const intercept: Family = {
  name: 'intercept',
  complete(ctx, draft, earlier) {
    const extra: EventDraft[] = [];
    const n = clauseCount(ctx, draft.trigger.tokenStart);
    if (n) countQuantity(draft, n.data.value, n.text, [n.start, n.end], 'intercept:count-of-which');
    else {
      const w = draft.weapons.find((x) => x.count !== null && x.mention.tokenStart >= draft.trigger.tokenEnd);
      if (w && w.count !== null) countQuantity(draft, w.count, w.mention.text, [w.mention.start, w.mention.end], 'intercept:weapon-count');
    }
    linkToLaunch(draft, earlier);
    // elliptical second interceptor: "… by X and the fifth by Y" / "… and one by Y"
    const agentEnd = draft.actors.length > 0 ? Math.max(...draft.actors.map((a) => a.mention.tokenEnd)) : draft.trigger.tokenEnd;
    let k = agentEnd;
    if (ctx.norm(k) === ',') k++;
    if (ctx.norm(k) === 'and' || ctx.norm(k) === 'while') {
      k++;
      while (DETERMINERS.has(ctx.norm(k)) && !ctx.number(k) && k < agentEnd + 4) k++;
      const num = ctx.number(k);
      if (num && ctx.norm(num.tokenEnd) === 'by') {
        let j = num.tokenEnd + 1;
        while (DETERMINERS.has(ctx.norm(j)) && j < num.tokenEnd + 3) j++;
        const who = ctx.actor(j);
        if (who) {
          const second = copyDraft(draft);
          second.id = draft.id + 'b';
          second.actors = coordinated(ctx, who, 'role:intercept-elliptical-by');
          second.quantities = emptyList();
          second.links = emptyList();
          second.extraTriggers = emptyList();
          second.places = emptyList();
          countQuantity(second, num.data.ordinal ? 1 : num.data.value, num.text, [num.start, num.end], num.data.ordinal ? 'intercept:ordinal-is-one' : 'intercept:elliptical-count');
          linkToLaunch(second, earlier);
          extra.push(second);
        }
      }
    }
    return extra;
  },
};
