import { lineFormat } from './format.js';

/** jsonl: the full stored records, one JSON object per line ({event, article} or a whole cluster). */
export const jsonl = lineFormat(
  'jsonl', 'jsonl', 'full records, one JSON object per line',
  () => '',
  (r) => JSON.stringify({ kind: r.kind, ...(r.raw as object) }) + '\n',
);
