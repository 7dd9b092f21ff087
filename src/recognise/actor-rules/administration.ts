import type { ActorCtx, Base } from '../actor-context.js';
import { tok } from '../actor-context.js';
import { emptyList } from '../../util/lists.js';

/** Rule family: "<Surname> administration" ("the Biden administration") → that leader's government. */
export const RULE_ADMINISTRATION = 'rule:actor.administration';

export const ADMINISTRATION_NOUNS = new Set(['administration', 'government', 'cabinet', 'regime', 'team', 'camp', 'presidency']);

export function administrationBase(ctx: ActorCtx, i: number): Base | null {
  const first = ctx.tokens[i]!;
  if (!first.cap && !ctx.upper) return null;
  // surnames of up to three tokens ("von der Leyen", "al-Sudani")
  for (let len = 3; len >= 1; len--) {
    const last = tok(ctx, i + len - 1);
    const noun = tok(ctx, i + len);
    if (!last || !noun || !ADMINISTRATION_NOUNS.has(noun.norm)) continue;
    const key = ctx.tokens.slice(i, i + len).map((t) => t.norm).join(' ').replace(/ - /g, '-');
    const person = ctx.lex.heads_of_government.get(key) ?? ctx.lex.heads_of_government.get(ctx.tokens.slice(i, i + len).map((t) => t.norm).join(' '));
    if (!person) continue;
    const p = person.data;
    return {
      start: i, end: i + len + 1, role: 'actor', data: { name: `${person.entry.surname ?? p.name} ${noun.norm}`, country: p.country, sector: 'GOV', kind: 'organisation', backedBy: emptyList(), role: null, plural: false, generic: false, alsoPlace: false, ref: person.id }, value: null, entry: RULE_ADMINISTRATION, standalone: true, rule: RULE_ADMINISTRATION,
    };
  }
  return null;
}
