/** Scoring arithmetic shared by every set: accuracy, per-class F1, confusion tables, distances. */

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
}

export function ratio(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** Precision, recall and F1 from counts; null where the denominator is zero. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // no true positive while there was something to find or something predicted: F1 is 0, not undefined
  const f1 = tp > 0 ? (2 * precision! * recall!) / (precision! + recall!) : fp + fn > 0 ? 0 : null;
  return { precision, recall, f1, tp, fp, fn };
}

/** Gold × predicted counts; the label NONE stands for "no prediction". */
export class Confusion {
  readonly counts = new Map<string, Map<string, number>>();
  constructor(readonly title: string) {}

  add(gold: string, predicted: string): void {
    let row = this.counts.get(gold);
    if (!row) this.counts.set(gold, (row = new Map()));
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
  }

  get total(): number {
    let n = 0;
    for (const row of this.counts.values()) for (const c of row.values()) n += c;
    return n;
  }

  get correct(): number {
    let n = 0;
    for (const [g, row] of this.counts) n += row.get(g) ?? 0;
    return n;
  }

  accuracy(): number | null {
    return ratio(this.correct, this.total);
  }

  goldLabels(): string[] {
    return [...this.counts.keys()].sort();
  }

  /** Every label seen on either side, gold labels first (sorted), then predicted-only labels. */
  labels(): string[] {
    const gold = this.goldLabels();
    const extra = new Set<string>();
    for (const row of this.counts.values()) for (const p of row.keys()) if (!this.counts.has(p)) extra.add(p);
    return [...gold, ...[...extra].sort()];
  }

  /** Per-class counts for one label. */
  perClass(label: string): Prf & { support: number } {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [g, row] of this.counts) {
      for (const [p, c] of row) {
        if (g === label && p === label) tp += c;
        else if (g === label) fn += c;
        else if (p === label) fp += c;
      }
    }
    return { ...prf(tp, fp, fn), support: tp + fn };
  }

  /** Unweighted mean F1 over the gold labels (a class never predicted scores 0). */
  macroF1(): number | null {
    const gold = this.goldLabels();
    if (gold.length === 0) return null;
    let sum = 0;
    for (const g of gold) sum += this.perClass(g).f1 ?? 0;
    return sum / gold.length;
  }

  /** Mean F1 over the gold labels weighted by their support. */
  weightedF1(): number | null {
    let sum = 0;
    let n = 0;
    for (const g of this.goldLabels()) {
      const c = this.perClass(g);
      sum += (c.f1 ?? 0) * c.support;
      n += c.support;
    }
    return ratio(sum, n);
  }

  toJSON(): { title: string; labels: string[]; matrix: number[][] } {
    const labels = this.labels();
    const matrix = this.goldLabels().map((g) => labels.map((p) => this.counts.get(g)?.get(p) ?? 0));
    return { title: this.title, labels, matrix };
  }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Great-circle distance in km: the one implementation in src/resolve/geo-distance.ts. */
export { haversineKm } from '../resolve/geo-distance.js';

/** Character spans [start, end) overlap. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function overlapLength(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * P/R/F1 when a predicted item and a gold item can each match several on the other side:
 * precision = predicted items that match / predicted, recall = gold items found / gold.
 */
export function prfSplit(matchedPred: number, nPred: number, matchedGold: number, nGold: number): Prf {
  const precision = ratio(matchedPred, nPred);
  const recall = ratio(matchedGold, nGold);
  const f1 = precision != null && recall != null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : nPred + nGold > 0 ? 0 : null;
  return { precision, recall, f1, tp: matchedGold, fp: nPred - matchedPred, fn: nGold - matchedGold };
}

/** Running totals for prfSplit. */
export class SplitCounts {
  matchedPred = 0;
  nPred = 0;
  matchedGold = 0;
  nGold = 0;
  add(o: { matchedPred: number; nPred: number; matchedGold: number; nGold: number }): void {
    this.matchedPred += o.matchedPred;
    this.nPred += o.nPred;
    this.matchedGold += o.matchedGold;
    this.nGold += o.nGold;
  }
  prf(): Prf {
    return prfSplit(this.matchedPred, this.nPred, this.matchedGold, this.nGold);
  }
}
