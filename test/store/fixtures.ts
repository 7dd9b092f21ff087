/** Hand-built Analysis fixtures (the extractor may still be empty), for store and ingest tests. */
import type { Actor } from '../../src/model/actor.js';
import type { Article } from '../../src/model/article.js';
import type { Event } from '../../src/model/event.js';
import type { Lull, Quote } from '../../src/model/records.js';
import type { AcledEventType, PloverType } from '../../src/model/codes.js';
import type { ArticleRecord } from '../../src/store/store.js';
import { articleId } from '../../src/util/hash.js';

const prov = { span: null, rule: 'test:fixture', how: 'stated' as const };

export function actor(name: string, country: string | null, backedBy: string[] = []): Actor {
  return {
    text: name, span: [0, name.length], name, country, sector: null, kind: 'group', backedBy, role: null,
    entry: `test.${name.toLowerCase().replace(/\W+/g, '-')}`, provenance: prov,
  };
}

export interface EventSpec {
  id?: string;
  sentence?: number;
  text: string;
  family?: string;
  plover?: PloverType;
  cameo?: string;
  acled?: AcledEventType | null;
  date?: string | null;
  country?: string | null;
  actors?: Actor[];
  recipients?: Actor[];
  confidence?: number;
}

export function event(spec: EventSpec, index = 0): Event {
  const sentence = spec.sentence ?? index;
  return {
    id: spec.id ?? `e${index + 1}`,
    articleId: 'pending',
    sentence,
    span: [0, spec.text.length],
    sentenceText: spec.text,
    triggers: [{ text: spec.text.split(' ')[1] ?? spec.text, span: [0, 1] }],
    family: spec.family ?? 'assault',
    codes: {
      plover: { type: spec.plover ?? 'ASSAULT', modes: [], context: [] },
      cameo: { code: spec.cameo ?? '190', root: (spec.cameo ?? '190').slice(0, 2), name: 'Use conventional military force' },
      quadClass: 4, goldstein: -10, ploverScore: -8,
      acled: spec.acled === null ? null : { eventType: spec.acled ?? 'Battles', subEventType: 'Armed clash' },
    },
    actors: spec.actors ?? [],
    recipients: spec.recipients ?? [],
    locations: spec.country ? [{
      text: spec.country, span: [0, 1], name: spec.country, country: spec.country, admin1: null, lat: null, lon: null,
      precision: 'country', entry: `country:${spec.country}`, provenance: prov,
    }] : [],
    time: spec.date ? { text: spec.date, span: null, start: spec.date, end: spec.date, precision: 'day', provenance: prov } : null,
    weapons: [], quantities: [], attribution: [], modality: 'asserted', descriptors: [], topic: null,
    confidence: spec.confidence ?? 0.8,
    links: [], provenance: {},
  } as Event; // a cast, so fields the model gains later (optional ones) do not break the fixture
}

export function quote(text: string, sentence = 0): Quote {
  return {
    id: 'q1', articleId: 'pending', sentence, span: [0, text.length], text, speaker: actor('Pentagon', 'USA'),
    speakerText: 'the Pentagon', outlet: null, time: null, provenance: prov,
  };
}

export function lull(kind: string, date: string | null, sentence = 0): Lull {
  return {
    id: 'l1', articleId: 'pending', sentence, span: [0, kind.length], text: kind, kind, declared: true, sideA: [], sideB: [],
    length: null, ended: null, endedBy: null, attribution: [],
    time: date ? { text: date, span: null, start: date, end: date, precision: 'day', provenance: prov } : null, provenance: prov,
  };
}

export interface RecordSpec {
  text?: string;
  url?: string | null;
  title?: string;
  published?: string | null;
  events?: EventSpec[];
  quotes?: string[];
  lulls?: Array<{ kind: string; date: string | null }>;
}

export function record(spec: RecordSpec): ArticleRecord {
  const text = spec.text ?? (spec.events ?? []).map((e) => e.text).join(' ');
  const article: Article = {
    id: articleId({ url: spec.url ?? null, text }),
    text, title: spec.title ?? null, url: spec.url ?? null, published: spec.published ?? null, outlet: 'Test Wire',
    origin: 'test', format: 'text',
  };
  return {
    article,
    analysis: {
      article: { ...(({ text: _t, ...m }) => m)(article), chars: text.length, sentences: (spec.events ?? []).length },
      events: (spec.events ?? []).map((e, i) => ({ ...event(e, i), articleId: article.id })),
      quotes: (spec.quotes ?? []).map((q, i) => ({ ...quote(q, i), id: `q${i + 1}`, articleId: article.id })),
      lulls: (spec.lulls ?? []).map((l, i) => ({ ...lull(l.kind, l.date, i), id: `l${i + 1}`, articleId: article.id })),
      warnings: [],
    },
  };
}
