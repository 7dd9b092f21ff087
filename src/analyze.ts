import { Doc } from './pipeline/doc.js';
import { buildPipeline } from './pipeline/configuration.js';
import { codeStages } from './code/index.js';
import { enrichStages } from './enrich/index.js';
import { resolveStages } from './resolve/index.js';
import type { Stage } from './pipeline/stage.js';
import type { Article, ArticleInput } from './model/article.js';
import type { Analysis } from './model/analysis.js';
import { articleId } from './util/hash.js';

export interface AnalyzeOptions {
  /** Reference date for relative dates (overrides the article's). */
  published?: string | null;
  outlet?: string | null;
  /** Keep a trace of the rules that fired (doc.trace). */
  explain?: boolean;
}

let pipeline: Stage[] | null = null;
function stages(): Stage[] {
  pipeline ??= buildPipeline({ code: codeStages, enrich: enrichStages, resolve: resolveStages });
  return pipeline;
}

/** Build an Article from loose input ({text, title?, url?, published?, outlet?} or a plain string). */
export function toArticle(input: string | ArticleInput | Article, options: AnalyzeOptions = {}): Article {
  const a: ArticleInput = typeof input === 'string' ? { text: input } : input;
  const origin = 'origin' in a && typeof a.origin === 'string' ? a.origin : 'input';
  const format = 'format' in a && typeof a.format === 'string' ? (a.format as Article['format']) : 'text';
  return {
    id: 'id' in a && typeof a.id === 'string' ? a.id : articleId({ url: a.url ?? null, text: a.text }),
    text: a.text,
    title: a.title ?? null,
    url: a.url ?? null,
    published: options.published ?? a.published ?? null,
    outlet: options.outlet ?? a.outlet ?? null,
    origin,
    format,
  };
}

/** Run the pipeline and return the document with all its layers (for --explain and tests). */
export function analyzeDoc(input: string | ArticleInput | Article, options: AnalyzeOptions = {}): Doc {
  const doc = new Doc(toArticle(input, options), { explain: options.explain ?? false });
  for (const stage of stages()) stage.run(doc);
  return doc;
}

/** Analyse one article: every event, quote and lull record in it. */
export function analyze(input: string | ArticleInput | Article, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(analyzeDoc(input, options));
}

/** The article's fields without its text, then its size; a plain copy loop (object rest destructuring takes V8's slow path). */
function articleSummary(doc: Doc): Analysis['article'] {
  const out: Record<string, unknown> = {};
  const article = doc.article;
  for (const key in article) if (key !== 'text') out[key] = article[key as keyof Article];
  out['chars'] = doc.text.length;
  out['sentences'] = doc.sentences.length;
  return out as Analysis['article'];
}

export function toAnalysis(doc: Doc): Analysis {
  return {
    article: articleSummary(doc),
    events: doc.events,
    quotes: doc.quotes,
    lulls: doc.lulls,
    warnings: doc.warnings,
  };
}
