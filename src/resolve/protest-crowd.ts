import { triggerMention, crowdData } from './trigger-mention.js';
import type { Doc, Mention, ActorData } from '../pipeline/doc.js';
import type { EventDraft } from '../pipeline/draft.js';
import type { Actor } from '../model/actor.js';
import type { Location } from '../model/location.js';
import { toActor, copyActor } from './to-model.js';

/**
 * Every demonstration has its demonstrators. An event we read as an ACLED protest or riot whose parties hold no
 * crowd (sector PRO) still has one:
 *
 * 1. the civilians, workers, students, party or union members who do the act are the crowd ("students clashed
 *    with each other during the march" → rioters, role "students"); so are the people the police act on in a
 *    protest ("police arrested dozens of teachers" → protesters), never a victim of the crowd's own violence;
 * 2. else, in a demonstration itself ("rally", "protested", "blocked the road") whose doer was read as a state
 *    or an armed group (a country named in the rally's slogan or place, police who dispersed it; not a government
 *    organ's protest, which is a diplomatic note: "the foreign ministry protested"), or in an act of
 *    state forces against it told around a demonstration ("protesters gathered …. Police intervened, detaining
 *    29"), the crowd the text names nearest (its sentence, then the two before, then the next), else an inferred
 *    generic crowd on the trigger. It joins as a recipient when the event's doers are state forces (the crowd is
 *    what they act on), else as a doer.
 *
 * Rule ids: `+crowd-of-protest-event` on a converted party, `actor:crowd-of-protest-event` (a named crowd
 * carried over) and `actor:implied-crowd-of-protest-event`. A crowd carried over keeps its stated country
 * ("Palestinian rioters"); an inferred one takes the event's.
 */

export const RULE_CROWD_CARRIED = 'actor:crowd-of-protest-event';
export const RULE_CROWD_IMPLIED = 'actor:implied-crowd-of-protest-event';

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'IGO']);
/** Civil parties whose people demonstrate: parties, unions, students, civic and religious groups, civilians. */
const CIVIL_SECTORS = new Set(['PTY', 'OPP', 'LAB', 'EDU', 'NGO', 'REL', 'BUS', 'MED', 'HLH', 'CVL', 'REF', 'ELI']);

function isState(a: Actor): boolean {
  return a.kind === 'state' || a.kind === 'igo' || STATE_SECTORS.has(a.sector ?? '');
}

/** A government organ (a ministry, a government, an international body), whose protest is a note, not a march. */
function isOrgan(a: Actor): boolean {
  return a.kind !== 'state' && a.kind !== 'person' && (a.sector === 'GOV' || a.kind === 'igo' || a.sector === 'IGO');
}

function isCivil(a: Actor): boolean {
  return a.kind !== 'state' && a.kind !== 'igo' && CIVIL_SECTORS.has(a.sector ?? '');
}

/**
 * Crowd mentions (sector PRO) and protest drafts by sentence, built once per document (the lists are re-read when
 * they grew): the window look-ups below then cost the window, not the document (a long text has thousands of drafts).
 */
interface CrowdIndex {
  actors: readonly Mention<ActorData>[];
  actorCount: number;
  drafts: readonly EventDraft[];
  draftCount: number;
  crowds: Map<number, Mention<ActorData>[]>;
  protests: Map<number, EventDraft[]>;
}
const indexes = new WeakMap<Doc, CrowdIndex>();

function indexOf(doc: Doc): CrowdIndex {
  const old = indexes.get(doc);
  if (old && old.actors === doc.actors && old.actorCount === doc.actors.length && old.drafts === doc.drafts && old.draftCount === doc.drafts.length) return old;
  const crowds = new Map<number, Mention<ActorData>[]>();
  for (const m of doc.actors) {
    if (m.data.sector !== 'PRO') continue;
    const l = crowds.get(m.sentence);
    if (l) l.push(m);
    else crowds.set(m.sentence, [m]);
  }
  const protests = new Map<number, EventDraft[]>();
  for (const o of doc.drafts) {
    if (o.family !== 'protest') continue;
    const l = protests.get(o.sentence);
    if (l) l.push(o);
    else protests.set(o.sentence, [o]);
  }
  const idx = { actors: doc.actors, actorCount: doc.actors.length, drafts: doc.drafts, draftCount: doc.drafts.length, crowds, protests };
  indexes.set(doc, idx);
  return idx;
}

/** Sentences of the crowd window by rank: its own sentence 0, earlier sentences 1-2, the next sentence 3. */
const CROWD_WINDOW = [0, 1, 2, -1];

/** The crowd mention nearest to the draft: its sentence, then up to two before, then the one after (first in text order). */
function nearestCrowd(doc: Doc, d: EventDraft): Mention<ActorData> | null {
  const crowds = indexOf(doc).crowds;
  for (const gap of CROWD_WINDOW) {
    const l = crowds.get(d.sentence - gap);
    if (l && l.length > 0) return l[0]!;
  }
  return null;
}

/** A demonstration told in the draft's window: a live protest draft in its sentence, the two before or the next. */
function protestNear(doc: Doc, d: EventDraft): boolean {
  const protests = indexOf(doc).protests;
  for (let s = d.sentence - 2; s <= d.sentence + 1; s++) {
    const l = protests.get(s);
    if (l) for (const o of l) if (!o.dropped) return true;
  }
  return false;
}

function impliedMention(doc: Doc, d: EventDraft, riot: boolean): Mention<ActorData> {
  return triggerMention(doc, d, riot ? 'gen:rioters' : 'gen:protesters', crowdData(riot));
}

/** Turns the civil parties of `list` into the crowd, in place; true when one was. */
function convert(list: Actor[], riot: boolean): boolean {
  let done = false;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (!isCivil(a)) continue;
    const c = copyActor(a, `${a.provenance.rule} +crowd-of-protest-event`, 'inferred');
    c.name = riot ? 'rioters' : 'protesters';
    c.sector = 'PRO';
    c.role = a.role ?? a.name;
    list[i] = c;
    done = true;
  }
  return done;
}

/**
 * Gives an ACLED protest or riot its crowd (in place, in `actors` or `recipients`) when it has none.
 * `acledType` is the event's ACLED event type (null when ACLED does not record it).
 */
export function addProtestCrowd(doc: Doc, d: EventDraft, acledType: string | null, actors: Actor[], recipients: Actor[], locations: Location[]): void {
  if (acledType !== 'Protests' && acledType !== 'Riots') return;
  for (const a of actors) if (a.sector === 'PRO') return;
  for (const a of recipients) if (a.sector === 'PRO') return;
  const riot = acledType === 'Riots';
  const byState = actors.length > 0 && actors.every(isState);
  // 1. the civil doers; the people state forces act on
  if (convert(actors, riot)) return;
  if (byState && convert(recipients, riot)) return;
  // 2. a demonstration (not a government's protest note: "the ministry protested"), or state forces' act told around one
  if (d.family === 'protest' ? byState && actors.every(isOrgan) : !(byState && protestNear(doc, d))) return;
  const named = nearestCrowd(doc, d);
  const crowd = toActor({ mention: named ?? impliedMention(doc, d, riot), rule: named ? RULE_CROWD_CARRIED : RULE_CROWD_IMPLIED, how: 'inferred' });
  if (riot) crowd.name = 'rioters';
  else if (!named) crowd.name = 'protesters';
  if (crowd.country === null) crowd.country = locations.find((l) => l.country)?.country ?? null;
  (byState ? recipients : actors).push(crowd);
}
