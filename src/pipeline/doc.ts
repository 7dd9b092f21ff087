import type { Article } from '../model/article.js';
import type { Event } from '../model/event.js';
import type { Quote, Lull } from '../model/records.js';
import type { ActorKind, Sector } from '../model/actor.js';
import type { LocationPrecision } from '../model/location.js';
import type { TimePrecision } from '../model/time.js';
import type { EventDraft } from './draft.js';
import { emptyList } from '../util/lists.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'dash' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, apostrophes and diacritics folded: the key used by every dictionary. */
  norm: string;
  kind: TokenKind;
  /** Whitespace precedes the token (false inside "Iran-backed"). */
  space: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  sentence: number;
  /**
   * Dictionary-vocabulary number of `norm`, filled lazily by the tries (recognise/vocab.ts): > 0 known,
   * < 0 unknown as of that vocabulary version, 0 or absent not looked up yet. Tokens built outside the
   * tokeniser may leave it out.
   */
  vid?: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
}

/** A recognised stretch of tokens with the dictionary entry (or rule) that matched it. */
export interface Mention<D> {
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sentence: number;
  text: string;
  /** Dictionary entry id or rule id ("actor:grp.houthis", "rule:generic-plural"). */
  entry: string;
  data: D;
}

export interface ActorData {
  name: string;
  country: string | null;
  sector: Sector | null;
  kind: ActorKind;
  backedBy: string[];
  role: string | null;
  /** Plural or collective ("militias", "protesters"). */
  plural: boolean;
  /** Built from a generic noun ("gunmen", "security forces") rather than a named entry. */
  generic: boolean;
  /** Entry can also be a place (country names, capitals). */
  alsoPlace: boolean;
  /** Dictionary entry the actor resolves to when a rule built the mention from one ("Houthi fighters" → "actor:grp.houthis"). */
  ref?: string | null;
}

/**
 * A copy of an actor reading with every field, in one order (entryData's): all readings then share one hidden
 * class. Spread copies (`{ ...d, name }`) got a class per copying site and source class, so the code that reads
 * actors went megamorphic. Change the copy's fields after copying.
 */
export function copyActorData(d: ActorData): ActorData {
  return { name: d.name, country: d.country, sector: d.sector, kind: d.kind, backedBy: d.backedBy, role: d.role, plural: d.plural, generic: d.generic, alsoPlace: d.alsoPlace, ref: d.ref };
}

/** One actor mention whose name several dictionary entries of different countries share, and those entries' readings. */
export interface ActorReadings {
  mention: Mention<ActorData>;
  /** The default reading first (the one the mention was made with). */
  readings: readonly { id: string; data: ActorData; entry: { theatre?: string } }[];
}

export interface PlaceData {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: LocationPrecision;
  /** Other readings kept for disambiguation (e.g. several cities with this name). */
  alternatives: number;
  population: number | null;
}

export interface TimeData {
  start: string | null;
  end: string | null;
  precision: TimePrecision;
}

export interface NumberData {
  value: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
  ordinal: boolean;
  /** Unit when it is part of the number ("$6 billion" → USD). */
  unit: string | null;
}

export interface WeaponData {
  kind: string;
  name: string;
  category: string;
  origin: string | null;
}

export interface OutletData {
  name: string;
}

export interface TraceEntry {
  stage: string;
  rule: string;
  sentence: number;
  span: [number, number] | null;
  message: string;
}

/** The document every stage reads and adds to. Stages never reach back into earlier ones. */
export class Doc {
  readonly article: Article;
  readonly text: string;
  /** Reference date for relative dates (YYYY-MM-DD), or null. */
  readonly referenceDate: string | null;
  sentences: Sentence[] = emptyList();
  tokens: Token[] = emptyList();
  actors: Mention<ActorData>[] = emptyList();
  places: Mention<PlaceData>[] = emptyList();
  /**
   * Names of places that are no place of the text (recognise/places.ts): a country or capital read as its state
   * ("Egypt proposed"), a place inside an actor ("the Athens Police", "a Paris man"), a demonym of a country the text
   * names ("Russian"). Toponyms for geoparsing, never an event's place.
   */
  placeNames: Mention<PlaceData>[] = emptyList();
  times: Mention<TimeData>[] = emptyList();
  numbers: Mention<NumberData>[] = emptyList();
  weapons: Mention<WeaponData>[] = emptyList();
  outlets: Mention<OutletData>[] = emptyList();
  /** Actor mentions read from a name that entries of several countries share ("Congress"), with every reading, the default first; settled by recognise/actor-readings.ts. */
  actorReadings: ActorReadings[] = emptyList();
  /** Events as the coders build them; `resolve` turns them into `events`. */
  drafts: EventDraft[] = emptyList();
  events: Event[] = emptyList();
  quotes: Quote[] = emptyList();
  lulls: Lull[] = emptyList();
  warnings: string[] = emptyList();
  /** Filled only when explaining; tracing costs nothing otherwise. */
  trace: TraceEntry[] | null;
  /**
   * Quotation marks paired once per document by enrich/quotes.ts (read by the quote, modality and attribution
   * stages), with the token list they were paired on. A field, not a WeakMap keyed by the document: a new key
   * per article in a WeakMap costs a hash-table entry and ephemeron work in every garbage collection.
   */
  quotePairs: { tokens: Token[]; length: number; pairs: { open: number; close: number }[]; unbalanced: number } | null = null;
  /** Note-level ACLED cue groups of the document, found on first need by resolve/events.ts (a field for the same reason). */
  noteGroups: string[] | null = null;

  constructor(article: Article, options: { explain?: boolean } = {}) {
    this.article = article;
    this.text = article.text;
    this.referenceDate = article.published ? article.published.slice(0, 10) : null;
    this.trace = options.explain ? [] : null;
  }

  /** Record why something happened; a no-op unless explaining. */
  explain(stage: string, rule: string, sentence: number, span: [number, number] | null, message: string): void {
    if (this.trace) this.trace.push({ stage, rule, sentence, span, message });
  }

  sentenceText(index: number): string {
    const s = this.sentences[index];
    return s ? this.text.slice(s.start, s.end) : '';
  }

  /** Mentions of one layer within a sentence, in text order. */
  inSentence<D>(layer: Mention<D>[], sentence: number): Mention<D>[] {
    return layer.filter((m) => m.sentence === sentence);
  }
}
