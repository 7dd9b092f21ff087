import { skipLine, type IngestSummary } from './types.js';

/** The closing summary: ingested, duplicates, skipped with reasons. */
export function formatSummary(s: IngestSummary, location: string, maxSkips = 20): string {
  const rate = s.seconds > 0 ? (s.ingested + s.duplicates) / s.seconds : 0;
  const lines = [
    `${s.interrupted ? 'interrupted: ' : ''}ingested ${s.ingested} article${s.ingested === 1 ? '' : 's'} (${s.events} events) in ${s.seconds.toFixed(1)} s, ${rate.toFixed(0)} articles/s, into ${location}`,
    `duplicates ${s.duplicates} (already stored, left unchanged)`,
  ];
  if (s.skipped === 0) lines.push('skipped 0');
  else {
    const byCode = new Map<string, number>();
    for (const k of s.skips) byCode.set(k.code, (byCode.get(k.code) ?? 0) + 1);
    lines.push(`skipped ${s.skipped} (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}):`);
    for (const k of s.skips.slice(0, maxSkips)) lines.push(`  ${skipLine(k)}`);
    if (s.skips.length > maxSkips) lines.push(`  … and ${s.skips.length - maxSkips} more (listed above as they happened)`);
  }
  if (s.interrupted) lines.push('every stored article is complete; run the same command again to finish');
  return lines.join('\n');
}
