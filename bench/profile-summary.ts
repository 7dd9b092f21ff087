import { onClosedPipe } from '../src/util/closed-pipe.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Summarise a V8 .cpuprofile (node --cpu-prof): self time by function and by source file. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export interface SelfTime { name: string; where: string; ms: number; share: number }

function shortUrl(url: string): string {
  const i = url.indexOf('/dist/');
  if (i >= 0) return url.slice(i + 6);
  const nm = url.indexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + 1);
  return url.replace(/^file:\/\//, '') || '(native)';
}

export interface ProfileSummary { total: number; functions: SelfTime[]; files: SelfTime[] }

/** `skip` leaves frames out of the summary (e.g. the profiler's own work); idle time is always left out. */
export function summariseProfile(p: CpuProfile, top = 25, skip: (name: string, url: string) => boolean = () => false): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** For a native frame: the nearest JavaScript caller, so "compareOffset (native)" says whose it is. */
  const caller = (id: number): string => {
    const chain: string[] = [];
    for (let q = parent.get(id); q != null && chain.length < 3; q = parent.get(q)) {
      const f = byId.get(q)?.callFrame;
      if (!f?.url) continue;
      chain.push(`${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`);
      if (!f.url.startsWith('node:')) break; // stop at the first frame of our own code
    }
    return chain.join(' ← ');
  };
  const selfUs = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  let total = 0;
  const fn = new Map<string, SelfTime>();
  const file = new Map<string, SelfTime>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (!n || n.callFrame.functionName === '(idle)' || skip(n.callFrame.functionName, n.callFrame.url)) continue;
    total += us;
    const native = !n.callFrame.url;
    const where = native ? `(native) in ${caller(id) || '?'}` : `${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    const name = n.callFrame.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const f = fn.get(key) ?? { name, where, ms: 0, share: 0 };
    f.ms += us / 1000;
    fn.set(key, f);
    const fileKey = native ? name : shortUrl(n.callFrame.url);
    const g = file.get(fileKey) ?? { name: fileKey, where: '', ms: 0, share: 0 };
    g.ms += us / 1000;
    file.set(fileKey, g);
  }
  const finish = (m: Map<string, SelfTime>) =>
    [...m.values()].map((x) => ({ ...x, share: total ? (x.ms * 1000) / total : 0 })).sort((a, b) => b.ms - a.ms).slice(0, top);
  return { total: total / 1000, functions: finish(fn), files: finish(file) };
}

export function summariseProfileFile(path: string, top = 25): ProfileSummary {
  return summariseProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, top);
}

// node dist/bench/profile-summary.js FILE.cpuprofile: print the summary of a `node --cpu-prof` profile
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node dist/bench/profile-summary.js FILE.cpuprofile\n');
    process.exitCode = 2;
  } else {
    onClosedPipe(process.stdout, 'exit'); // `… | head` must not crash with EPIPE
    const s = summariseProfileFile(file);
    process.stdout.write(`${s.total.toFixed(0)} ms sampled\n\nself time by file:\n`);
    for (const f of s.files) process.stdout.write(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}\n`);
    process.stdout.write('\nself time by function:\n');
    for (const f of s.functions) process.stdout.write(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}\n`);
  }
}
