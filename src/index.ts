export { analyze, analyzeDoc, toArticle, toAnalysis } from './analyze.js';
export type { AnalyzeOptions } from './analyze.js';
export * from './model/index.js';
export { Doc } from './pipeline/doc.js';
export type { Stage } from './pipeline/stage.js';
