import { DEFAULT_OPTIONS, type DedupItem, type DedupOptions, type EventCluster } from './types.js';
import { type Prepared, compare, prepare, quickVeto } from './compare.js';
import { UnionFind } from './union-find.js';
import { buildCluster } from './record.js';

export function withDefaults(options: Partial<DedupOptions> = {}): DedupOptions {
  return { ...DEFAULT_OPTIONS, ...options };
}

function byId(a: DedupItem, b: DedupItem): number {
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/** One item per event id (the first in id order wins), sorted by id: the canonical input. */
export function canonical(items: DedupItem[]): DedupItem[] {
  const seen = new Set<string>();
  const out: DedupItem[] = [];
  for (const it of [...items].sort(byId)) {
    if (seen.has(it.event.id)) continue;
    seen.add(it.event.id);
    out.push(it);
  }
  return out;
}

interface Edge { i: number; j: number; score: number }

/** What the merge needs of one comparison. */
interface Verdict { link: boolean; vetoed: boolean; score: number }

/**
 * Comparisons remembered across calls (one clusterer instance, fixed options), keyed by event ids:
 * the store re-partitions overlapping neighbourhoods article after article. Event ids are stable
 * (same id, same content), so a remembered verdict stays true. Cleared when it grows past `max`.
 */
export class PairCache {
  readonly prepared = new Map<string, Prepared>();
  readonly verdicts = new Map<number, Verdict>();
  private readonly numbers = new Map<string, number>();
  constructor(readonly max = 2_000_000) {}
  /** A small integer per event id, for numeric pair keys. */
  number(id: string): number {
    let k = this.numbers.get(id);
    if (k === undefined) {
      k = this.numbers.size;
      this.numbers.set(id, k);
    }
    return k;
  }
  trim(): void {
    if (this.verdicts.size > this.max || this.numbers.size > 2 ** 26) {
      this.verdicts.clear();
      this.numbers.clear();
      this.prepared.clear();
    }
  }
}

/**
 * Partition mentions into real events. Candidate pairs come from a sweep over date ranges (pairs
 * farther apart than `maxGapDays` are never compared) plus every pair within one article. Linked
 * pairs are merged strongest first (score, then ids), and a merge is refused when any pair across
 * the two groups is vetoed by a rule or scores below `minMergeScore`, so a vague mention cannot
 * chain two distinct events together.
 * The result depends only on the set of items, never on their order.
 */
export function partition(items: DedupItem[], options: Partial<DedupOptions> = {}, cache?: PairCache): DedupItem[][] {
  const opts = withDefaults(options);
  const list = canonical(items);
  cache?.trim();
  const prepared: Prepared[] = list.map((it) => {
    let p = cache?.prepared.get(it.event.id);
    if (!p || p.item.article.published !== it.article.published) {
      p = prepare(it, opts);
      cache?.prepared.set(it.event.id, p);
    }
    return p;
  });
  const n = prepared.length;
  const ids = cache ? list.map((it) => cache.number(it.event.id)) : [];
  const local = new Map<number, Verdict>();
  const verdict = (i: number, j: number): Verdict => {
    const [p, q] = i < j ? [i, j] : [j, i];
    const k = p * n + q;
    let v = local.get(k);
    if (v) return v;
    const [x, y] = cache ? (ids[p]! < ids[q]! ? [ids[p]!, ids[q]!] : [ids[q]!, ids[p]!]) : [0, 0];
    const key = x * 2 ** 26 + y;
    v = cache?.verdicts.get(key);
    if (!v) {
      if (quickVeto(prepared[p]!, prepared[q]!, opts)) v = { link: false, vetoed: true, score: 0 };
      else {
        const c = compare(prepared[p]!, prepared[q]!, opts);
        v = { link: c.link, vetoed: c.veto !== null, score: c.score };
      }
      cache?.verdicts.set(key, v);
    }
    local.set(k, v);
    return v;
  };
  const edges: Edge[] = [];
  const consider = (i: number, j: number): void => {
    const v = verdict(i, j);
    if (v.link) edges.push({ i: Math.min(i, j), j: Math.max(i, j), score: v.score });
  };
  // The merge check (most pairs are never asked about): vetoed, or too weak.
  const refuses = (i: number, j: number): boolean => {
    const v = verdict(i, j);
    return v.vetoed || (!v.link && v.score < opts.minMergeScore);
  };
  // Dated items: sweep in order of start day.
  const dated = prepared.map((p, i) => ({ p, i })).filter((x) => x.p.range !== null);
  dated.sort((a, b) => a.p.range!.start - b.p.range!.start || a.i - b.i);
  for (let x = 0; x < dated.length; x++) {
    const a = dated[x]!;
    const limit = a.p.range!.end + opts.maxGapDays;
    for (let y = x + 1; y < dated.length; y++) {
      const b = dated[y]!;
      if (b.p.range!.start > limit) break;
      consider(a.i, b.i);
    }
  }
  // Within one article, pairs involving an undated mention.
  const byArticle = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    const g = byArticle.get(p.item.article.id) ?? [];
    g.push(i);
    byArticle.set(p.item.article.id, g);
  });
  for (const group of byArticle.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!;
        const j = group[y]!;
        if (prepared[i]!.range === null || prepared[j]!.range === null) consider(i, j);
      }
    }
  }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const uf = new UnionFind(n);
  for (const e of edges) {
    const ra = uf.find(e.i);
    const rb = uf.find(e.j);
    if (ra === rb) continue;
    let ok = true;
    if (opts.ablate.includes('complete-link')) { uf.union(ra, rb); continue; }
    for (const p of uf.membersOf(ra)) {
      for (const q of uf.membersOf(rb)) {
        if (refuses(p, q)) { ok = false; break; }
      }
      if (!ok) break;
    }
    if (ok) uf.union(ra, rb);
  }
  return uf.groups().map((g) => g.map((i) => list[i]!));
}

/** Cluster a whole set of mentions into event clusters (sorted by cluster id). */
export function clusterEvents(items: DedupItem[], options: Partial<DedupOptions> = {}): EventCluster[] {
  return partition(items, options).map(buildCluster).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
