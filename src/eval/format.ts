import type { ConfusionTable, ErrorCase, Score, SetReport } from './report.js';
import { worstErrors } from './report.js';
import { prf } from './metrics.js';

/** Text and Markdown rendering of set reports. */

const SHARE_METRICS = new Set(['accuracy', 'precision', 'recall', 'F1', 'macro-F1', 'weighted-F1']);

export function formatValue(s: Pick<Score, 'metric' | 'value'>): string {
  if (s.value == null) return '–';
  if (SHARE_METRICS.has(s.metric)) return `${(s.value * 100).toFixed(1)}%`;
  return s.value >= 100 ? s.value.toFixed(0) : s.value.toFixed(1);
}

function counts(s: Score): string {
  return s.correct != null ? `${s.correct}/${s.n}` : `n=${s.n}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function padLeft(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

export function formatScores(r: SetReport): string {
  const lines = [`== ${r.set}: ${r.title} (${r.records} records, ${r.file}, ${r.seconds.toFixed(1)} s)`];
  const fw = Math.max(5, ...r.scores.map((s) => s.field.length));
  const mw = Math.max(6, ...r.scores.map((s) => s.metric.length));
  for (const s of r.scores) {
    lines.push(`  ${pad(s.field, fw)}  ${pad(s.metric, mw)}  ${padLeft(formatValue(s), 7)}  ${padLeft(counts(s), 11)}${s.note ? `  ${s.note}` : ''}`);
  }
  for (const n of r.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}

/** A confusion table with numbered columns and a legend (labels can be long). */
export function formatConfusion(c: ConfusionTable): string {
  const lines = [`  ${c.title}`];
  const w = Math.max(4, ...c.matrix.flat().map((v) => String(v).length + 1));
  const lw = Math.max(...c.labels.map((l) => l.length), 4) + 4;
  lines.push(`  ${pad('', lw)}${c.labels.map((_, i) => padLeft(String(i + 1), w)).join('')}`);
  c.matrix.forEach((row, gi) => {
    const label = c.labels[gi] ?? '';
    lines.push(`  ${pad(`${gi + 1} ${label}`, lw)}${row.map((v) => padLeft(v ? String(v) : '.', w)).join('')}`);
  });
  const extra = c.labels.slice(c.matrix.length);
  if (extra.length) lines.push(`  predicted only: ${extra.map((l, i) => `${c.matrix.length + i + 1} ${l}`).join(', ')}`);
  lines.push(`  per class (precision / recall / F1): ${perClass(c).map((p) => `${p.label} ${pct(p.precision)}/${pct(p.recall)}/${pct(p.f1)}`).join('; ')}`);
  return lines.join('\n');
}

function pct(x: number | null): string {
  return x == null ? '–' : (x * 100).toFixed(0);
}

/** Precision, recall and F1 of each gold label, read off a confusion matrix. */
export function perClass(c: ConfusionTable): { label: string; precision: number | null; recall: number | null; f1: number | null }[] {
  return c.matrix.map((row, i) => {
    const tp = row[i] ?? 0;
    const rowSum = row.reduce((a, b) => a + b, 0);
    const colSum = c.matrix.reduce((a, r) => a + (r[i] ?? 0), 0);
    const p = prf(tp, colSum - tp, rowSum - tp);
    return { label: c.labels[i] ?? '', precision: p.precision, recall: p.recall, f1: p.f1 };
  });
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

export function formatErrors(errors: ErrorCase[], perField: number): string {
  const lines: string[] = [];
  for (const [field, list] of worstErrors(errors, perField)) {
    lines.push(`  -- worst ${list.length} for ${field}`);
    for (const e of list) {
      lines.push(`    [${e.id}] gold: ${clip(e.gold, 120)}  |  predicted: ${clip(e.predicted, 120)}`);
      lines.push(`      ${clip(e.text, 300)}`);
    }
  }
  return lines.join('\n');
}

/** Options of a run, as recorded next to the scores. */
export interface RunInfo {
  date: string;
  commit: string;
  dirty: boolean;
  command: string;
  split: string | null;
  limit: number | null;
}

function mdEscape(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/** The generated part of docs/EVALUATION.md: one table of every score, with date and commit. */
export function markdownScores(reports: SetReport[], info: RunInfo): string {
  const lines = [
    `Measured ${info.date} at commit \`${info.commit}\`${info.dirty ? ' (with uncommitted changes in the tree)' : ''} with \`${info.command}\`` +
      `${info.split ? `, split ${info.split}` : ''}${info.limit != null ? `, first ${info.limit} records per set` : ''}.`,
    '',
    '| set | field | metric | value | count | measured | commit |',
    '|---|---|---|---:|---:|---|---|',
  ];
  for (const r of reports) {
    for (const s of r.scores) {
      lines.push(`| ${r.set} | ${mdEscape(s.field)} | ${s.metric} | ${formatValue(s)} | ${counts(s)} | ${info.date.slice(0, 10)} | \`${info.commit}\` |`);
    }
  }
  lines.push('');
  for (const r of reports) {
    if (r.notes.length === 0) continue;
    lines.push(`Notes on ${r.set} (${r.records} records, ${r.seconds.toFixed(1)} s):`);
    for (const n of r.notes) lines.push(`- ${mdEscape(n)}`);
    lines.push('');
  }
  for (const r of reports) {
    for (const c of r.confusions) {
      if (c.labels.length > 20) continue;
      lines.push(`**${r.set}: ${mdEscape(c.title)}**`, '', '```', formatConfusion(c), '```', '');
    }
  }
  return lines.join('\n');
}

export const BEGIN_MARK = '<!-- BEGIN GENERATED: sitrep eval --markdown; do not edit by hand -->';
export const END_MARK = '<!-- END GENERATED -->';

/** Replace the generated block of a Markdown file, keeping the hand-written rest. */
export function spliceGenerated(existing: string | null, generated: string, template: string, begin = BEGIN_MARK, end = END_MARK): string {
  const block = `${begin}\n${generated.trimEnd()}\n${end}`;
  const base = existing ?? template;
  const a = base.indexOf(begin);
  const b = a >= 0 ? base.indexOf(end, a) : -1;
  if (a >= 0 && b > a) return base.slice(0, a) + block + base.slice(b + end.length);
  return `${base.trimEnd()}\n\n${block}\n`;
}
