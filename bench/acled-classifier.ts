import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../src/util/paths.js';
import { classifyAcled } from '../src/resolve/acled.js';
import { featuresFromNote } from './acled-features.js';

/**
 * Measures the ACLED classifier alone on ACLED notes (../shared/eval/acled/acled_dev.jsonl):
 *   node dist/bench/acled-classifier.js [--no-strip] [--errors "<gold sub-type>"] [--limit N]
 * Prints event-type accuracy and macro-F1, sub-event-type accuracy and weighted F1, the event-type
 * confusion table and the most frequent sub-type confusions. Notes are stripped of ACLED's coding
 * conventions first unless --no-strip. The data stays in the shared folder; nothing is written.
 */

interface Row { text: string; event_type: string; sub_event_type: string; country: string | null }

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const strip = !args.includes('--no-strip');
const showErrors = opt('--errors');
const limit = Number(opt('--limit') ?? 8);

const file = join(evalDir(), 'acled', 'acled_dev.jsonl');
const rows: Row[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

const t0 = performance.now();
const preds: { gold: Row; type: string; sub: string; rule: string; text: string }[] = [];
for (const r of rows) {
  const { features, text } = featuresFromNote(r.text, strip, r.country);
  const res = classifyAcled(features);
  preds.push({ gold: r, type: res?.eventType ?? '(none)', sub: res?.subEventType ?? '(none)', rule: res?.rule ?? '-', text });
}
const ms = performance.now() - t0;

function f1Table(pairs: [string, string][]): { acc: number; macro: number; weighted: number; per: Map<string, { p: number; r: number; f: number; n: number }> } {
  const labels = new Set(pairs.map(([g]) => g));
  const per = new Map<string, { p: number; r: number; f: number; n: number }>();
  let correct = 0;
  for (const [g, p] of pairs) if (g === p) correct++;
  let macro = 0; let weighted = 0;
  for (const l of labels) {
    const tp = pairs.filter(([g, p]) => g === l && p === l).length;
    const np = pairs.filter(([, p]) => p === l).length;
    const n = pairs.filter(([g]) => g === l).length;
    const p = np ? tp / np : 0; const r = n ? tp / n : 0; const f = p + r ? (2 * p * r) / (p + r) : 0;
    per.set(l, { p, r, f, n });
    macro += f; weighted += f * n;
  }
  return { acc: correct / pairs.length, macro: macro / labels.size, weighted: weighted / pairs.length, per };
}

const et = f1Table(preds.map((p) => [p.gold.event_type, p.type]));
const st = f1Table(preds.map((p) => [p.gold.sub_event_type, p.sub]));
const fmt = (x: number): string => x.toFixed(3);
console.log(`ACLED classifier on ${rows.length} notes (${strip ? 'coding conventions stripped' : 'raw notes'}), ${(rows.length / (ms / 1000)).toFixed(0)} notes/s`);
console.log(`event_type     accuracy ${fmt(et.acc)}  macro-F1 ${fmt(et.macro)}  weighted-F1 ${fmt(et.weighted)}`);
console.log(`sub_event_type accuracy ${fmt(st.acc)}  macro-F1 ${fmt(st.macro)}  weighted-F1 ${fmt(st.weighted)}`);
console.log('\nper sub-event type (n, P, R, F1):');
for (const [l, v] of [...st.per].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${l.padEnd(38)} ${String(v.n).padStart(5)}  ${fmt(v.p)} ${fmt(v.r)} ${fmt(v.f)}`);

const types = [...new Set(preds.map((p) => p.gold.event_type))].sort();
const cols = [...types, '(none)'];
const short = (s: string): string => s.slice(0, 9);
console.log('\nevent-type confusion (rows gold, columns predicted):');
console.log(' '.repeat(28) + cols.map((c) => short(c).padStart(10)).join(''));
for (const g of types) {
  console.log(g.padEnd(28) + cols.map((c) => String(preds.filter((p) => p.gold.event_type === g && p.type === c).length).padStart(10)).join(''));
}
const conf = new Map<string, number>();
for (const p of preds) if (p.gold.sub_event_type !== p.sub) { const k = `${p.gold.sub_event_type} → ${p.sub}`; conf.set(k, (conf.get(k) ?? 0) + 1); }
console.log('\nmost frequent sub-type confusions (gold → predicted):');
for (const [k, n] of [...conf].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(n).padStart(4)}  ${k}`);

if (showErrors) {
  console.log(`\nerrors for gold "${showErrors}" (or predicted, with --errors "pred:<sub-type>"):`);
  const wantPred = showErrors.startsWith('pred:') ? showErrors.slice(5) : null;
  const errs = preds.filter((p) => p.gold.sub_event_type !== p.sub && (wantPred ? p.sub === wantPred : p.gold.sub_event_type === showErrors));
  for (const p of errs.slice(0, limit)) console.log(`  [${p.sub} via ${p.rule}] (gold ${p.gold.sub_event_type}) ${p.text.slice(0, 260)}`);
}
