import type { Mention, ActorData, PlaceData, TimeData, WeaponData } from './doc.js';
import type { Attribution, Modality } from '../model/attribution.js';
import type { Quantity } from '../model/quantity.js';
import type { EventLink } from '../model/event.js';
import type { TriggerEntry } from '../code/triggers.js';

/** How a role filler was found: the rule id and whether it was read off the text or inferred. */
export interface Filled<M> {
  mention: M;
  rule: string;
  how: 'stated' | 'inferred';
}

export interface ActorFiller extends Filled<Mention<ActorData>> {}

/** A filler written out, fields in one order: one hidden class (a copy by `{ ...f, rule }` gives each copying site its own). */
export function filled<M>(mention: M, rule: string, how: 'stated' | 'inferred'): Filled<M> {
  return { mention, rule, how };
}

/**
 * An event as the coders first build it, before enrichment and resolution turn it into a model Event.
 * Stages after `code` refine drafts (modality, attribution, merges); `resolve` emits the Events.
 */
export interface EventDraft {
  id: string;
  sentence: number;
  family: string;
  entry: TriggerEntry;
  /** Token range of the trigger (exclusive end). */
  trigger: { tokenStart: number; tokenEnd: number };
  /** Triggers of mentions merged into this one. */
  extraTriggers: { tokenStart: number; tokenEnd: number }[];
  form: 'verb' | 'noun';
  voice: 'active' | 'passive' | 'nominal';
  actors: ActorFiller[];
  recipients: ActorFiller[];
  places: Filled<Mention<PlaceData>>[];
  time: Filled<Mention<TimeData>> | null;
  weapons: (Filled<Mention<WeaponData>> & { count: number | null })[];
  quantities: Quantity[];
  attribution: Attribution[];
  modality: Modality;
  modalityRule: string;
  modalitySpan: [number, number] | null;
  descriptors: string[];
  topic: { text: string; span: [number, number] } | null;
  links: EventLink[];
  /** CAMEO code, refined by weapons and family rules. */
  cameo: string;
  ploverModes: string[];
  cameoRule: string;
  confidence: number;
  /** Set when a filter drops the draft (kept for --explain). */
  dropped: string | null;
  /** A pronoun subject ("we", "they") left for the enrich stages to resolve. */
  subjectPronoun: { norm: string; tokenIndex: number } | null;
  /** Sentences of other mentions merged into this draft. */
  mergedSentences: number[];
}

/** A token range `{ tokenStart, tokenEnd }` built at one site (see copyDraft). */
export function tokenRange(tokenStart: number, tokenEnd: number): { tokenStart: number; tokenEnd: number } {
  return { tokenStart, tokenEnd };
}

/**
 * A shallow copy of a draft with every field written out in the order `bindTrigger` builds them: one hidden class
 * (`{ ...d, id }` gives each copying site its own, and the readers of drafts turn polymorphic). Change fields after.
 * Every draft is made here (bindTrigger copies the one it builds): an object literal that runs rarely keeps a
 * template of the hidden class it first made, and once that class is superseded (a field changes representation
 * or becomes mutable) each rare copy came out with the old class, which optimised readers of drafts did not
 * accept ("wrong map": `confidence`, `check`, `protestersSpeaking` in the first pass over new text).
 */
export function copyDraft(d: EventDraft): EventDraft {
  return {
    id: d.id, sentence: d.sentence, family: d.family, entry: d.entry, trigger: d.trigger, extraTriggers: d.extraTriggers, form: d.form, voice: d.voice,
    actors: d.actors, recipients: d.recipients, places: d.places, time: d.time, weapons: d.weapons, quantities: d.quantities, attribution: d.attribution,
    modality: d.modality, modalityRule: d.modalityRule, modalitySpan: d.modalitySpan, descriptors: d.descriptors, topic: d.topic, links: d.links,
    cameo: d.cameo, ploverModes: d.ploverModes, cameoRule: d.cameoRule, confidence: d.confidence, dropped: d.dropped, subjectPronoun: d.subjectPronoun,
    mergedSentences: d.mergedSentences,
  };
}
