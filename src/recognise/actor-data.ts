import { readFileSync, readdirSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import type { ActorEntry, GenericEntry, ModifierEntry, ShipEntry, TitleEntry } from './actor-types.js';
import { nowMs } from '../util/clock.js';

/** All actor data files, read once. Named-entry files are every data/actors/*.json holding `entries` of actors. */
export interface ActorDataFiles {
  named: ActorEntry[];
  generic: GenericEntry[];
  titles: TitleEntry[];
  ships: ShipEntry[];
  modifiers: ModifierEntry[];
  /** Words after a bare generic noun that make it an attribute ("police station"). */
  attributive: Set<string>;
  /** Attack and weapon nouns ("shelling", "landmine"): a group's adjective before one is the actor. */
  attackNouns: Set<string>;
  /** ACLED country names by ISO code ("PSE" → "Palestine"). */
  acledCountry: Map<string, string>;
  loadMs: number;
}

const SPECIAL = new Set(['generic.json', 'titles.json', 'ships.json', 'modifiers.json', 'country-extras.json', 'attributive.json', 'protest-cues.json']);

function read<T>(file: string): T[] {
  const doc = JSON.parse(readFileSync(dataPath('actors', file), 'utf8')) as { entries: T[] };
  return doc.entries;
}

let cached: ActorDataFiles | null = null;

export function loadActorData(): ActorDataFiles {
  if (cached) return cached;
  const t0 = nowMs();
  const named: ActorEntry[] = [];
  for (const f of readdirSync(dataPath('actors')).sort()) {
    if (!f.endsWith('.json') || SPECIAL.has(f)) continue;
    for (const e of read<ActorEntry>(f)) {
      if (f === 'persons.json') e.kind = 'person';
      named.push(e);
    }
  }
  const acledCountry = new Map<string, string>();
  for (const e of named) {
    if (e.kind === 'state' && e.country) acledCountry.set(e.country, typeof e.acled === 'string' ? e.acled : e.canonical);
  }
  const attributive = read<{ id: string; words: string[] }>('attributive.json');
  cached = {
    named,
    generic: read<GenericEntry>('generic.json'),
    titles: read<TitleEntry>('titles.json'),
    ships: read<ShipEntry>('ships.json'),
    modifiers: read<ModifierEntry>('modifiers.json'),
    attributive: new Set(attributive.flatMap((e) => e.words)),
    attackNouns: new Set(attributive.filter((e) => e.id === 'attr:attacks').flatMap((e) => e.words)),
    acledCountry,
    loadMs: 0,
  };
  cached.loadMs = nowMs() - t0;
  return cached;
}
