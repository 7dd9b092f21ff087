import type { Event } from '../model/event.js';
import { type Actor, isPlaceCountry, isThingTarget } from '../model/actor.js';
import type { Location } from '../model/location.js';
import { shortHash } from '../util/hash.js';
import {
  FIGURE_KINDS, type ClusterActor, type DedupItem, type EventCluster, type FigureKind, type FigureValue,
  type Mention, type MentionFigure,
} from './types.js';
import { copyKey, sourceKey } from './sources.js';
import { UnionFind } from './union-find.js';

const QUANTITY_KIND: Record<FigureKind, string> = {
  killed: 'killed', injured: 'injured', arrested: 'arrested', kidnapped: 'kidnapped', displaced: 'displaced',
  participants: 'participants', weapons: 'weapon', intercepted: 'intercepted',
};

const PRECISION_RANK: Record<string, number> = { site: 5, city: 4, admin1: 3, country: 2, region: 1 };

/** Cluster id: "c" + 16 hex of the hash of the smallest member event id. */
export function clusterId(eventIds: string[]): string {
  let min = eventIds[0] ?? '';
  for (const id of eventIds) if (id < min) min = id;
  return 'c' + shortHash('cluster:' + min, 16);
}

/**
 * The figures one mention gives: quantities of each kind summed ("3 soldiers and 2 civilians killed" → 5);
 * `killed` is the event's `fatalities` total when it has one (so the ACLED/PLOVER/CSV exports write it).
 */
export function mentionFigures(event: Event): Partial<Record<FigureKind, MentionFigure>> {
  const out: Partial<Record<FigureKind, MentionFigure>> = {};
  for (const kind of FIGURE_KINDS) {
    const qs = event.quantities.filter((q) => q.kind === QUANTITY_KIND[kind]);
    if (qs.length === 0) continue;
    const sum = (f: (q: (typeof qs)[number]) => number | null): number | null => {
      let t = 0;
      for (const q of qs) {
        const v = f(q);
        if (v === null) return null;
        t += v;
      }
      return t;
    };
    out[kind] = {
      value: sum((q) => q.value),
      min: sum((q) => q.min ?? q.value),
      max: sum((q) => q.max ?? q.value),
      approximate: qs.some((q) => q.approximate),
      text: qs.map((q) => q.text).join('; '),
    };
  }
  // the event's fatality total (src/resolve/fatalities.ts) when it has one: explicit totals, the incident's sum
  if (event.fatalities && (event.fatalities.count > 0 || out.killed)) {
    const n = event.fatalities.count;
    out.killed = { value: n, min: n, max: n, approximate: false, text: out.killed?.text ?? event.fatalities.rule };
  }
  if (!out.weapons) {
    const counted = event.weapons.filter((w) => w.count !== null);
    if (counted.length > 0) {
      const value = counted.reduce((t, w) => t + (w.count ?? 0), 0);
      out.weapons = { value, min: value, max: value, approximate: false, text: counted.map((w) => w.text).join('; ') };
    }
  }
  return out;
}

function toMention(item: DedupItem): Mention {
  const e = item.event;
  return {
    eventId: e.id,
    articleId: item.article.id,
    outlet: item.article.outlet,
    url: item.article.url,
    published: item.article.published,
    source: sourceKey(item.article),
    sentence: e.sentence,
    span: e.span,
    sentenceText: e.sentenceText,
    triggers: e.triggers.map((t) => t.text),
    confidence: e.confidence,
    modality: e.modality,
    figures: mentionFigures(e),
  };
}

function compareMentions(a: Mention, b: Mention): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  if (a.sentence !== b.sentence) return a.sentence - b.sentence;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

/**
 * Independent sources: mentions grouped by source key, and groups joined when they carry the same
 * sentence word for word (a syndicated wire copy is one source, not two).
 */
export function independentSources(mentions: Mention[]): Mention[][] {
  const keys = [...new Set(mentions.map((m) => m.source))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const uf = new UnionFind(keys.length);
  const byText = new Map<string, number>();
  for (const m of mentions) {
    const i = index.get(m.source)!;
    const t = copyKey(m.sentenceText);
    if (t.length < 40) continue; // short sentences coincide by chance
    const j = byText.get(t);
    if (j === undefined) byText.set(t, i);
    else uf.union(i, j);
  }
  const groups = new Map<number, Mention[]>();
  for (const m of mentions) {
    const root = uf.find(index.get(m.source)!);
    const g = groups.get(root) ?? [];
    g.push(m);
    groups.set(root, g);
  }
  return [...groups.values()];
}

/** Confidence of a cluster: 1 − Π over independent sources (1 − best mention confidence), capped at 0.99. */
export function clusterConfidence(mentions: Mention[]): number {
  let miss = 1;
  for (const group of independentSources(mentions)) {
    const best = Math.max(...group.map((m) => m.confidence));
    miss *= 1 - Math.min(1, Math.max(0, best));
  }
  return Math.round(Math.min(0.99, 1 - miss) * 10_000) / 10_000;
}

function outletName(m: Mention): string {
  return m.outlet ?? m.source;
}

function figureTable(mentions: Mention[]): Partial<Record<FigureKind, FigureValue[]>> {
  const out: Partial<Record<FigureKind, FigureValue[]>> = {};
  for (const kind of FIGURE_KINDS) {
    const byValue = new Map<string, { value: number | null; approximate: boolean; outlets: Set<string>; mentions: string[] }>();
    for (const m of mentions) {
      const f = m.figures[kind];
      if (!f) continue;
      const k = `${f.value}|${f.approximate}`;
      const v = byValue.get(k) ?? { value: f.value, approximate: f.approximate, outlets: new Set<string>(), mentions: [] };
      v.outlets.add(outletName(m));
      v.mentions.push(m.eventId);
      byValue.set(k, v);
    }
    if (byValue.size === 0) continue;
    out[kind] = [...byValue.values()]
      .map((v) => ({ value: v.value, approximate: v.approximate, outlets: [...v.outlets].sort(), mentions: v.mentions.sort() }))
      .sort((a, b) => (a.value ?? -1) - (b.value ?? -1) || Number(a.approximate) - Number(b.approximate));
  }
  return out;
}

function unionActors(lists: Actor[][]): ClusterActor[] {
  const seen = new Map<string, ClusterActor>();
  for (const list of lists) {
    for (const a of list) {
      const k = a.name.trim().toLowerCase();
      const prev = seen.get(k);
      if (!prev) {
        seen.set(k, { name: a.name, text: a.text, country: a.country, sector: a.sector, kind: a.kind, backedBy: [...a.backedBy].sort(), target: isThingTarget(a), place: isPlaceCountry(a) });
      } else {
        prev.backedBy = [...new Set([...prev.backedBy, ...a.backedBy])].sort();
        prev.country ??= a.country;
        prev.sector ??= a.sector;
        // an actor reading of the same name wins over a thing-target reading
        prev.target &&= isThingTarget(a);
        prev.place &&= isPlaceCountry(a);
      }
    }
  }
  return [...seen.values()];
}

function locationRank(l: Location | undefined): number {
  return l ? (PRECISION_RANK[l.precision] ?? 0) : 0;
}

function bestLocation(e: Event): Location | undefined {
  let best: Location | undefined;
  for (const l of e.locations) if (locationRank(l) > locationRank(best)) best = l;
  return best;
}

/** Representative: highest confidence, then most precise place, then smallest event id. */
function representative(items: DedupItem[]): DedupItem {
  return [...items].sort((a, b) =>
    b.event.confidence - a.event.confidence
    || locationRank(bestLocation(b.event)) - locationRank(bestLocation(a.event))
    || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0))[0]!;
}

/** Precision of the cluster's date: the representative's when dated, else the first dated mention's. */
function timePrecision(rep: DedupItem, items: DedupItem[], start: string | null): EventCluster['timePrecision'] {
  if (start === null) return 'unresolved';
  const dated = (i: DedupItem): boolean => !!i.event.time?.start && i.event.time.precision !== 'unresolved';
  const src = dated(rep) ? rep : items.find(dated);
  return src?.event.time?.precision ?? 'unresolved';
}

/** Build the cluster record of a set of mentions of one real event. */
export function buildCluster(members: DedupItem[]): EventCluster {
  const items = [...members].sort((a, b) => (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const mentions = items.map(toMention).sort(compareMentions);
  const order = new Map(mentions.map((m, i) => [m.eventId, i]));
  const byMention = [...items].sort((a, b) => order.get(a.event.id)! - order.get(b.event.id)!);
  const rep = representative(items);
  let location: Location | null = bestLocation(rep.event) ?? null;
  const locations = new Map<string, Location>();
  for (const it of byMention) {
    for (const l of it.event.locations) {
      const k = l.name.toLowerCase();
      if (!locations.has(k)) locations.set(k, l);
      if (locationRank(l) > locationRank(location ?? undefined)) location = l;
    }
  }
  let start: string | null = null;
  let end: string | null = null;
  for (const it of items) {
    const t = it.event.time;
    if (!t?.start || t.precision === 'unresolved') continue;
    if (start === null || t.start < start) start = t.start;
    const e = t.end ?? t.start;
    if (end === null || e > end) end = e;
  }
  const eventIds = items.map((i) => i.event.id);
  return {
    id: clusterId(eventIds),
    codes: rep.event.codes,
    family: rep.event.family,
    modality: rep.event.modality,
    representative: rep.event.id,
    actors: unionActors(byMention.map((i) => i.event.actors)),
    recipients: unionActors(byMention.map((i) => i.event.recipients)),
    location,
    locations: [...locations.values()],
    weapons: [...new Set(byMention.flatMap((i) => i.event.weapons.map((w) => w.name)))],
    start,
    end,
    timePrecision: timePrecision(rep, items, start),
    mentions,
    figures: figureTable(mentions),
    outlets: independentSources(mentions).length,
    articles: new Set(mentions.map((m) => m.articleId)).size,
    confidence: clusterConfidence(mentions),
    eventIds,
  };
}
