import { readFileSync, readdirSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import type { ActorEntry, GenericEntry, ModifierEntry, NameSpec, ShipEntry, TitleEntry } from './actor-types.js';
import { nowMs } from '../util/clock.js';
import { intern } from '../util/intern.js';

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
  /** Attack acts, not weapons ("airstrikes", "shelling"): a state's demonym before one names the attacker. */
  stateActNouns: Set<string>;
  /** ACLED country names by ISO code ("PSE" → "Palestine"). */
  acledCountry: Map<string, string>;
  loadMs: number;
}

const SPECIAL = new Set(['generic.json', 'titles.json', 'ships.json', 'modifiers.json', 'country-extras.json', 'attributive.json', 'protest-cues.json', 'given-names.json']);

function read<T>(file: string): T[] {
  const doc = JSON.parse(readFileSync(dataPath('actors', file), 'utf8')) as { entries: T[] };
  return doc.entries;
}

/*
 * Generic nouns and titles are read at every match (compose, title-person): each with every field present (unset
 * ones undefined), in one order, so those reads see one hidden class instead of one per combination of optional fields.
 */
function genericShape(e: GenericEntry): GenericEntry {
  return { id: e.id, label: e.label, plural: e.plural, singular: e.singular, sector: e.sector, acledName: e.acledName, weakNames: e.weakNames, patronage: e.patronage, inanimate: e.inanimate, victimOnly: e.victimOnly, example: e.example };
}

/** Also the copy of a title whose field a rule changes (a spread copy would get a hidden class of its own). */
export function titleShape(e: TitleEntry): TitleEntry {
  return { id: e.id, names: e.names, role: e.role, sector: e.sector, country: e.country, orgOnly: e.orgOnly, noName: e.noName, example: e.example };
}

/**
 * Named entries are read at every match (administration, title-person, surname coreference, actor-country): each with
 * every declared field present (unset ones undefined), in one order, and its names' `{text, case}` objects in one
 * order too; the data files' 49 combinations of optional fields were as many hidden classes, and an optimised reader
 * that met another one deoptimised ("wrong map", docs/PERFORMANCE.md session 10, speed14). Undeclared fields
 * (`source`, `group`, `capOnlyNames`: documentation in the data) are not read by the code and are left out.
 */
export function actorShape(e: ActorEntry): ActorEntry {
  // typed as every key of ActorEntry, required: a field added to the interface and not listed here fails to compile
  const shaped: { [K in keyof Required<ActorEntry>]: ActorEntry[K] } = {
    id: e.id, canonical: e.canonical, names: e.names.map(nameShape), country: e.country, sector: e.sector, kind: e.kind,
    backedBy: e.backedBy, role: e.role, case: e.case, exact: e.exact, upper: e.upper, plural: e.plural, alsoPlace: e.alsoPlace,
    theatre: e.theatre, airPower: e.airPower, acledSector: e.acledSector, adjectives: e.adjectives?.map(nameShape),
    metonyms: e.metonyms, demonyms: e.demonyms, people: e.people, acled: e.acled, local: e.local, surname: e.surname,
    surnames: e.surnames, surnameAlone: e.surnameAlone, head: e.head, years: e.years, example: e.example,
  };
  return shaped;
}

function nameShape(n: NameSpec): NameSpec {
  return typeof n === 'string' ? n : { text: n.text, case: n.case };
}

let cached: ActorDataFiles | null = null;

export function loadActorData(): ActorDataFiles {
  if (cached) return cached;
  const t0 = nowMs();
  const named: ActorEntry[] = [];
  for (const f of readdirSync(dataPath('actors')).sort()) {
    if (!f.endsWith('.json') || SPECIAL.has(f)) continue;
    for (const e of read<ActorEntry>(f)) {
      if (f.startsWith('persons')) e.kind = 'person';
      else if (e.kind) e.kind = intern(e.kind); // read as an enum (kind === 'organisation'): see util/intern.ts
      named.push(actorShape(e));
    }
  }
  const acledCountry = new Map<string, string>();
  for (const e of named) {
    if (e.kind === 'state' && e.country) acledCountry.set(e.country, typeof e.acled === 'string' ? e.acled : e.canonical);
  }
  const attributive = read<{ id: string; words: string[] }>('attributive.json');
  cached = {
    named,
    generic: read<GenericEntry>('generic.json').map(genericShape),
    titles: read<TitleEntry>('titles.json').map(titleShape),
    ships: read<ShipEntry>('ships.json'),
    modifiers: read<ModifierEntry>('modifiers.json'),
    attributive: new Set(attributive.flatMap((e) => e.words)),
    attackNouns: new Set(attributive.filter((e) => e.id === 'attr:attacks').flatMap((e) => e.words)),
    stateActNouns: new Set(attributive.filter((e) => e.id === 'attr:state-acts').flatMap((e) => e.words)),
    acledCountry,
    loadMs: 0,
  };
  cached.loadMs = nowMs() - t0;
  return cached;
}
