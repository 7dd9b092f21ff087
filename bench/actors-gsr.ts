// Actor country/sector recall on the PLOVER GSR sentences (read from SITREP_EVAL_DIR or ../shared/eval):
//   node dist/bench/actors-gsr.js
// For each coded source/target actor: is there a mention with the same country (first three letters of
// the code), and with the same country and sector?
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../src/util/paths.js';
import { recogniseActors } from '../src/recognise/actor-run.js';

interface GsrActor { text: string; code: string | null; sector: string | null }
const lines = readFileSync(join(evalDir(), 'plover_gsr', 'plover_gsr_cameo.jsonl'), 'utf8').split('\n').filter(Boolean);
let n = 0, country = 0, both = 0;
for (const line of lines) {
  const r = JSON.parse(line) as { text: string; source_actors: GsrActor[]; target_actors: GsrActor[] };
  const doc = recogniseActors(r.text);
  for (const a of [...r.source_actors, ...r.target_actors]) {
    if (!a.code) continue;
    n++;
    const same = doc.actors.filter((m) => m.data.country === a.code!.slice(0, 3));
    if (same.length) country++;
    if (same.some((m) => !a.sector || m.data.sector === a.sector)) both++;
  }
}
const pct = (x: number) => ((100 * x) / Math.max(1, n)).toFixed(1) + '%';
console.log(`PLOVER GSR coded actors ${n}: country found ${pct(country)}, country+sector ${pct(both)}`);
