import type { Stage } from '../pipeline/stage.js';
import type { Doc, Token, Mention, ActorData } from '../pipeline/doc.js';
import type { Quote } from '../model/records.js';
import { SentenceContext } from '../code/context.js';
import { reportingCues, type ReportingCue } from '../code/reporting.js';
import { toActor, toTime } from '../resolve/to-model.js';

/** Longest quotation we accept (characters); an opening mark with no close within it is unbalanced. */
const MAX_QUOTE_CHARS = 3000;

const OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE = new Set(['\u201d', '\u00bb']);

export interface QuoteSpan {
  open: number;
  close: number;
}

/** Pair quotation marks in one pass: curly marks by direction, straight ones by alternation. */
export function pairQuotes(tokens: Token[], text: string): { pairs: QuoteSpan[]; unbalanced: number } {
  const pairs: QuoteSpan[] = [];
  let open = -1;
  let unbalanced = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'quote' || t.text === "'" || t.text === '\u2018' || t.text === '\u2019') continue;
    if (open >= 0 && tokens[i]!.start - tokens[open]!.end > MAX_QUOTE_CHARS) { unbalanced++; open = -1; }
    const isOpen = OPEN.has(t.text) || (t.text === '"' && open < 0);
    const isClose = CLOSE.has(t.text) || (t.text === '"' && open >= 0);
    if (isOpen && open < 0) open = i;
    else if (isClose && open >= 0) { pairs.push({ open, close: i }); open = -1; }
    else if (isClose) unbalanced++;
    else if (isOpen) { unbalanced++; open = i; }
  }
  if (open >= 0) unbalanced++;
  void text;
  return { pairs, unbalanced };
}

export function cueFor(doc: Doc, q: QuoteSpan, cuesOf: (sentence: number) => ReportingCue[]): { cue: ReportingCue | null; sentence: number } {
  const closeTok = doc.tokens[q.close]!;
  const openTok = doc.tokens[q.open]!;
  // after the closing mark in its sentence: '…," Blinken said' / '…," a U.S. official told CNN'
  const afterCues = cuesOf(closeTok.sentence);
  // only when the quotation closes its clause: '…," Blinken said' / '…." the minister said'
  const lastInside = doc.tokens[q.close - 1];
  const nextAfter = doc.tokens[q.close + 1];
  const closesClause = lastInside?.kind === 'punct' && ',.?!'.includes(lastInside.text) || nextAfter?.text === ',';
  const afterCue = closesClause ? afterCues.find((c) => c.cueStart > q.close && c.cueStart <= q.close + 8 && (c.speaker || c.speakerText || c.outlet)) : undefined;
  if (afterCue) return { cue: afterCue, sentence: closeTok.sentence };
  // before the opening mark: 'X told the Journal that "…"' / 'X said Monday … "explicitly ordered"'
  const cues = cuesOf(openTok.sentence).filter((c) => c.cueEnd <= q.open);
  const nearest = cues[cues.length - 1] ?? null;
  if (nearest) return { cue: nearest, sentence: openTok.sentence };
  // "There are "red lights flashing everywhere," a U.S. official told CNN" — cue later in the sentence
  const later = afterCues.find((c) => c.cueStart > q.close);
  return { cue: later ?? null, sentence: closeTok.sentence };
}

/** Quotations as records of their own, with speaker, outlet and time. */
/**
 * Drafts inside the quotation with a first-person subject ("we", "I") and no actor get the speaker as their actor. Apart
 * from the stage's loop: its inner branch is met late in a run, and the first time recompiles this function only.
 */
function firstPersonIsSpeaker(doc: Doc, q: { open: number; close: number }, speaker: Mention<ActorData>): void {
  for (const d of doc.drafts) {
    const t = d.trigger.tokenStart;
    if (t > q.open && t < q.close && d.actors.length === 0 && d.subjectPronoun && (d.subjectPronoun.norm === 'we' || d.subjectPronoun.norm === 'i')) {
      d.actors = [{ mention: speaker, rule: 'role:quote-speaker-first-person', how: 'inferred' }];
    }
  }
}

export const quoteStage: Stage = {
  name: 'quotes',
  run(doc) {
    const { pairs, unbalanced } = docQuotes(doc);
    const cuesOf = cueCache(doc);
    if (unbalanced > 0) doc.warnings.push(`${unbalanced} unbalanced quotation mark(s) ignored`);
    let n = 0;
    for (const q of pairs) {
      if (q.close - q.open < 2) continue;
      const first = doc.tokens[q.open + 1]!;
      const last = doc.tokens[q.close - 1]!;
      const { cue, sentence } = cueFor(doc, q, cuesOf);
      const speaker = cue?.speaker ? toActor({ mention: cue.speaker, rule: `quote:speaker-${cue.cue}`, how: 'stated' }) : null;
      const s = doc.sentences[sentence]!;
      const time = doc.times.find((t) => t.sentence === sentence && t.start >= s.start && t.end <= s.end && t.data.precision !== 'ongoing');
      const quote: Quote = {
        id: `${doc.article.id}-q${n++}`,
        articleId: doc.article.id,
        sentence: first.sentence,
        span: [first.start, last.end],
        text: doc.text.slice(first.start, last.end),
        speaker,
        speakerText: cue?.speaker?.text ?? cue?.speakerText ?? null,
        outlet: cue?.outlet?.data.name ?? null,
        time: time ? toTime({ mention: time, rule: 'quote:time-in-sentence', how: 'stated' }) : null,
        provenance: { span: [first.start, last.end], rule: cue ? `quote:cue-${cue.cue}` : 'quote:no-speaker', how: 'stated' },
      };
      doc.quotes.push(quote);
      if (doc.trace) doc.explain('quotes', quote.provenance.rule, first.sentence, quote.span, `speaker=${quote.speakerText ?? '?'} outlet=${quote.outlet ?? '-'}`);
      // events inside the quotation: first-person subjects are the speaker
      if (cue?.speaker) firstPersonIsSpeaker(doc, q, cue.speaker);
    }
  },
};

/** Reporting cues per sentence, computed once (long sentences: their first 400 tokens). */
export function cueCache(doc: Doc): (sentence: number) => ReportingCue[] {
  const cache = new Map<number, ReportingCue[]>();
  return (sentence: number): ReportingCue[] => {
    let c = cache.get(sentence);
    if (!c) {
      const s = doc.sentences[sentence]!;
      c = reportingCues(new SentenceContext(doc, sentence, s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + 400)));
      cache.set(sentence, c);
    }
    return c;
  };
}

/** Quote spans in token indices, for the modality stage (events inside a conditional quotation). */
export function quoteSpans(doc: Doc): QuoteSpan[] {
  return docQuotes(doc).pairs;
}

/** pairQuotes over a document's tokens, computed once per token list (quotes, modality and attribution all read it). */
function docQuotes(doc: Doc): { pairs: QuoteSpan[]; unbalanced: number } {
  const cached = doc.quotePairs;
  if (cached !== null && cached.tokens === doc.tokens && cached.length === doc.tokens.length) return cached;
  const { pairs, unbalanced } = pairQuotes(doc.tokens, doc.text);
  doc.quotePairs = { tokens: doc.tokens, length: doc.tokens.length, pairs, unbalanced };
  return doc.quotePairs;
}
