import { readFileSync, readdirSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import { PhraseTrie } from '../recognise/trie.js';
import { listFrom } from '../util/lists.js';

export type TriggerNeed = 'weapon-or-target' | 'harm-infinitive' | 'parties' | 'actor' | 'person-object' | 'person-victim' | 'claim' | 'found-after' | 'object' | 'weapon-subject' | 'actor-and-object';

/** One trigger rule from data/triggers/<family>.json. */
export interface TriggerEntry {
  id: string;
  family: string;
  verbs: string[];
  nouns: string[];
  cameo: string;
  plover?: { type: string; modes?: string[] };
  needs?: TriggerNeed;
  reciprocal?: boolean;
  recipientPreps?: string[];
  /**
   * With `needs: "object"`: head words (one to three words) of which one must stand in the verb's object ("put its forces
   * on high alert"); as `{code: [heads]}` the head found also picks the CAMEO code ("imposed a curfew" 1723, "imposed a
   * state of emergency" 1724).
   */
  objects?: string[] | Record<string, string[]>;
  /** The subject is who was hit, not who acted: "a shepherd stepped on a landmine", "the truck hit a mine". */
  subjectIsVictim?: boolean;
  example: string;
}

export interface TriggerHit {
  entry: TriggerEntry;
  form: 'verb' | 'noun';
}

interface TriggerFile {
  family: string;
  entries: Omit<TriggerEntry, 'family'>[];
}

export interface TriggerTables {
  trie: PhraseTrie<TriggerHit>;
  entries: TriggerEntry[];
  byId: Map<string, TriggerEntry>;
}

let tables: TriggerTables | null = null;

/**
 * An entry with every field written out in one order (unset ones `undefined`): one hidden class for all entries
 * (`{ ...raw, family }` adds a field, which gave every entry a class of its own and made every `entry.*` read megamorphic).
 */
export function triggerEntry(raw: Omit<TriggerEntry, 'family'>, family: string, keepPlover = true): TriggerEntry {
  // `keepPlover: false` for a recoded copy with no PLOVER modes: written here rather than assigned afterwards, since
  // a write to a field no code had written since construction makes it mutable on the entries' hidden class, and
  // throws away every optimised function that had read it as a constant (bindTrigger, ploverOf), mid-run
  return {
    id: raw.id, family, verbs: listFrom(raw.verbs), nouns: listFrom(raw.nouns), cameo: raw.cameo,
    plover: !keepPlover ? undefined : raw.plover?.modes ? { ...raw.plover, modes: listFrom(raw.plover.modes) } : raw.plover, needs: raw.needs,
    reciprocal: raw.reciprocal, recipientPreps: raw.recipientPreps, objects: raw.objects, subjectIsVictim: raw.subjectIsVictim, example: raw.example,
  };
}

/** Load every family file under data/triggers and compile one trie over all trigger words. */
export function triggerTables(): TriggerTables {
  if (tables) return tables;
  const trie = new PhraseTrie<TriggerHit>();
  const entries: TriggerEntry[] = [];
  const byId = new Map<string, TriggerEntry>();
  const dir = dataPath('triggers');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as TriggerFile;
    for (const raw of parsed.entries) {
      const entry = triggerEntry(raw, parsed.family);
      if (byId.has(entry.id)) throw new Error(`data/triggers/${file}: duplicate trigger id ${entry.id}`);
      byId.set(entry.id, entry);
      entries.push(entry);
      for (const v of entry.verbs) trie.add(v, { entry, form: 'verb' });
      for (const n of entry.nouns) trie.add(n, { entry, form: 'noun' });
    }
  }
  tables = { trie, entries, byId };
  return tables;
}
