import type { Stage } from '../pipeline/stage.js';
import type { Doc, Mention, NumberData, TimeData } from '../pipeline/doc.js';
import type { Lull } from '../model/records.js';
import { SentenceContext } from '../code/context.js';
import { betweenOf } from '../code/roles.js';
import { reportingCues } from '../code/reporting.js';
import { toActor, toTime } from '../resolve/to-model.js';
import { toAttribution } from './attribution.js';
import { WordBits } from '../recognise/vocab.js';
import { emptyList, mapList } from '../util/lists.js';
import type { ActorFiller, EventDraft } from '../pipeline/draft.js';
import { DraftsBySentence } from './drafts-by-sentence.js';

/**
 * Lull and truce statements: "an undeclared truce — six months of zero attacks … — between Iran and
 * Washington", "a three-week lull in fighting", "the ceasefire collapsed". Their length, sides,
 * whether they ended, and who said so. An ended lull is an escalation signal.
 */

const LULL_WORDS = new Set(['truce', 'ceasefire', 'cease-fire', 'lull', 'calm', 'detente', 'détente', 'respite', 'armistice', 'standstill', 'quiet', 'pause', 'moratorium', 'hiatus']);
/** LULL_WORDS by vocabulary number, for the scan of every sentence (same answers as `LULL_WORDS.has(norm)`). */
const LULL_BITS = new WordBits(LULL_WORDS);
const ENDED_CUES = new Set(['end', 'ended', 'ends', 'ending', 'broke', 'broken', 'breaks', 'collapsed', 'collapse', 'shattered', 'violated', 'violation', 'violations', 'breach', 'breached', 'over', 'expired', 'unraveled', 'unravelled']);
const HOLDING_CUES = new Set(['holding', 'held', 'holds', 'extended', 'renewed', 'maintained', 'observed']);
const ANAPHORIC = new Set(['that', 'this', 'the', 'same']);
const UNIT_DAYS: ReadonlyMap<string, number> = new Map(Object.entries({ day: 1, days: 1, week: 7, weeks: 7, month: 30.44, months: 30.44, year: 365.25, years: 365.25 }));

function lengthNear(ctx: SentenceContext, from: number, to: number): { n: Mention<NumberData>; unit: string; end: number } | null {
  for (const n of ctx.numbers) {
    if (n.tokenStart < from || n.tokenStart > to) continue;
    if (n.data.unit && UNIT_DAYS.has(n.data.unit)) return { n, unit: n.data.unit, end: n.tokenEnd };
    let k = n.tokenEnd;
    if (ctx.norm(k) === '-') k++;
    const unit = ctx.norm(k);
    if (UNIT_DAYS.has(unit)) return { n, unit, end: k + 1 };
  }
  return null;
}

/**
 * The document's drafts and times by sentence, built on first use: a find over every draft or time per lull
 * was quadratic in long texts. The answers are the finds' (the first in list order).
 */
class BySentence {
  private drafts: DraftsBySentence | null = null;
  private times: Map<number, Mention<TimeData>> | null = null;
  constructor(private readonly doc: Doc) {}

  /** The first draft of sentences `from`..`to` that `ok` accepts. */
  firstDraft(from: number, to: number, ok: (d: EventDraft) => boolean): EventDraft | undefined {
    this.drafts ??= new DraftsBySentence(this.doc.drafts);
    return this.drafts.firstIn(from, to, ok);
  }

  /** The first time of sentence `s`. */
  firstTime(s: number): Mention<TimeData> | undefined {
    if (!this.times) {
      this.times = new Map();
      for (const t of this.doc.times) if (!this.times.has(t.sentence)) this.times.set(t.sentence, t);
    }
    return this.times.get(s);
  }
}

/**
 * The lull a sentence with a lull word (at `word`) or "zero attacks" (at `zeroAttacks`) tells, or null when it refers
 * back to one already recorded. Apart from the stage's scan: few sentences get here, so its branches are the ones a
 * run meets late, and a first one then recompiles this function only, not the scan.
 */
function lullAt(doc: Doc, s: Doc['sentences'][number], word: number, zeroAttacks: number, index: number, near: BySentence): Lull | null {
  const ctx = new SentenceContext(doc, s.index, s.tokenStart, s.tokenEnd);
  const anchor = word >= 0 ? word : zeroAttacks;
  // "That period of detente" refers back to a lull already recorded
  if (word >= 0 && doc.lulls.length > 0 && (ANAPHORIC.has(ctx.norm(word - 3)) || ANAPHORIC.has(ctx.norm(word - 2))) && ctx.norm(word - 1) === 'of') return null;
  const length = lengthNear(ctx, Math.max(s.tokenStart, anchor - 6), Math.min(s.tokenEnd, anchor + 8));
  let ended: boolean | null = null;
  let endedRule = '';
  for (let k = Math.max(s.tokenStart, anchor - 6); k < Math.min(s.tokenEnd, anchor + 10); k++) {
    const n = ctx.norm(k);
    if (ENDED_CUES.has(n) && !(n === 'end' && ctx.norm(k - 1) === 'to' && ctx.norm(k - 2) !== 'came')) { ended = true; endedRule = n; break; }
    if (HOLDING_CUES.has(n)) { ended = false; endedRule = n; }
  }
  const sides = betweenOf(ctx, anchor, 'lull:between');
  const sidesLater = sides.length > 0 ? sides : betweenOf(ctx, Math.min(s.tokenEnd - 1, anchor + 12), 'lull:between');
  const allSides = sidesLater.length > 0 ? sidesLater : (() => {
    for (let k = anchor; k < Math.min(s.tokenEnd, anchor + 25); k++) if (ctx.norm(k) === 'between') return betweenOf(ctx, k, 'lull:between');
    return emptyList<ActorFiller>();
  })();
  const sideA = mapList(allSides.slice(0, 1), toActor);
  const sideB = mapList(allSides.slice(1, 2), toActor);
  const declared = ctx.norm(anchor - 1) === 'undeclared' || ctx.norm(anchor - 1) === 'unofficial' || ctx.norm(anchor - 1) === 'de' ? false : ctx.norm(anchor - 1) === 'declared' || ctx.norm(anchor - 1) === 'formal' ? true : null;
  // the events that ended it: violent events in this sentence or the one before
  let endedBy: string | null = null;
  if (ended) {
    const cause = near.firstDraft(s.index - 4, s.index, (d) => !d.dropped && (d.family === 'assault' || d.family === 'fight') && d.sentence <= s.index && d.sentence >= s.index - 4 && d.modality === 'asserted');
    if (cause) {
      endedBy = cause.id;
      for (const a of cause.actors) if (a.mention.data.backedBy.some((b) => sideA.some((x) => x.name === b))) sideA.push(toActor({ mention: a.mention, rule: 'lull:side-proxy-of-ending-attack', how: 'inferred' }));
    }
  }
  const attribution = mapList(reportingCues(ctx), (c) => toAttribution(doc, c, 'lull:attribution'));
  const time = near.firstTime(s.index);
  const spanStart = doc.tokens[Math.max(s.tokenStart, anchor - 3)]!.start;
  const lull: Lull = {
    id: `${doc.article.id}-l${index}`,
    articleId: doc.article.id,
    sentence: s.index,
    span: [spanStart, s.end],
    text: doc.text.slice(s.start, s.end),
    kind: word >= 0 ? ctx.norm(word) : 'zero attacks',
    declared,
    sideA,
    sideB,
    length: length ? { value: length.n.data.value, unit: length.unit.replace(/s$/, ''), days: Math.round(length.n.data.value * UNIT_DAYS.get(length.unit)!), text: ctx.textOf(length.n.tokenStart, length.end) } : null,
    ended,
    endedBy,
    attribution,
    time: time ? toTime({ mention: time, rule: 'lull:time-in-sentence', how: 'stated' }) : null,
    provenance: { span: [doc.tokens[anchor]!.start, doc.tokens[anchor]!.end], rule: `lull:${word >= 0 ? 'word' : 'zero-attacks'}${ended !== null ? `+${ended ? 'ended' : 'holding'}:${endedRule}` : ''}`, how: 'stated' },
  };
  return lull;
}

export const lullStage: Stage = {
  name: 'lulls',
  run(doc: Doc) {
    let index = 0;
    const tokens = doc.tokens;
    const near = new BySentence(doc);
    for (const s of doc.sentences) {
      let zeroAttacks = -1;
      let word = -1;
      // the sentence's words read directly: a context is built only for the few sentences with a lull word
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = tokens[k]!;
        const n = t.norm;
        if (word < 0 && LULL_BITS.hasToken(t) && !(n === 'quiet' || n === 'calm')) word = k;
        if (n === 'zero' || n === 'no') {
          const next = k + 1 < s.tokenEnd ? tokens[k + 1]!.norm : '';
          if (next === 'attacks' || next === 'strikes' || next === 'incidents') zeroAttacks = k;
        }
      }
      if (word < 0 && zeroAttacks < 0) continue;
      const lull = lullAt(doc, s, word, zeroAttacks, index, near);
      if (lull === null) continue;
      index++;
      doc.lulls.push(lull);
      if (doc.trace) doc.explain('lulls', lull.provenance.rule, s.index, lull.span, `lull ${lull.kind} ${lull.length?.text ?? ''} ended=${String(lull.ended)}`);
    }
  },
};
