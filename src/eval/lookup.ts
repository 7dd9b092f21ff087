import type { ActorLookup } from './acled-actors.js';

/**
 * The actor dictionary's alias lookup, when src/recognise/actors.ts exports `lookupActor(name)`.
 * Loaded dynamically so the harness runs before (and without) it.
 */
let cached: ActorLookup | null | undefined;

export async function loadActorLookup(): Promise<ActorLookup | null> {
  if (cached !== undefined) return cached;
  cached = null;
  try {
    const mod = (await import('../recognise/actors.js')) as Record<string, unknown>;
    const fn = mod['lookupActor'];
    if (typeof fn === 'function') {
      cached = (name: string) => {
        const hit = (fn as (n: string) => unknown)(name);
        if (!hit || typeof hit !== 'object') return null;
        const o = hit as Record<string, unknown>;
        const entry = typeof o['id'] === 'string' ? o['id'] : typeof o['entry'] === 'string' ? o['entry'] : null;
        const name2 = typeof o['name'] === 'string' ? o['name'] : '';
        return { entry, name: name2 };
      };
    }
  } catch {
    cached = null;
  }
  return cached;
}
