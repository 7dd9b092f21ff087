import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import type { ActorFiller } from '../../pipeline/draft.js';
import { coordinated, subjectOf } from '../roles.js';
import { AUXILIARIES, CLAUSE_WORDS, DETERMINERS, PREPOSITIONS, SKIPPABLE_ADVERBS } from '../words.js';
import { emptyList } from '../../util/lists.js';

/**
 * The subject of a verbal trigger when the generic binding found none because lower-case words stand
 * before the actor ("A top U.S. official praised …", "Human rights organization Amnesty International
 * demanded …": roles.ts reads "top" / "organization" as a verb taking the actor as object). Accepted only
 * when the actor sits right before the verb (auxiliaries, adverbs and times skipped) and the words before it
 * reach back to a determiner or the start of the sentence.
 */
const ORG_HEADS = new Set([
  'network', 'group', 'movement', 'party', 'forum', 'faction', 'organization', 'organisation', 'officials', 'leaders',
  'authorities', 'delegation', 'committee', 'council', 'watchdog', 'terror', 'rebel', 'militant', 'coalition', 'alliance',
]);

export function premodifiedSubject(ctx: SentenceContext, trigger: number): ActorFiller[] {
  let k = trigger - 1;
  while (k >= ctx.from) {
    const n = ctx.norm(k);
    if (AUXILIARIES.has(n) && n !== 'to' || SKIPPABLE_ADVERBS.has(n) && n !== 'in' || n.endsWith('ly') || n === 'not' || n === "n't" || ctx.time(k)) { k--; continue; }
    if ((n === 'on' || n === 'last' || n === 'this') && ctx.time(k + 1)) { k--; continue; }
    break;
  }
  // an organisation head after the name: "the al-Qaeda terror network has threatened", "the … Jihad movement rejected"
  for (let h = 0; h < 2 && ORG_HEADS.has(ctx.norm(k)) && !ctx.actor(k); h++) k--;
  // an abbreviation in brackets: "The United Arab Emirates (UAE) has lifted", "The … Cooperation (APEC) forum has agreed"
  let left = -1;
  let m = ctx.actor(k);
  if (ctx.norm(k) === ')') {
    let open = k - 1;
    while (open > k - 6 && open > ctx.from && ctx.norm(open) !== '(') open--;
    if (ctx.norm(open) !== '(') return emptyList();
    const before = ctx.actor(open - 1);
    const inside = ctx.actor(open + 1);
    if (before && before.tokenEnd === open) m = before;
    else if (inside && inside.tokenEnd === k) { m = inside; left = open; }
    else return emptyList();
  } else if (!m || m.tokenEnd !== k + 1) return emptyList();
  if (!m) return emptyList();
  if (left < 0) left = m.tokenStart;
  for (let j = left - 1; j >= Math.max(ctx.from, left - 6); j--) {
    const n = ctx.norm(j);
    const t = ctx.token(j);
    if (DETERMINERS.has(n) && n !== 'of') return coordinated(ctx, m, 'role:subject:premodified');
    if (!t || t.kind !== 'word' || PREPOSITIONS.has(n) || AUXILIARIES.has(n) || ctx.actor(j)) return emptyList();
    if (j === ctx.from) return coordinated(ctx, m, 'role:subject:premodified');
  }
  return left === ctx.from ? coordinated(ctx, m, 'role:subject:premodified') : emptyList();
}

/** Verbs that carry a nominal trigger of these families: "opened an investigation", "issued a declaration demanding". */
const CARRIERS = new Set([
  'opened', 'completed', 'began', 'started', 'concluded', 'announced', 'issued', 'made', 'gave', 'offered', 'extended',
  'lodged', 'filed', 'ordered', 'pursued', 'continued', 'renewed', 'reiterated', 'opens', 'launched', 'held', 'conducted',
  'imposed', 'imposes', 'slapped', 'introduced', 'declared', 'voiced', 'expressed', 'paid',
  // "signalled its willingness to join the talks", "reaffirmed its readiness to"
  'signalled', 'signaled', 'indicated', 'reaffirmed', 'reiterated', 'affirmed',
]);
const BE_ON = new Set(['is', 'was', 'are', 'were', 'been']);
const CARRIER_SKIP = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new', 'formal', 'official', 'landmark', 'fresh', 'full', 'first', 'second']);

/**
 * "the Chinese president is on a three-day visit to Russia", "was on an official visit": the subject of the be-verb
 * before "on", when only an article and modifiers (no comma, clause word or actor) stand between "on" and the noun.
 */
function beOnSubject(ctx: SentenceContext, start: number): ActorFiller[] {
  for (let k = start - 1; k >= Math.max(ctx.from + 1, start - 7); k--) {
    const n = ctx.norm(k);
    if (n === 'on') {
      if (!BE_ON.has(ctx.norm(k - 1))) return emptyList();
      const found = subjectOf(ctx, k - 1, 'role:carrier-subject');
      return found.length > 0 ? found : premodifiedSubject(ctx, k - 1);
    }
    if (n === ',' || CLAUSE_WORDS.has(n) || ctx.actor(k) || AUXILIARIES.has(n) || PREPOSITIONS.has(n)) return emptyList();
  }
  return emptyList();
}

/** The subject of a verb that carries a nominal trigger a few words later ("X opened fraud investigations"). */
export function carrierSubject(ctx: SentenceContext, start: number): ActorFiller[] {
  const beOn = beOnSubject(ctx, start);
  if (beOn.length > 0) return beOn;
  for (let k = start - 1; k >= Math.max(ctx.from, start - 4); k--) {
    const n = ctx.norm(k);
    if (CARRIERS.has(n)) {
      const found = subjectOf(ctx, k, 'role:carrier-subject');
      return found.length > 0 ? found : premodifiedSubject(ctx, k);
    }
    const t = ctx.token(k);
    if (!CARRIER_SKIP.has(n) && !(t && t.kind === 'word' && !t.cap && k >= start - 2)) return emptyList();
  }
  return emptyList();
}

/**
 * Wrap a family so that its verbal triggers get the pre-modified subject above, and (when `require`) are
 * dropped without any actor, except passives, pronoun subjects (in news they refer to a named actor; resolved
 * later) and the `exempt` entries.
 */
export function withSubject(family: Family, require: boolean, exempt: ReadonlySet<string> = new Set()): Family {
  return {
    name: family.name,
    check(ctx, draft) {
      if (draft.actors.length === 0 && draft.voice === 'active') draft.actors = premodifiedSubject(ctx, draft.trigger.tokenStart);
      if (draft.actors.length === 0 && draft.voice === 'nominal') draft.actors = carrierSubject(ctx, draft.trigger.tokenStart);
      if (require && draft.actors.length === 0 && draft.voice !== 'passive' && !draft.subjectPronoun && !exempt.has(draft.entry.id)) return 'needs:actor';
      return family.check?.(ctx, draft) ?? null;
    },
    complete: family.complete,
  };
}

/** A family with no logic of its own. */
export function plainFamily(name: string): Family {
  return { name };
}
