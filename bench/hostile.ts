/**
 * Long hostile inputs, generated in memory from a seed (nothing is written): per size, the CPU seconds of
 * the whole pipeline and of its slowest stages, and the cost per 100 KB relative to the smallest size, so a
 * super-linear stage shows as a ratio that grows with the size.
 *
 *   node dist/bench/hostile.js [--kind words|sentences|runon|all] [--sizes 100,300,600,1000] [--seed 7] [--stages 5]
 *
 * Kinds: "words" is a stream of conflict words (attack, killed, militants, rockets, Baghdad, said, numbers …)
 * with few sentence ends; "sentences" is a long text made of many short, real sentences (attacks, outcomes,
 * threats, protests, accusations, truces, pronoun subjects and definite references, all of which the merge stage reads);
 * "runon" (not in "all") is the words kind without any sentence end: one sentence of the whole text, where what is
 * read per sentence (the ACLED classifier's words, the same-sentence merges) is read per event.
 */
import { fileURLToPath } from 'node:url';
import { Doc } from '../src/pipeline/doc.js';
import { toArticle } from '../src/analyze.js';
import { buildPipeline } from '../src/pipeline/configuration.js';
import { codeStages } from '../src/code/index.js';
import { enrichStages } from '../src/enrich/index.js';
import { resolveStages } from '../src/resolve/index.js';
import { cpuNow } from './measure.js';
import { rng } from './dedup-paraphrase.js';


const WORDS = ['attack', 'attacked', 'attacks', 'killed', 'killing', 'wounded', 'militants', 'gunmen', 'rockets', 'rocket', 'fired', 'Baghdad',
  'Mosul', 'Kabul', 'Gaza', 'said', 'police', 'the', 'a', 'in', 'on', 'and', 'of', 'at', 'were', 'was', 'by', 'Israel', 'Hamas', 'Iran',
  'troops', 'soldiers', 'clashed', 'clashes', 'with', 'bomb', 'explosion', 'exploded', 'struck', 'airstrike', 'threatened', 'protesters',
  'demonstrated', 'accused', 'officials', 'they', 'Tuesday', 'people', 'civilians', 'near', 'town', 'village', 'blamed', 'warned', ','];

/** Random conflict words and numbers, with a sentence end only every ~400 words. */
export function hostileWords(bytes: number, seed: number): string {
  const r = rng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const x = r();
    let w = x < 0.12 ? String(Math.floor(r() * 500)) : WORDS[Math.floor(r() * WORDS.length)]!;
    if (r() < 0.0025) w += '.';
    out.push(w);
    size += w.length + 1;
  }
  return out.join(' ') + '.';
}

const ACTORS = ['Militants', 'Gunmen', 'Israeli forces', 'Hamas fighters', 'Iraqi troops', 'The Taliban', 'Police', 'Houthi rebels', 'Unknown assailants'];
const PLACES = ['Baghdad', 'Mosul', 'Kabul', 'Gaza City', 'Kirkuk', 'Herat', 'Aden', 'Tikrit', 'Khan Younis', 'Basra'];
const TARGETS = ['a checkpoint', 'a police station', 'a military convoy', 'a market', 'an army base', 'a village', 'a mosque'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'late on Friday', 'on Saturday', 'early on Sunday'];
const SPEAKERS = ['police said', 'officials said', 'a spokesman said', 'witnesses said', 'the ministry said', 'local media reported'];

/** The conflict words without a sentence end. */
export function hostileRunOn(bytes: number, seed: number): string {
  return hostileWords(bytes, seed).replaceAll('.', '');
}

/** Many short real sentences about many incidents (our own wording). */
export function hostileSentences(bytes: number, seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const n = (): number => 2 + Math.floor(r() * 40);
  const forms: (() => string)[] = [
    () => `${pick(ACTORS)} attacked ${pick(TARGETS)} in ${pick(PLACES)} ${pick(DAYS)}, killing ${n()} people, ${pick(SPEAKERS)}.`,
    () => `At least ${n()} civilians were killed and ${n()} wounded.`,
    () => `They killed ${n()} soldiers and wounded ${n()} others.`,
    () => `${pick(ACTORS)} fired rockets at ${pick(PLACES)} ${pick(DAYS)}.`,
    () => `A car bomb exploded near ${pick(TARGETS)} in ${pick(PLACES)}, ${pick(SPEAKERS)}.`,
    () => `${pick(ACTORS)} clashed with ${pick(ACTORS).toLowerCase()} in ${pick(PLACES)}, wounding ${n()}.`,
    () => `The attacks were condemned by the government.`,
    () => `The spate of attacks has alarmed residents of ${pick(PLACES)}.`,
    () => `${pick(ACTORS)} threatened to attack ${pick(PLACES)} if the offensive continued.`,
    () => `Hundreds of protesters demonstrated in ${pick(PLACES)} ${pick(DAYS)} against the killings.`,
    () => `They denounced the bombing of ${pick(TARGETS)}.`,
    () => `Officials accused ${pick(ACTORS).toLowerCase()} of carrying out the attack.`,
    () => `The defence ministry said the same.`,
    () => `Air defences intercepted ${n()} rockets over ${pick(PLACES)}.`,
    () => `The area had been calm for weeks before the attack.`,
    () => `The ceasefire between ${pick(ACTORS).toLowerCase()} and ${pick(ACTORS).toLowerCase()} collapsed when gunmen attacked ${pick(TARGETS)} in ${pick(PLACES)}.`,
    () => `A ${n()}-day truce in ${pick(PLACES)} has been holding, ${pick(SPEAKERS)}.`,
  ];
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = pick(forms)();
    out.push(s);
    size += s.length + 1;
    if (r() < 0.08) { out.push('\n\n'); size += 2; }
  }
  return out.join(' ');
}

interface Run { kind: string; kb: number; cpu: number; events: number; stages: Map<string, number> }

const pipeline = buildPipeline({ code: codeStages, enrich: enrichStages, resolve: resolveStages });

export function runOnce(kind: string, text: string): Run {
  const doc = new Doc(toArticle({ text, url: `bench:hostile-${kind}`, published: '2024-03-12' }));
  const stages = new Map<string, number>();
  const c0 = cpuNow();
  for (const s of pipeline) {
    const t0 = cpuNow();
    s.run(doc);
    stages.set(s.name, (stages.get(s.name) ?? 0) + cpuNow() - t0);
  }
  return { kind, kb: Math.round(text.length / 1024), cpu: cpuNow() - c0, events: doc.drafts.filter((d) => !d.dropped).length, stages };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function main(): void {
  const kindArg = arg('kind', 'all');
  const kinds = kindArg === 'all' ? ['words', 'sentences'] : [kindArg];
  const sizes = arg('sizes', '100,300,600,1000').split(',').map(Number);
  const seed = Number(arg('seed', '7'));
  const topStages = Number(arg('stages', '5'));
  // warm the compiler on a small text, so the first size is not charged with it
  runOnce('warm', hostileSentences(200_000, seed + 1) + ' ' + hostileWords(200_000, seed + 1));
  for (const kind of kinds) {
    const make = kind === 'words' ? hostileWords : kind === 'runon' ? hostileRunOn : hostileSentences;
    let base: number | null = null;
    for (const kb of sizes) {
      const run = runOnce(kind, make(kb * 1024, seed));
      const per100 = run.cpu / (kb / 100);
      base ??= per100;
      const top = [...run.stages].sort((a, b) => b[1] - a[1]).slice(0, topStages).map(([n, s]) => `${n} ${s.toFixed(2)}`).join(', ');
      console.log(`${kind.padEnd(9)} ${String(kb).padStart(5)} KB  cpu ${run.cpu.toFixed(2).padStart(6)} s  per 100 KB ${per100.toFixed(3)} s  ratio ${(per100 / base).toFixed(2)}  drafts ${run.events}  | ${top}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
