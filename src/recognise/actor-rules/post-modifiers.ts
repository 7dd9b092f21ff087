import type { ActorCtx, Base, Candidate } from '../actor-context.js';
import { compose } from './compose.js';
import { candidate, namedAt, tok } from '../actor-context.js';
import { copyActorData } from '../../pipeline/doc.js';
import { BACKED_WORDS } from './backed-by.js';
import { operatingUnder } from './operating-under.js';
import { genericPersonOfCountry } from './title-of-country.js';

/**
 * Rule family: what may follow a generic actor. "security forces of Iraq" (owner after "of") and
 * "militias backed by Iran" (patron after "backed by"), "factions operating under Operation X" (operating-under.ts).
 */
export const RULE_OF_COUNTRY = 'rule:actor.of-country';
export const RULE_BACKED_BY_POST = 'rule:actor.backed-by-post';

export function extendAfter(ctx: ActorCtx, c: Candidate): Candidate {
  const t = tok(ctx, c.end);
  if (!t) return c;
  // "Troops from Chad attacked …", "Peacekeepers from Bangladesh arrived …": at the head of a clause "from <state>" says
  // whose they are (not after a verb of moving: "withdrew troops from Lebanon" names the country left)
  const whose = t.norm === 'of' || (t.norm === 'from' && FROM_SECTORS.has(c.data.sector ?? '') && opensClause(ctx, c.start));
  if (whose && c.data.generic && c.data.country === null && c.data.backedBy.length === 0 && c.data.kind !== 'person') {
    const h = namedAt(ctx, c.end + 1, false);
    if (h && h.value.data.kind === 'state' && h.value.form !== 'people') {
      const owner: Base = { start: c.start, end: c.start, role: 'actor', data: h.value.data, value: h.value, entry: h.value.id, standalone: true, rule: RULE_OF_COUNTRY };
      const data = copyActorData(c.generic ? compose(owner, c.generic, false, (x) => ctx.lex.files.acledCountry.get(x) ?? x) : c.data);
      if (!c.generic) data.country = h.value.data.country;
      data.ref = h.value.id;
      return candidate(c.start, h.end, data, RULE_OF_COUNTRY, c.how, c.generic);
    }
  }
  // "members of CJNG", "fighters of the Houthi movement": the group itself
  if (t.norm === 'of' && c.data.generic && c.data.backedBy.length === 0 && c.data.country === null) {
    // (null tested apart: undefined met by the compare, it throws away optimised code that had seen only strings there)
    const next = tok(ctx, c.end + 1);
    const s = next !== null && next.norm === 'the' ? c.end + 2 : c.end + 1;
    const h = namedAt(ctx, s, false);
    const d = h?.value.data;
    if (h && d && (d.kind === 'group' || d.kind === 'unit')) {
      const role = c.data.kind === 'person' ? c.data.role : null;
      const data = copyActorData(d);
      data.role = role;
      data.plural = c.data.plural;
      data.generic = false;
      data.ref = h.value.id;
      return candidate(c.start, h.end, data, RULE_OF_COUNTRY, c.how, c.generic);
    }
  }
  // "the defence minister of Kenya": a generic official of a state
  if (t.norm === 'of') {
    const p = genericPersonOfCountry(ctx, c);
    if (p) return p;
  }
  const by = tok(ctx, c.end + 1);
  if (BACKED_WORDS.has(t.norm) && by?.norm === 'by' && c.data.generic && c.data.kind !== 'person') {
    const h = namedAt(ctx, c.end + 2, false);
    if (h && (h.value.data.kind === 'state' || h.value.data.kind === 'organisation')) {
      const patron = h.value.data.name;
      const data = copyActorData(c.data);
      data.name = `${patron}-backed ${c.data.name}`;
      data.kind = 'group';
      data.backedBy = [patron];
      return candidate(c.start, h.end, data, RULE_BACKED_BY_POST, c.how, c.generic);
    }
  }
  return operatingUnder(ctx, c);
}

/** Sectors of the nouns whose "from <state>" at a clause's head names their state (forces, police, officials, envoys). */
const FROM_SECTORS = new Set(['MIL', 'COP', 'GOV', 'SPY']);
/** Words after which a noun phrase opens a clause. */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'that', 'while', 'when', 'as', 'after', 'before', 'because']);

/** The noun phrase starting at `start` opens its sentence or a clause (past determiners and counts). */
function opensClause(ctx: ActorCtx, start: number): boolean {
  let k = start - 1;
  while (k >= ctx.from && (ctx.tokens[k]!.kind === 'number' || ctx.tokens[k]!.norm === 'the' || ctx.tokens[k]!.norm === 'some' || ctx.tokens[k]!.norm === 'about')) k--;
  return k < ctx.from || CLAUSE_OPENERS.has(ctx.tokens[k]!.norm);
}
