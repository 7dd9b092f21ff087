import type { ActorLookup } from './acled-actors.js';
import { analyzeDoc } from '../analyze.js';

/**
 * How our actor dictionary reads an ACLED actor name. When src/recognise/actors.ts exports
 * `lookupActor(name)`, that is used; otherwise the name itself is run through the extractor and the
 * longest actor mention it finds is taken (entry id and canonical name). Results are cached per name.
 * Loaded dynamically so the harness runs before (and without) the actor dictionary.
 */
let cached: { fn: ActorLookup; how: string } | undefined;

function recogniserLookup(): ActorLookup {
  const memo = new Map<string, { entry: string | null; name: string } | null>();
  return (name: string) => {
    let hit = memo.get(name);
    if (hit !== undefined) return hit;
    hit = null;
    try {
      const doc = analyzeDoc({ text: name, url: 'eval:actor-name' });
      let best = 0;
      for (const m of doc.actors) {
        if (m.end - m.start > best && !m.data.generic) {
          best = m.end - m.start;
          hit = { entry: m.entry, name: m.data.name };
        }
      }
    } catch {
      hit = null;
    }
    memo.set(name, hit);
    return hit;
  };
}

export async function loadActorLookup(): Promise<{ fn: ActorLookup; how: string }> {
  if (cached) return cached;
  try {
    const mod = (await import('../recognise/actors.js')) as Record<string, unknown>;
    const fn = mod['lookupActor'];
    if (typeof fn === 'function') {
      const memo = new Map<string, { entry: string | null; name: string } | null>();
      cached = {
        how: 'lookupActor() of src/recognise/actors.ts',
        fn: (name: string) => {
          if (memo.has(name)) return memo.get(name) ?? null;
          const hit = (fn as (n: string) => unknown)(name);
          let out: { entry: string | null; name: string } | null = null;
          if (hit && typeof hit === 'object') {
            const o = hit as Record<string, unknown>;
            const entry = typeof o['id'] === 'string' ? o['id'] : typeof o['entry'] === 'string' ? o['entry'] : null;
            out = { entry, name: typeof o['name'] === 'string' ? o['name'] : '' };
          }
          memo.set(name, out);
          return out;
        },
      };
      return cached;
    }
  } catch {
    // fall through to the recogniser
  }
  cached = { fn: recogniserLookup(), how: 'the actor recogniser run on the ACLED name (lookupActor not exported)' };
  return cached;
}
