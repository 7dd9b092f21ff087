import type { EvalSet } from './set.js';
import { acledSet } from './acled.js';
import { ploverSet } from './plover.js';
import { pentaSet } from './penta.js';
import { petrarchSet } from './petrarch.js';
import { lglSet } from './geo-lgl.js';
import { eventLocationSet } from './geo-event.js';
import { ramsSet } from './rams.js';
import { muc4Set } from './muc4.js';
import { wikiEventsSet } from './wikievents.js';

/** Every gold set, in the order `sitrep eval all` runs them. */
export const EVAL_SETS: EvalSet[] = [acledSet, ploverSet, pentaSet, petrarchSet, lglSet, eventLocationSet, ramsSet, muc4Set, wikiEventsSet];

export function findSet(name: string): EvalSet | undefined {
  return EVAL_SETS.find((s) => s.name === name);
}

export type { EvalSet, RunOptions } from './set.js';
export type { SetReport, Score, ErrorCase, ConfusionTable } from './report.js';
