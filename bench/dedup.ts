/**
 * De-duplication benchmark: ACLED notes and reworded copies of them "from other outlets", run
 * through analyze() and clustered; pairwise precision / recall / F1 of "same real event" between
 * articles against the truth (a note and its copies are one event; different notes are different).
 *
 *   npx tsc -p tsconfig.json && node dist/bench/dedup.js [--n 1000] [--copies 2] [--seed 1]
 *       [--sample dense|random] [--no-ablations] [--json]
 *
 * Reads $SITREP_EVAL_DIR/acled/acled_dev.jsonl (default ../shared/eval); nothing is copied.
 * "dense" picks the notes with the most other notes in the same country within a day, so that
 * distinct events on the same days and places are there to be confused.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.js';
import { clusterEvents, canonical, compare, prepare, DEFAULT_OPTIONS, type DedupItem, type DedupOptions } from '../src/dedup/index.js';
import { rng } from './dedup-paraphrase.js';
import { type Doc, articlesFor, load, sample } from './dedup-corpus.js';

interface Score { pairsPredicted: number; pairsTrue: number; correct: number; precision: number; recall: number; f1: number; recallExtractable: number; clusters: number; seconds: number }

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Pairwise scores over articles: two articles are "the same event" when some cluster holds events of both. */
function score(docs: Doc[], groups: string[][], seconds: number): Score {
  const noteOf = new Map(docs.map((d) => [d.articleId, d.note]));
  const predicted = new Set<string>();
  for (const g of groups) {
    const arts = [...new Set(g)].sort();
    for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) predicted.add(pairKey(arts[i]!, arts[j]!));
  }
  const byNote = new Map<string, Doc[]>();
  for (const d of docs) byNote.set(d.note, [...(byNote.get(d.note) ?? []), d]);
  let pairsTrue = 0;
  let extractable = 0;
  let extractableHit = 0;
  for (const ds of byNote.values()) {
    for (let i = 0; i < ds.length; i++) {
      for (let j = i + 1; j < ds.length; j++) {
        pairsTrue++;
        if (ds[i]!.items.length && ds[j]!.items.length) {
          extractable++;
          if (predicted.has(pairKey(ds[i]!.articleId, ds[j]!.articleId))) extractableHit++;
        }
      }
    }
  }
  let correct = 0;
  for (const p of predicted) {
    const [a, b] = p.split('|') as [string, string];
    if (noteOf.get(a) === noteOf.get(b)) correct++;
  }
  const precision = predicted.size ? correct / predicted.size : 1;
  const recall = pairsTrue ? correct / pairsTrue : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    pairsPredicted: predicted.size, pairsTrue, correct, precision, recall, f1,
    recallExtractable: extractable ? extractableHit / extractable : 0, clusters: groups.length, seconds,
  };
}

function runDedup(docs: Doc[], options: Partial<DedupOptions>): Score {
  const items = docs.flatMap((d) => d.items);
  const t = process.hrtime.bigint();
  const clusters = clusterEvents(items, options);
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  return score(docs, clusters.map((c) => c.mentions.map((m) => m.articleId)), seconds);
}

/** Baseline: one cluster per (PLOVER type, event day, country of the first place). */
function runNaive(docs: Doc[]): Score {
  const groups = new Map<string, string[]>();
  for (const d of docs) {
    for (const it of d.items) {
      const e = it.event;
      const k = `${e.codes.plover.type}|${e.time?.start ?? it.article.published}|${e.locations[0]?.country ?? '-'}`;
      groups.set(k, [...(groups.get(k) ?? []), d.articleId]);
    }
  }
  return score(docs, [...groups.values()], 0);
}

/** Print linked pairs of different notes (false positives) and missed copies, with each rule's verdict. */
function showErrors(docs: Doc[], max: number): void {
  const items = docs.flatMap((d) => d.items);
  const byId = new Map(items.map((i) => [i.event.id, i]));
  const noteOf = new Map(docs.map((d) => [d.articleId, d.note]));
  const explain = (a: DedupItem, b: DedupItem) => {
    const c = compare(prepare(a, DEFAULT_OPTIONS), prepare(b, DEFAULT_OPTIONS), DEFAULT_OPTIONS);
    const rules = Object.entries(c.rules).map(([k, e]) => `${k}=${'veto' in e ? 'VETO:' + e.veto : e.points}`).join(' ');
    return `link=${c.link} score=${c.score} ${rules}`;
  };
  const line = (i: DedupItem) => `    ${i.article.id} [${i.event.codes.plover.type}/${i.event.codes.acled?.eventType ?? '-'}] ` +
    `${i.event.actors.map((a) => a.name).join(',')} → ${i.event.recipients.map((a) => a.name).join(',')} @ ` +
    `${i.event.locations.map((l) => `${l.name}/${l.precision}`).join(',')} | ${i.event.sentenceText.slice(0, 150)}`;
  let shown = 0;
  for (const c of clusterEvents(items)) {
    const ms = c.mentions.map((m) => byId.get(m.eventId)!);
    for (let i = 0; i < ms.length && shown < max; i++) {
      for (let j = i + 1; j < ms.length && shown < max; j++) {
        if (noteOf.get(ms[i]!.article.id) === noteOf.get(ms[j]!.article.id)) continue;
        process.stdout.write(`FALSE LINK (cluster of ${ms.length})\n${line(ms[i]!)}\n${line(ms[j]!)}\n    ${explain(ms[i]!, ms[j]!)}\n`);
        shown++;
        j = ms.length;
        i = ms.length;
      }
    }
  }
  shown = 0;
  const clusterOf = new Map<string, string>();
  for (const c of clusterEvents(items)) for (const id of c.eventIds) clusterOf.set(id, c.id);
  for (const d of docs) {
    if (shown >= max || !d.articleId.endsWith('#1')) continue;
    const orig = docs.find((x) => x.articleId === d.articleId.replace(/#1$/, '#0'));
    if (!orig || !orig.items.length || !d.items.length) continue;
    const joined = d.items.some((a) => orig.items.some((b) => clusterOf.get(a.event.id) === clusterOf.get(b.event.id)));
    if (joined) continue;
    process.stdout.write(`MISSED COPY\n${line(orig.items[0]!)}\n${line(d.items[0]!)}\n    ${explain(orig.items[0]!, d.items[0]!)}\n`);
    shown++;
  }
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' }, copies: { type: 'string' }, seed: { type: 'string' }, sample: { type: 'string' },
      'no-ablations': { type: 'boolean' }, json: { type: 'boolean' }, errors: { type: 'string' },
    },
  });
  const n = Number(values.n ?? 1000);
  const copies = Number(values.copies ?? 2);
  const seed = Number(values.seed ?? 1);
  const how = values.sample ?? 'dense';
  const notes = sample(load(), n, how, seed);
  const t0 = Date.now();
  const docs: Doc[] = [];
  for (const note of notes) {
    for (const a of articlesFor(note, copies, seed)) {
      const analysis = analyze({ text: a.text, outlet: a.outlet, published: a.published, url: `https://example.org/${encodeURIComponent(a.id)}` });
      const article = { id: a.id, outlet: a.outlet, published: a.published, url: null };
      // Event ids unique across articles, as the store makes them.
      const items = analysis.events.map((e) => ({ event: { ...e, id: `${a.id}/${e.id}`, articleId: a.id }, article }));
      docs.push({ articleId: a.id, note: note.id, items });
    }
  }
  const analyseSeconds = (Date.now() - t0) / 1000;
  const events = docs.reduce((t, d) => t + d.items.length, 0);
  const withEvents = docs.filter((d) => d.items.length > 0).length;

  // Order independence: a shuffled input gives the same clusters.
  const items = docs.flatMap((d) => d.items);
  const r = rng(seed);
  const shuffled = [...items].sort(() => r() - 0.5);
  const same = JSON.stringify(clusterEvents(items)) === JSON.stringify(clusterEvents(shuffled));
  if (canonical(items).length !== items.length) throw new Error('duplicate event ids');

  if (values.errors) showErrors(docs, Number(values.errors));
  const rows: Array<[string, Score]> = [['sitrep dedup (default rules)', runDedup(docs, {})]];
  rows.push(['baseline: same PLOVER type + day + country', runNaive(docs)]);
  if (!values['no-ablations']) {
    for (const rule of ['type', 'time', 'place', 'actors', 'recipients', 'figures', 'weapons', 'placed', 'complete-link']) {
      rows.push([`without ${rule}`, runDedup(docs, { ablate: [rule] })]);
    }
    rows.push(['maxKm 10', runDedup(docs, { maxKm: 10 })]);
    rows.push(['maxKm 50', runDedup(docs, { maxKm: 50 })]);
    rows.push(['maxGapDays 0', runDedup(docs, { maxGapDays: 0 })]);
    rows.push(['maxGapDays 2', runDedup(docs, { maxGapDays: 2 })]);
    for (const minScore of [2.5, 3, 3.5, 4]) {
      for (const minMergeScore of [0, 1.5, 2.5, 3]) {
        rows.push([`minScore ${minScore}, minMergeScore ${minMergeScore}`, runDedup(docs, { minScore, minMergeScore })]);
      }
    }
  }
  const summary = {
    notes: notes.length, copies, seed, sample: how, articles: docs.length, articlesWithEvents: withEvents, events,
    analyseSeconds, orderIndependent: same,
    results: Object.fromEntries(rows.map(([k, s]) => [k, s])),
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  const out: string[] = [];
  out.push(`notes ${notes.length} (${how}, seed ${seed}) × (1 + ${copies} copies) = ${docs.length} articles; ${withEvents} with events; ${events} events; analyse ${analyseSeconds.toFixed(1)} s`);
  out.push(`same clusters for shuffled input: ${same ? 'yes' : 'NO'}`);
  out.push('');
  out.push('| rules | precision | recall | F1 | recall (both have events) | predicted pairs | true pairs | clusters | cluster s |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, s] of rows) {
    out.push(`| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.recallExtractable)} | ${s.pairsPredicted} | ${s.pairsTrue} | ${s.clusters} | ${s.seconds.toFixed(2)} |`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
