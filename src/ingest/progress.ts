/** Progress: a redrawn bar on a terminal (articles/s, events, ETA), plain log lines otherwise. */
import type { IngestCounters } from './types.js';

export interface Progress {
  /** New counts (cheap to call often; output is throttled). */
  update(c: IngestCounters): void;
  /** A line that must be shown (a skipped input). */
  log(line: string): void;
  /** Final redraw and newline. */
  done(c: IngestCounters): void;
}

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Articles handled per second, ETA from bytes done, for both outputs. */
function figures(c: IngestCounters, startedAt: number, now: number) {
  const secs = Math.max(0.001, (now - startedAt) / 1000);
  const handled = c.ingested + c.duplicates;
  const rate = handled / secs;
  const fraction = c.bytesTotal > 0 ? Math.min(1, c.bytesDone / c.bytesTotal) : null;
  const eta = fraction && fraction > 0 ? (secs / fraction) * (1 - fraction) : NaN;
  return { rate, fraction, eta, secs };
}

export function counterLine(c: IngestCounters): string {
  return `${c.ingested} ingested, ${c.duplicates} duplicates, ${c.skipped} skipped, ${c.events} events`;
}

class TtyProgress implements Progress {
  private last = 0;
  private drawn = false;
  private readonly started = Date.now();
  private c: IngestCounters | null = null;
  constructor(private readonly out: ProgressStream) {}

  private draw(c: IngestCounters): void {
    const f = figures(c, this.started, Date.now());
    const width = 24;
    const bar = f.fraction === null ? '' : `[${'#'.repeat(Math.round(f.fraction * width)).padEnd(width, '.')}] ${Math.floor(f.fraction * 100)}% `;
    const line = `${bar}${c.ingested + c.duplicates} articles ${f.rate.toFixed(0)}/s, ${c.events} events, ${c.duplicates} dup, ${c.skipped} skipped, ETA ${f.fraction === null ? '?' : clock(f.eta)}`;
    const cols = this.out.columns || 100;
    this.out.write(`\r\x1b[2K${line.slice(0, Math.max(20, cols - 1))}`);
    this.drawn = true;
  }

  update(c: IngestCounters): void {
    this.c = c;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.draw(c);
  }

  log(line: string): void {
    this.out.write(`${this.drawn ? '\r\x1b[2K' : ''}${line}\n`);
    if (this.c) this.draw(this.c);
  }

  done(c: IngestCounters): void {
    this.draw(c);
    this.out.write('\n');
  }
}

class LogProgress implements Progress {
  private last = Date.now();
  private readonly started = Date.now();
  constructor(private readonly out: ProgressStream, private readonly everyMs: number) {}

  update(c: IngestCounters): void {
    const now = Date.now();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    const f = figures(c, this.started, now);
    const eta = f.fraction === null ? '' : `, ${Math.floor(f.fraction * 100)}% done, ETA ${clock(f.eta)}`;
    this.out.write(`ingest: ${counterLine(c)} (${f.rate.toFixed(0)} articles/s${eta})\n`);
  }

  log(line: string): void {
    this.out.write(line + '\n');
  }

  done(): void {}
}

export function createProgress(out: ProgressStream, options: { tty?: boolean; everyMs?: number; quiet?: boolean } = {}): Progress {
  if (options.quiet) return { update() {}, log: (l) => void out.write(l + '\n'), done() {} };
  return (options.tty ?? out.isTTY) ? new TtyProgress(out) : new LogProgress(out, options.everyMs ?? 5000);
}
