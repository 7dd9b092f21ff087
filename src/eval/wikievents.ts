import { readJsonl, select } from './data.js';
import { SplitCounts } from './metrics.js';
import { ReportBuilder, type SetReport } from './report.js';
import { Extractor } from './extract.js';
import { instruments, scoreArgs } from './args.js';
import { eventAtVerb } from './geo-event.js';
import { progress, type EvalSet, type RunOptions } from './set.js';
import type { Event } from '../model/event.js';
import { isPlaceCountry, isThingTarget } from '../model/actor.js';

/**
 * WikiEvents (wikievents/wikievents_dev_test.jsonl): news documents with KAIROS events. Scored like
 * RAMS, on the two families our event model covers: Conflict.Attack.* (Attacker → actors, Target →
 * recipients, Instrument/ExplosiveDevice → stated weapons (instruments(), args.ts), Place → locations) and Life.Die.* (Killer → actors,
 * Victim → recipients that are not things or places, Place → locations). Token offsets are turned into
 * character offsets by aligning the tokens with the text in order.
 */

interface WikiArg { role: string; text: string; token_start: number; token_end: number }
interface WikiEvent { event_type: string; trigger: { text: string; token_start: number; token_end: number }; arguments: WikiArg[] }
interface WikiRecord { id: string; text: string; tokens: string[]; events: WikiEvent[]; split?: string }

const FILE = 'wikievents/wikievents_dev_test.jsonl';

/** Character start of every token (tokens appear in the text in order); -1 when a token cannot be found. */
export function tokenOffsets(text: string, tokens: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const t of tokens) {
    const i = text.indexOf(t, at);
    out.push(i);
    if (i >= 0) at = i + t.length;
  }
  return out;
}

type Slot = (e: Event) => string[];
const actors: Slot = (e) => e.actors.map((a) => a.text);
/** Recipients that are only the country of the act's place (PLOVER's convention, isPlaceCountry) are its place. */
const recipients: Slot = (e) => e.recipients.filter((a) => !isPlaceCountry(a)).map((a) => a.text);
/** A death's victim is a person: our recipients that are things or places (src/code/targets.ts) are left out. */
const victims: Slot = (e) => e.recipients.filter((a) => !isThingTarget(a) && !isPlaceCountry(a)).map((a) => a.text);
const weapons: Slot = instruments;
const places: Slot = (e) => e.locations.map((l) => l.text);

/** role name → (our slot, the gold roles it gathers), per event family. */
const FAMILIES: { prefix: string; roles: Record<string, { slot: Slot; gold: string[] }> }[] = [
  { prefix: 'Conflict.Attack', roles: { attacker: { slot: actors, gold: ['Attacker'] }, target: { slot: recipients, gold: ['Target'] }, instrument: { slot: weapons, gold: ['Instrument', 'ExplosiveDevice'] }, place: { slot: places, gold: ['Place'] } } },
  { prefix: 'Life.Die', roles: { killer: { slot: actors, gold: ['Killer'] }, victim: { slot: victims, gold: ['Victim'] }, place: { slot: places, gold: ['Place'] } } },
];

export async function runWikiEvents(options: RunOptions): Promise<SetReport> {
  const records = select(readJsonl<WikiRecord>(FILE, options.dir), options);
  const r = new ReportBuilder('wikievents', 'WikiEvents argument roles (attack, die)', FILE, records.length);
  const ex = new Extractor();
  const counts = new Map<string, SplitCounts>();
  const found = new Map<string, { n: number; hit: number }>();
  let i = 0;
  for (const g of records) {
    progress(options, i++);
    const doc = ex.run(g.id, g.text, null);
    const offs = tokenOffsets(g.text, g.tokens);
    for (const ev of g.events) {
      const fam = FAMILIES.find((f) => ev.event_type.startsWith(f.prefix));
      if (!fam) continue;
      const start = offs[ev.trigger.token_start] ?? -1;
      const last = ev.trigger.token_end - 1;
      const end = (offs[last] ?? -1) + (g.tokens[last]?.length ?? 0);
      const f = found.get(fam.prefix) ?? { n: 0, hit: 0 };
      f.n++;
      const ours = start >= 0 && end > start ? eventAtVerb(doc.events, [start, end]) : null;
      if (ours) f.hit++;
      found.set(fam.prefix, f);
      for (const [role, { slot, gold }] of Object.entries(fam.roles)) {
        const goldArgs = ev.arguments.filter((a) => gold.includes(a.role)).map((a) => [a.text]);
        const pred = ours ? slot(ours) : [];
        if (goldArgs.length === 0 && pred.length === 0) continue;
        const key = `${fam.prefix} ${role}`;
        const c = counts.get(key) ?? new SplitCounts();
        const s = scoreArgs(goldArgs, pred);
        c.add(s);
        counts.set(key, c);
        if (ours && (s.missed.length || s.spurious.length)) {
          r.error({ field: key, id: g.id, text: g.text.slice(Math.max(0, start - 150), end + 150), gold: goldArgs.map((x) => x[0]).join(' | ') || '(none)', predicted: pred.join(' | ') || '(none)', severity: s.missed.length + s.spurious.length });
        }
      }
    }
  }
  for (const [prefix, f] of found) r.accuracy(`${prefix} events found`, f.hit, f.n, 'our event at the gold trigger');
  for (const [key, c] of counts) r.prf(key, c.prf());
  r.extractor(ex);
  return r.build();
}

export const wikiEventsSet: EvalSet = { name: 'wikievents', title: 'WikiEvents argument roles', file: FILE, run: runWikiEvents };
