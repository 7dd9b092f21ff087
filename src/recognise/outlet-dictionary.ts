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

/** The outlet dictionary, compiled once per process. */
export function outletDictionary(): OutletDictionary {
  if (cached) return cached;
  const file = readDataJson<OutletFile>('outlets.json', ['entries']);
  const names = new PhraseTrie<OutletEntry>();
  const backRefs = new PhraseTrie<OutletEntry>();
  for (const e of file.entries) {
    for (const n of e.names) names.add(stripThe(n), e, 'cap');
    for (const n of e.exact ?? []) names.add(n, e, 'exact');
    for (const n of e.backRefs ?? []) backRefs.add(n, e, 'cap');
  }
  cached = { entries: file.entries, names, backRefs };
  return cached;
}
