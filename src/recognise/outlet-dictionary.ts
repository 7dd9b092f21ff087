import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../util/paths.js';
import { PhraseTrie } from './trie.js';

/** One entry of data/outlets.json. */
export const OutletEntry = z.object({
  id: z.string(),
  /** Canonical display name ("The Wall Street Journal"). */
  name: z.string(),
  /** Aliases matched with capitalisation; a leading "The" is optional in the text. */
  names: z.array(z.string()),
  /** Aliases that must match case exactly ("AP", "WSJ"). */
  exact: z.array(z.string()).optional(),
  /** Short forms read only as "the <X>" after the outlet was named earlier ("the Journal"). */
  backRefs: z.array(z.string()).optional(),
  /** The alias also names something else: it counts only next to a reporting cue. */
  context: z.boolean().optional(),
  kind: z.enum(['newspaper', 'agency', 'broadcaster', 'state-media', 'digital', 'magazine', 'monitor']),
  country: z.string().length(3).nullable(),
  example: z.string(),
});
export type OutletEntry = z.infer<typeof OutletEntry>;

const OutletFile = z.object({ entries: z.array(OutletEntry) });

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
  const file = OutletFile.parse(JSON.parse(readFileSync(dataPath('outlets.json'), 'utf8')));
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
