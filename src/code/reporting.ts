import type { Mention, ActorData, OutletData } from '../pipeline/doc.js';
import type { SentenceContext } from './context.js';
import { subjectOf } from './roles.js';
import { AUXILIARIES, AUXILIARIES_AT, BE_FORMS, BE_FORMS_AT, DETERMINERS_BUT_OF, SKIPPABLE_ADVERBS, SKIPPABLE_ADVERBS_AT } from './words.js';
import { WordBits } from '../recognise/vocab.js';

/** Reporting verbs and phrases: who said it, and through which outlet. */
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'stated', 'states', 'added', 'announced', 'reported', 'reports',
  'claimed', 'claims', 'confirmed', 'confirms', 'noted', 'wrote', 'tweeted', 'posted', 'insisted', 'argued',
  'acknowledged', 'asserted', 'declared', 'explained', 'suggested', 'believes', 'believe', 'alleged', 'indicated',
]);
/** The words a reporting cue starts with ("according to", "citing", a REPORTING verb): any other token is skipped with one bitmap read. */
const CUE_STARTS = new WordBits(['according', 'citing', 'quoted', ...REPORTING]);
/** Words "quoted" may stand apart from "as saying" by ("was quoted today as saying", "quoted by the agency as saying"). */
const QUOTED_REACH = 6;

/** "X was quoted (today, by the agency) as saying": the index of "saying", or -1. */
function quotedAsSaying(ctx: SentenceContext, k: number): number {
  for (let j = k + 1; j < ctx.to - 1 && j <= k + QUOTED_REACH; j++) {
    if (ctx.isBoundary(j) || ctx.norm(j) === ',') return -1;
    if (ctx.norm(j) === 'as') return ctx.norm(j + 1) === 'saying' ? j + 1 : -1;
  }
  return -1;
}

export interface ReportingCue {
  cueStart: number;
  cueEnd: number;
  cue: string;
  speaker: Mention<ActorData> | null;
  /** Speaker words when no actor mention covers them ("a senior official"). */
  speakerText: string | null;
  speakerSpan: [number, number] | null;
  outlet: Mention<OutletData> | null;
  /**
   * The conjunction that opens the cue's own clause after an earlier one ("militias attacked U.S. bases, and the
   * Pentagon said it would respond": "and"), or -1. Words before it are not reported by this cue.
   */
  joinedAt: number;
}

/**
 * A cue word that is part of a name, not a verb: inside a recognised place ("Tell Abyad"), or capitalised in the middle
 * of a sentence after a lower-case word and before a capitalised one ("the village of Tell Rashu", "commander Said
 * Hamdan", "in Port Said"). A title-case headline ("Officials Say Militias Attacked Base") keeps its cue: the word
 * before it is capitalised too.
 */
function inName(ctx: SentenceContext, k: number): boolean {
  if (ctx.place(k)) return true;
  const t = ctx.tokens[k]!;
  if (!t.cap || k === ctx.from) return false;
  const prev = ctx.token(k - 1);
  if (!prev || prev.kind !== 'word' || prev.cap) return false;
  const next = ctx.token(k + 1);
  return next !== undefined && k + 1 < ctx.to && next.kind === 'word' && next.cap;
}

function skipDet(ctx: SentenceContext, j: number): number {
  while (ctx.is(j, DETERMINERS_BUT_OF)) j++;
  return j;
}

/** Find every reporting cue in the sentence with its speaker and outlet. */
export function reportingCues(ctx: SentenceContext): ReportingCue[] {
  const out: ReportingCue[] = [];
  const tokens = ctx.tokens;
  for (let k = ctx.from; k < ctx.to; k++) {
    if (!CUE_STARTS.hasToken(tokens[k]!) || inName(ctx, k)) continue;
    const n = ctx.norm(k);
    if (n === 'according' && ctx.norm(k + 1) === 'to') {
      const j = skipDet(ctx, k + 2);
      const outlet = ctx.outlet(j) ?? null;
      const speaker = outlet ? null : ctx.actor(j) ?? null;
      out.push({ cueStart: k, cueEnd: k + 2, cue: 'according to', speaker, speakerText: speaker?.text ?? null, speakerSpan: speaker ? [speaker.start, speaker.end] : null, outlet, joinedAt: -1 });
      continue;
    }
    if (n === 'citing') {
      const j = skipDet(ctx, k + 1);
      const outlet = ctx.outlet(j) ?? null;
      out.push({ cueStart: k, cueEnd: k + 1, cue: 'citing', speaker: outlet ? null : ctx.actor(j) ?? null, speakerText: null, speakerSpan: null, outlet, joinedAt: -1 });
      continue;
    }
    if (n === 'quoted') {
      // "King Sisowath was quoted as saying he would …": a passive cue whose subject is the speaker
      const saying = quotedAsSaying(ctx, k);
      if (saying < 0) continue;
      let outlet: Mention<OutletData> | null = null;
      for (let j = k + 1; j < saying && !outlet; j++) outlet = ctx.outlet(j) ?? null;
      const speaker = subjectOf(ctx, k, 'role:speaker')[0]?.mention ?? null;
      out.push({ cueStart: k, cueEnd: saying + 1, cue: 'quoted as saying', speaker, speakerText: speaker?.text ?? null, speakerSpan: speaker ? [speaker.start, speaker.end] : null, outlet, joinedAt: -1 });
      continue;
    }
    if (!REPORTING.has(n)) continue;
    // speaker: "X said" (subject), or inverted "…," said X; "Rebels attacked the base, officials said": a phrase
    // between a comma and the cue that holds no listed actor is the speaker, never an actor of the reported clause
    const afterComma = phraseAfterComma(ctx, k);
    let speaker: Mention<ActorData> | null = afterComma ? afterComma.actor : subjectOf(ctx, k, 'role:speaker')[0]?.mention ?? null;
    let outlet: Mention<OutletData> | null = null;
    // an outlet as the reporter: "The Wall Street Journal reported"
    for (let j = k - 1; j >= Math.max(ctx.from, k - 3); j--) {
      const o = ctx.outlet(j);
      if (o) { outlet = o; break; }
    }
    if (!speaker && !outlet) {
      const j = skipDet(ctx, k + 1);
      const after = ctx.actor(j);
      if (after && (ctx.token(k - 1)?.kind === 'quote' || ctx.norm(k - 1) === ',')) speaker = after;
    }
    // told X: the listener is an outlet ("told CNN", "told the Journal")
    if (n === 'told' || n === 'tells' || n === 'tell') {
      const j = skipDet(ctx, k + 1);
      outlet = ctx.outlet(j) ?? outlet;
    }
    let speakerText: string | null = speaker?.text ?? null;
    let speakerSpan: [number, number] | null = speaker ? [speaker.start, speaker.end] : null;
    if (!speaker && !outlet) {
      // an unlisted speaker phrase: the words since the last boundary ("a senior official said")
      let a = k - 1;
      while (a >= ctx.from && a >= k - SPEAKER_PHRASE && !ctx.isBoundary(a) && ctx.norm(a) !== ',') a--;
      // "…, and the groups argued": the conjunction that opens the clause is not part of the speaker
      while (a + 1 < k - 1 && PHRASE_OPENERS.has(ctx.norm(a + 1))) a++;
      if (a + 1 < k && ctx.token(a + 1)) {
        speakerText = ctx.textOf(a + 1, k);
        speakerSpan = ctx.span(a + 1, k);
      }
    }
    out.push({ cueStart: k, cueEnd: k + 1, cue: n, speaker, speakerText, speakerSpan, outlet, joinedAt: clauseJoin(ctx, k) });
  }
  return out;
}

/**
 * The speaker phrase between a comma and the reporting cue at k, at most SPEAKER_PHRASE tokens back: "…, officials
 * said" (no listed actor: the phrase itself), "…, police said", "…, the Israeli military said" (its first actor).
 * The speaker is then never an actor of the reported clause before the comma. An apposition ends at the comma right
 * before the cue ("Kirby, the spokesman, said") and leaves the subject to the normal walk (null).
 */
function phraseAfterComma(ctx: SentenceContext, k: number): { actor: Mention<ActorData> | null } | null {
  // "believed to be", "is said to have": a raised or passive reporting verb has no speaker phrase before it
  if (ctx.norm(k + 1) === 'to' || BE_FORMS.has(ctx.norm(k - 1))) return null;
  let actor: Mention<ActorData> | null = null;
  let content = false;
  for (let j = k - 1; j >= ctx.from && j >= k - SPEAKER_PHRASE; j--) {
    if (ctx.isBoundary(j)) return null;
    const m = ctx.actor(j);
    if (m) {
      actor = m;
      content = true;
      j = m.tokenStart;
      continue;
    }
    const n = ctx.norm(j);
    if (n === ',') return j < k - 1 && content ? { actor } : null;
    // ", have urged", ", also said": no speaker words between the comma and the cue
    if (ctx.token(j)?.kind === 'word' && !AUXILIARIES.has(n) && !SKIPPABLE_ADVERBS.has(n)) content = true;
  }
  return null;
}

/** Conjunctions that join the cue's clause to the clause before it. */
const CLAUSE_JOINS = new WordBits(['and', 'but', 'while', 'whereas']);

/**
 * "…, and the Pentagon said", "… bases and officials said": a conjunction right before the speaker phrase of the cue
 * at k that joins two clauses (after a comma, or after a word that is no actor: "the U.S. and Britain said" is one
 * speaker), at most SPEAKER_PHRASE words back past the speaker's own words; -1 when there is none.
 */
function clauseJoin(ctx: SentenceContext, k: number): number {
  if (ctx.norm(k + 1) === 'to' || ctx.is(k - 1, BE_FORMS_AT)) return -1;
  for (let j = k - 1; j >= ctx.from && j >= k - SPEAKER_PHRASE - 3; j--) {
    if (ctx.isBoundary(j)) return -1;
    const m = ctx.actor(j);
    if (m) { j = m.tokenStart; continue; }
    const n = ctx.norm(j);
    if (n === ',') return -1;
    if (ctx.is(j, CLAUSE_JOINS)) {
      if (j === k - 1) return -1;
      const before = ctx.norm(j - 1);
      return before === ',' || (!ctx.actor(j - 1) && ctx.token(j - 1)?.kind === 'word') ? j : -1;
    }
    if (ctx.is(j, AUXILIARIES_AT) || ctx.is(j, SKIPPABLE_ADVERBS_AT)) continue;
    // a verb or a preposition: the words are not a speaker phrase ("attacked the base and said")
    if (ctx.token(j)?.kind !== 'word') return -1;
  }
  return -1;
}

/** Conjunctions that open the clause of an unlisted speaker phrase. */
const PHRASE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'or']);

/** Longest unlisted speaker phrase, in tokens: the reach of phraseAfterComma and of the unlisted-phrase fallback. */
const SPEAKER_PHRASE = 5;

/**
 * The cue that governs a token: the nearest cue to its left, else the nearest to its right whose clause is not
 * joined on after the token's ("militias attacked U.S. bases, and the Pentagon said …": not the Pentagon's report).
 */
export function governingCue(cues: ReportingCue[], token: number): ReportingCue | null {
  let left: ReportingCue | null = null;
  let right: ReportingCue | null = null;
  for (const c of cues) {
    if (c.cueEnd <= token) { if (!left || c.cueStart > left.cueStart) left = c; }
    else if (c.cueStart > token && !(c.joinedAt > token) && (!right || c.cueStart < right.cueStart)) right = c;
  }
  return left ?? right;
}
