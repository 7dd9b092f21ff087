import type { Event } from '../../src/model/event.js';
import type { Actor } from '../../src/model/actor.js';
import type { Quantity } from '../../src/model/quantity.js';

const prov = { span: null, rule: 'test', how: 'stated' as const };

export function actor(name: string, o: Partial<Actor> = {}): Actor {
  return { text: name, span: [0, name.length], name, country: null, sector: null, kind: 'organisation', backedBy: [], role: null, entry: null, provenance: prov, ...o };
}

export function killed(value: number, o: Partial<Quantity> = {}): Quantity {
  return { kind: 'killed', value, min: null, max: null, approximate: false, unit: null, what: null, by: null, text: String(value), span: [0, 1], provenance: prov, ...o };
}

export interface EventSpec {
  start?: number;
  plover?: Event['codes']['plover']['type'];
  root?: string;
  quad?: number;
  goldstein?: number;
  acled?: Event['codes']['acled'];
  modality?: Event['modality'];
  actors?: Actor[];
  recipients?: Actor[];
  quantities?: Quantity[];
  trigger?: string;
  family?: string;
}

export function event(id: string, s: EventSpec = {}): Event {
  const start = s.start ?? 0;
  // built loosely and asserted, so the fixture survives additive changes to the Event model
  const e: Omit<Event, 'topic'> = {
    id, articleId: 'a', sentence: 0, span: [start, start + 10], sentenceText: '', triggers: [{ text: s.trigger ?? 'x', span: [start, start + 1] }],
    family: s.family ?? 'test',
    codes: {
      plover: { type: s.plover ?? 'ASSAULT', modes: [], context: [] },
      cameo: { code: s.root ?? '19', root: s.root ?? '19', name: '' },
      quadClass: s.quad ?? 4, goldstein: s.goldstein ?? -10, ploverScore: 0, acled: s.acled ?? null,
    },
    actors: s.actors ?? [], recipients: s.recipients ?? [], locations: [], time: null, weapons: [], quantities: s.quantities ?? [],
    attribution: [], modality: s.modality ?? 'asserted', descriptors: [], confidence: 1, links: [], provenance: {},
  };
  return { ...e, topic: null } as Event;
}
