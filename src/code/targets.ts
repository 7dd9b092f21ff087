import { actorLexicon } from '../recognise/actor-lexicon.js';
import { QUALIFIED_PLACE } from './place-qualified.js';
import type { ActorData, Mention } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import { filled } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';
import { AUXILIARIES, AUXILIARIES_AT, BE_FORMS, BE_FORMS_AT, CLAUSE_WORDS, DETERMINERS_BUT_OF, PREPOSITIONS, PREPOSITIONS_AT, SKIPPABLE_ADVERBS_BUT_IN } from './words.js';
import { WordBits } from '../recognise/vocab.js';
import { attackedSubjectVerb } from './under-attack.js';
import { TARGET_NOUNS } from '../recognise/target-nouns.js';

/**
 * Targets that are not actors: an attack done to a building, a site, a vehicle or a named place ("attacked a
 * checkpoint", "airstrikes on two hospitals", "Russian jets bombarded Aleppo", "the embassy was stormed"). Read
 * after places are assigned (a place that is a target stays the event's place too), and only for acts that hit
 * things: killing, wounding or abducting are done to people, and their objects stay actors only.
 */

/** Trigger entries whose object may be a thing or a place. */
const THING_ACTS = new Set([
  'assault.attack', 'assault.strike', 'assault.airstrike', 'assault.shell', 'assault.launch', 'assault.hit', 'assault.shoot',
  'assault.suicide', 'assault.destroy', 'assault.explosion', 'assault.impact',
  // cyber attacks hit things too: "hackers defaced 3,000 Danish web sites" (session 12)
  'restrict.cyber',
]);

/** Explosions: what a device went off at, outside or near is what it hit ("a bomb exploded outside the police station"). */
const BLAST_ACTS = new Set(['assault.explosion']);
/** Blast nouns whose "of" phrase names what blew up ("the explosion of a gas pipeline", "the blast of a car bomb"). */
const SELF_BLASTS = new Set(['explosion', 'explosions', 'blast', 'blasts']);
/** Prepositions of nearness after an explosion verb: a thing there is the target, a settlement or area only the place. */
const NEAR_PREPS_AT = new WordBits(['outside', 'near', 'inside', 'beside', 'behind']);
/** Target nouns that name a settlement or an area: near one of them a blast is placed, not aimed ("near the town"). */
const AREA_NOUNS = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'cities', 'area', 'areas', 'district', 'districts', 'neighbourhood',
  'neighborhood', 'neighbourhoods', 'neighborhoods', 'territory', 'capital', 'homeland', 'settlement', 'settlements', 'camp', 'camps',
]);

export { TARGET_NOUNS } from '../recognise/target-nouns.js';
/** TARGET_NOUNS by vocabulary number: `ctx.is(k, TARGET_NOUNS_AT)` is `TARGET_NOUNS.has(ctx.norm(k))`. */
export const TARGET_NOUNS_AT = new WordBits(TARGET_NOUNS);

/** Prepositions of a nominal attack's target ("airstrikes on", "the bombing of", "attacks against"). */
const TARGET_PREPS = new Set(['on', 'against', 'of', 'targeting', 'upon', 'at']);
const TARGET_PREPS_AT = new WordBits(TARGET_PREPS);
/** The words that end a noun phrase (endsPhrase), one bitmap by vocabulary number instead of five set look-ups. */
const PHRASE_ENDS_AT = new WordBits([...PREPOSITIONS, ...CLAUSE_WORDS, 'and', 'or', "'s", ...BE_FORMS, ...AUXILIARIES]);

/** Words after which a noun phrase goes on ("the base commander", "the hospital director"): the head is not the last word. */
function endsPhrase(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t) return true;
  if (t.kind !== 'word') return true;
  return PHRASE_ENDS_AT.hasToken(t) || ctx.time(k) !== undefined;
}

/** Past forms with no -ed ending that follow a subject: "the checkpoint fled"-style reads end the noun phrase there. */
const IRREGULAR_PASTS_AT = new WordBits([
  'fled', 'left', 'fell', 'went', 'came', 'took', 'said', 'says', 'told', 'stood', 'burnt', 'shook', 'sank', 'broke',
  'caught', 'hit', 'held', 'became', 'remains', 'lay', 'lies', 'was', 'were',
  'drew', 'brought', 'sent', 'made', 'gave', 'began', 'saw', 'led', 'cut', 'shut',
]);

/**
 * A verb right after a target head ends its phrase: "the militants who attacked the checkpoint fled", "the airstrike on
 * the hospital killed 20": a lower-case past form (a word of five letters or more in -ed, not -eed: "the hospital
 * bed", "the seed bank" go on) or a common irregular past; a noun-noun compound ("the base commander") has no such word.
 */
function verbAfterHead(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || t.cap) return false;
  const n = t.norm;
  return (n.length >= 5 && n.endsWith('ed') && !n.endsWith('eed')) || IRREGULAR_PASTS_AT.hasToken(t);
}

/**
 * The thing-target noun phrase starting at `j` (past determiners, numbers, adjectives, names and actor modifiers:
 * "two hospitals", "a U.S. base", "the Ain al-Asad air base"), with a following "of" + place ("the town of Kidal");
 * null when the phrase ends in no target noun within six words.
 */
export function thingAt(ctx: SentenceContext, j: number): { start: number; end: number } | null {
  for (let k = j; k < Math.min(ctx.to, j + 6); k++) {
    const t = ctx.token(k);
    if (!t || ctx.isBoundary(k)) return null;
    // a count ("destroyed 12 pylons") or a hyphen inside a compound ("a fast-food restaurant") goes on
    const prev = ctx.token(k - 1);
    const inside = (t.kind === 'number' && ctx.number(k) !== undefined) || (t.kind === 'dash' && !t.space && k > j) ||
      (k > j + 1 && t.kind === 'word' && !t.space && prev !== undefined && prev.kind === 'dash' && !prev.space);
    if (!inside && endsPhrase(ctx, k)) return null;
    if (t.kind !== 'word' && !ctx.number(k) && !(t.kind === 'dash' && !t.space)) return null;
    if (TARGET_NOUNS_AT.hasToken(t) && (endsPhrase(ctx, k + 1) || verbAfterHead(ctx, k + 1)) && !ctx.place(k)) {
      let end = k + 1;
      // "the town of Kidal", "the city of Aleppo": the place named after "of" belongs to the phrase
      if (ctx.norm(end) === 'of') {
        const p = ctx.place(end + 1);
        if (p && p.tokenStart === end + 1) end = p.tokenEnd;
      }
      return { start: j, end };
    }
    // a word inside the phrase: determiner, number, name, actor or place modifier, lower-case adjective
    // a determiner after a lower-case word opens another phrase: "(a bombing) hit the market", "shocked the town"
    if (DETERMINERS_BUT_OF.hasToken(t) && k > j && ctx.token(k - 1)?.kind === 'word' && !ctx.token(k - 1)?.cap && !DETERMINERS_BUT_OF.hasToken(ctx.token(k - 1)!)) return null;
    if (DETERMINERS_BUT_OF.hasToken(t) || inside) continue;
    if (ctx.number(k) || ctx.actor(k) || ctx.place(k) || ctx.weapon(k) || t.cap) continue;
    if (t.kind === 'word' && !t.norm.endsWith('ly')) continue;
    return null;
  }
  return null;
}

/** A named place starting at `j` past determiners ("Aleppo", "the Gaza Strip"), not inside an actor name. */
function placeAt(ctx: SentenceContext, j: number): Mention<unknown> | null {
  let k = j;
  while (k < j + 2 && ctx.is(k, DETERMINERS_BUT_OF)) k++;
  const p = ctx.place(k);
  return p && p.tokenStart === k ? p : null;
}

/** A target found, its mention not built yet (assignTargets may still refuse it). */
interface Target { tokenStart: number; tokenEnd: number; entry: string; data: Partial<ActorData> }

function target(start: number, end: number, entry: string, data: Partial<ActorData>): Target {
  return { tokenStart: start, tokenEnd: end, entry, data };
}

function targetMention(ctx: SentenceContext, t: Target): Mention<ActorData> {
  const { tokenStart: start, tokenEnd: end, entry, data } = t;
  const [s, e] = ctx.span(start, end);
  const text = ctx.textOf(start, end);
  return {
    start: s, end: e, tokenStart: start, tokenEnd: end, sentence: ctx.sentence, text, entry,
    data: { name: data.name ?? text.toLowerCase(), country: data.country ?? (entry === 'target:thing' ? demonymCountry(ctx, start, end) : null), sector: null, kind: 'generic', backedBy: [], role: null, plural: false, generic: true, alsoPlace: data.alsoPlace ?? false, ref: null },
  };
}

/**
 * A thing owned by a state's people, told by its demonym ("Turkish villages", "Danish web sites", "the Iranian
 * embassy"): the thing's country is the demonym's (else the event place's, events.ts `localise`).
 */
function demonymCountry(ctx: SentenceContext, start: number, end: number): string | null {
  const heads = actorLexicon(false).heads;
  for (let k = start; k < end; k++) {
    const m = heads.matchAt(ctx.tokens, k, false, end);
    const v = m?.values.find((x) => x.data.kind === 'state' && x.data.country !== null);
    if (v) return v.data.country;
  }
  return null;
}

/** The target at token j: a thing phrase, else a named place; null when there is none. */
function targetAt(ctx: SentenceContext, j: number): Target | null {
  const thing = thingAt(ctx, j);
  if (thing) {
    let start = thing.start;
    while (start < thing.end - 1 && (ctx.norm(start) === 'the' || ctx.norm(start) === 'a' || ctx.norm(start) === 'an')) start++;
    return target(start, thing.end, 'target:thing', {});
  }
  let k = j;
  while (k < j + 2 && ctx.is(k, DETERMINERS_BUT_OF)) k++;
  // an actor there is a person or a group, which the role binder already read (or refused)
  if (ctx.actor(k)) return null;
  const p = placeAt(ctx, j) as Mention<{ name: string; country: string | null }> | null;
  // the place must not modify a noun after it: "Aleppo residents" are people, "the Kyiv metro" a thing read above
  if (!p || ctx.actor(p.tokenEnd) || ctx.weapon(p.tokenEnd) || ctx.is(p.tokenEnd, TARGET_NOUNS_AT)) return null;
  return target(p.tokenStart, p.tokenEnd, 'target:place', { name: p.data.name, country: p.data.country, alsoPlace: true });
}

/** Verb particles ("shoot up checkpoints", "blew up a bridge"). */
const PARTICLES_AT = new WordBits(['up', 'down', 'out', 'off']);

/** The first word after the trigger past adverbs and particles ("bombarded heavily"): where a direct object starts. */
function afterAdverbs(ctx: SentenceContext, end: number): number {
  let k = end;
  while (k < end + 3 && (ctx.is(k, SKIPPABLE_ADVERBS_BUT_IN) || ctx.is(k, PARTICLES_AT) || ctx.norm(k).endsWith('ly') && ctx.token(k)?.kind === 'word' && !ctx.token(k)?.cap)) k++;
  return k;
}

/** The subject of a passive trigger that is a thing or place ("the embassy was stormed", "Aleppo was bombarded"). */
function passiveTarget(ctx: SentenceContext, start: number): Target | null {
  let k = start - 1;
  while (k > ctx.from && (ctx.is(k, SKIPPABLE_ADVERBS_BUT_IN) || ctx.is(k, AUXILIARIES_AT) || ctx.norm(k) === 'been' || ctx.norm(k) === 'being')) k--;
  if (!ctx.is(k, BE_FORMS_AT)) return null;
  return targetBefore(ctx, k);
}

/** The thing or place that is the subject of the verb at `k` ("the embassy [was] stormed", "the base [came] under fire"). */
function targetBefore(ctx: SentenceContext, k: number): Target | null {
  // "the base has since come under fire": auxiliaries and adverbs between the subject and the verb
  while (k - 1 > ctx.from && (ctx.is(k - 1, AUXILIARIES_AT) || ctx.is(k - 1, SKIPPABLE_ADVERBS_BUT_IN) || ctx.norm(k - 1) === 'since')) k--;
  const last = k - 1;
  if (last < ctx.from) return null;
  const p = ctx.place(last);
  if (p && p.tokenEnd === last + 1) {
    const g = ctx.norm(p.tokenStart - 1);
    if (ctx.is(p.tokenStart - 1, PREPOSITIONS_AT) || ctx.norm(p.tokenStart - 2) === 'of' && g === 'the') return null;
    const ph = thingBefore(ctx, p.tokenStart, last + 1);
    if (ph) return ph;
    return target(p.tokenStart, p.tokenEnd, 'target:place', { name: (p.data as { name: string }).name, country: (p.data as { country: string | null }).country, alsoPlace: true });
  }
  return thingEndingAt(ctx, last);
}

/** The thing phrase whose head noun is at `last` ("the court offices"), not the object of a preposition. */
function thingEndingAt(ctx: SentenceContext, last: number): Target | null {
  if (last <= ctx.from || !ctx.is(last, TARGET_NOUNS_AT)) return null;
  let s = last;
  while (s > ctx.from && s > last - 5 && !endsPhrase(ctx, s - 1) && !(ctx.norm(s - 1) === 'the' || ctx.norm(s - 1) === 'a' || ctx.norm(s - 1) === 'an')) s--;
  if (ctx.is(s - 1, PREPOSITIONS_AT) && ctx.norm(s - 1) !== 'of') return null;
  return target(s, last + 1, 'target:thing', {});
}

/** "and", "," or ", and" at k: the width of the coordinator, else 0. */
function coordinatorAt(ctx: SentenceContext, k: number): number {
  const n = ctx.norm(k);
  if (n === 'and') return 1;
  if (n === ',') return ctx.norm(k + 1) === 'and' ? 2 : 1;
  return 0;
}

/**
 * Things coordinated with a found thing target, at most three more: after it for an object ("destroyed 12 pylons and
 * two transformers", "bombed the bank, the hotel and the post office"), before it for a subject ("the court offices
 * and the community center were dynamited"). Things only: a place after "and" may as well be where.
 */
function coordinatedThings(ctx: SentenceContext, first: Target, before: boolean): Target[] {
  const out: Target[] = [];
  if (first.entry !== 'target:thing') return out;
  let cur = first;
  while (out.length < 3) {
    let next: Target | null = null;
    if (before) {
      const k = cur.tokenStart - (ctx.norm(cur.tokenStart - 1) === 'the' || ctx.norm(cur.tokenStart - 1) === 'a' ? 2 : 1);
      const w = ctx.norm(k) === 'and' ? (ctx.norm(k - 1) === ',' ? 2 : 1) : ctx.norm(k) === ',' ? 1 : 0;
      if (w > 0) next = thingEndingAt(ctx, k - w);
    } else {
      const w = coordinatorAt(ctx, cur.tokenEnd);
      // not a second verb's object ("dynamited the town hall and burned three buses")
      const v = ctx.token(cur.tokenEnd + w);
      const verb = !v || (v.kind === 'word' && !v.cap && (v.norm.endsWith('ed') || v.norm.endsWith('ing')));
      const thing = w > 0 && !verb ? thingAt(ctx, cur.tokenEnd + w) : null;
      if (thing) {
        let start = thing.start;
        while (start < thing.end - 1 && (ctx.norm(start) === 'the' || ctx.norm(start) === 'a' || ctx.norm(start) === 'an')) start++;
        next = target(start, thing.end, 'target:thing', {});
      }
    }
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** "the town of Kidal was attacked": a target noun with "of" before the place. */
function thingBefore(ctx: SentenceContext, placeStart: number, end: number): Target | null {
  if (ctx.norm(placeStart - 1) !== 'of' || !ctx.is(placeStart - 2, TARGET_NOUNS_AT)) return null;
  let s = placeStart - 2;
  if (ctx.norm(s - 1) === 'the') s--;
  return target(s + (ctx.norm(s) === 'the' ? 1 : 0), end, 'target:thing', {});
}

/** "in front of" at j. */
function frontOf(ctx: SentenceContext, j: number): boolean {
  return ctx.norm(j) === 'in' && ctx.norm(j + 1) === 'front' && ctx.norm(j + 2) === 'of';
}

/** The thing a blast went off near ("outside a police station", "near an army patrol"); not a settlement or area. */
function blastSite(ctx: SentenceContext, j: number): Target | null {
  const thing = thingAt(ctx, j);
  if (!thing) return null;
  for (let k = thing.start; k < thing.end; k++) if (AREA_NOUNS.has(ctx.norm(k))) return null;
  let start = thing.start;
  while (start < thing.end - 1 && (ctx.norm(start) === 'the' || ctx.norm(start) === 'a' || ctx.norm(start) === 'an')) start++;
  return target(start, thing.end, 'target:thing', {});
}

function overlaps(a: { tokenStart: number; tokenEnd: number }, b: { tokenStart: number; tokenEnd: number }): boolean {
  return a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;
}

/** A recipient filler that is a thing or place target, not an actor. */
export function isThingFiller(f: { mention: { entry: string } }): boolean {
  return f.mention.entry.startsWith('target:');
}

/** Give each attack on a thing or place with no recipient its target. */
export function assignTargets(ctx: SentenceContext, drafts: EventDraft[]): void {
  for (const d of drafts) {
    // a country or city named only as where the act was done (QUALIFIED_PLACE) leaves room for the thing attacked;
    // people hit by the act leave room only for a thing the trigger itself governs ("the strike on the hospital
    // killed 12 people": both), read below
    if (!THING_ACTS.has(d.entry.id)) continue;
    const people = d.recipients.some((r) => !r.rule.includes(QUALIFIED_PLACE));
    const end = d.trigger.tokenEnd;
    let m: Target | null = null;
    let rule = '';
    let under = -1;
    if (d.voice === 'passive') {
      if (people) continue;
      m = passiveTarget(ctx, d.trigger.tokenStart);
      rule = 'role:passive-subject-target';
    } else if (d.form === 'verb') {
      // a direct object, or the first phrase after a target preposition ("fired at a convoy", "opened fire on a bus")
      const j = afterAdverbs(ctx, end);
      if (ctx.is(j, TARGET_PREPS_AT) && ctx.norm(j) !== 'of') m = targetAt(ctx, j + 1);
      else if (BLAST_ACTS.has(d.entry.id) && (ctx.is(j, NEAR_PREPS_AT) || frontOf(ctx, j))) m = blastSite(ctx, ctx.norm(j) === 'in' ? j + 3 : j + 1);
      else if (!ctx.is(j, PREPOSITIONS_AT)) m = targetAt(ctx, j);
      rule = 'role:object-target';
    } else if (!people && (under = attackedSubjectVerb(ctx, d.trigger.tokenStart)) >= 0) {
      // "the base came under rocket fire", "the town was under heavy shelling" (under-attack.ts)
      m = targetBefore(ctx, under);
      rule = 'role:under-attack-target';
    } else if (ctx.is(end, TARGET_PREPS_AT) && !(ctx.norm(end) === 'of' && SELF_BLASTS.has(ctx.norm(end - 1)))) {
      // ("the explosion of a gas pipeline": what blew up, not what was hit)
      // "airstrikes on two hospitals", "the bombing of the embassy"
      m = targetAt(ctx, end + 1);
      rule = 'role:nominal-target';
    }
    if (m && !d.actors.some((a) => a.mention.tokenStart <= m!.tokenStart && m!.tokenStart < a.mention.tokenEnd)) {
      const found = [m, ...coordinatedThings(ctx, m, rule === 'role:passive-subject-target' || rule === 'role:under-attack-target')];
      const things = found.filter((t) => !d.actors.some((a) => overlaps(a.mention, t)) && !d.recipients.some((r) => overlaps(r.mention, t)));
      if (things.length === 0) continue;
      const fillers = things.map((t, i) => filled(targetMention(ctx, t), i === 0 ? rule : rule + '+coordinated', 'stated'));
      if (people) {
        // the people the act hit stay first (ACLED's second actor, PLOVER's recipient)
        for (const f of fillers) d.recipients.push(f);
      } else {
        const places = d.recipients;
        d.recipients = fillers;
        for (const p of places) d.recipients.push(p);
      }
    }
  }
}
