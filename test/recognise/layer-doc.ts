import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../../src/pipeline/doc.js';
import { segmentStage } from '../../src/pipeline/segment-stage.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { packageRoot } from '../../src/util/paths.js';

/** Helpers for the recogniser tests (times, numbers, weapons, outlets): a segmented Doc run through some stages. */

export const REF = '2023-10-24';

export function docFor(text: string, stages: Stage[], published: string | null = REF): Doc {
  const doc = new Doc({ id: 't', text, title: null, url: null, published, outlet: null, origin: 'test', format: 'text' });
  segmentStage.run(doc);
  for (const s of stages) s.run(doc);
  return doc;
}

/** The reference article, bundled in examples/ (a copy of ../shared/samples/iran-proxies-2023-10-24.txt). */
export function sampleText(): string | null {
  const path = join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Hostile inputs: 100,000 characters each, read in one pass by construction. */
export const HOSTILE: [string, string][] = [
  ['digits and commas', '1,0'.repeat(33_334).slice(0, 100_000)],
  ['a a a', 'a '.repeat(50_000)],
  ['nested parentheses', '('.repeat(50_000) + ')'.repeat(50_000)],
  ['numbers and dashes', '1-'.repeat(50_000)],
  ['month names', 'March '.repeat(16_667)],
  ['the the', 'the Journal '.repeat(9_091)],
];
