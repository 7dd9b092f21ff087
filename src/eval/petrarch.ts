import { readFileSync } from 'node:fs';
import type { Event } from '../model/event.js';
import { cameo } from '../resolve/ontology.js';
import { evalPath, readJsonl, select } from './data.js';
import { ReportBuilder, type SetReport } from './report.js';
import { chooseEvent, happened } from './choose.js';
import { Extractor } from './extract.js';
import { progress, type EvalSet, type RunOptions } from './set.js';

/**
 * PETRARCH/TABARI unit-test sentences (petrarch/petr2_unit_tests.jsonl) with gold CAMEO codes. The actors
 * are fictional (a toy Middle-earth dictionary), so only the event code is scored, never the actors. The
 * sentences test verb-pattern logic (negation, compound actors, passives, "about to", embedded clauses).
 *
 * Each record falls in one of five kinds (`classifyPetrarch`):
 * - `discard`: flagged as an error record (dateline, story discard); not scored.
 * - `no-event`: nothing should be coded; right when none of our events happened (negated,
 *   conditional or hypothetical events are allowed: they are marked as not having happened).
 * - `toy`: every gold code is a code of the toy verb dictionary and not a CAMEO 1.1b3 code (345, 9xx,
 *   21x, 1717, …); not scored.
 * - `statement`: the gold codes are CAMEO 01–02 only (statements, appeals); sitrep records no event for
 *   plain statements, so right when we code no event or one with root 01/02.
 * - `event`: at least one gold CAMEO code of root 03–20; scored on the best-matching event.
 *
 * The best-matching event of a record is the one of ours that agrees most with any gold event:
 * full CAMEO code, then CAMEO root, then PLOVER type (gold PLOVER via the CAMEO→PLOVER 2021 table), then
 * the `first` policy of `chooseEvent`. The `first` policy's event is scored too, for comparison with the
 * PLOVER GSR and penta sets.
 */

interface PetrEvent { source_actor: string | null; target_actor: string | null; cameo_code: string; cameo_root: string }
export interface PetrRecord {
  id: string;
  text: string;
  category: string;
  events: PetrEvent[];
  flags: { noevents?: boolean; error?: string } | null;
  split?: string;
}

interface PloverRow { plover_event: string | null }
/** CAMEO code → PLOVER event type (null: no PLOVER event). */
export type PloverTable = Record<string, PloverRow>;

const FILE = 'petrarch/petr2_unit_tests.jsonl';
const TABLE = 'petrarch/cameo2plover_2021.json';

export type PetrKind = 'discard' | 'no-event' | 'toy' | 'statement' | 'event';

export interface PetrGold {
  kind: PetrKind;
  /** Gold CAMEO codes that are CAMEO 1.1b3 codes. */
  codes: Set<string>;
  roots: Set<string>;
  /** PLOVER types of the gold codes, via the 2021 table (code, else its parent, else its root). */
  plover: Set<string>;
  /** Gold codes not in the CAMEO codebook (the toy dictionary's own codes). */
  toy: string[];
}

function ploverOf(code: string, table: PloverTable): string | null {
  for (let k = code.length; k >= 2; k--) {
    const row = table[code.slice(0, k)];
    if (row) return row.plover_event;
  }
  return null;
}

export function classifyPetrarch(r: PetrRecord, table: PloverTable, known: (code: string) => boolean = (c) => cameo(c) != null): PetrGold {
  const codes = new Set<string>();
  const roots = new Set<string>();
  const plover = new Set<string>();
  const toy: string[] = [];
  if (r.flags?.error) return { kind: 'discard', codes, roots, plover, toy };
  if (r.flags?.noevents || r.events.length === 0) return { kind: 'no-event', codes, roots, plover, toy };
  for (const e of r.events) {
    if (!known(e.cameo_code)) { toy.push(e.cameo_code); continue; }
    codes.add(e.cameo_code);
    roots.add(e.cameo_code.slice(0, 2));
    const p = ploverOf(e.cameo_code, table);
    if (p) plover.add(p);
  }
  if (codes.size === 0) return { kind: 'toy', codes, roots, plover, toy };
  const coded = [...roots].some((root) => root !== '01' && root !== '02');
  return { kind: coded ? 'event' : 'statement', codes, roots, plover, toy };
}

/** The two-digit CAMEO root of our event's code. */
function rootOf(e: Event): string {
  return e.codes.cameo.code.slice(0, 2);
}

/** How well one of our events agrees with the gold: 3 full code, 2 root, 1 PLOVER type, 0 none. */
export function agreement(e: Event, g: PetrGold): number {
  if (g.codes.has(e.codes.cameo.code)) return 3;
  if (g.roots.has(rootOf(e))) return 2;
  if (g.plover.has(e.codes.plover.type)) return 1;
  return 0;
}

/** Our event that agrees most with any gold event; ties go to the `first` policy's order. */
export function bestMatch(events: readonly Event[], g: PetrGold): Event | null {
  const first = chooseEvent(events, 'first');
  let best = first;
  let score = first ? agreement(first, g) : -1;
  for (const e of events) {
    const s = agreement(e, g);
    if (s > score) { best = e; score = s; }
  }
  return best;
}

export interface PetrOutcome {
  anyEvent: boolean;
  root: boolean;
  code: boolean;
  /** null when no gold code has a PLOVER type. */
  plover: boolean | null;
  firstRoot: boolean;
}

/** Scores of one `event` record. */
export function scoreEventRecord(events: readonly Event[], g: PetrGold): PetrOutcome {
  const best = bestMatch(events, g);
  const first = chooseEvent(events, 'first');
  const a = best ? agreement(best, g) : 0;
  return {
    anyEvent: events.length > 0,
    root: a >= 2,
    code: a === 3,
    plover: g.plover.size ? best != null && g.plover.has(best.codes.plover.type) : null,
    firstRoot: first != null && g.roots.has(rootOf(first)),
  };
}

/** A `no-event` record is right when none of our events happened. */
export function noEventRight(events: readonly Event[]): boolean {
  return !events.some(happened);
}

/** A `statement` record is right when we code no event, or one with a CAMEO 01/02 root. */
export function statementRight(events: readonly Event[]): boolean {
  return events.length === 0 || events.some((e) => rootOf(e) === '01' || rootOf(e) === '02');
}

function describe(events: readonly Event[]): string {
  if (!events.length) return '(no event)';
  return events.map((e) => {
    const rule = e.provenance['codes']?.rule?.replace(/^trigger:/, '') ?? e.family;
    const mod = e.modality === 'asserted' ? '' : ` ${e.modality}`;
    return `${e.codes.cameo.code} ${e.codes.plover.type} ${rule} "${e.triggers[0]?.text ?? ''}"${mod}`;
  }).join('; ');
}

function goldText(r: PetrRecord, g: PetrGold): string {
  const codes = [...new Set(r.events.map((e) => e.cameo_code))];
  return `${codes.join(' ')}${g.plover.size ? ` (${[...g.plover].join(' ')})` : ''}`;
}

function readTable(dir: string): PloverTable {
  return JSON.parse(readFileSync(evalPath(TABLE, dir), 'utf8')) as PloverTable;
}

export async function runPetrarch(options: RunOptions): Promise<SetReport> {
  const records = select(readJsonl<PetrRecord>(FILE, options.dir), options);
  const table = readTable(options.dir);
  const r = new ReportBuilder('petrarch', 'PETRARCH unit tests (event codes only)', FILE, records.length);
  const ex = new Extractor();
  const kinds: Record<PetrKind, number> = { discard: 0, 'no-event': 0, toy: 0, statement: 0, event: 0 };
  let anyEvent = 0, root = 0, code = 0, ploverN = 0, ploverRight = 0, firstRoot = 0, noEvent = 0, statement = 0;
  const byCategory = new Map<string, { n: number; right: number }>();
  let i = 0;
  for (const rec of records) {
    progress(options, i++);
    const g = classifyPetrarch(rec, table);
    kinds[g.kind]++;
    if (g.kind === 'discard' || g.kind === 'toy') continue;
    const events = ex.run(rec.id, rec.text, null).events;
    if (g.kind === 'no-event') {
      const ok = noEventRight(events);
      if (ok) noEvent++;
      else r.error({ field: 'no-event sentences', id: rec.id, text: rec.text, gold: '(no event)', predicted: describe(events), severity: 1 });
      continue;
    }
    if (g.kind === 'statement') {
      const ok = statementRight(events);
      if (ok) statement++;
      else r.error({ field: 'statement sentences', id: rec.id, text: rec.text, gold: goldText(rec, g), predicted: describe(events), severity: 1 });
      continue;
    }
    const o = scoreEventRecord(events, g);
    if (o.anyEvent) anyEvent++;
    if (o.root) root++;
    if (o.code) code++;
    if (o.firstRoot) firstRoot++;
    if (o.plover != null) { ploverN++; if (o.plover) ploverRight++; }
    const c = byCategory.get(rec.category) ?? { n: 0, right: 0 };
    c.n++;
    if (o.root) c.right++;
    byCategory.set(rec.category, c);
    if (!o.root) r.error({ field: 'cameo root', id: rec.id, text: rec.text, gold: goldText(rec, g), predicted: describe(events), severity: o.anyEvent ? 2 : 1 });
    if (o.plover === false) r.error({ field: 'plover type', id: rec.id, text: rec.text, gold: goldText(rec, g), predicted: describe(events), severity: o.anyEvent ? 2 : 1 });
  }
  const n = kinds.event;
  r.accuracy('sentences with an event', anyEvent, n, 'sentences whose gold has a CAMEO 03–20 code');
  r.accuracy('CAMEO root', root, n, 'best-matching event');
  r.accuracy('CAMEO full code', code, n, 'best-matching event');
  r.accuracy('PLOVER type', ploverRight, ploverN, 'best-matching event; gold via CAMEO→PLOVER 2021');
  r.accuracy('CAMEO root, first event', firstRoot, n, 'chosen event (first asserted), as in plover/penta');
  r.accuracy('no-event sentences with no event', noEvent, kinds['no-event'], 'none of our events happened');
  r.accuracy('statement sentences (CAMEO 01–02)', statement, kinds.statement, 'no event, or one with root 01/02');
  for (const [cat, c] of [...byCategory].sort((a, b) => b[1].n - a[1].n)) {
    if (c.n >= 5) r.accuracy(`CAMEO root, ${cat}`, c.right, c.n);
  }
  r.note(`Actors are fictional (toy dictionary), so only event codes are scored. Records: ${kinds.event} with a CAMEO 03–20 code, `
    + `${kinds.statement} statements/appeals only (01–02), ${kinds['no-event']} with no event, ${kinds.toy} with toy-dictionary codes only `
    + `(not CAMEO; not scored), ${kinds.discard} flagged as errors (not scored).`);
  r.note('Gold codes come from the toy validation dictionary of PETRARCH and often differ from the CAMEO manual meaning of the verb '
    + '(e.g. a welcome coded as a phone call): read the scores as a check of verb-pattern logic and coverage, not as CAMEO accuracy.');
  r.extractor(ex);
  return r.build();
}

export const petrarchSet: EvalSet = { name: 'petrarch', title: 'PETRARCH unit tests (event codes only)', file: FILE, run: runPetrarch };
