import type { ActorKind, Sector } from '../model/actor.js';
import type { ActorData } from '../pipeline/doc.js';
import type { CaseRule } from './trie.js';

/** A surface form in a data file: a plain string, or one with its own case rule. */
export type NameSpec = string | { text: string; case: CaseRule };

/** One named actor entry in data/actors/*.json (countries, state bodies, IGOs, groups, persons). */
export interface ActorEntry {
  id: string;
  canonical: string;
  names: NameSpec[];
  country: string | null;
  sector: Sector | null;
  kind?: ActorKind;
  backedBy?: string[];
  role?: string;
  case?: CaseRule;
  exact?: string[];
  /** false: never matched in all-upper-case text (names like "IS", "ICE"). */
  upper?: boolean;
  plural?: boolean;
  alsoPlace?: boolean;
  /** ISO alpha-3 of the one country an intervention force or mission operates in ("Saudi-led coalition" → YEM). */
  theatre?: string;
  /** ISO alpha-3 of the theatres where this force alone flies strike aircraft (src/resolve/air-power.ts). */
  airPower?: string[];
  /**
   * The sector ACLED's coding gives this actor where it differs from `sector`: de facto authorities that ACLED names as a
   * state's forces ("Military Forces of Yemen (2016-) Supreme Political Council" for the Houthis). Read only by the ACLED
   * classifier (src/resolve/acled-sector.ts); PLOVER and CAMEO keep `sector`.
   */
  acledSector?: Sector;
  /** Adjectival forms used only before a generic noun ("Houthi fighters"). */
  adjectives?: NameSpec[];
  /** Countries: capitals and seats used for the government ("Tehran", "Kremlin"). */
  metonyms?: string[];
  /** Countries: demonyms ("Iranian"), used before a generic noun. */
  demonyms?: string[];
  /** Countries: plural demonyms ("Iranians"). */
  people?: string[];
  acled?: string | string[];
  /**
   * Names of this entry that mean a body of any other country too, by generic entry: `{"Congress": "gen:legislature"}`.
   * In a document that points to another country than this entry's (and than any other entry listing the name), the
   * name is that country's body: a generic actor that takes the event's country (actor-readings.ts).
   */
  local?: Record<string, string>;
  /** Persons. */
  surname?: string;
  surnames?: string[];
  surnameAlone?: boolean;
  head?: boolean;
  /** Office holders (persons-office.json): spans in office, [from, to] years, `to` null while in office. */
  years?: [number, number | null][];
  example: string;
}

export interface GenericEntry {
  id: string;
  label: string;
  plural: string[];
  singular: string[];
  sector: Sector;
  acledName?: string;
  weakNames?: string[];
  /** Nouns that make the preceding actor a patron ("Iranian proxies"). */
  patronage?: string[];
  /** Machines, not people ("warplanes", "warship"): a singular is not a person. */
  inanimate?: boolean;
  /** A profession or local office ("engineer", "mayor"): an actor only as the one harmed (composite.ts). */
  victimOnly?: boolean;
  example: string;
}

export interface TitleEntry {
  id: string;
  names: string[];
  role: string;
  sector: Sector | null;
  country?: string;
  orgOnly?: boolean;
  noName?: boolean;
  example: string;
}

export interface ShipEntry { id: string; prefix: string; country: string; navy: string; example: string }
export interface ModifierEntry { id: string; words: string[]; unknown?: boolean; example: string }

/** What the name trie stores for a named entry. */
export interface NamedValue {
  id: string;
  data: ActorData;
  /** The entry, for person/country details. */
  entry: ActorEntry;
  /** How the surface relates to the entry. */
  form: 'name' | 'demonym' | 'adjective' | 'people' | 'metonym' | 'surname';
  /**
   * A name listed by entries of different countries ("Congress": the U.S. Congress, India's Congress party): every
   * entry's reading, the default first (the one `pick` in actor-context.ts prefers); null for every other surface.
   * The place stage picks the reading whose country the document points to (actor-readings.ts).
   */
  readings: NamedValue[] | null;
}

/** What the generic-noun trie stores. */
export interface GenericValue {
  id: string;
  entry: GenericEntry;
  plural: boolean;
  weak: boolean;
  patronage: boolean;
  /** Singular role noun for one person ("official", "spokesman"). */
  person: boolean;
  noun: string;
}

export interface TitleValue { id: string; entry: TitleEntry; surface: string }
