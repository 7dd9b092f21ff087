/** The benchmark's figures as the generated block of docs/PERFORMANCE.md. */
import type { ColdStart } from './cold-start.js';
import type { Timing } from './measure.js';
import type { ProfileSummary } from './profile-summary.js';

export const TARGETS = { sentencesPerSec: 20_000, tokenRatio: 0.1, peakRssMb: 400, coldStartSec: 0.5 };

export const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export const BEGIN = '<!-- BEGIN GENERATED: npm run bench -- --markdown; do not edit by hand -->';
export const END = '<!-- END GENERATED -->';
export const PERFORMANCE_TEMPLATE = '# Performance\n';

export type Result = {
  date: string; commit: string; dirty: boolean; node: string; cpu: string; pinned: string; v8Flags?: string; priority?: string;
  corpus: { chars: number; articles: number; bySource: Record<string, number>; missing: string[] };
  rows: Timing[]; warmupSeconds: number; warmupArticles: number; rssBeforeMb: number; rssAfterAnalyzeMb: number; retainedHeapMb: number; cold: ColdStart;
  stages: { stage: string; seconds: number }[]; profile: ProfileSummary | null; coldProfile: ProfileSummary | null;
};

export function markdown(r: Result, values: Record<string, unknown>): string {
  const bare = r.rows.find((x) => x.name.startsWith('bare'))!;
  const an = r.rows[0]!;
  const worker = r.rows.find((x) => x.name.includes('warmed worker'));
  const lines = [
    `Measured ${r.date} at commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes in the tree)' : ''}; ${r.node}; ${r.cpu}; pinned to one core: ${r.pinned}; V8 flags: ${r.v8Flags ?? "node's defaults"}; priority: ${r.priority ?? 'normal'}.`,
    `Command: \`npm run bench -- --profile --markdown docs/PERFORMANCE.md\`${values['max-mb'] ? ` (--max-mb ${String(values['max-mb'])})` : ''}.`,
    `Corpus: ${fmt(r.corpus.chars / 1e6, 2)} M characters in ${fmt(r.corpus.articles + r.warmupArticles)} articles (${Object.entries(r.corpus.bySource).map(([k, v]) => `${k.replace(/\.jsonl$/, '')} ${fmt(v)}`).join(', ')}); ${fmt(r.warmupArticles)} of them (every ${String(values['warmup-every'] ?? 20)}th of each source) are the warm-up and are held out of every measured row, which runs on the other ${fmt(r.corpus.articles)}.`,
    'Rates are per CPU second (user + system time of the process), which holds up on a loaded machine better than wall time (shown beside it). ' +
      'Tokens/s use the same token count (the bare regex tokeniser\'s) for every row, so the "× bare" column is a ratio of CPU times on the same text.',
    '',
    '| what | CPU s | wall s | articles/s | sentences/s | tokens/s | × bare tokeniser |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.rows.map((t) => `| ${t.name} (${t.note.replace(/\|/g, '\\|')}) | ${fmt(t.seconds, 2)} | ${fmt(t.wall, 2)} | ${fmt(t.articles / t.seconds)} | ${t.sentences != null ? fmt(t.sentences / t.seconds) : '–'} | ${fmt(t.tokens / t.seconds)} | ${fmt(t.tokens / t.seconds / (bare.tokens / bare.seconds), 3)} |`),
    '',
    '| target | measured | met? |',
    '|---|---:|---|',
    `| extraction ≥ 20,000 sentences/s on one core | ${fmt((an.sentences ?? 0) / an.seconds)} first pass${worker ? `; ${fmt((worker.sentences ?? 0) / worker.seconds)} warmed worker` : ''} | ${(an.sentences ?? 0) / an.seconds >= TARGETS.sentencesPerSec ? 'yes' : worker && (worker.sentences ?? 0) / worker.seconds >= TARGETS.sentencesPerSec ? 'warmed worker only' : 'no'} |`,
    `| ≥ 1/10 of the bare tokeniser's tokens/s | ${fmt(bare.seconds / an.seconds, 3)} first pass${worker ? `; ${fmt((bare.seconds / bare.tokens) * (worker.tokens / worker.seconds), 3)} warmed worker` : ''} | ${bare.seconds / an.seconds >= TARGETS.tokenRatio ? 'yes' : 'no'} |`,
    `| peak RSS < 400 MB | ${fmt(r.rssAfterAnalyzeMb)} MB (${fmt(r.rssBeforeMb)} MB before analyze, corpus loaded; heap after a full GC ${fmt(r.retainedHeapMb)} MB, corpus included) | ${r.rssAfterAnalyzeMb < TARGETS.peakRssMb ? 'yes' : 'no'} |`,
    `| cold start < 0.5 s | ${fmt(r.cold.cpu, 3)} s CPU (${fmt(r.cold.seconds, 3)} s wall) | ${r.cold.ok && r.cold.cpu < TARGETS.coldStartSec ? 'yes' : 'no'} |`,
    '',
    `Cold start: \`${r.cold.command}\`, ${r.cold.note}. Warm-up of analyze() in the benchmark process (the held-out articles; loads dictionaries and the gazetteer, and lets the JIT compile for every kind of text): ${fmt(r.warmupSeconds, 2)} s.`,
    '',
  ];
  const total = r.stages.reduce((a, s) => a + s.seconds, 0);
  lines.push(`Time per pipeline stage (every ${String(values['stage-step'] ?? 4)}th article of the corpus):`, '', '| stage | seconds | share |', '|---|---:|---:|');
  for (const s of [...r.stages].sort((a, b) => b.seconds - a.seconds)) lines.push(`| ${s.stage} | ${fmt(s.seconds, 3)} | ${fmt((100 * s.seconds) / total, 1)}% |`);
  lines.push('');
  if (r.profile) {
    lines.push(`CPU profile of the analyze loop (V8 sampling profiler via node:inspector, the same data as \`node --cpu-prof\`; every ${String(values['stage-step'] ?? 4)}th article, ${fmt(r.profile.total)} ms sampled): self time by source file`, '', '| file | self ms | share |', '|---|---:|---:|');
    for (const f of r.profile.files.slice(0, 15)) lines.push(`| ${f.name} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('', 'Top functions by self time:', '', '| function | where | self ms | share |', '|---|---|---:|---:|');
    for (const f of r.profile.functions.slice(0, 20)) lines.push(`| ${f.name.replace(/\|/g, '\\|')} | ${f.where} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('');
  }
  if (r.coldProfile) {
    lines.push(`CPU profile of one cold \`sitrep analyze\` run on the sample article (\`node --cpu-prof\`, ${fmt(r.coldProfile.total)} ms sampled): self time by source file`, '', '| file | self ms | share |', '|---|---:|---:|');
    for (const f of r.coldProfile.files.slice(0, 15)) lines.push(`| ${f.name} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('', 'Top functions of the cold run:', '', '| function | where | self ms | share |', '|---|---|---:|---:|');
    for (const f of r.coldProfile.functions.slice(0, 12)) lines.push(`| ${f.name.replace(/\|/g, '\\|')} | ${f.where} | ${fmt(f.ms)} | ${fmt(f.share * 100, 1)}% |`);
    lines.push('');
  }
  return lines.join('\n');
}
