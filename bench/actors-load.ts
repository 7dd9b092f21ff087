// How long the actor data takes to load and compile (fresh process): node dist/bench/actors-load.js
import { actorLexicon } from '../src/recognise/actor-lexicon.js';
import { recogniseActors } from '../src/recognise/actor-run.js';

const c0 = process.cpuUsage();
const t0 = performance.now();
const lex = actorLexicon(false);
const t1 = performance.now();
const cpu = process.cpuUsage(c0);
recogniseActors('Iran-backed militias attacked U.S. troops.');
const t2 = performance.now();
console.log(`actor data: read+parse ${lex.files.loadMs.toFixed(1)} ms, compile tries ${lex.compileMs.toFixed(1)} ms, total ${(t1 - t0).toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms CPU (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
console.log(`entries: ${lex.files.named.length} named, ${lex.files.generic.length} generic families, ${lex.files.titles.length} titles; phrases: names ${lex.names.size}, heads ${lex.heads.size}, generic ${lex.generic.size}`);
console.log(`first sentence after load: ${(t2 - t1).toFixed(1)} ms`);
