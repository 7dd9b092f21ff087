import type { ExportRecord } from './record.js';
import { figureReports } from './record.js';

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : one.slice(0, Math.max(0, n - 1)) + '…';
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

const HEAD = ['date', 'type', 'actors → recipients', 'place', 'killed', 'src', 'conf', 'id', 'sentence'];
const WIDTH = [11, 26, 38, 22, 16, 3, 4, 20, 0];

/** One line of the human-readable table. */
export function tableLine(r: ExportRecord): string {
  const c = r.c;
  const acled = c.codes.acled ? `/${c.codes.acled.eventType.split(/[ /]/)[0]}` : '';
  const actors = c.actors.map((a) => a.name).join(', ') || '?';
  const recips = c.recipients.map((a) => a.name).join(', ');
  const killed = (c.figures.killed ?? []).map((f) => `${f.approximate ? '~' : ''}${f.value ?? '?'}`).join('|');
  const sentence = (c.mentions.find((m) => m.eventId === c.representative) ?? c.mentions[0])?.sentenceText ?? '';
  // Undated: the first publication day, marked "~" (the event was reported then, not dated).
  const published = c.mentions.map((m) => m.published?.slice(0, 10)).filter((p): p is string => !!p).sort()[0];
  const cells = [
    c.start ?? (published ? `~${published}` : '-'),
    `${c.codes.plover.type}${acled}`,
    recips ? `${actors} → ${recips}` : actors,
    c.location?.name ?? '-',
    killed || '-',
    String(c.outlets),
    c.confidence.toFixed(2),
    r.id,
    sentence,
  ];
  return cells.map((cell, i) => (WIDTH[i] ? pad(clip(cell, WIDTH[i]!), WIDTH[i]!) : clip(cell, 100))).join('  ').trimEnd();
}

export function tableHeader(): string {
  return HEAD.map((h, i) => (WIDTH[i] ? pad(h, WIDTH[i]!) : h)).join('  ');
}

/** A few lines of detail under a cluster row: each mention's outlet, date and its own figures. */
export function mentionLines(r: ExportRecord): string[] {
  if (r.kind !== 'cluster' || r.c.mentions.length < 2) return [];
  const out = r.c.mentions.map((m) => {
    const figs = Object.entries(m.figures).map(([k, f]) => `${k} ${f!.approximate ? '~' : ''}${f!.value ?? '?'}`).join(', ');
    return `    · ${m.outlet ?? m.source} ${m.published?.slice(0, 10) ?? ''} s${m.sentence}${figs ? ` (${figs})` : ''}: ${clip(m.sentenceText, 90)}`;
  });
  const killed = figureReports(r.c, 'killed');
  if ((r.c.figures.killed?.length ?? 0) > 1) out.push(`    killed, side by side: ${killed}`);
  return out;
}
