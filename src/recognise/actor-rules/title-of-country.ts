import type { ActorData } from '../../pipeline/doc.js';
import { copyActorData } from '../../pipeline/doc.js';
import type { ActorCtx, Candidate } from '../actor-context.js';
import { candidate, namedAt, tok } from '../actor-context.js';
import { emptyList } from '../../util/lists.js';
import { joinTexts } from '../../pipeline/token-join.js';

/**
 * Rule family: a title without a name, owned by a state named after "of" ("the Foreign Minister of Chile",
 * "the President of France", "the foreign minister of Chile"): the official of that state. Only a state's
 * name or metonym after "of" ("the president of the Red Cross" or "the mayor of a town" are not read here).
 */
export const RULE_TITLE_OF_COUNTRY = 'rule:actor.title-of-country';

export interface TitleInfo {
  country: string | null;
  sector: string | null;
  role: string;
}

/** A state after "of" at `ofAt` (with an optional "the"), or null. */
function stateAfterOf(ctx: ActorCtx, ofAt: number): { end: number; data: ActorData; id: string } | null {
  if (tok(ctx, ofAt)?.norm !== 'of') return null;
  const next = tok(ctx, ofAt + 1);
  const s = next !== null && next.norm === 'the' ? ofAt + 2 : ofAt + 1;
  const h = namedAt(ctx, s, false);
  if (!h || h.value.data.kind !== 'state' || h.value.form === 'people' || h.value.form === 'adjective' || h.value.form === 'demonym') return null;
  // "the chief of Israel's militia ally": the state owns the next noun, not the title
  const after = tok(ctx, h.end);
  if (after !== null && !after.space && (after.norm === "'s" || after.norm === '’s')) return null;
  // "the secretary of the Georgia State Ethics Commission": the state's name opens a longer proper name
  if (after !== null && after.kind === 'word' && after.cap && !ctx.upper) return null;
  return { end: h.end, data: h.value.data, id: h.value.id };
}

/** "<Title> of <State>": a person of that state's government (or its title's sector), from `start` to the state's end. */
export function titleOfCountry(ctx: ActorCtx, start: number, titleEnd: number, title: TitleInfo): Candidate | null {
  const st = stateAfterOf(ctx, titleEnd);
  if (!st) return null;
  const role = title.role || joinTexts(ctx.tokens, start, titleEnd);
  const data: ActorData = {
    name: `${role} of ${st.data.name}`, country: st.data.country, sector: (title.sector ?? st.data.sector) as ActorData['sector'], kind: 'person',
    backedBy: emptyList(), role, plural: false, generic: false, alsoPlace: false, ref: st.id,
  };
  return candidate(start, st.end, data, RULE_TITLE_OF_COUNTRY, 'stated');
}

/** A generic person noun with no country, then "of <State>" ("the defence minister of Kenya"): that state's official. */
export function genericPersonOfCountry(ctx: ActorCtx, c: Candidate): Candidate | null {
  if (c.data.kind !== 'person' || !c.data.generic || c.data.country !== null || c.data.backedBy.length > 0) return null;
  const st = stateAfterOf(ctx, c.end);
  if (!st) return null;
  const data = copyActorData(c.data);
  data.country = st.data.country;
  data.ref = st.id;
  data.generic = false;
  if (data.sector === null) data.sector = st.data.sector;
  return candidate(c.start, st.end, data, RULE_TITLE_OF_COUNTRY, c.how, c.generic);
}
