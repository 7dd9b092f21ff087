import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, evalDir } from '../src/util/paths.js';

/**
 * The benchmark corpus, built in memory (never written to disk: the eval texts stay in ../shared/eval):
 * the `text` of every record of the eval sets, plus copies of the sample article. Record order is
 * fixed (file order) so runs are comparable.
 */

export interface BenchArticle {
  id: string;
  source: string;
  text: string;
}

export const CORPUS_FILES = [
  'acled/acled_dev.jsonl',
  'plover_gsr/plover_gsr_cameo.jsonl',
  'cameo_manual_penta/cameo_manual_penta_test.jsonl',
  'petrarch/petr2_unit_tests.jsonl',
  'geo/lgl.jsonl',
  'geo/event_location_halterman2019.jsonl',
  'rams/rams_dev_test.jsonl',
  'muc4/muc4_dev_test.jsonl',
  'wikievents/wikievents_dev_test.jsonl',
];

/** The sample article: examples/ in the repository, else the shared samples folder. */
export function sampleArticlePath(): string | null {
  const candidates = [
    join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt'),
    join(packageRoot, '..', 'shared', 'samples', 'iran-proxies-2023-10-24.txt'),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export interface CorpusOptions {
  dir?: string;
  /** Stop adding eval records after this many characters (null: all). */
  maxChars?: number | null;
  /** Copies of the sample article appended. */
  sampleCopies?: number;
}

export interface Corpus {
  articles: BenchArticle[];
  chars: number;
  /** Records per source file, for the report. */
  bySource: Record<string, number>;
  missing: string[];
}

export function buildCorpus(options: CorpusOptions = {}): Corpus {
  const dir = options.dir ?? evalDir();
  const articles: BenchArticle[] = [];
  const bySource: Record<string, number> = {};
  const missing: string[] = [];
  let chars = 0;
  const max = options.maxChars ?? Infinity;
  for (const file of CORPUS_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      missing.push(file);
      continue;
    }
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim() || chars >= max) continue;
      const r = JSON.parse(line) as { id?: string; text?: string | null };
      if (!r.text) continue;
      articles.push({ id: r.id ?? String(articles.length), source: file, text: r.text });
      bySource[file] = (bySource[file] ?? 0) + 1;
      chars += r.text.length;
    }
  }
  const sample = sampleArticlePath();
  if (sample) {
    const text = readFileSync(sample, 'utf8');
    for (let i = 0; i < (options.sampleCopies ?? 20); i++) {
      articles.push({ id: `sample-${i}`, source: 'sample article', text });
      chars += text.length;
    }
    bySource['sample article'] = options.sampleCopies ?? 20;
  } else missing.push('sample article');
  return { articles, chars, bySource, missing };
}

/** Every `every`-th article of each source goes to the warm-up set; the rest are measured. */
export function splitWarmup<T extends { source: string }>(all: readonly T[], every: number): { warmup: T[]; measured: T[] } {
  const step = Number.isFinite(every) && every >= 2 ? Math.floor(every) : 20;
  const seen = new Map<string, number>();
  const warmup: T[] = [];
  const measured: T[] = [];
  for (const a of all) {
    const k = seen.get(a.source) ?? 0;
    seen.set(a.source, k + 1);
    (k % step === 0 ? warmup : measured).push(a);
  }
  return { warmup, measured };
}
