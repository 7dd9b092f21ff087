import type { Event } from '../model/event.js';
import { readJsonl, select } from './data.js';
import { Confusion, prf } from './metrics.js';
import { ReportBuilder, type SetReport } from './report.js';
import { chooseEvent } from './choose.js';
import { Extractor } from './extract.js';
import { canonicalCode } from './countries.js';
import { progress, type EvalSet, type RunOptions } from './set.js';

/**
 * PLOVER gold standard records (plover_gsr/plover_gsr_cameo.jsonl): one sentence, one gold event.
 * The GSR uses PLOVER 0.5 names; they are mapped to the current manual (DEMAND → REQUEST,
 * DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT). Our event: the `first` policy.
 */

interface GsrActor { text: string; code: string | null; sector: string | null }
interface GsrRecord {
  id: string;
  text: string;
  plover_event: string;
  source_actors: GsrActor[];
  target_actors: GsrActor[];
  split?: string;
}

const FILE = 'plover_gsr/plover_gsr_cameo.jsonl';
const NONE = '(none)';

export const LEGACY_PLOVER: Record<string, string> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT',
};

export function currentPlover(type: string): string {
  return LEGACY_PLOVER[type] ?? type;
}

/**
 * Codes of one side. An intergovernmental body compares as "IGO", CAMEO's first three letters for every IGO
 * ("IGOEUREEC" is the European Community, "IGOAFRAFU" the African Union): our actors keep the body's region
 * ("EUR", "AFR") in `country`, which the gold records never use for a body.
 */
function codes(list: { code?: string | null; country?: string | null; kind?: string }[]): Set<string> {
  const out = new Set<string>();
  for (const a of list) {
    const c = a.kind === 'igo' ? 'IGO' : canonicalCode(a.code ?? a.country ?? null);
    if (c) out.add(c);
  }
  return out;
}

function setCounts(gold: Set<string>, pred: Set<string>): { tp: number; fp: number; fn: number } {
  let tp = 0;
  for (const g of gold) if (pred.has(g)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

export async function runPlover(options: RunOptions): Promise<SetReport> {
  const records = select(readJsonl<GsrRecord>(FILE, options.dir), options);
  const r = new ReportBuilder('plover', 'PLOVER gold standard records', FILE, records.length);
  const ex = new Extractor();
  const types = new Confusion('PLOVER event type (rows gold, columns predicted)');
  let any = 0;
  let withEvent = 0;
  const src = { tp: 0, fp: 0, fn: 0 };
  const tgt = { tp: 0, fp: 0, fn: 0 };
  let i = 0;
  for (const g of records) {
    progress(options, i++);
    const doc = ex.run(g.id, g.text, null);
    const ev: Event | null = chooseEvent(doc.events, 'first');
    if (ev) withEvent++;
    const gold = currentPlover(g.plover_event);
    const pred = ev?.codes.plover.type ?? NONE;
    types.add(gold, pred);
    if (doc.events.some((e) => e.codes.plover.type === gold)) any++;
    if (pred !== gold) r.error({ field: 'plover_event', id: g.id, text: g.text, gold, predicted: pred, severity: pred === NONE ? 1 : 2 });
    const gs = codes(g.source_actors);
    const gt = codes(g.target_actors);
    const ps = codes(ev?.actors ?? []);
    const pt = codes(ev?.recipients ?? []);
    const s = setCounts(gs, ps);
    const t = setCounts(gt, pt);
    src.tp += s.tp; src.fp += s.fp; src.fn += s.fn;
    tgt.tp += t.tp; tgt.fp += t.fp; tgt.fn += t.fn;
    if (s.fp + s.fn > 0) r.error({ field: 'source country codes', id: g.id, text: g.text, gold: [...gs].join(' ') || NONE, predicted: [...ps].join(' ') || NONE, severity: s.fp + s.fn });
    if (t.fp + t.fn > 0) r.error({ field: 'target country codes', id: g.id, text: g.text, gold: [...gt].join(' ') || NONE, predicted: [...pt].join(' ') || NONE, severity: t.fp + t.fn });
  }
  const n = records.length;
  r.accuracy('sentences with an event', withEvent, n);
  r.accuracy('event type', types.correct, n, 'chosen event (first asserted)');
  r.score('event type', 'macro-F1', types.macroF1(), n);
  r.accuracy('event type among any of our events', any, n);
  r.prf('actor (source) country codes', prf(src.tp, src.fp, src.fn), 'micro over codes; CAMEO codes mapped to ISO');
  r.prf('recipient (target) country codes', prf(tgt.tp, tgt.fp, tgt.fn));
  r.note('Gold PLOVER 0.5 types mapped: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT.');
  r.extractor(ex);
  r.confusion(types);
  return r.build();
}

export const ploverSet: EvalSet = { name: 'plover', title: 'PLOVER gold standard records', file: FILE, run: runPlover };
