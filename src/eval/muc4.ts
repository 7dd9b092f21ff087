import { readJsonl, select } from './data.js';
import { SplitCounts } from './metrics.js';
import { ReportBuilder, type SetReport } from './report.js';
import { Extractor } from './extract.js';
import { instruments, scoreArgs } from './args.js';
import { progress, type EvalSet, type RunOptions } from './set.js';
import type { Event } from '../model/event.js';
import { isPlaceCountry, isThingTarget } from '../model/actor.js';

/**
 * MUC-4 (muc4/muc4_dev_test.jsonl): document-level templates of terrorist incidents. Our side: every
 * material-conflict event in the document of a MUC-4 incident type (assault, fight, mass violence, property
 * seized or destroyed; not arrests and other coercion). Perpetrators
 * (individual ∪ organisation) ↔ our actors, human targets ↔ our recipients that are actors, physical targets ↔ our
 * recipients that are things or places (isThingTarget), weapons ↔ our stated weapons (instruments(), args.ts).
 * Entities are matched by head-word overlap with any of their mentions. The text is upper case as
 * distributed; it is analysed as is.
 */

interface MucRecord {
  id: string;
  text: string;
  roles: Record<'perpetrator_individual' | 'perpetrator_organization' | 'physical_target' | 'human_target' | 'weapon', string[][]>;
  split?: string;
}

const FILE = 'muc4/muc4_dev_test.jsonl';

/**
 * MUC-4's incident types are attacks, bombings, kidnappings, arson and hijackings: our assaults, fights and mass
 * violence (CAMEO 18-20) and seizures or destruction of property (171). Arrests, detentions, expulsions and other
 * coercion (170, 172-175) are material conflict too but no MUC-4 incident: the arrested are no human targets and
 * the police arresting them no perpetrators (the task's templates leave such reports out).
 */
const MUC_ROOTS = new Set(['18', '19', '20']);

function violent(events: readonly Event[]): Event[] {
  return events.filter((e) => e.codes.quadClass === 4 && (MUC_ROOTS.has(e.codes.cameo.root) || e.codes.cameo.code.startsWith('171')));
}

export async function runMuc4(options: RunOptions): Promise<SetReport> {
  const records = select(readJsonl<MucRecord>(FILE, options.dir), options);
  const r = new ReportBuilder('muc4', 'MUC-4 perpetrators and victims', FILE, records.length);
  const ex = new Extractor();
  const perp = new SplitCounts();
  const victim = new SplitCounts();
  const weapon = new SplitCounts();
  const thing = new SplitCounts();
  let docsWithEvent = 0;
  let i = 0;
  for (const g of records) {
    progress(options, i++);
    const doc = ex.run(g.id, g.text, null);
    const evs = violent(doc.events);
    if (evs.length) docsWithEvent++;
    const rows: [string, SplitCounts, string[][], string[]][] = [
      ['perpetrator', perp, [...g.roles.perpetrator_individual, ...g.roles.perpetrator_organization], evs.flatMap((e) => e.actors.map((a) => a.text))],
      // our recipients that are buildings, vehicles or places (src/code/targets.ts) are MUC-4's physical targets
      // MUC-4's human target as distributed here is the HUM TGT: NAME slot only (every gold entity is a person's or an
      // organisation's name): our recipients that only describe people ("two soldiers", "peasants") are not scored
      ['victim', victim, g.roles.human_target, evs.flatMap((e) => e.recipients.filter((a) => !isThingTarget(a) && !isPlaceCountry(a) && a.entry !== null).map((a) => a.text))],
      ['physical target', thing, g.roles.physical_target, evs.flatMap((e) => e.recipients.filter((a) => isThingTarget(a) && !isPlaceCountry(a)).map((a) => a.text))],
      ['weapon', weapon, g.roles.weapon, evs.flatMap(instruments)],
    ];
    for (const [field, counts, gold, pred] of rows) {
      const s = scoreArgs(gold, pred);
      counts.add(s);
      if (s.missed.length || s.spurious.length) {
        r.error({ field, id: g.id, text: g.text.slice(0, 400), gold: gold.map((e) => e[0]).join(' | ') || '(none)', predicted: pred.join(' | ') || '(none)', severity: s.missed.length + s.spurious.length });
      }
    }
  }
  r.accuracy('documents with a MUC-4-type event', docsWithEvent, records.length);
  r.prf('perpetrator', perp.prf(), 'entity level, head-word overlap');
  r.prf('victim (human target)', victim.prf());
  r.prf('physical target', thing.prf(), 'our thing and place recipients');
  r.prf('weapon', weapon.prf());
  r.extractor(ex);
  return r.build();
}

export const muc4Set: EvalSet = { name: 'muc4', title: 'MUC-4 perpetrators and victims', file: FILE, run: runMuc4 };
