/**
 * A volume corpus for the ingest benchmark, read in place from the evaluation folder (../shared/eval
 * or SITREP_EVAL_DIR; never copied). Texts from ACLED notes, RAMS, MUC-4, LGL, WikiEvents and the
 * event-location sentences are interleaved; each article gets a synthetic URL (so a stable id) and a
 * publication date (the record's own, else spread over 2020–2024).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { evalDir } from '../src/util/paths.js';
import { articleId } from '../src/util/hash.js';
import type { Article } from '../src/model/article.js';

const FILES = [
  'acled/acled_dev.jsonl', 'rams/rams_dev_test.jsonl', 'geo/lgl.jsonl', 'muc4/muc4_dev_test.jsonl',
  'wikievents/wikievents_dev_test.jsonl', 'geo/event_location_halterman2019.jsonl',
];

interface Raw { text: string; date: string | null; title: string | null }

async function readTexts(path: string): Promise<Raw[]> {
  const out: Raw[] = [];
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (typeof r['text'] !== 'string' || !r['text'].trim()) continue;
    const d = typeof r['event_date'] === 'string' ? r['event_date'] : typeof r['date'] === 'string' ? r['date'].slice(0, 10) : null;
    out.push({ text: r['text'], date: d, title: typeof r['title'] === 'string' ? r['title'] : null });
  }
  return out;
}

function spreadDate(i: number): string {
  const t = Date.UTC(2020, 0, 1) + (i % 1826) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** `n` articles (texts cycle with new URLs when the folder holds fewer). */
export async function benchArticles(n: number): Promise<Article[]> {
  const dir = evalDir();
  const lists: Raw[][] = [];
  for (const f of FILES) {
    const p = join(dir, f);
    if (existsSync(p)) lists.push(await readTexts(p));
  }
  if (lists.every((l) => l.length === 0)) throw new Error(`no evaluation texts under ${dir} (set SITREP_EVAL_DIR)`);
  const mixed: Raw[] = [];
  for (let i = 0; mixed.length < n && lists.some((l) => i < l.length); i++) {
    for (const l of lists) { const r = l[i]; if (r && mixed.length < n) mixed.push(r); }
  }
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const r = mixed[i % mixed.length] as Raw;
    const url = `https://bench.sitrep.invalid/article/${i}`;
    articles.push({
      id: articleId({ url, text: r.text }), text: r.text, title: r.title, url, published: r.date ?? spreadDate(i),
      outlet: 'Bench Wire', origin: `bench:${i}`, format: 'text',
    });
  }
  return articles;
}
