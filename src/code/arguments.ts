import type { EventDraft } from '../pipeline/draft.js';
import type { Mention, NumberData, PlaceData, TimeData } from '../pipeline/doc.js';
import type { Quantity, QuantityKind } from '../model/quantity.js';
import type { SentenceContext } from './context.js';
import { placeGovernor, locativeOf, reportingBetween, containerOf, qualified, clauseBreakBetween, territorialObject, laterClause, appositiveGovernor, containerBeforeApposition, inSpeakerPhrase } from './place-syntax.js';
import { homeOfPerson } from './place-home.js';
import { LOCATIVE_PREPS } from './words.js';
import { WordBits } from '../recognise/vocab.js';
import { agentCount, personObject } from './victim-person.js';
import { backgroundOf, inBackground, insideRelativeClause, refineStatedDays } from './time-scope.js';
import { ED_ADJECTIVES, alongWith, countAfterObject, ownPredicate } from './coordinated-count.js';

function distance(d: EventDraft, tokenStart: number, tokenEnd: number): number {
  if (tokenEnd <= d.trigger.tokenStart) return d.trigger.tokenStart - tokenEnd;
  if (tokenStart >= d.trigger.tokenEnd) return tokenStart - d.trigger.tokenEnd;
  return 0;
}

function nearest(drafts: EventDraft[], tokenStart: number, tokenEnd: number, prefer?: (d: EventDraft) => boolean): EventDraft | null {
  let best: EventDraft | null = null;
  let bestScore = Infinity;
  for (const d of drafts) {
    const score = distance(d, tokenStart, tokenEnd) + (prefer && !prefer(d) ? 30 : 0);
    if (score < bestScore) { best = d; bestScore = score; }
  }
  return best;
}

/** Comma- and boundary-delimited segment index of every token: a time belongs to the events of its own segment. */
function segments(ctx: SentenceContext): number[] {
  const seg: number[] = [];
  let s = 0;
  for (let k = ctx.from; k < ctx.to; k++) {
    if (ctx.norm(k) === ',' || ctx.isBoundary(k)) s++;
    seg.push(s);
  }
  return seg;
}

function timeScore(d: EventDraft, t: Mention<TimeData>, timeSeg: number, seg: number[], from: number): number {
  return distance(d, t.tokenStart, t.tokenEnd) + ((seg[d.trigger.tokenStart - from] ?? -1) === timeSeg ? 0 : 20);
}

/** A time at the very start of a sentence ("On 2 May, …") scopes over all its events; others go to the nearest trigger of their clause. */
export function assignTimes(ctx: SentenceContext, drafts: EventDraft[]): void {
  if (drafts.length === 0 || ctx.times.length === 0) return;
  // a sentence's only draft is the nearest to each of its times: the segments are read only to compare several
  const seg = drafts.length > 1 ? segments(ctx) : null;
  for (const t of ctx.times) {
    const initial = t.tokenStart - ctx.from <= 2;
    // the nearest drafts, counting a segment boundary between as 20 tokens (plain loops: no closures or arrays per time)
    let best = Infinity;
    const timeSeg = seg === null ? -1 : seg[t.tokenStart - ctx.from] ?? -1;
    // a time in a clause about another happening dates only the events of that clause (src/code/time-scope.ts)
    const background = initial ? null : backgroundOf(ctx, t);
    if (seg !== null) for (const d of drafts) if (!background || inBackground(ctx, background, d, t)) best = Math.min(best, timeScore(d, t, timeSeg, seg, ctx.from));
    for (const d of drafts) {
      if (background && !inBackground(ctx, background, d, t)) {
        if (ctx.doc.trace) ctx.doc.explain('code', `time:background-${background.kind}`, ctx.sentence, [t.start, t.end], `${t.text} not given to "${ctx.tokens[d.trigger.tokenStart]?.text ?? ''}"`);
        continue;
      }
      if (!initial && seg !== null && timeScore(d, t, timeSeg, seg, ctx.from) !== best) continue;
      if (!d.time || distance(d, t.tokenStart, t.tokenEnd) < distance(d, d.time.mention.tokenStart, d.time.mention.tokenEnd)) {
        const rule = initial ? 'time:sentence-initial'
          : background?.kind === 'commemorated' ? 'time:inside-commemorated-phrase'
            : insideRelativeClause(ctx, d, t, background) ? 'time:inside-relative-clause' : 'time:nearest-trigger';
        d.time = { mention: t, rule, how: 'stated' };
      }
    }
  }
  refineStatedDays(ctx, drafts);
}

const PURPOSE_WORDS = new Set(['against', 'over', 'solidarity', 'demand', 'demanding', 'denounce', 'denouncing', 'condemn', 'condemning', 'support', 'oppose', 'opposing', 'awareness']);

function purposeBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PURPOSE_WORDS.has(ctx.norm(k))) return true;
  return false;
}

/** Families whose events happen at a place on the ground. */
const PHYSICAL = new Set(['assault', 'fight', 'protest', 'coerce', 'intercept', 'mobilize', 'retreat', 'aid']);

/** Administrative acts that apply to a territory: easing or imposing restrictions, sanctions, halts. */
const ON_TERRITORY = new Set(['yield', 'restrict', 'sanction', 'halt']);

/**
 * The administrative act on a territory just before the place (none between), other than `d`, keeps the place too.
 * (A function of its own: the rare find of such an act recompiles this, not assignPlaces.)
 */
function placeOnTerritory(own: readonly EventDraft[], d: EventDraft | undefined | null, p: Mention<PlaceData>, rule: string): void {
  const admin = own.find((x) => x !== d && ON_TERRITORY.has(x.family) && x.trigger.tokenEnd <= p.tokenStart && distance(x, p.tokenStart, p.tokenEnd) <= 5 && !own.some((y) => y !== x && y.trigger.tokenStart >= x.trigger.tokenEnd && y.trigger.tokenEnd <= p.tokenStart));
  if (admin && !admin.places.some((q) => q.mention === p)) admin.places.push({ mention: p, rule, how: 'stated' });
}

/** Places governed by a locative preposition (or coordinated with one) go to the nearest event. */
export function assignPlaces(ctx: SentenceContext, drafts: EventDraft[]): void {
  if (drafts.length === 0 || ctx.places.length === 0) return;
  const roleMentions = new Set<number>();
  for (const d of drafts) {
    for (const a of d.actors) roleMentions.add(a.mention.tokenStart);
    for (const a of d.recipients) roleMentions.add(a.mention.tokenStart);
  }
  let previousLocative = -10;
  for (const p of ctx.places) {
    if (roleMentions.has(p.tokenStart)) continue;
    // a container named before the place itself: "the West Bank city of Hebron", "the Baghdad neighbourhood of Al-Bayaa"
    if (containerOf(ctx, p) || containerBeforeApposition(ctx, p)) continue;
    // past determiners and qualifiers: "in northern Iraq", "through downtown Bangkok" (src/code/place-syntax.ts)
    // through a unit noun in apposition: "in the capital Sanaa", "in the Belarus capital Minsk"
    const g = appositiveGovernor(ctx, p.tokenStart);
    const coordinatedWithPrevious = (g.norm === 'and' || g.norm === 'or' || g.norm === ',') && previousLocative >= g.index - 1;
    const locative = (LOCATIVE_PREPS.has(g.norm) && g.norm !== 'from') || g.norm === 'through' || coordinatedWithPrevious;
    // "east of Aleppo", "outskirts of Idlib", "the southern edge of Kabul": a direction or place noun before "of"
    const directional = g.norm === 'of' && locativeOf(ctx, g.index);
    // "Mastumeh: regime warplanes …"; not a name after an indefinite article, which modifies a noun ("A Tampa woman shot …")
    // nor a name before a person noun, which says where people are from ("The Dili students demonstrated")
    const isInitialSite = p.tokenStart - ctx.from <= 1 && !(p.tokenStart > ctx.from && (ctx.norm(p.tokenStart - 1) === 'a' || ctx.norm(p.tokenStart - 1) === 'an')) && !homeOfPerson(ctx, p.tokenEnd);
    // the ground a territorial verb acts on: "captured much of Liberia", "patrolled the Malacca Straits"
    const object = drafts.find((x) => PHYSICAL.has(x.family) && territorialObject(ctx, x.trigger.tokenEnd - 1, p.tokenStart));
    if (object && !locative && !directional) {
      if (!object.places.some((q) => q.mention === p)) object.places.push({ mention: p, rule: 'place:territorial-object', how: 'stated' });
      continue;
    }
    if (!locative && !directional && !isInitialSite) continue;
    // "…, killing 20 people, aid workers in Nairobi said": where the speaker is, not the event
    if (inSpeakerPhrase(ctx, p)) continue;
    previousLocative = p.tokenEnd - 1;
    // a place across reported speech is the speaker's, not the event's ("a spokesman in Washington said troops killed …")
    // nor one of a later coordinated clause with its own finite verb ("captured in X and is now in U.S. custody")
    const own = drafts.filter((x) => !reportingBetween(ctx, p.tokenStart, x.trigger.tokenStart) && !laterClause(ctx, x.trigger.tokenStart, p.tokenStart));
    const d = nearest(own, p.tokenStart, p.tokenEnd, (x) => PHYSICAL.has(x.family));
    // what a protest is against is not where it is: "protested in Kagoshima against Russia's invasion of Ukraine"; a
    // country or region after the purpose is its topic even when no place came before ("a demonstration in Hikari
    // Plaza (Nagoya, Aichi) to oppose the Russian military operation in Ukraine")
    if (d && d.family === 'protest' && p.tokenStart > d.trigger.tokenEnd && (d.places.length > 0 || p.data.precision === 'country' || p.data.precision === 'region') && purposeBetween(ctx, d.trigger.tokenEnd, p.tokenStart)) continue;
    // talks, threats and accusations take a place only when it stands next to their trigger ("held talks in Doha")
    // (an administrative act on a territory reaches past its object: "eased the state of emergency in Lusaka")
    if (d && !PHYSICAL.has(d.family) && distance(d, p.tokenStart, p.tokenEnd) > (ON_TERRITORY.has(d.family) ? 6 : 4) && !isInitialSite) continue;
    const rule = directional ? 'place:directional-of' : coordinatedWithPrevious ? 'place:coordinated' : qualified(ctx, g.index, p.tokenStart) ? 'place:locative-prep-part' : 'place:locative-prep';
    if (d && !d.places.some((q) => q.mention === p)) d.places.push({ mention: p, rule, how: 'stated' });
    // an administrative act on a territory keeps the place after its object even when a nearer physical event took it:
    // "lifted the curfew in Montenegro, where 28 people have been killed", "the curfew imposed in Sudan was shortened"
    placeOnTerritory(own, d, p, rule);
  }
  shareInClause(ctx, drafts);
}

/**
 * An event with no place of its own takes the places of a physical event in its clause: "were killed in an air strike
 * on Sadr City", "were captured during a raid on a house in Dunya Pur" (no comma, clause boundary or reported speech
 * between the two triggers, and none between the trigger and the place).
 */
function shareInClause(ctx: SentenceContext, drafts: EventDraft[]): void {
  // only a physical event with no place takes one, from another draft (places are only added below): otherwise nothing
  // to share, and no segments to compute
  if (drafts.length < 2) return;
  let placeless = false;
  for (const d of drafts) if (d.places.length === 0 && PHYSICAL.has(d.family)) { placeless = true; break; }
  if (!placeless) return;
  const seg = segments(ctx);
  const segOf = (k: number): number => seg[k - ctx.from] ?? -1;
  for (const d of drafts) {
    if (d.places.length > 0 || !PHYSICAL.has(d.family)) continue;
    const s = segOf(d.trigger.tokenStart);
    const host = nearest(drafts.filter((x) => x !== d && x.places.length > 0 && PHYSICAL.has(x.family) && segOf(x.trigger.tokenStart) === s && !reportingBetween(ctx, d.trigger.tokenStart, x.trigger.tokenStart) && !clauseBreakBetween(ctx, d.trigger.tokenStart, x.trigger.tokenStart)), d.trigger.tokenStart, d.trigger.tokenEnd);
    if (!host) continue;
    for (const q of host.places) {
      // the host's own place after it ("killed in an air strike on Sadr City", "an air strike on Sadr City killed …")
      const after = q.mention.tokenStart >= host.trigger.tokenEnd && (host.trigger.tokenStart > d.trigger.tokenStart || q.mention.tokenEnd <= d.trigger.tokenStart);
      if (q.rule === 'place:clause-shared' || segOf(q.mention.tokenStart) !== s || !after) continue;
      // a bare "of" between an earlier host and the event names whose things they are ("warships of Europe … practised assaults")
      const g = placeGovernor(ctx, q.mention.tokenStart);
      if (host.trigger.tokenStart < d.trigger.tokenStart && g.norm === 'of' && !locativeOf(ctx, g.index)) continue;
      d.places.push({ mention: q.mention, rule: 'place:clause-shared', how: 'stated' });
    }
  }
}

const DURATION_UNITS = new Set(['hour', 'day', 'week', 'month', 'year']);

export const CASUALTY_WORDS: ReadonlyMap<string, QuantityKind> = new Map(Object.entries({
  killed: 'killed', kill: 'killed', dead: 'killed', died: 'killed', deaths: 'killed', death: 'killed', fatalities: 'killed', lives: 'killed', killing: 'killed', kills: 'killed', toll: 'killed', bodies: 'killed', massacred: 'killed', executed: 'killed', slain: 'killed', assassinated: 'killed', assassinating: 'killed', murdered: 'killed', murdering: 'killed', beheaded: 'killed',
  wounded: 'injured', injured: 'injured', injuring: 'injured', wounding: 'injured', injuries: 'injured', hurt: 'injured', casualties: 'injured',
  arrested: 'arrested', detained: 'arrested', arresting: 'arrested', detaining: 'arrested', arrests: 'arrested', apprehended: 'arrested',
  abducted: 'kidnapped', kidnapped: 'kidnapped', abducting: 'kidnapped', kidnapping: 'kidnapped', hostages: 'kidnapped',
  displaced: 'displaced', fled: 'displaced', displacing: 'displaced',
} satisfies Record<string, QuantityKind>));

const COUNT_NOUNS: ReadonlyMap<string, { kind: QuantityKind; what: string }> = new Map(Object.entries({
  detainees: { kind: 'detainees', what: 'detainees' }, prisoners: { kind: 'detainees', what: 'prisoners' }, captives: { kind: 'detainees', what: 'captives' },
  protesters: { kind: 'participants', what: 'protesters' }, demonstrators: { kind: 'participants', what: 'demonstrators' }, protestors: { kind: 'participants', what: 'protesters' },
  months: { kind: 'duration', what: 'month' }, month: { kind: 'duration', what: 'month' }, weeks: { kind: 'duration', what: 'week' }, week: { kind: 'duration', what: 'week' },
  days: { kind: 'duration', what: 'day' }, day: { kind: 'duration', what: 'day' }, years: { kind: 'duration', what: 'year' }, year: { kind: 'duration', what: 'year' }, hours: { kind: 'duration', what: 'hour' },
} satisfies Record<string, { kind: QuantityKind; what: string }>));


/** Words that may stand between a number and its casualty word: "2 civilians were killed", "five people dead". */
function isFiller(n: string): boolean {
  return n === 'were' || n === 'was' || n === 'have' || n === 'had' || n === 'been' || n === 'are' || n === 'reportedly' || n === 'others' || n === 'people' || n === 'persons' || n === 'of' || n === 'them' || n === 'more' || n === 'and' || n === 'at' || n === 'least' || n === 'some' || n === 'about' || n === 'around';
}

function quantity(ctx: SentenceContext, n: Mention<NumberData>, kind: QuantityKind, what: string | null, rule: string, unit: string | null = n.data.unit): Quantity {
  return {
    kind,
    value: n.data.value,
    min: n.data.min,
    max: n.data.max,
    approximate: n.data.approximate,
    unit,
    what,
    by: null,
    text: n.text,
    span: [n.start, n.end],
    provenance: { span: [n.start, n.end], rule, how: 'stated' },
  };
}

/** Counted things that are not people: "25 heads of cattle", "shot 20 times", "20 rounds". */
const NOT_PEOPLE = new Set([
  'cattle', 'heads', 'head', 'livestock', 'animals', 'sheep', 'goats', 'camels', 'cows', 'donkeys', 'dogs', 'horses', 'chickens', 'times',
  'rounds', 'shots', 'bullets', 'shells', 'houses', 'homes', 'buildings', 'vehicles', 'cars', 'trucks', 'shops', 'km', 'kilometres',
  'kilometers', 'miles', 'metres', 'meters', 'percent', '%', 'hectares', 'acres', 'tons', 'tonnes', 'minutes', 'seconds',
]);
const NOT_PEOPLE_AT = new WordBits(NOT_PEOPLE);
/** Words after a casualty word that keep it a verb or predicate ("killed in", "killed, and"); any other word makes it attributive ("killed soldiers"). */
const AFTER_PREDICATE = new Set(['in', 'on', 'at', 'by', 'and', 'or', 'when', 'after', 'during', 'while', 'as', 'near', 'including', 'with', 'from', 'overnight', 'today', 'yesterday', 'so', 'since', 'following', 'before', 'inside', 'outside', 'across', 'there', 'instantly', 'immediately', 'later', 'respectively', 'each', 'too', 'as well']);

function countsNonPeople(ctx: SentenceContext, n: Mention<NumberData>): boolean {
  const next = ctx.norm(n.tokenEnd);
  // ages: "an 80-year-old civilian" (read as one number mention, or the number alone)
  if (ctx.norm(n.tokenEnd - 1) === 'old') return true;
  if (next === '-' && (ctx.norm(n.tokenEnd + 1) === 'year' || ctx.norm(n.tokenEnd + 1) === 'years' || ctx.norm(n.tokenEnd + 1) === 'month')) return true;
  for (let k = n.tokenEnd; k < Math.min(ctx.to, n.tokenEnd + 3); k++) if (ctx.is(k, NOT_PEOPLE_AT)) return true;
  return false;
}

/** Casualty nouns: never an adjective of what follows ("1 rebel death was reported", "5 bodies were found"). */
const CASUALTY_NOUNS = new Set(['death', 'deaths', 'fatalities', 'bodies', 'toll', 'lives', 'injuries', 'casualties']);
const POSSESSIVE = new Set(['their', 'his', 'her', 'its', 'the', 'whose']);
/** Words before a casualty participle that make it a predicate ("was killed due to …", "were reportedly killed"). */
const AUXILIARIES = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'reportedly', 'allegedly', 'later', 'also', 'subsequently']);

function attributive(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k + 1);
  if (!t || t.kind !== 'word') return false;
  // "died" is never an adjective: "10 fighters died of their wounds"
  if (ctx.norm(k) === 'died') return false;
  if (AUXILIARIES.has(ctx.norm(k - 1))) return false;
  return !AFTER_PREDICATE.has(t.norm) && !ctx.time(k + 1) && !ctx.number(k + 1) && !ctx.place(k + 1) && !t.norm.endsWith('ly');
}

const APPROX = new Set(['at', 'least', 'about', 'around', 'some', 'nearly', 'approximately', 'over', 'more', 'than']);

/**
 * The casualty kind of a count shortly before "and" in the same clause ("killing 12 soldiers and …", "the killing of
 * 3 X fighters and …"), or null. Scare quotes around a word of the first conjunct do not end it ("one 'General' and").
 */
function coordinatedKind(ctx: SentenceContext, and: number): QuantityKind | null {
  let quotes = 0;
  // "killing at least 4 fighters, and 3 civilians": a comma right before the "and" (callers check the conjunct has no verb of its own)
  const last = ctx.norm(and - 1) === ',' ? and - 2 : and - 1;
  for (let j = last; j >= Math.max(ctx.from, last - 9 - quotes); j--) {
    if (ctx.token(j)?.kind === 'quote' && quotes < 2) { quotes++; continue; }
    // "killing themselves and six soldiers": the plural reflexive object of a kill verb ("himself and …": singleVictim)
    if (j === last && ctx.norm(j) === 'themselves' && CASUALTY_WORDS.get(ctx.norm(j - 1)) === 'killed') return 'killed';
    if (ctx.isBoundary(j) || ctx.norm(j) === ',') return null;
    // "40 soldiers and allied militiamen and 25 rebels": an "and" inside the first conjunct joins nouns, not clauses
    if (ctx.norm(j) === 'and' && !nounConjunct(ctx, j + 1)) return null;
    const m = ctx.number(j);
    if (!m || m.tokenEnd !== j + 1) continue;
    let k = m.tokenStart - 1;
    // "killing 5 at one checkpoint and 7 at the other": a number inside a place phrase is no count of people
    if (PLACE_PREPOSITIONS.has(ctx.norm(k))) { j = m.tokenStart; continue; }
    while (k >= ctx.from && APPROX.has(ctx.norm(k))) k--;
    // "the killing of 3 …", "the deaths of at least 5 …"
    if (ctx.norm(k) === 'of' && CASUALTY_WORDS.has(ctx.norm(k - 1))) k--;
    const kind = CASUALTY_WORDS.get(ctx.norm(k));
    return kind === 'killed' || kind === 'injured' ? kind : null;
  }
  return null;
}

const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'near', 'from']);

/** The word at k after an inner "and" starts a noun (no number, casualty word or verb): "and allied militiamen". */
function nounConjunct(ctx: SentenceContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.kind !== 'word' || ctx.number(k) || CASUALTY_WORDS.has(t.norm)) return false;
  if (t.norm.endsWith('ing')) return false;
  return !t.norm.endsWith('ed') || ED_ADJECTIVES.has(t.norm);
}

/** A predicate casualty word ("were killed") follows before the window ends or the clause does. */
function nextCasualtyVerb(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < Math.min(ctx.to, to); k++) {
    if (ctx.isBoundary(k) || ctx.norm(k) === ',') return false;
    if (CASUALTY_WORDS.get(ctx.norm(k)) && !attributive(ctx, k)) return true;
  }
  return false;
}

const OWN_OBJECT = new Set(['another', 'a', 'an', 'one', 'him', 'her', 'them', 'others', 'other', 'two', 'three']);

/** The "," closing an appositive that starts at k ("including 4 children and 2 women,") within 10 tokens, else -1. */
function appositiveEnd(ctx: SentenceContext, k: number): number {
  for (let j = k; j < Math.min(ctx.to, k + 10); j++) {
    if (ctx.norm(j) === ',') return j;
    if (ctx.isBoundary(j) || CASUALTY_WORDS.has(ctx.norm(j))) return -1;
  }
  return -1;
}

/** The "were"/"was" after an appositive that starts at k, before a casualty word, within 10 tokens; else -1. */
function auxiliaryWithin(ctx: SentenceContext, k: number): number {
  for (let j = k; j < Math.min(ctx.to, k + 10); j++) {
    const w = ctx.norm(j);
    if (w === 'were' || w === 'was') return j;
    if (ctx.isBoundary(j) || w === ',' || CASUALTY_WORDS.has(w)) return -1;
  }
  return -1;
}

/** A number mention ends within the three words before the comma at `comma` ("Fourteen people, including …"). */
function countEndsNear(ctx: SentenceContext, comma: number): boolean {
  for (let j = comma - 1; j >= Math.max(ctx.from, comma - 3); j--) {
    const m = ctx.number(j);
    if (m && m.tokenEnd === j + 1 && !m.data.ordinal && !m.data.unit) return true;
  }
  return false;
}

/** The ")" closing the "(" at k within 8 tokens, else -1. */
function closingParen(ctx: SentenceContext, k: number): number {
  for (let j = k + 1; j < Math.min(ctx.to, k + 9); j++) {
    const w = ctx.norm(j);
    if (w === ')') return j;
    if (w === '(' || CASUALTY_WORDS.has(w)) return -1;
  }
  return -1;
}

/** "killed and wounded", "dead or injured" at k: a pair that counts the dead and the injured together. */
function killedOrInjured(ctx: SentenceContext, k: number): boolean {
  const join = ctx.norm(k + 1);
  if (!(join === 'and' || join === 'or' || join === '/') || CASUALTY_WORDS.get(ctx.norm(k + 2)) !== 'injured') return false;
  // "one person was killed and injured another": the second verb has its own object
  return !ctx.number(k + 3) && !OWN_OBJECT.has(ctx.norm(k + 3));
}

/**
 * 1 when the number stands in scare quotes of its own (killing "dozens" of fighters, "Scores" were killed): the
 * quotes mark the source's word, not a clause boundary, so the readers look past them; else 0.
 */
function quoted(ctx: SentenceContext, n: Mention<NumberData>): number {
  return ctx.token(n.tokenStart - 1)?.kind === 'quote' && ctx.token(n.tokenEnd)?.kind === 'quote' ? 1 : 0;
}

/** What a number counts, from the words around it (also read by src/resolve/fatalities.ts for counts no event kept). */
export function readNumber(ctx: SentenceContext, n: Mention<NumberData>): Quantity | null {
  if (n.data.ordinal) return null;
  if (n.data.unit === 'USD' || n.data.unit === 'EUR' || n.data.unit === 'GBP') return quantity(ctx, n, 'money', 'money', 'quantity:money');
  if (n.data.unit && DURATION_UNITS.has(n.data.unit)) return quantity(ctx, n, 'duration', n.data.unit, 'quantity:duration');
  if (ctx.weapon(n.tokenEnd) || ctx.weapon(n.tokenEnd + 1) && !ctx.number(n.tokenEnd)) return null; // counted by the weapon
  if (countsNonPeople(ctx, n)) return null;
  // casualty word right before the number wins: "killing two troops and injuring three others"
  const start = n.tokenStart - quoted(ctx, n);
  for (let k = start - 1; k >= Math.max(ctx.from, start - 3); k--) {
    const norm = ctx.norm(k);
    const kind = CASUALTY_WORDS.get(norm);
    if (kind) return quantity(ctx, n, kind, ctx.norm(n.tokenEnd) || null, 'quantity:casualty-then-number');
    if (!(norm === 'at' || norm === 'least' || norm === 'about' || norm === 'around' || norm === 'some' || norm === 'nearly' || norm === 'approximately' || norm === 'over' || norm === 'more' || norm === 'than' || norm === 'between' || norm === 'all')) break;
  }
  return countedAfter(ctx, n);
}

/*
 * readNumber in three functions, each compiled on its own: a branch first met late in the run ("insufficient type
 * feedback") throws away the optimised code of the function it is in, and the whole reader was one of the longest
 * recompilations of the first pass (docs/PERFORMANCE.md, session 5).
 */

/** readNumber, the words after the number (then countedBefore). */
function countedAfter(ctx: SentenceContext, n: Mention<NumberData>): Quantity | null {
  // "Fourteen people, including five soldiers were killed": the count inside the appositive is part of the one before
  if (ctx.norm(n.tokenStart - 1) === 'including' && ctx.norm(n.tokenStart - 2) === ',' && countEndsNear(ctx, n.tokenStart - 2)) return null;
  // number → … → casualty word ("2 civilians were killed", "3 dead", "Five clan members from X and four from Y were killed")
  let head: string | null = null;
  let andOne = -1;
  const end = n.tokenEnd + quoted(ctx, n);
  for (let k = end; k < Math.min(ctx.to, end + 18); k++) {
    // a parenthesised aside in the subject: "two militants (suspected TTP) were killed"
    if (ctx.norm(k) === '(') {
      const close = closingParen(ctx, k);
      if (close < 0) break;
      k = close;
      continue;
    }
    const norm = ctx.norm(k);
    const kind = CASUALTY_WORDS.get(norm);
    // "1 rebel death was reported", "12 bodies were found": a casualty noun right after the count (not "their bodies")
    if (CASUALTY_NOUNS.has(norm) && kind === 'killed' && k - end <= 2 && !POSSESSIVE.has(ctx.norm(k - 1))) {
      return killedOrInjured(ctx, k) ? quantity(ctx, n, 'injured', head, 'quantity:killed-or-injured') : quantity(ctx, n, kind, head, 'quantity:number-then-casualty');
    }
    // "5 dead bodies were found": the adjective counts the dead
    // "two shot dead men were found", "3 dead soldiers": attributive "dead" counts the dead too
    if (kind === 'killed' && (ctx.norm(k + 1) === 'bodies' || ctx.norm(k + 1) === 'body' || (norm === 'dead' && attributive(ctx, k)))) return quantity(ctx, n, kind, head, 'quantity:number-then-casualty');
    // "brigade 56 … killing 1 fighter": a casualty word with its own number counts that one
    if (kind && ctx.number(k + 1)) break;
    if (kind && !attributive(ctx, k)) {
      // "17 soldiers were killed or wounded": one count of both (src/resolve/fatality-vague.ts), not of the dead
      if (kind === 'killed' && killedOrInjured(ctx, k)) return quantity(ctx, n, 'injured', head, 'quantity:killed-or-injured');
      // "Two police officers and a civilian were killed": one more person joined to the counted subject
      if (kind === 'killed' && andOne >= 0 && (ctx.norm(k - 1) === 'were' || ctx.norm(k - 2) === 'were')) {
        const q = quantity(ctx, n, kind, head, 'quantity:count-and-one');
        q.value = (n.data.value ?? 0) + 1;
        q.min = n.data.min === null ? null : n.data.min + 1;
        return q;
      }
      return quantity(ctx, n, kind, head, 'quantity:number-then-casualty');
    }
    // an attributive casualty word is an adjective of the victims ("14 displaced civilians were killed")
    if (kind && (kind === 'killed' || !nextCasualtyVerb(ctx, k + 1, end + 10))) break;
    const count = COUNT_NOUNS.get(norm);
    // "Eight protesters were shot dead": the people counted are the dead, not the crowd
    if (count && k <= end + 2 && !(count.kind !== 'duration' && nextCasualtyVerb(ctx, k + 1, end + 10))) return quantity(ctx, n, count.kind, count.what, 'quantity:count-noun', count.kind === 'duration' ? count.what : n.data.unit);
    // an appositive of the victims: "8 civilians, including 4 children, were killed"
    if (norm === ',' && ctx.norm(k + 1) === 'including') {
      const close = appositiveEnd(ctx, k + 2);
      if (close > 0) { k = close; continue; }
      // with no closing comma: "Fourteen people, including five soldiers were killed" (the auxiliary ends the appositive)
      const aux = auxiliaryWithin(ctx, k + 2);
      if (aux > 0) { k = aux - 1; continue; }
    }
    if (ctx.isBoundary(k) || norm === ',') break;
    // "… and a civilian": one person coordinated with the count (not "and a number of …")
    if (norm === 'and' && (ctx.norm(k + 1) === 'a' || ctx.norm(k + 1) === 'an') && !VAGUE_A.has(ctx.norm(k + 2)) && !ctx.number(k + 1)) andOne = k;
    const t = ctx.token(k);
    // another verb ends the subject: "5 soldiers stormed the village and 2 were killed"
    // (not a name, "3 soldiers of the 25th Armoured Division", nor an adjective after a preposition or determiner, "loyal to exiled President X")
    if (t?.kind === 'word' && norm.endsWith('ed') && !ED_ADJECTIVES.has(norm) && !t.cap && !BEFORE_ADJECTIVE.has(ctx.norm(k - 1))) break;
    if (!isFiller(norm) && t?.kind === 'word' && head === null) head = norm;
  }
  return countedBefore(ctx, n, head);
}

/** Person heads of a counted subject whose members may kill themselves ("two attackers", "three militants"). */
const SUBJECT_PEOPLE = new Set(['attackers', 'bombers', 'militants', 'gunmen', 'assailants', 'fighters', 'men', 'members', 'insurgents', 'rebels', 'jihadists']);

/** The count of the clause's subject before the kill verb at `verb` ("Two suspected attackers detonated …"), else null. */
function subjectCount(ctx: SentenceContext, verb: number): number | null {
  for (const x of ctx.numbers) {
    if (x.tokenStart < Math.max(ctx.from, verb - 40) || x.tokenEnd > verb || x.data.ordinal || x.data.unit || x.data.approximate) continue;
    for (let k = x.tokenEnd; k < Math.min(verb, x.tokenEnd + 5); k++) {
      if (SUBJECT_PEOPLE.has(ctx.norm(k))) return x.data.value;
      if (ctx.isBoundary(k) || ctx.norm(k) === ',') break;
    }
  }
  return null;
}

/** "was"/"were"/"are"/"is" within the four words after the count: the conjunct is a clause of its own. */
function auxiliaryAfter(ctx: SentenceContext, n: Mention<NumberData>): boolean {
  for (let k = n.tokenEnd; k < Math.min(ctx.to, n.tokenEnd + 4); k++) {
    const w = ctx.norm(k);
    if (w === 'were' || w === 'was' || w === 'are' || w === 'is') return true;
    if (ctx.isBoundary(k) || w === ',') return false;
  }
  return false;
}

/** The token of "along"/"together" when "along with" (then approximation words) stands right before `start`, else -1. */
function alongWithBefore(ctx: SentenceContext, start: number): number {
  let k = start - 1;
  while (k > ctx.from && APPROX.has(ctx.norm(k))) k--;
  if (ctx.norm(k) !== 'with') return -1;
  const w = ctx.norm(k - 1);
  return w === 'along' || w === 'together' ? k - 1 : -1;
}

/** readNumber, the words before the number, `head` the noun found after it. */
function countedBefore(ctx: SentenceContext, n: Mention<NumberData>, head: string | null): Quantity | null {
  // "killing at least 74 regime forces and 59 IS fighters": a count coordinated with a casualty count
  const start = n.tokenStart - quoted(ctx, n);
  if (ctx.norm(start - 1) === 'and') {
    const kind = coordinatedKind(ctx, start - 1);
    // "killing 5 soldiers and 2 captured": a conjunct with its own participle tells another outcome
    // ("killing 4 fighters, and 3 civilians were wounded": after a comma, an auxiliary too)
    if (kind && !ownPredicate(ctx, n) && !(ctx.norm(start - 2) === ',' && auxiliaryAfter(ctx, n))) {
      // "two attackers …, killing themselves and five soldiers": the attackers counted in the subject die too
      const selves = ctx.norm(start - 2) === 'themselves' ? subjectCount(ctx, start - 3) : null;
      if (selves) {
        const q = quantity(ctx, n, kind, head, 'quantity:themselves-and-count');
        const v = (n.data.min ?? n.data.value ?? 0) + selves;
        // (set on the fresh object: a spread copy gets a hidden class of its own, on which the quantities' readers deoptimised)
        q.value = v;
        q.min = n.data.min === null ? null : v;
        return q;
      }
      return quantity(ctx, n, kind, head, 'quantity:coordinated-count');
    }
  }
  // "four soldiers were killed along with seven rebels": the companions of counted dead are dead too ("X was killed along
  // with two others" is one victim and a count, read by singleVictim)
  const withAt = alongWithBefore(ctx, start);
  if (withAt >= 0 && !ownPredicate(ctx, n) && CASUALTY_WORDS.get(ctx.norm(withAt - 1)) === 'killed') {
    const aux = AUXILIARIES.has(ctx.norm(withAt - 2)) && ctx.norm(withAt - 2) !== 'were' ? ctx.norm(withAt - 3) : ctx.norm(withAt - 2);
    if (aux === 'were') return quantity(ctx, n, 'killed', head, 'quantity:along-with');
  }
  // casualty word → number ("killing 2 civilians", "killed at least 4", "death toll rose to 10")
  for (let k = start - 1; k >= Math.max(ctx.from, start - 5); k--) {
    const norm = ctx.norm(k);
    const kind = CASUALTY_WORDS.get(norm);
    if (kind) return quantity(ctx, n, kind, head, 'quantity:casualty-then-number');
    if (ctx.isBoundary(k) || norm === ',') break;
    // "3 fishermen were killed and three rescued": a casualty word before "and" closes its own clause
    if (norm === 'and' && CASUALTY_WORDS.get(ctx.norm(k - 1))) break;
    if (!(isFiller(norm) || norm === 'to' || norm === 'rose' || norm === 'risen' || norm === 'reached' || norm === 'an' || norm === 'estimated')) break;
  }
  return null;
}

const KILL_VERBS = new Set(['killed', 'killing', 'death', 'assassination', 'shot dead', 'murdered', 'assassinated', 'beheaded', 'executed', 'lynched', 'slain', 'gunned down', 'stabbed to death', 'beaten to death', 'died', 'found dead', 'strangled', 'hacked to death', 'burned to death', 'burnt to death', 'stoned to death', 'tortured to death']);
/** Words that begin a multi-word KILL_VERBS entry: only after them can two words together be one. */
const KILL_VERB_STARTS = new Set([...KILL_VERBS].flatMap((v) => [...v].flatMap((c, i) => (c === ' ' ? [v.slice(0, i)] : []))));
/**
 * The words singleVictim reads further: "body", a one-word kill verb, or the first word of a longer one. Any other
 * token fails all three tests, so one bitmap read skips it (the scan runs over most tokens of every sentence with a draft).
 */
/** Verbs whose object dies when "to death" follows it: "stoned a man to death", "beat the guard to death". */
const TO_DEATH_VERBS = new Set(['stoned', 'beat', 'beaten', 'hacked', 'stabbed', 'burned', 'burnt', 'tortured', 'clubbed', 'bludgeoned']);
const SINGLE_VICTIM_WORDS = new WordBits(['body', 'dead', ...KILL_VERB_STARTS, ...[...KILL_VERBS].filter((v) => !v.includes(' ')), ...TO_DEATH_VERBS]);
const SINGULAR_DET = new Set(['a', 'an', 'one', 'another']);
/** "a number of", "a few", "a couple of": plural quantities that start with "a". */
const VAGUE_A = new Set(['number', 'few', 'couple', 'dozen', 'handful', 'total', 'series', 'group']);
/** Words before "the killing of"/"the death of" that make it the background of another event. */
const BACKGROUND = new Set(['of', 'for', 'after', 'against', 'over', 'witnessed', 'following', 'since', 'about', 'denounce', 'denouncing', 'condemn', 'condemning', 'protest', 'protesting', 'mourn', 'mourning', 'investigate', 'investigating', 'into', 'before']);

/** Singular-looking heads that name several people ("killed the people"). */
const PLURAL_HEADS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'militia', 'military', 'crew', 'family', 'villagers', 'troops']);

/** "killed the commander of …", "killed the traditional ruler": a definite singular object. */
function definiteSingular(ctx: SentenceContext, at: number): boolean {
  if (ctx.norm(at) !== 'the') return false;
  for (let j = at + 1; j < Math.min(ctx.to, at + 4); j++) {
    const t = ctx.token(j);
    if (!t || t.kind !== 'word' || ctx.number(j)) return false;
    const w = t.norm;
    if (PLURAL_HEADS.has(w) || w.endsWith('s')) return false;
    const next = ctx.norm(j + 1);
    // the head noun: the word before "of", a preposition, a comma or the end
    if (next === 'of' || next === ',' || next === '.' || next === '(' || next === 'in' || next === 'at' || next === 'on' || next === 'and' || next === 'near' || next === 'who' || next === '') return true;
  }
  return false;
}

/** Numbers that count other people than the victim: ages, ordinals ("4th Armored Division"), and counts of another kind. */
function countsVictims(ctx: SentenceContext, x: Mention<NumberData>): boolean {
  if (x.data.ordinal || countsNonPeople(ctx, x) || agentCount(ctx, x)) return false;
  const q = readNumber(ctx, x);
  return q === null || q.kind === 'killed';
}

/** A number within 4 tokens of k (and after `after`) counts victims. (Plain loops: a closure over the caller's k would cost a context per token.) */
function victimsCountedNear(ctx: SentenceContext, k: number, after = -1): boolean {
  for (const x of ctx.numbers) if (x.tokenStart > after && Math.abs(x.tokenStart - k) <= 4 && countsVictims(ctx, x)) return true;
  return false;
}

/** A "1" before k that counts one killed. */
function oneKilledBefore(ctx: SentenceContext, k: number): boolean {
  for (const x of ctx.numbers) if (x.tokenStart < k && x.data.value === 1 && readNumber(ctx, x)?.kind === 'killed') return true;
  return false;
}

/** Words after which an -ed word is an adjective: "loyal to exiled President X", "the retired general". */
const BEFORE_ADJECTIVE = new Set(['to', 'of', 'from', 'with', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
const REFLEXIVE_OR_OBJECT = new Set(['him', 'her', 'himself', 'herself']);
/** Person nouns after "a … dead": "a dead man was found". */
const DEAD_PERSON = new Set(['man', 'woman', 'person', 'boy', 'girl', 'child', 'body', 'youth', 'teenager', 'soldier', 'policeman', 'civilian', 'farmer', 'fighter']);

/** "dead" at k: "a dead man … was found", "a burned dead woman was found" (one or two words after the article). */
function deadFound(ctx: SentenceContext, k: number): boolean {
  if (!DEAD_PERSON.has(ctx.norm(k + 1))) return false;
  const a = ctx.norm(k - 1) === 'a' ? k - 1 : ctx.norm(k - 2) === 'a' ? k - 2 : ctx.norm(k - 3) === 'a' ? k - 3 : -1;
  return a >= 0 && bodyFound(ctx, k + 1);
}

const FOUND = new Set(['found', 'discovered', 'recovered', 'retrieved', 'dumped', 'located', 'exhumed']);

/** "body" at k is a dead person's, found in this clause: "the body of a man was found", "his body was discovered". */
function bodyFound(ctx: SentenceContext, k: number): boolean {
  const prev = ctx.norm(k - 1);
  // "a body armour", "the governing body": only a body of someone, or one that is found
  if (ctx.norm(k + 1) === 'armour' || ctx.norm(k + 1) === 'armor' || prev === 'governing' || prev === 'student') return false;
  for (let j = k + 1; j < Math.min(ctx.to, k + 14); j++) {
    if (ctx.isBoundary(j)) return false;
    if (FOUND.has(ctx.norm(j))) return true;
  }
  return false;
}

/** Words that open one person's noun phrase in a coordination ("a man and his son", "he and his brother"). */
const CONJ_DET = new Set(['a', 'an', 'another', 'his', 'her', 'he', 'she']);
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const FINITE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);

/** "a man and a child were killed", "a soldier, a policeman and a civilian were shot dead": one person per conjunct before "were". */
function conjunctsBefore(ctx: SentenceContext, were: number): number {
  let count = 0;
  let len = 0;
  let j = were - 1;
  // after a comma the list may already have begun ("On 16 March, a soldier and a militant were killed")
  let comma = false;
  while (j >= ctx.from) {
    const w = ctx.norm(j);
    if (CONJ_DET.has(w)) {
      count++;
      len = 0;
      const before = ctx.norm(j - 1);
      if (before === 'and' || before === ',') {
        comma = before === ',' && ctx.norm(j - 2) !== 'and';
        j -= ctx.norm(j - 2) === ',' && before === 'and' ? 3 : 2;
        continue;
      }
      break;
    }
    if (w === 'and' || w === ',' || ctx.isBoundary(j) || ctx.number(j) || ctx.time(j) || ++len > 5) return comma && count >= 2 ? count : 0;
    j--;
  }
  return count >= 2 ? count : 0;
}

/** "killing a senior engineer and a member of the naval force", "killed her and her husband": one person per conjunct after the verb. */
function conjunctsAfter(ctx: SentenceContext, start: number): number {
  if (!CONJ_DET.has(ctx.norm(start)) && !OBJECT_PRONOUNS.has(ctx.norm(start))) return 0;
  let count = 1;
  let len = 0;
  for (let j = start + 1; j < ctx.to; j++) {
    const w = ctx.norm(j);
    if (w === 'and' && (CONJ_DET.has(ctx.norm(j + 1)) || ctx.norm(j + 1) === 'her') && !ctx.number(j + 1)) {
      // "killed a man and a woman was injured": the second phrase is a new subject
      let subject = false;
      for (let m = j + 2; m < Math.min(ctx.to, j + 7); m++) if (FINITE.has(ctx.norm(m))) { subject = true; break; }
      if (subject) break;
      count++;
      len = 0;
      j++;
      continue;
    }
    if (ctx.isBoundary(j) || w === ',' || w === 'and' || ++len > 8) break;
  }
  return count >= 2 ? count : 0;
}

/** `phrase.split(' ').length` (one more than its spaces), without the array. */
export function wordCount(phrase: string): number {
  let n = 1;
  for (let i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * One victim without a number: "a man was killed", "a civilian was shot dead", "killed a local official",
 * "assassinated commander X". Singular agreement ("was") or an indefinite article names one person.
 */
export function singleVictim(ctx: SentenceContext): Quantity | null {
  const tokens = ctx.tokens;
  for (let k = ctx.from; k < ctx.to; k++) {
    if (!SINGLE_VICTIM_WORDS.hasToken(tokens[k]!)) continue;
    const q = victimAt(ctx, k);
    if (q !== undefined) return q;
  }
  return null;
}

/**
 * singleVictim at token k: the quantity, null when the scan stops without one, undefined to read on. A function of
 * its own: the scan runs over most tokens of every sentence with a draft, and a rare branch first met late in a run
 * then recompiles this part only (docs/PERFORMANCE.md, session 5).
 */
function victimAt(ctx: SentenceContext, k: number): Quantity | null | undefined {
  const norm = ctx.norm(k);
  // "the body of a fighter was found", "a decomposing body was discovered": one dead
  if (norm === 'body' && bodyFound(ctx, k) && !victimsCountedNear(ctx, k)) {
    const span = ctx.span(k, k + 1);
    return { kind: 'killed', value: 1, min: null, max: null, approximate: false, unit: null, what: null, by: null, text: ctx.textOf(k, k + 1), span, provenance: { span, rule: 'quantity:body-found', how: 'inferred' } };
  }
  // "a handcuffed dead man was found": one dead, like a body
  if (norm === 'dead' && deadFound(ctx, k) && !victimsCountedNear(ctx, k)) {
    const span = ctx.span(k, k + 2);
    return { kind: 'killed', value: 1, min: null, max: null, approximate: false, unit: null, what: null, by: null, text: ctx.textOf(k, k + 2), span, provenance: { span, rule: 'quantity:dead-found', how: 'inferred' } };
  }
  const two = KILL_VERB_STARTS.has(norm) ? norm + ' ' + ctx.norm(k + 1) : '';
  const verb = KILL_VERBS.has(two) ? two : KILL_VERBS.has(norm) ? norm : TO_DEATH_VERBS.has(norm) && toDeathAfter(ctx, k + 2) ? norm : null;
  if (!verb) return undefined;
  const prev = ctx.norm(k - 1);
  const prev2 = ctx.norm(k - 2);
  // "suspected of killing a driver", "arrested for killing …": a past deed, not this event's victim
  if (verb === 'killing' && (prev === 'of' || prev === 'for' || prev === 'after')) return undefined;
  // "protested against the death of a man", "after the killing of a woman": what the event is about
  // ("claimed responsibility for the killing of …" tells the deed itself)
  if ((verb === 'killing' || verb === 'death' || verb === 'assassination') && BACKGROUND.has(prev === 'the' ? prev2 : prev) && !responsibilityFor(ctx, prev === 'the' ? k - 2 : k - 1)) return undefined;
  // passive/intransitive singular: "was killed", "was shot dead", "was found dead", "died" after "a man"
  let one = prev === 'was' || prev2 === 'was' && (prev === 'reportedly' || prev === 'allegedly' || prev === 'later' || prev === 'reported' || prev === 'confirmed');
  // "he died", "where she died"
  if (!one && (prev === 'he' || prev === 'she')) one = true;
  // "was shot at least four times and killed", "was dragged out …, shot, and killed"
  if (!one && (prev === 'and' || prev === ',')) {
    for (let j = k - 2; j >= Math.max(ctx.from, k - 14); j--) {
      const w = ctx.norm(j);
      if (w === 'was') { one = true; break; }
      if (w === 'were' || ctx.isBoundary(j)) break;
    }
  }
  if (!one && verb === 'died') {
    // "a man … died", not "three civilians including a child died"
    for (let j = k - 1; j >= Math.max(ctx.from, k - 7); j--) if (SINGULAR_DET.has(ctx.norm(j))) { one = ctx.norm(j - 1) !== 'including'; break; }
    // "The victim died", "the other later died": a singular noun phrase with "the"
    const head = ctx.norm(k - 1) === 'later' || ctx.norm(k - 1) === 'also' ? k - 2 : k - 1;
    const h = ctx.norm(head);
    if (!one && (ctx.norm(head - 1) === 'the' || h === 'other') && h.length > 2 && !h.endsWith('s') && ctx.token(head)?.kind === 'word') one = true;
  }
  // active with a singular object: "killed a civilian", "killed one person"
  // the verb's words (one, or two as in "shot dead"): counted without the array `split` would make at every reading
  const objectStart = k + wordCount(verb);
  // "killing a number of civilians", "killed a few fighters": a vague plural, not one victim
  if (ctx.norm(objectStart) === 'a' && VAGUE_A.has(ctx.norm(objectStart + 1))) return undefined;
  // the object is one person: "killed a civilian", "killed him", "killed the commander of …", "killed commander X"
  let object = false;
  if (!one && SINGULAR_DET.has(ctx.norm(objectStart)) && !ctx.number(objectStart)) object = true;
  if (!one && !object && REFLEXIVE_OR_OBJECT.has(ctx.norm(objectStart))) object = true;
  if (!one && !object && definiteSingular(ctx, objectStart + (ctx.norm(objectStart) === 'of' ? 1 : 0))) object = true;
  // "killed Mohammad al X, a member of …", "assassinated commander Y": one named person (src/code/victim-person.ts)
  if (!one && !object && verb !== 'died' && verb !== 'death' && verb !== 'found dead' && personObject(ctx, objectStart)) object = true;
  if (object) one = true;
  // "shot dead civilian man": a bare singular person noun as the object (terse reports drop the article)
  // (not an attributive kill word: "the slain farmer leader")
  if (!one && !object && verb !== 'died' && verb !== 'death' && !POSSESSIVE.has(prev) && prev !== 'a' && prev !== 'an' && bareSingularPerson(ctx, objectStart)) { object = true; one = true; }
  // "resulting in a civilian death", "which led to his immediate death": one death told by its determiner
  if (!one && verb === 'death' && singularDeath(ctx, k)) one = true;
  // "resulting in the death of a civilian", "the killing of a member"
  if (!one && ctx.norm(objectStart) === 'of' && SINGULAR_DET.has(ctx.norm(objectStart + 1)) && !ctx.number(objectStart + 1)) one = true;
  // several people named one by one: "a man and a child were shot dead", "killing a commander and his deputy"
  const wereAt = prev === 'were' ? k - 1 : prev2 === 'were' && (prev === 'reportedly' || prev === 'allegedly' || prev === 'later' || prev === 'both') ? k - 2 : -1;
  let many = wereAt >= 0 ? conjunctsBefore(ctx, wereAt) : conjunctsAfter(ctx, objectStart);
  // "both were killed", "killing both"
  if (!many && ((wereAt >= 0 && ctx.norm(wereAt - 1) === 'both') || ctx.norm(objectStart) === 'both')) many = 2;
  if (many) one = true;
  if (!one) return undefined;
  // "killed commander X and three troops": the person and a count, both objects of the verb (src/code/coordinated-count.ts)
  // "X was killed along with two others": the one and the others
  const more = many ? null : object && verb !== 'died' && verb !== 'found dead' ? countAfterObject(ctx, objectStart) : alongWith(ctx, objectStart);
  if (more && !more.data.approximate && readNumber(ctx, more) === null) {
    const value = 1 + (more.data.min ?? more.data.value ?? 0);
    const span = ctx.span(k, more.tokenEnd);
    return { kind: 'killed', value, min: null, max: null, approximate: false, unit: null, what: null, by: null, text: ctx.textOf(k, more.tokenEnd), span, provenance: { span, rule: 'quantity:victim-and-count', how: 'inferred' } };
  }
  // a number before an active verb with its own object counts the killers: "three gunmen killed a judge"
  if (victimsCountedNear(ctx, k, object ? k : -1)) return null;
  // "1 Taliban commander was shot and killed": the number already counts the victim
  if (oneKilledBefore(ctx, k)) return null;
  const span = ctx.span(k, objectStart);
  if (many) return { kind: 'killed', value: many, min: null, max: null, approximate: false, unit: null, what: null, by: null, text: ctx.textOf(k, objectStart), span, provenance: { span, rule: 'quantity:victims-one-by-one', how: 'inferred' } };
  return { kind: 'killed', value: 1, min: null, max: null, approximate: false, unit: null, what: null, by: null, text: ctx.textOf(k, objectStart), span, provenance: { span, rule: 'quantity:single-victim', how: 'inferred' } };
}

/** "to death" within the four tokens from k, in the same clause: the object of "stoned a man to death" between. */
function toDeathAfter(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.to - 1, k + 4); j++) {
    if (ctx.isBoundary(j) || ctx.norm(j) === ',') return false;
    if (ctx.norm(j) === 'to' && ctx.norm(j + 1) === 'death') return true;
  }
  return false;
}

/** "responsibility for" ends at k ("claimed responsibility for the killing of …"). */
function responsibilityFor(ctx: SentenceContext, k: number): boolean {
  return ctx.norm(k) === 'for' && ctx.norm(k - 1) === 'responsibility';
}

/** Person nouns that may stand bare after a kill verb: "shot dead civilian man". */
const BARE_PERSON = new Set(['man', 'woman', 'boy', 'girl', 'civilian', 'soldier', 'policeman', 'farmer', 'shepherd', 'trader', 'driver']);
/** Adjectives of a bare person noun. */
const BARE_ADJECTIVE = new Set(['civilian', 'young', 'old', 'elderly', 'local', 'unarmed', 'unidentified', 'unknown']);

/** The object at k is a bare singular person noun, one adjective at most before it, with no plural or count after. */
function bareSingularPerson(ctx: SentenceContext, k: number): boolean {
  const head = BARE_ADJECTIVE.has(ctx.norm(k)) && BARE_PERSON.has(ctx.norm(k + 1)) ? k + 1 : k;
  if (!BARE_PERSON.has(ctx.norm(head)) || ctx.token(head)?.cap || ctx.number(head)) return false;
  const next = ctx.norm(head + 1);
  return next !== 'and' && next !== ',' || ctx.isBoundary(head + 1);
}

/** "a civilian death", "a death", "his immediate death": the determiner before "death" at k (one adjective between) is singular. */
function singularDeath(ctx: SentenceContext, k: number): boolean {
  const det = ctx.norm(k - 1) === 'a' || ctx.norm(k - 1) === 'his' || ctx.norm(k - 1) === 'her' ? k - 1 : k - 2;
  const w = ctx.norm(det);
  if (det === k - 2 && (ctx.number(k - 1) || ctx.token(k - 1)?.kind !== 'word' || ctx.norm(k - 1).endsWith('s'))) return false;
  if (w === 'a') return true;
  // "his death" after a preposition of background ("protested over his death") is what another act is about
  return (w === 'his' || w === 'her') && !BACKGROUND.has(ctx.norm(det - 1));
}

/** Casualties, detainees, money, durations and crowd sizes, given to the nearest fitting event. */
export function assignQuantities(ctx: SentenceContext, drafts: EventDraft[]): void {
  if (drafts.length === 0) return;
  if (!drafts.some((d) => d.quantities.some((q) => q.kind === 'killed'))) {
    const one = singleVictim(ctx);
    const target = one && (drafts.find((d) => d.family === 'assault' || d.family === 'fight') ?? null);
    if (one && target) target.quantities.push(one);
  }
  for (const n of ctx.numbers) {
    const q = readNumber(ctx, n);
    if (!q) continue;
    const violent = q.kind === 'killed' || q.kind === 'injured' || q.kind === 'kidnapped';
    if (q.kind === 'duration' && !drafts.some((x) => distance(x, n.tokenStart, n.tokenEnd) <= 4)) continue;
    const d = nearest(drafts, n.tokenStart, n.tokenEnd, (x) => violent ? x.family === 'assault' || x.family === 'fight' : q.kind === 'arrested' ? x.family === 'coerce' : q.kind === 'participants' ? x.family === 'protest' : true);
    if (d) d.quantities.push(q);
  }
}
