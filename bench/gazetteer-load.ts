import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, evalDir } from '../src/util/paths.js';

/**
 * Gazetteer load time and memory, then place-recogniser speed.
 * Usage: node dist/bench/gazetteer-load.js   (run in a fresh process: the first numbers are cold-start numbers)
 */
const rss0 = process.memoryUsage().rss;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = performance.now(), c0 = cpu();
const { gazetteer } = await import('../src/resolve/gazetteer.js');
const t1 = performance.now(), c1 = cpu();
const g = gazetteer();
const t2 = performance.now(), c2 = cpu();
g.lookup('Aleppo');
const t3 = performance.now();
const mb = (x: number) => Math.round(x / 1e6);
const r = (x: number) => Math.round(x);
// wall time suffers when the machine is shared; CPU time (user+system) is the process's own cost
console.log(`import ${r(t1 - t0)} ms wall / ${r(c1 - c0)} ms CPU; load ${r(t2 - t1)} ms wall / ${r(c2 - c1)} ms CPU; first lookup ${(t3 - t2).toFixed(1)} ms; RSS ${mb(rss0)} → ${mb(process.memoryUsage().rss)} MB; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`, JSON.stringify(g.size));

const { Doc } = await import('../src/pipeline/doc.js');
const { segmentStage } = await import('../src/pipeline/segment-stage.js');
const { recognisePlaces } = await import('../src/recognise/places.js');
const lgl = join(evalDir(), 'geo', 'lgl.jsonl');
const texts: string[] = existsSync(lgl)
  ? readFileSync(lgl, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
  : [readFileSync(join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt'), 'utf8')];
let tokens = 0, sentences = 0, found = 0, segMs = 0, placeMs = 0;
for (const text of texts) {
  const doc = new Doc({ id: 'b', text, title: null, url: null, published: null, outlet: null, origin: 'bench', format: 'text' });
  const a = performance.now();
  segmentStage.run(doc);
  const b = performance.now();
  found += recognisePlaces(doc).length;
  placeMs += performance.now() - b;
  segMs += b - a;
  tokens += doc.tokens.length;
  sentences += doc.sentences.length;
}
const per = (n: number, ms: number) => Math.round(n / (ms / 1000));
console.log(`${texts.length} articles, ${sentences} sentences, ${tokens} tokens, ${found} places`);
console.log(`places: ${per(texts.length, placeMs)} articles/s, ${per(sentences, placeMs)} sentences/s, ${per(tokens, placeMs)} tokens/s; bare segmenter ${per(tokens, segMs)} tokens/s; peak RSS ${mb(process.memoryUsage().rss)} MB`);
