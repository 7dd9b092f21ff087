import { Confusion, type Prf, ratio } from './metrics.js';

/** One line of a set's score table. */
export interface Score {
  /** The field scored ("event_type", "actor1", "fatalities (stripped)"). */
  field: string;
  /** accuracy, macro-F1, weighted-F1, precision, recall, F1, share ≤161 km, median km, … */
  metric: string;
  value: number | null;
  /** Numerator behind the value, when it is a share of counts. */
  correct: number | null;
  /** Denominator: how many cases the value rests on. */
  n: number;
  note?: string;
}

/** One wrong case kept for error analysis (`--errors N`). */
export interface ErrorCase {
  field: string;
  id: string;
  text: string;
  gold: string;
  predicted: string;
  /** Larger is worse; the worst cases are printed first. */
  severity: number;
}

export interface ConfusionTable {
  title: string;
  labels: string[];
  matrix: number[][];
}

export interface SetReport {
  set: string;
  title: string;
  file: string;
  records: number;
  scores: Score[];
  confusions: ConfusionTable[];
  errors: ErrorCase[];
  notes: string[];
  /** records the extractor threw on (scored as no prediction); a non-zero count makes `sitrep eval` exit 1 */
  failures: number;
  seconds: number;
}

/** Collects the scores, confusions and error cases of one set while it runs. */
export class ReportBuilder {
  readonly scores: Score[] = [];
  readonly confusions: Confusion[] = [];
  readonly errors: ErrorCase[] = [];
  readonly notes: string[] = [];
  private failures = 0;
  private readonly started = performance.now();

  constructor(readonly set: string, readonly title: string, readonly file: string, readonly records: number) {}

  score(field: string, metric: string, value: number | null, n: number, correct: number | null = null, note?: string): void {
    this.scores.push(note ? { field, metric, value, correct, n, note } : { field, metric, value, correct, n });
  }

  /** accuracy = correct / n. */
  accuracy(field: string, correct: number, n: number, note?: string): void {
    this.score(field, 'accuracy', ratio(correct, n), n, correct, note);
  }

  /** precision, recall and F1 lines from counts. */
  prf(field: string, p: Prf, note?: string): void {
    this.score(field, 'precision', p.precision, p.tp + p.fp, p.tp, note);
    this.score(field, 'recall', p.recall, p.tp + p.fn, p.tp);
    this.score(field, 'F1', p.f1, p.tp + p.fn, null);
  }

  confusion(c: Confusion): void {
    this.confusions.push(c);
  }

  error(e: ErrorCase): void {
    this.errors.push(e);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** Takes over the extractor's crash count (and its note) once the set has run. */
  extractor(ex: { failures: number; note(): string | null }): void {
    this.failures += ex.failures;
    const text = ex.note();
    if (text) this.notes.push(text);
  }

  build(): SetReport {
    return {
      set: this.set,
      title: this.title,
      file: this.file,
      records: this.records,
      scores: this.scores,
      confusions: this.confusions.map((c) => c.toJSON()),
      errors: this.errors,
      notes: this.notes,
      failures: this.failures,
      seconds: (performance.now() - this.started) / 1000,
    };
  }
}

/** The `worst` error cases of each field: highest severity first, ties in file order. */
export function worstErrors(errors: ErrorCase[], perField: number): Map<string, ErrorCase[]> {
  const byField = new Map<string, ErrorCase[]>();
  for (const e of errors) {
    let list = byField.get(e.field);
    if (!list) byField.set(e.field, (list = []));
    list.push(e);
  }
  for (const [field, list] of byField) {
    const sorted = list.map((e, i) => ({ e, i })).sort((a, b) => b.e.severity - a.e.severity || a.i - b.i);
    byField.set(field, sorted.slice(0, perField).map((x) => x.e));
  }
  return byField;
}
