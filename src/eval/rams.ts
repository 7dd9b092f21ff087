import { readJsonl, select } from './data.js';
import { SplitCounts } from './metrics.js';
import { ReportBuilder, type SetReport } from './report.js';
import { Extractor } from './extract.js';
import { scoreArgs } from './args.js';
import { eventAtVerb } from './geo-event.js';
import { progress, type EvalSet, type RunOptions } from './set.js';
import type { Event } from '../model/event.js';
import { isPlaceCountry } from '../model/actor.js';

/**
 * RAMS 1.0 (rams/rams_dev_test.jsonl), `conflict.attack.*` events only. Our event for a gold event: one
 * whose trigger overlaps the gold trigger, else one whose span covers it. Roles where our event model
 * has a slot: attacker → actors, target → recipients, instrument → weapons, place → locations; matched
 * by head-word overlap. An unmatched gold event keeps its arguments as misses.
 */

interface RamsArg { role: string; text: string; char_start: number; char_end: number }
interface RamsEvent { event_type: string; trigger: { text: string; char_start: number; char_end: number }; arguments: RamsArg[] }
interface RamsRecord { id: string; text: string; events: RamsEvent[]; split?: string }

const FILE = 'rams/rams_dev_test.jsonl';

export const RAMS_ROLES: Record<string, (e: Event) => string[]> = {
  attacker: (e) => e.actors.map((a) => a.text),
  // a recipient that is only the country of the attack's place (PLOVER's convention) is its place, not its target
  target: (e) => e.recipients.filter((a) => !isPlaceCountry(a)).map((a) => a.text),
  instrument: (e) => e.weapons.map((w) => w.text),
  place: (e) => e.locations.map((l) => l.text),
};

export async function runRams(options: RunOptions): Promise<SetReport> {
  const records = select(readJsonl<RamsRecord>(FILE, options.dir), options);
  const r = new ReportBuilder('rams', 'RAMS argument roles (conflict.attack)', FILE, records.length);
  const ex = new Extractor();
  const roles = new Map(Object.keys(RAMS_ROLES).map((k) => [k, new SplitCounts()]));
  let gold = 0;
  let found = 0;
  let passages = 0;
  let i = 0;
  for (const g of records) {
    const attacks = g.events.filter((e) => e.event_type.startsWith('conflict.attack'));
    if (attacks.length === 0) continue;
    progress(options, i++);
    passages++;
    const doc = ex.run(g.id, g.text, null);
    for (const a of attacks) {
      gold++;
      const ev = eventAtVerb(doc.events, [a.trigger.char_start, a.trigger.char_end]);
      if (ev) found++;
      else r.error({ field: 'attack event', id: g.id, text: g.text.slice(Math.max(0, a.trigger.char_start - 150), a.trigger.char_end + 150), gold: a.trigger.text, predicted: '(no event at the trigger)', severity: 1 });
      for (const [role, get] of Object.entries(RAMS_ROLES)) {
        const goldArgs = a.arguments.filter((x) => x.role === role).map((x) => [x.text]);
        const pred = ev ? get(ev) : [];
        if (goldArgs.length === 0 && pred.length === 0) continue;
        const s = scoreArgs(goldArgs, pred);
        roles.get(role)!.add(s);
        if (ev && (s.missed.length || s.spurious.length)) {
          r.error({ field: role, id: g.id, text: g.text.slice(Math.max(0, a.trigger.char_start - 150), a.trigger.char_end + 150), gold: goldArgs.map((x) => x[0]).join(' | ') || '(none)', predicted: pred.join(' | ') || '(none)', severity: s.missed.length + s.spurious.length });
        }
      }
    }
  }
  r.accuracy('attack events found', found, gold, 'our event at the gold trigger');
  for (const [role, c] of roles) r.prf(role, c.prf(), role === 'attacker' ? 'head-word overlap; unmatched events count as misses' : undefined);
  r.note(`${passages} of ${records.length} passages hold a conflict.attack event; ${gold} such events scored.`);
  r.extractor(ex);
  return r.build();
}

export const ramsSet: EvalSet = { name: 'rams', title: 'RAMS argument roles', file: FILE, run: runRams };
