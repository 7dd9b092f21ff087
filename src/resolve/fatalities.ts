import type { Stage } from '../pipeline/stage.js';
import type { Doc } from '../pipeline/doc.js';
import type { Event, Fatalities } from '../model/event.js';
import type { Quantity } from '../model/quantity.js';
import type { Span } from '../model/provenance.js';
import { SentenceContext } from '../code/context.js';
import { CASUALTY_WORDS, readNumber } from '../code/arguments.js';
import { type FatalityStatement, fatalityStatements } from './fatality-statements.js';
import { vagueFatalValue } from './fatality-vague.js';
import { suicideAttackers } from './fatality-suicide.js';
import { refutedClaims } from './fatality-refuted.js';
import { emptyList } from '../util/lists.js';

/**
 * Event-level fatality totals (docs/event-model.md, "fatalities"). Events are grouped into incidents:
 * consecutive events in text order, a new incident starting where an event is dated to another day (not an event
 * dated inside a relative clause: a participant's backstory, `time:inside-relative-clause`).
 * Every event of an incident gets the incident's total, computed by the first rule that applies:
 *
 * 1. a coded total ("fatalities coded as 10"; the last one stated);
 * 2. a stated total ("… 3 fatalities."; the lowest one stated, ACLED's rule for conflicting reports);
 * 3. a negated count ("no casualties were reported") → 0;
 *    (the counts of a sentence whose deaths are "coded to" another event or "coded separately" are left out of 4);
 * 4. the sum of the distinct `killed` counts of the incident's violent events and of the `killed`
 *    counts no event kept, each at its lower bound; vague counts take ACLED's conventions ("tens" 10,
 *    "dozens" 12, "hundreds" 100); a later sentence that only repeats counts already summed ("Three
 *    people were killed. … three civilians died") adds nothing unless it marks them as additional
 *    ("also", "another", "additionally");
 * 5. no counted dead: one count of the killed and injured together, halved ("killing and injuring 17" → 8),
 *    else deaths reported without a count ("killing a number of fighters") → ACLED's 10 (fatality-vague.ts).
 *
 * A stated split ("split over 2 locations (3)", "spread across four locations") then gives this record's
 * share: the share named, else the total divided by the parts, rounded.
 *
 * Counts attached to events that are not violence (a protest "over the killing of a man"), to events
 * that did not happen (threats, denials) and counts told in a sentence about an accident are not summed.
 */

const VIOLENT_FAMILIES = new Set(['assault', 'fight']);
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
const REAL = new Set(['asserted', 'ongoing']);
const ADDITIVE = new Set(['also', 'additionally', 'addition', 'another', 'other', 'others', 'further', 'more', 'separately', 'meanwhile']);

function violent(e: Event): boolean {
  return VIOLENT_FAMILIES.has(e.family) || (e.codes.acled !== null && VIOLENT_TYPES.has(e.codes.acled.eventType));
}

interface Count {
  value: number;
  sentence: number;
  span: Span;
}

interface Incident {
  events: Event[];
  date: string | null;
  firstSentence: number;
  counts: Count[];
  statements: FatalityStatement[];
}

function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A count's lower bound; vague words take ACLED's figure. */
export function countValue(q: Pick<Quantity, 'text' | 'min' | 'value'>): number {
  return vagueFatalValue(q.text) ?? q.min ?? q.value ?? 0;
}

function incidents(doc: Doc): Incident[] {
  const events = [...doc.events].sort((a, b) => a.sentence - b.sentence || a.span[0] - b.span[0]);
  const out: Incident[] = [];
  let cur: Incident | null = null;
  for (const e of events) {
    const date = e.time?.start ?? null;
    // backstory of a participant ("a farmer who was kidnapped the day before") opens no incident of its own
    if (cur && e.time?.provenance.rule.startsWith('time:inside-relative-clause')) {
      cur.events.push(e);
      continue;
    }
    if (!cur || (date !== null && cur.date !== null && date !== cur.date)) {
      cur = { events: emptyList(), date, firstSentence: e.sentence, counts: emptyList(), statements: emptyList() };
      out.push(cur);
    }
    cur.date ??= date;
    cur.events.push(e);
  }
  return out;
}

function incidentOf(list: Incident[], sentence: number): Incident | null {
  let best: Incident | null = list[0] ?? null;
  for (const i of list) if (i.firstSentence <= sentence) best = i;
  return best;
}

/** Deaths told in a sentence about an accident ("an accident that led to the death of one person") are not violence. */
function accidental(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) { const w = doc.tokens[k]!.norm; if (w === 'accident' || w === 'accidents') return true; }
  return false;
}

function addCount(doc: Doc, inc: Incident, c: Count): void {
  if (accidental(doc, c.sentence)) return;
  if (!inc.counts.some((x) => x.span[0] === c.span[0])) inc.counts.push(c);
}

function speaksOfDeath(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CASUALTY_WORDS.get(doc.tokens[k]!.norm) === 'killed') return true;
  return false;
}

/** `killed` counts of sentences whose event was filtered or merged away, or that had no event. */
function orphanCounts(doc: Doc, taken: Set<number>, list: Incident[]): void {
  let i = 0;
  for (const s of doc.sentences) {
    while (i < doc.numbers.length && doc.numbers[i]!.tokenStart < s.tokenStart) i++;
    let ctx: SentenceContext | null = null;
    let inc: Incident | null | undefined;
    for (let j = i; j < doc.numbers.length && doc.numbers[j]!.tokenStart < s.tokenEnd; j++) {
      const n = doc.numbers[j]!;
      if (taken.has(n.start) || n.data.ordinal || n.data.unit) continue;
      if (inc === undefined) inc = incidentOf(list, s.index);
      if (!inc || !inc.events.some(violent) || !speaksOfDeath(doc, s.tokenStart, s.tokenEnd)) break;
      ctx ??= new SentenceContext(doc, s.index, s.tokenStart, s.tokenEnd);
      const q = readNumber(ctx, n);
      if (q && q.kind === 'killed') addCount(doc, inc, { value: countValue(q), sentence: s.index, span: q.span });
    }
  }
}

function additive(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (ADDITIVE.has(doc.tokens[k]!.norm)) return true;
  return false;
}

function sum(doc: Doc, counts: Count[]): Fatalities {
  counts.sort((a, b) => a.span[0] - b.span[0]);
  const seen = new Set<number>();
  let total = 0;
  const spans: Span[] = [];
  let i = 0;
  while (i < counts.length) {
    const sentence = counts[i]!.sentence;
    const group: Count[] = [];
    while (i < counts.length && counts[i]!.sentence === sentence) group.push(counts[i++]!);
    const repeats = seen.size > 0 && group.every((c) => seen.has(c.value)) && !additive(doc, sentence);
    if (repeats) continue;
    for (const c of group) { total += c.value; seen.add(c.value); spans.push(c.span); }
  }
  return { count: total, rule: spans.length ? 'fatalities:sum' : 'fatalities:none-reported', spans };
}

function base(doc: Doc, inc: Incident): Fatalities {
  const f = baseCount(doc, inc);
  if (f.count === 0 || (f.rule !== 'fatalities:sum' && !inc.statements.some((s) => (s.kind === 'unknown' || s.kind === 'combined') && s.rule === f.rule))) return f;
  const claimed = new Set(inc.counts.map((c) => c.sentence));
  for (const st of inc.statements) if (st.kind === 'unknown' || st.kind === 'combined') claimed.add(st.sentence);
  const refuted = refutedClaims(doc, claimed);
  if (!refuted) return f;
  // every count behind the total is a refuted claim: the event's fatalities are 0 (the claim's spans kept)
  const counts = inc.counts.filter((c) => f.spans.some((sp) => sp[0] === c.span[0]));
  const stmts = inc.statements.filter((s) => f.spans.some((sp) => sp[0] === s.span[0]));
  const all = [...counts.map((c) => c.sentence), ...stmts.map((s) => s.sentence)];
  if (all.length === 0 || !all.every((si) => refuted.sentences.has(si))) return f;
  return { count: 0, rule: 'fatalities:refuted-claim', spans: [...f.spans, refuted.span] };
}

function baseCount(doc: Doc, inc: Incident): Fatalities {
  const coded = inc.statements.filter((s) => s.kind === 'coded');
  if (coded.length) { const c = coded[coded.length - 1]!; return { count: c.value, rule: c.rule, spans: [c.span] }; }
  const stated = inc.statements.filter((s) => s.kind === 'stated');
  if (stated.length) {
    const low = stated.reduce((a, b) => (b.value < a.value ? b : a));
    return { count: low.value, rule: low.rule, spans: [low.span] };
  }
  const none = inc.statements.find((s) => s.kind === 'none');
  if (none) return { count: 0, rule: none.rule, spans: [none.span] };
  const elsewhere = new Set(inc.statements.filter((s) => s.kind === 'elsewhere').map((s) => s.sentence));
  const counted = sum(doc, inc.counts.filter((c) => !elsewhere.has(c.sentence)));
  if (counted.count > 0) return counted;
  // no counted deaths: a killed-and-injured count (half), else deaths reported without a number (src/resolve/fatality-vague.ts)
  const combined = inc.statements.filter((s) => s.kind === 'combined' && !elsewhere.has(s.sentence));
  if (combined.length) return { count: combined.reduce((a, s) => a + s.value, 0), rule: combined[0]!.rule, spans: combined.map((s) => s.span) };
  const unknown = inc.statements.find((s) => s.kind === 'unknown' && !elsewhere.has(s.sentence));
  if (unknown) return { count: unknown.value, rule: unknown.rule, spans: [unknown.span] };
  return counted;
}

/** The incident's total, or this record's share of it when the text splits it over several records. */
function total(doc: Doc, inc: Incident, nextSentence: number): Fatalities {
  let f = base(doc, inc);
  // a counted or stated toll of a suicide attack: ACLED adds the attackers (src/resolve/fatality-suicide.ts)
  const stated = f.rule === 'fatalities:sum' || inc.statements.some((s) => s.kind === 'stated' && s.rule === f.rule);
  if (f.count > 0 && stated && !inc.statements.some((s) => s.kind === 'coded')) {
    const att = suicideAttackers(doc, inc.firstSentence, nextSentence);
    if (att) f = { count: f.count + att.count, rule: `${f.rule}+fatalities:suicide-attackers`, spans: [...f.spans, att.span] };
  }
  const shares = inc.statements.filter((s) => s.kind === 'split' && s.share !== undefined);
  // a split read off a list of places ("the clashes in A, B and C") only when the text states no split or coded total
  const statedSplit = inc.statements.find((s) => s.kind === 'split' && s.parts !== undefined && s.rule !== 'fatalities:split-places');
  const placeSplit = inc.statements.find((s) => s.rule === 'fatalities:split-places');
  const parts = statedSplit ?? (inc.statements.some((s) => s.kind === 'coded') ? undefined : placeSplit);
  // a total stated after the split ("… split across two events, coded as 2") is already this record's share
  const later = parts && inc.statements.some((s) => (s.kind === 'coded' || s.kind === 'stated') && s.tokenStart > parts.tokenStart);
  const split = shares[shares.length - 1] ?? (later ? undefined : parts);
  if (!split) return f;
  // a toll summarised over several named places is divided evenly and rounded down (src/resolve/fatality-place-split.ts)
  const divide = split.rule === 'fatalities:split-places' ? Math.floor : Math.round;
  const count = split.share ?? divide(f.count / (split.parts ?? 1));
  return { count, rule: `${f.rule}+${split.rule}`, spans: [...f.spans, split.span] };
}

/** Sets `fatalities` on every event of the document. */
export function assignFatalities(doc: Doc): void {
  if (doc.events.length === 0) return;
  const list = incidents(doc);
  const taken = new Set<number>();
  for (const e of doc.events) for (const q of e.quantities) taken.add(q.span[0]);
  for (const inc of list) {
    for (const e of inc.events) {
      if (!violent(e) || !REAL.has(e.modality)) continue;
      for (const q of e.quantities) if (q.kind === 'killed') addCount(doc, inc, { value: countValue(q), sentence: sentenceAt(doc, q.span[0]), span: q.span });
    }
  }
  orphanCounts(doc, taken, list);
  for (const st of fatalityStatements(doc)) incidentOf(list, st.sentence)?.statements.push(st);
  for (let i = 0; i < list.length; i++) {
    const inc = list[i]!;
    const f = total(doc, inc, list[i + 1]?.firstSentence ?? doc.sentences.length);
    for (const e of inc.events) e.fatalities = violent(e) ? f : { count: 0, rule: 'fatalities:not-violent', spans: [] };
  }
}

export const fatalityStage: Stage = { name: 'fatalities', run: assignFatalities };
