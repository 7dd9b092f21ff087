/** Hand-made events for dedup and export tests. */
import type { Event } from '../../src/model/event.js';
import type { Actor } from '../../src/model/actor.js';
import type { Location } from '../../src/model/location.js';
import type { Quantity } from '../../src/model/quantity.js';
import type { PloverType, AcledEventType } from '../../src/model/codes.js';
import type { DedupItem } from '../../src/dedup/index.js';

const prov = { span: null, rule: 'test', how: 'stated' as const };

export function actor(name: string, over: Partial<Actor> = {}): Actor {
  return {
    text: name, span: [0, name.length], name, country: null, sector: null, kind: 'group', backedBy: [], role: null,
    entry: 'test:' + name.toLowerCase(), provenance: prov, ...over,
  };
}

export function place(name: string, over: Partial<Location> = {}): Location {
  return {
    text: name, span: [0, name.length], name, country: null, admin1: null, lat: null, lon: null, precision: 'city',
    entry: null, provenance: prov, ...over,
  };
}

export function killed(value: number, kind: Quantity['kind'] = 'killed', approximate = false): Quantity {
  return {
    kind, value, min: value, max: value, approximate, unit: null, what: null, by: null, text: `${value} ${kind}`,
    span: [0, 1], provenance: prov,
  };
}

export interface EventSpec {
  id: string;
  article?: string;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  sentence?: number;
  text?: string;
  type?: PloverType;
  acled?: AcledEventType | null;
  date?: string | null;
  end?: string | null;
  actors?: Actor[];
  recipients?: Actor[];
  locations?: Location[];
  quantities?: Quantity[];
  confidence?: number;
  modality?: Event['modality'];
  weapons?: Event['weapons'];
}

export function event(s: EventSpec): Event {
  const text = s.text ?? `Sentence of ${s.id}.`;
  return {
    id: s.id,
    articleId: s.article ?? 'a-' + s.id,
    sentence: s.sentence ?? 0,
    span: [0, text.length],
    sentenceText: text,
    triggers: [{ text: 'struck', span: [0, 6] }],
    family: 'assault',
    codes: {
      plover: { type: s.type ?? 'ASSAULT', modes: ['aerial'], context: ['military'] },
      cameo: { code: '195', root: '19', name: 'Employ aerial weapons' },
      quadClass: 4,
      goldstein: -10,
      ploverScore: -9,
      acled: s.acled === null ? null : { eventType: s.acled ?? 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
    },
    actors: s.actors ?? [],
    recipients: s.recipients ?? [],
    locations: s.locations ?? [],
    time: s.date === null ? null : {
      text: 'on Monday', span: null, start: s.date ?? '2023-10-23', end: s.end ?? s.date ?? '2023-10-23', precision: 'day', provenance: prov,
    },
    weapons: s.weapons ?? [],
    quantities: s.quantities ?? [],
    attribution: [],
    modality: s.modality ?? 'asserted',
    descriptors: [],
    topic: null,
    confidence: s.confidence ?? 0.6,
    links: [],
    provenance: {},
  };
}

export function item(s: EventSpec): DedupItem {
  return {
    event: event(s),
    article: {
      id: s.article ?? 'a-' + s.id,
      outlet: s.outlet === undefined ? 'Outlet ' + s.id : s.outlet,
      published: s.published === undefined ? '2023-10-24' : s.published,
      url: s.url ?? null,
    },
  };
}

export const ISRAEL = actor('Israel Defense Forces', { country: 'ISR', sector: 'MIL', kind: 'organisation' });
export const HAMAS = actor('Hamas', { country: 'PSE', sector: 'REB' });
export const HOUTHIS = actor('Houthi Movement', { country: 'YEM', sector: 'REB', backedBy: ['Iran'] });
export const GAZA_CITY = place('Gaza City', { country: 'PSE', admin1: 'Gaza', lat: 31.5017, lon: 34.4668, entry: 'geo:281133' });
export const JABALIA = place('Jabalia', { country: 'PSE', admin1: 'Gaza', lat: 31.5272, lon: 34.4831, entry: 'geo:281141' });
export const KHAN_YUNIS = place('Khan Yunis', { country: 'PSE', admin1: 'Gaza', lat: 31.3462, lon: 34.3063, entry: 'geo:281102' });
export const RAFAH = place('Rafah', { country: 'PSE', admin1: 'Gaza', lat: 31.2969, lon: 34.2455, entry: 'geo:281129' });
export const HODEIDAH = place('Hodeidah', { country: 'YEM', admin1: 'Al Hudaydah', lat: 14.7978, lon: 42.9545, entry: 'geo:79415' });
export const GAZA_STRIP = place('Gaza Strip', { country: 'PSE', admin1: 'Gaza', precision: 'admin1', lat: 31.4, lon: 34.4 });
