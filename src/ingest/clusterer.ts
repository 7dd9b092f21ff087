/**
 * The dedup clusterer used by ingest: src/dedup's clusterer, with its neighbourhood narrowed by the
 * full blocking key of candidateQuery() (date window AND country-or-none AND PLOVER-or-ACLED type),
 * which the store can say through EventFilter.anyCountry / anyType. src/dedup documents that these
 * narrowings never change the result, only the number of candidates compared.
 */
import type { Clusterer, EventFilter } from '../store/store.js';

export async function ingestClusterer(): Promise<Clusterer> {
  const dedup = await import('../dedup/index.js');
  const base = dedup.clusterer;
  return {
    neighbourhood(added): EventFilter | null {
      const q = dedup.candidateQuery(added.map(dedup.storedToItem));
      if (!q) return null;
      const f: EventFilter = { from: q.from, to: q.to, anyType: { plover: q.ploverTypes, acled: q.acledTypes } };
      if (q.countries) f.anyCountry = { countries: q.countries, orNone: true };
      return f;
    },
    cluster: (candidates, added) => base.cluster(candidates, added),
  };
}
