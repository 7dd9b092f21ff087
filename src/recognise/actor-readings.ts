import { copyActorData, type ActorData, type ActorReadings, type Doc, type Mention } from '../pipeline/doc.js';
import type { ActorCtx } from './actor-context.js';
import type { GeoContext } from '../resolve/geo-disambiguate.js';

/**
 * Names that dictionary entries of different countries share ("Congress": the U.S. Congress and India's Congress
 * party; "National Guard": the U.S. and the Mexican one; "coalition forces": the Saudi-led and the U.S.-led
 * coalitions). The actor stage reads such a name with its default entry (a state first, else the entry listed first)
 * and notes the mention with every reading (`noteReadings`, only for mentions of entries that share a name: the
 * per-token scan is unchanged). The place stage, once it has built the document's context (place-context.ts: countries
 * named outright or through unambiguous places, demonyms, the other actors), takes the reading whose country the
 * document points to most (`settleReadings`); no evidence, or a tie, keeps the default. A local reading (an entry's
 * `local`: "Congress" → that country's legislature) is taken only when the document gives the default's country no
 * support and names another country outright or through a place.
 */
export const RULE_READING = 'rule:actor.reading-by-country';

/** Mentions whose reading the document's countries decided → the provenance note (rule and country). */
const decided = new WeakMap<Mention<ActorData>, string>();
let anyDecided = false;

/** The reading note of an actor mention the document's countries decided, else null (provenance in to-model.ts). */
export function readingNote(m: Mention<ActorData>): string | null {
  return anyDecided ? decided.get(m) ?? null : null;
}

/** Note a mention of an entry that shares some name ("Congress", "National Guard officers") when it holds the shared name, with the readings, its own first. */
export function noteReadings(doc: Doc, m: Mention<ActorData>, ctx: ActorCtx): void {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const hit = ctx.lex.names.matchAt(ctx.tokens, k, ctx.upper, m.tokenEnd);
    if (!hit) continue;
    for (const v of hit.values) {
      if (v.readings === null) continue;
      const own = v.readings.find((r) => r.id === m.entry || r.id === m.data.ref);
      if (own === undefined) continue;
      const readings = [own];
      for (const r of v.readings) if (r !== own) readings.push(r);
      // "US Congress", "Mexico's National Guard": the state named right before the name decides
      const owner = ownerBefore(ctx, k);
      if (owner !== null) byOwner(doc, m, readings, owner);
      else doc.actorReadings.push({ mention: m, readings });
      return;
    }
  }
}

/** The country of a state name or demonym ending right before token i ("US", "Indian", "Mexico's"), else null. */
function ownerBefore(ctx: ActorCtx, i: number): string | null {
  let end = i;
  // "Mexico's National Guard"
  const s = ctx.tokens[end - 1];
  if (end - 1 > ctx.from && s !== undefined && (s.norm === "'s" || s.norm === '’s')) end--;
  for (let j = Math.max(ctx.from, end - 3); j < end; j++) {
    for (const trie of [ctx.lex.names, ctx.lex.heads]) {
      const hit = trie.matchAt(ctx.tokens, j, ctx.upper, end);
      if (hit === null || hit.tokenEnd !== end) continue;
      for (const v of hit.values) if (v.data.kind === 'state' && v.data.country !== null) return v.data.country;
    }
  }
  return null;
}

/** The reading of the owner's country; else the local reading ("Argentine Congress"), given that country; else the default. */
function byOwner(doc: Doc, m: Mention<ActorData>, readings: ActorReadings['readings'], owner: string): void {
  let to = readings.find((r) => whereOf(r) === owner || r.data.country === owner);
  let local = false;
  if (to === undefined) {
    to = readings.find((r) => r.data.generic);
    local = true;
  }
  if (to === undefined) return;
  if (to !== readings[0]) reread(m, readings[0]!, to);
  if (local && m.data.country === null) m.data.country = owner;
  decided.set(m, `${RULE_READING}(${owner} owner)`);
  anyDecided = true;
  if (doc.trace) doc.explain('actors', RULE_READING, m.sentence, [m.start, m.end], `${m.text} → ${m.data.name} (${owner}, named before it)`);
}

/** Is the mention one whose reading is still open (its default country is no evidence of where the story is)? */
export function readingOpen(doc: Doc, m: Mention<ActorData>): boolean {
  const list = doc.actorReadings;
  for (let i = 0; i < list.length; i++) if (list[i]!.mention === m) return true;
  return false;
}

/** Where a reading acts: an intervention's theatre, else its country. */
function whereOf(r: ActorReadings['readings'][number]): string | null {
  return r.entry.theatre ?? r.data.country;
}

/** How strongly the document points to a country: named outright or through places (twice), armed groups at home, demonyms and actors. */
function support(ctx: GeoContext, c: string | null): number {
  if (c === null) return 0;
  return 2 * (ctx.strong.get(c) ?? 0) + (ctx.home?.get(c) ?? 0) + (ctx.weak.get(c) ?? 0);
}

/**
 * Give each noted mention the reading whose country the document points to most (the default on a tie or without
 * evidence); `vote` then counts the chosen reading's country as the actor loop of place-context.ts counts any actor's.
 */
export function settleReadings(doc: Doc, ctx: GeoContext, vote: (m: Mention<ActorData>) => void): void {
  for (const { mention, readings } of doc.actorReadings) {
    let best = 0;
    let score = -1;
    let where: string | null = null;
    for (let i = 0; i < readings.length; i++) {
      const own = whereOf(readings[i]!);
      // a local reading ("that country's legislature") stands for the best-supported country no other reading has,
      // only in a text that gives the default's country no support at all and names that one outright or by a place
      // (the U.S. Congress is much talked about in stories on other countries: "pressed by Congress to help Iran")
      const c = own ?? (readings[i]!.data.generic && support(ctx, whereOf(readings[0]!)) === 0 ? otherCountry(ctx, readings) : null);
      if (own === null && c !== null && (ctx.strong.get(c) ?? 0) < 1) continue;
      const s = support(ctx, c);
      if (s > score) { best = i; score = s; where = c; }
    }
    if (best !== 0) reread(mention, readings[0]!, readings[best]!);
    if (score > 0) {
      const c = where ?? '-';
      decided.set(mention, `${RULE_READING}(${c})`);
      anyDecided = true;
      if (doc.trace) {
        const others = readings.filter((_, i) => i !== best).map((r) => `${r.id} ${whereOf(r) ?? '-'} ${support(ctx, whereOf(r)).toFixed(1)}`).join(', ');
        doc.explain('actors', RULE_READING, mention.sentence, [mention.start, mention.end], `${mention.text} → ${readings[best]!.data.name} (${c}, support ${score.toFixed(1)}); not ${others}`);
      }
    }
    vote(mention);
  }
}

/** The country with most support in the document that none of the named readings belongs to, or null. */
function otherCountry(ctx: GeoContext, readings: ActorReadings['readings']): string | null {
  let best: string | null = null;
  let score = 0;
  const consider = (c: string): void => {
    if (c === best) return;
    for (const r of readings) if (whereOf(r) === c) return;
    const s = support(ctx, c);
    if (s > score) { best = c; score = s; }
  };
  for (const c of ctx.strong.keys()) consider(c);
  for (const c of ctx.weak.keys()) consider(c);
  if (ctx.home) for (const c of ctx.home.keys()) consider(c);
  return best;
}

/** The mention read with another entry: the fields it took from the default entry take the other's. */
function reread(m: Mention<ActorData>, from: ActorReadings['readings'][number], to: ActorReadings['readings'][number]): void {
  const d = copyActorData(m.data);
  const a = from.data;
  const b = to.data;
  if (d.name === a.name) d.name = b.name;
  if (d.country === a.country) d.country = b.country;
  if (d.sector === a.sector) d.sector = b.sector;
  if (d.kind === a.kind) d.kind = b.kind;
  if (d.backedBy === a.backedBy) d.backedBy = b.backedBy;
  if (d.role === a.role) d.role = b.role;
  if (!d.generic) d.plural = b.plural;
  if (d.alsoPlace === a.alsoPlace) d.alsoPlace = b.alsoPlace;
  if (!d.generic) d.generic = b.generic;
  if (d.ref === from.id) d.ref = to.id;
  m.data = d;
  if (m.entry === from.id) m.entry = to.id;
}
