import { readDataJson } from '../util/data-file.js';
import type { OutletEntry, OutletFile } from './dictionary-schemas.js';
import { PhraseTrie } from './trie.js';

export type { OutletEntry } from './dictionary-schemas.js';

export interface OutletDictionary {
  entries: OutletEntry[];
  /** Full names and exact aliases. */
  names: PhraseTrie<OutletEntry>;
  /** Back-reference words ("Journal", "Times", "Post"), matched after "the". */
  backRefs: PhraseTrie<OutletEntry>;
}

let cached: OutletDictionary | null = null;

function stripThe(name: string): string {
  return name.startsWith('The ') || name.startsWith('the ') ? name.slice(4) : name;
}

/**
 * Every field present (unset ones undefined), in one order: read at every match (`entry.context`, `entry.name`), where the
 * file's six combinations of optional fields were as many hidden classes (docs/PERFORMANCE.md session 10, speed14).
 */
export function outletShape(e: OutletEntry): OutletEntry {
  // every key of OutletEntry, required: a field added to the interface and not listed here fails to compile
  const shaped: { [K in keyof Required<OutletEntry>]: OutletEntry[K] } = {
    id: e.id, name: e.name, names: e.names, exact: e.exact, backRefs: e.backRefs, context: e.context, kind: e.kind, country: e.country, example: e.example,
  };
  return shaped;
}

/** The outlet dictionary, compiled once per process. */
export function outletDictionary(): OutletDictionary {
  if (cached) return cached;
  const entries = readDataJson<OutletFile>('outlets.json', ['entries']).entries.map(outletShape);
  const names = new PhraseTrie<OutletEntry>();
  const backRefs = new PhraseTrie<OutletEntry>();
  for (const e of entries) {
    for (const n of e.names) names.add(stripThe(n), e, 'cap');
    for (const n of e.exact ?? []) names.add(n, e, 'exact');
    for (const n of e.backRefs ?? []) backRefs.add(n, e, 'cap');
  }
  cached = { entries, names, backRefs };
  return cached;
}
