import type { Event } from '../model/event.js';
import type { Actor, Sector, ActorKind } from '../model/actor.js';
import type { Location } from '../model/location.js';
import type { Codes } from '../model/codes.js';
import type { Span } from '../model/provenance.js';
import type { Modality } from '../model/attribution.js';
import type { TimePrecision } from '../model/time.js';

/** The article facts dedup needs beside an event (the store has them; analyze() returns them in `article`). */
export interface ArticleMeta {
  id: string;
  outlet: string | null;
  /** ISO date or datetime of publication: the fallback date of an undated event. */
  published: string | null;
  url: string | null;
}

/** One event as dedup sees it: the event and the article it came from. */
export interface DedupItem {
  event: Event;
  article: ArticleMeta;
}

/** A stored item with the cluster it belongs to now (null when never clustered). */
export interface StoredItem extends DedupItem {
  clusterId: string | null;
}

/** Kinds of figure kept side by side in a cluster. */
export const FIGURE_KINDS = ['killed', 'injured', 'arrested', 'kidnapped', 'displaced', 'participants', 'weapons', 'intercepted'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** One figure as one mention reported it. */
export interface MentionFigure {
  value: number | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  text: string;
}

/** One report of the real event: where it was said and the figures it gave. */
export interface Mention {
  eventId: string;
  articleId: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Key of the independent source this mention counts for (see docs/dedup.md, "Independent outlets"). */
  source: string;
  sentence: number;
  span: Span;
  sentenceText: string;
  /** Trigger words of the event as written ("struck", "killing"). */
  triggers: string[];
  confidence: number;
  modality: Modality;
  figures: Partial<Record<FigureKind, MentionFigure>>;
}

/** One value of a figure and who reported it: conflicting values stay side by side, never averaged. */
export interface FigureValue {
  value: number | null;
  approximate: boolean;
  /** Outlet names (or source keys when the outlet is unknown), sorted. */
  outlets: string[];
  /** Event ids of the mentions that gave this value, sorted. */
  mentions: string[];
}

/** A compact actor for cluster records: the union over mentions, by canonical name. */
export interface ClusterActor {
  name: string;
  text: string;
  country: string | null;
  sector: Sector | null;
  kind: ActorKind;
  backedBy: string[];
  /** A thing or place that was attacked ("a checkpoint", "Aleppo"), not an actor: src/code/targets.ts, isThingTarget. */
  target: boolean;
  /** Only the country where the act was done, PLOVER's target convention (src/resolve/place-recipient.ts, isPlaceCountry): no ACLED actor. */
  place: boolean;
}

/** One real event: every mention of it, figures side by side, and representative fields. */
export interface EventCluster {
  /** "c" + hash of the smallest member event id: stable whatever the ingest order. */
  id: string;
  /** Codes of the representative mention (highest confidence, then most precise place, then smallest id). */
  codes: Codes;
  family: string;
  modality: Modality;
  representative: string;
  actors: ClusterActor[];
  recipients: ClusterActor[];
  /** The most precise location named by any mention (representative's on ties). */
  location: Location | null;
  /** Every distinct location (by name) named by the mentions. */
  locations: Location[];
  /** Distinct weapon names across the mentions ("drone", "cruise missile"). */
  weapons: string[];
  /** Union of the mentions' date ranges (ISO dates), null when no mention is dated. */
  start: string | null;
  end: string | null;
  timePrecision: TimePrecision;
  /** Sorted by (published, articleId, sentence, eventId). */
  mentions: Mention[];
  figures: Partial<Record<FigureKind, FigureValue[]>>;
  /** Number of independent sources (distinct outlets, syndicated copies counted once). */
  outlets: number;
  articles: number;
  /** 1 − Π over independent sources (1 − best mention confidence of that source), capped at 0.99. */
  confidence: number;
  /** Member event ids, sorted. */
  eventIds: string[];
}

/** What the store must write after an incremental run. */
export interface ClusterUpdate {
  /** Clusters to insert or replace (only those touched by the new items). */
  upserts: EventCluster[];
  /** Cluster ids that no longer exist (merged into another, or re-keyed). */
  deletes: string[];
  /** event id → cluster id, for every event in the upserted clusters. */
  assignments: Record<string, string>;
}

/** The store's candidate search for an incremental run (the blocking key). */
export interface CandidateQuery {
  /** Inclusive ISO date bounds of the window: stored events whose date range touches it are candidates. */
  from: string;
  to: string;
  /** Countries of the new events' places and actors; stored events in any of them (or with no country) are candidates. Null: any. */
  countries: string[] | null;
  /** Stored events of one of these PLOVER types, OR of one of `acledTypes`, are candidates. */
  ploverTypes: string[];
  acledTypes: string[];
  /** Also include stored events that have no resolved date but were published within [from, to]. */
  undatedByPublished: boolean;
}

export interface DedupOptions {
  /** Maximum gap in days between two day-precision date ranges (default 1). */
  maxGapDays: number;
  /** Maximum distance in km between two site/city-precision places (default 25). */
  maxKm: number;
  /** Days before publication assumed for an event with no resolved date (default 2). */
  undatedDays: number;
  /** Minimum evidence score to link two mentions from different articles (default 3). */
  minScore: number;
  /**
   * Two groups merge only if every pair across them scores at least this much and none is vetoed
   * (default 3): a chain of links cannot join mentions that have nothing in common.
   */
  minMergeScore: number;
  /** Minimum evidence score to link two mentions from the same article (default 4). */
  minScoreSameArticle: number;
  /**
   * Rules switched off, for measuring their effect (bench/dedup.ts): any of type, time, place,
   * actors, recipients, figures, weapons (the rule gives neither points nor vetoes), "complete-link"
   * (merges no longer check every pair across the two groups for vetoes), "placed" (the place-or-
   * both-sides requirement). Default: none.
   */
  ablate: string[];
}

export const DEFAULT_OPTIONS: DedupOptions = {
  maxGapDays: 1,
  maxKm: 25,
  undatedDays: 2,
  minScore: 3,
  minMergeScore: 3,
  minScoreSameArticle: 4,
  ablate: [],
};

export type { Actor };
