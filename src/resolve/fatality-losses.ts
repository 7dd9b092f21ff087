import type { Doc, Mention, NumberData } from '../pipeline/doc.js';
import type { FatalityStatement } from './fatality-statements.js';
import { statement } from './fatality-statements.js';
import { UNKNOWN_FATALITIES } from './fatality-vague.js';
import { WordBits } from '../recognise/vocab.js';

/**
 * Deaths told without a count and without the usual death words (plain token scans of one sentence). Each gives an
 * `unknown` statement, ACLED's figure for an unknown number of dead (UNKNOWN_FATALITIES); src/resolve/fatalities.ts
 * uses it only when the incident has no counted deaths.
 *
 * - losses of lives: "suffered heavy losses", "causing them human and material losses", "inflicting losses in
 *   their ranks" (a verb of suffering or inflicting, or "human"/"heavy" before "losses"; "material losses" alone,
 *   "no losses" and a counted loss, "losses of 5 men", are not);
 * - deaths on both sides: "fatalities on both sides were reported", "soldiers from both sides were killed";
 * - deaths inferred from the fighting: "fatalities are assumed";
 * - a whole group killed: "killed its crew", "killing all those on board", "killing everyone inside".
 */

const LOSS_VERBS = new Set(['suffered', 'suffering', 'sustained', 'sustaining', 'incurred', 'incurring', 'inflicted', 'inflicting', 'causing', 'caused', 'cause', 'inflict', 'suffer', 'sustain', 'incur']);
const LOSS_ADJECTIVES = new Set(['heavy', 'human', 'huge', 'great', 'severe', 'serious', 'significant', 'considerable', 'big', 'large', 'many']);
/** Words that may stand between a loss verb and "losses": "causing them human and material losses". */
const MATERIAL = new Set(['material', 'economic', 'financial', 'property']);
const LOSS_FILLER = new Set(['them', 'him', 'it', 'the', 'enemy', 'and', 'some', 'a', 'lot', 'of', 'number', 'heavy', 'human', 'huge', 'great', 'severe', 'serious', 'significant', 'considerable', 'big', 'large', 'many', 'in', 'both', 'lives', 'life']);
const NEGATION = new Set(['no', 'not', 'without', 'nor', 'never', 'any', 'avoid', 'avoided', 'deny', 'denied', 'denies']);
const DEATH = new Set(['killed', 'dead', 'died', 'fatalities', 'deaths']);
const CLAUSE_END = new Set([';', ':', '.']);
const SIDES = new Set(['sides', 'parties', 'camps']);
const WHOLE_GROUP = new Set(['crew', 'crews', 'occupants', 'passengers']);
const ALL = new Set(['all', 'everyone', 'everybody']);
const ON_BOARD = new Set(['on', 'inside', 'aboard', 'onboard', 'in', 'those', 'people', 'of', 'them', 'its', 'their', 'the', 'soldiers', 'fighters', 'members', 'occupants', 'crew', 'passengers', 'board']);
const KILLING = new Set(['killed', 'killing', 'kill', 'kills']);

/** The words at which a pattern can start, by vocabulary number (one bitmap read skips any other token). */
const STARTS = new WordBits(['losses', 'both', 'assumed', ...KILLING]);

function norm(doc: Doc, k: number, from: number, to: number): string {
  return k >= from && k < to ? doc.tokens[k]!.norm : '';
}

function negatedBefore(doc: Doc, from: number, k: number, to: number, span: number): boolean {
  for (let j = Math.max(from, k - span); j < k; j++) if (NEGATION.has(norm(doc, j, from, to))) return true;
  return false;
}

function hasNumber(nums: Mention<NumberData>[], from: number, to: number): boolean {
  for (const n of nums) if (!n.data.ordinal && !n.data.unit && n.tokenStart < to && n.tokenEnd > from) return true;
  return false;
}

/** "suffered heavy losses", "human losses": the index of the verb or adjective that makes "losses" at k lives lost, or -1. */
function lossesOfLife(doc: Doc, from: number, k: number, to: number): number {
  let human = -1;
  let material = false;
  for (let j = k - 1; j >= Math.max(from, k - 6); j--) {
    const w = norm(doc, j, from, to);
    // "causing material losses": things, unless lives are named too ("human and material losses")
    if (LOSS_VERBS.has(w)) return material && human < 0 ? -1 : j;
    if (LOSS_ADJECTIVES.has(w)) human = j;
    else if (MATERIAL.has(w)) material = true;
    else if (!LOSS_FILLER.has(w)) break;
  }
  // "material losses" alone are not deaths; "heavy losses" or "human losses" without a verb are
  return human;
}

/** The clause holding tokens lo..hi: from after the last ";", ":" or "." before lo to the first one after hi (at most 30 tokens each way). */
function clause(doc: Doc, from: number, lo: number, hi: number, to: number): [number, number] {
  let a = lo;
  while (a > from && lo - a < 30 && !CLAUSE_END.has(norm(doc, a - 1, from, to))) a--;
  let b = hi;
  while (b < to && b - hi < 30 && !CLAUSE_END.has(norm(doc, b, from, to))) b++;
  return [a, b];
}

/** A death word in the clause around k (up to a full stop or semicolon). */
function deathNear(doc: Doc, from: number, k: number, to: number): number {
  for (let j = Math.max(from, k - 10); j < Math.min(to, k + 8); j++) {
    const w = norm(doc, j, from, to);
    if (DEATH.has(w)) return j;
  }
  return -1;
}

function push(out: FatalityStatement[], doc: Doc, s: number, a: number, b: number, rule: string): void {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  out.push(statement('unknown', UNKNOWN_FATALITIES, s, lo, [doc.tokens[lo]!.start, doc.tokens[hi]!.end], rule));
}

/** Loss statements of one sentence (see the file comment): at most one. */
export function lossStatements(doc: Doc, nums: Mention<NumberData>[], s: number, from: number, to: number, out: FatalityStatement[]): void {
  for (let k = from; k < to; k++) {
    if (!STARTS.hasToken(doc.tokens[k]!)) continue;
    const w = doc.tokens[k]!.norm;
    if (w === 'losses') {
      const at = lossesOfLife(doc, from, k, to);
      // "losses of 5 men", "5 losses": the count is read elsewhere
      if (at < 0 || negatedBefore(doc, from, at, to, 4) || hasNumber(nums, k - 3, k + 4)) continue;
      push(out, doc, s, at, k, 'fatalities:losses');
      return;
    }
    if (w === 'both' && SIDES.has(norm(doc, k + 1, from, to))) {
      // "fatalities on both sides were reported", "fighters from both sides were killed"
      const d = deathNear(doc, from, k, to);
      if (d < 0 || negatedBefore(doc, from, Math.min(d, k), to, 5)) continue;
      // "4 fighters from both sides were killed": the count is read elsewhere (only this clause's numbers)
      const [a, b] = clause(doc, from, Math.min(d, k), Math.max(d, k + 1), to);
      if (hasNumber(nums, a, b)) continue;
      push(out, doc, s, d, k + 1, 'fatalities:both-sides');
      return;
    }
    if (w === 'assumed') {
      // "fatalities are assumed", "deaths were assumed"
      const prev = norm(doc, k - 1, from, to);
      const noun = norm(doc, k - 2, from, to);
      if ((prev === 'are' || prev === 'were' || prev === 'is') && (noun === 'fatalities' || noun === 'deaths' || noun === 'casualties') && !negatedBefore(doc, from, k - 2, to, 4)) {
        push(out, doc, s, k - 2, k, 'fatalities:assumed');
        return;
      }
      continue;
    }
    // KILLING: "killed its crew", "killing all those on board", "killing everyone"
    const next = norm(doc, k + 1, from, to);
    const crew = (next === 'its' || next === 'their' || next === 'the') && WHOLE_GROUP.has(norm(doc, k + 2, from, to));
    let all = false;
    if (ALL.has(next)) {
      // "killing everyone", "killed all on board", "killing all those inside"; not "killed all 5 passengers"
      const after = norm(doc, k + 2, from, to);
      all = next !== 'all' || after === '' || after === '.' || after === ',' || ON_BOARD.has(after);
      if (hasNumber(nums, k + 1, k + 4)) all = false;
    }
    if ((crew || all) && !negatedBefore(doc, from, k, to, 4)) {
      push(out, doc, s, k, k + 2, 'fatalities:whole-group');
      return;
    }
  }
}
