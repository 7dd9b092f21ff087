/**
 * Every event the pipeline emits on the LGL local-news articles (or on the texts of all eval sets), one JSON line
 * per event, for the hand audits of precision on non-conflict news (docs/EVALUATION.md, "Precision on non-conflict
 * news (hand audit)"). The texts are read from SITREP_EVAL_DIR and never written into the repository.
 *
 *   node dist/bench/lgl-events.js > /tmp/events.jsonl                 # LGL, title and date passed
 *   node dist/bench/lgl-events.js --all > /tmp/events-all.jsonl       # the text of every eval record
 *   node dist/bench/lgl-events.js --dist /path/to/other/dist          # another build's analyze()
 *
 * Line fields: n (running index), doc (source:id), key (doc, trigger offset and text: stable across builds while
 * the article text is the same), family, plover, cameo, rule (the family rule), modality, trigger, sentence.
 *
 * A sample is drawn over the lines the way the earlier audits did (Python's generator):
 *   python3 -c 'import json,random,sys; ev=[json.loads(l) for l in open(sys.argv[1])]; random.seed(11);
 *     [print(json.dumps(e)) for e in random.sample(ev, 100)]' /tmp/events.jsonl
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { evalDir } from '../src/util/paths.js';
import { buildCorpus } from './corpus.js';
import type { Analysis } from '../src/model/analysis.js';

type AnalyzeFn = (input: { text: string; title?: string | null }, options?: { published?: string | null }) => Analysis;

const { values } = parseArgs({ options: { all: { type: 'boolean' }, dist: { type: 'string' } } });
const mod = (await import(
  values.dist ? pathToFileURL(join(resolve(values.dist), 'src', 'analyze.js')).href : '../src/analyze.js'
)) as { analyze: AnalyzeFn };

interface Input {
  doc: string;
  text: string;
  title: string | null;
  published: string | null;
}

function lglInputs(): Input[] {
  const lines = readFileSync(join(evalDir(), 'geo', 'lgl.jsonl'), 'utf8').split('\n');
  const out: Input[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; title?: string; date?: string };
    out.push({ doc: `lgl:${r.id}`, text: r.text, title: r.title ?? null, published: r.date?.slice(0, 10) ?? null });
  }
  return out;
}

function corpusInputs(): Input[] {
  return buildCorpus({ sampleCopies: 0 }).articles.map((a, i) => ({
    doc: `${a.source}:${a.id}:${i}`,
    text: a.text,
    title: null,
    published: null,
  }));
}

let n = 0;
for (const input of values.all ? corpusInputs() : lglInputs()) {
  const analysis = mod.analyze({ text: input.text, title: input.title }, { published: input.published });
  for (const e of analysis.events) {
    const t = e.triggers[0];
    const line = {
      n: n++,
      doc: input.doc,
      key: `${input.doc}@${t?.span[0] ?? -1}:${t?.text ?? ''}`,
      family: e.family,
      plover: e.codes.plover?.type ?? null,
      cameo: e.codes.cameo?.code ?? null,
      rule: e.provenance?.['family']?.rule ?? null,
      modality: e.modality,
      trigger: t?.text ?? null,
      sentence: e.sentenceText,
    };
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}
