/**
 * Output fingerprint of analyze() over the benchmark corpus, for speed work that must not change results.
 *
 *   node dist/bench/fingerprint.js --out /tmp/before.json            # one hash per article
 *   node dist/bench/fingerprint.js --compare /tmp/before.json        # after a change: which articles differ
 *   [--max-mb N] [--show K]                                          # a smaller corpus; print K differing texts
 *
 * Exit code 1 when --compare finds a difference.
 */
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import { buildCorpus } from './corpus.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    compare: { type: 'string' },
    'max-mb': { type: 'string' },
    show: { type: 'string', default: '3' },
  },
});
const maxMb = values['max-mb'] ? Number(values['max-mb']) : null;
const corpus = buildCorpus({ maxChars: maxMb === null ? null : maxMb * 1e6, sampleCopies: 1 });
const hashes: Record<string, string> = {};
const outputs = new Map<string, string>();
for (const [i, a] of corpus.articles.entries()) {
  const key = `${i}:${a.source}:${a.id}`;
  const json = JSON.stringify(analyze({ text: a.text }, { published: '2023-10-24' }));
  hashes[key] = createHash('sha1').update(json).digest('hex');
  outputs.set(key, json);
}
const all = createHash('sha1').update(Object.values(hashes).join('')).digest('hex');
console.log(`fingerprint: ${corpus.articles.length} articles, overall ${all}`);
if (values.out) writeFileSync(values.out, JSON.stringify(hashes));
if (values.compare) {
  const before = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, string>;
  const differing = Object.keys(hashes).filter((k) => before[k] !== hashes[k]);
  console.log(`${differing.length} of ${Object.keys(hashes).length} articles differ from ${values.compare}`);
  for (const k of differing.slice(0, Number(values.show))) {
    const i = Number(k.split(':')[0]);
    console.log(`--- ${k}\n${corpus.articles[i]!.text.slice(0, 400)}`);
  }
  if (differing.length) process.exitCode = 1;
}
