// Rough actor recall/precision on ACLED notes (read from SITREP_EVAL_DIR or ../shared/eval; nothing copied):
//   node dist/bench/actors-acled.js [limit] [--misses]
// recall: the note's actor1 is among our mentions (same dictionary entry, same name, or same country and
// sector family; generic ACLED actors such as "Protesters (X)" by sector with the same or no country).
// precision: share of our mentions that match actor1, actor2 or an associated actor of that note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../src/util/paths.js';
import { recogniseActors } from '../src/recognise/actor-run.js';
import { lookupActor } from '../src/recognise/actors.js';
import type { ActorData } from '../src/pipeline/doc.js';

const limit = Number(process.argv[2] ?? '0') || Infinity;
const showMisses = process.argv.includes('--misses');
const lines = readFileSync(join(evalDir(), 'acled', 'acled_dev.jsonl'), 'utf8').split('\n').filter(Boolean);
const STATE = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
const ARMED = new Set(['REB', 'MILITIA', 'UNK', 'CRM']);
const family = (s: string | null) => (s === null ? null : STATE.has(s) ? 'state' : ARMED.has(s) ? 'armed' : s);

function matches(acled: string, m: ActorData): boolean {
  const hit = lookupActor(acled);
  if (!hit) return false;
  if (m.ref && (m.ref === hit.id || m.ref === hit.ref)) return true;
  if (m.name.toLowerCase() === hit.name.toLowerCase()) return true;
  if (hit.generic) return family(m.sector) === family(hit.sector) && (m.country === null || m.country === hit.country);
  return hit.country !== null && m.country === hit.country && family(m.sector) === family(hit.sector);
}

let n = 0, found = 0, resolvable = 0, mentions = 0, goodMentions = 0, withAny = 0;
const misses = new Map<string, number>();
const t0 = performance.now();
for (const line of lines) {
  if (n >= limit) break;
  const r = JSON.parse(line) as { text: string; actor1: string; actor2: string | null; assoc_actor_1: string | null; assoc_actor_2: string | null };
  n++;
  const doc = recogniseActors(r.text);
  const a1 = r.actor1;
  if (lookupActor(a1)) resolvable++;
  if (doc.actors.length) withAny++;
  const ok = doc.actors.some((m) => matches(a1, m.data));
  if (ok) found++;
  else misses.set(a1, (misses.get(a1) ?? 0) + 1);
  const all = [r.actor1, r.actor2, ...(r.assoc_actor_1 ?? '').split('; '), ...(r.assoc_actor_2 ?? '').split('; ')].filter((x): x is string => !!x);
  for (const m of doc.actors) {
    mentions++;
    if (all.some((a) => matches(a, m.data))) goodMentions++;
  }
}
const ms = performance.now() - t0;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0') + '%';
console.log(`notes ${n}: actor1 found ${found} (${pct(found, n)}); actor1 resolvable by lookupActor ${pct(resolvable, n)}; notes with any mention ${pct(withAny, n)}`);
console.log(`mentions ${mentions}: matching an ACLED actor of the note ${goodMentions} (${pct(goodMentions, mentions)})`);
console.log(`time ${ms.toFixed(0)} ms (${((n * 1000) / ms).toFixed(0)} notes/s)`);
if (showMisses) for (const [k, v] of [...misses].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(5), k);
