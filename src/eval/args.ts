import { headMatch, normText } from './normalise.js';
import type { Event } from '../model/event.js';

/**
 * Argument matching shared by RAMS and MUC-4: gold arguments are entities (one or more coreferent
 * mention strings); a predicted string matches an entity when it head-word-matches any mention.
 */
export interface ArgCounts { matchedPred: number; nPred: number; matchedGold: number; nGold: number; missed: string[]; spurious: string[] }

export function dedupe(strings: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of strings) {
    const k = normText(s);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

export function scoreArgs(gold: readonly (readonly string[])[], predicted: readonly string[]): ArgCounts {
  const preds = dedupe(predicted);
  const entityHit = (ent: readonly string[], p: string): boolean => ent.some((m) => headMatch(m, p));
  const missed: string[] = [];
  let matchedGold = 0;
  for (const ent of gold) {
    if (preds.some((p) => entityHit(ent, p))) matchedGold++;
    else missed.push(ent[0] ?? '');
  }
  const spurious: string[] = [];
  let matchedPred = 0;
  for (const p of preds) {
    if (gold.some((ent) => entityHit(ent, p))) matchedPred++;
    else spurious.push(p);
  }
  return { matchedPred, nPred: preds.length, matchedGold, nGold: gold.length, missed, spurious };
}

/**
 * Our weapons scored as device arguments (MUC-4 weapon, WikiEvents Instrument/ExplosiveDevice): the stated ones. Both
 * sets' gold names a device apart from the trigger ("a bomb", "rifles", "explosives"; no gold weapon of either is an act
 * word such as "bombing" or "shooting"); a weapon kind we read off a word naming the act or its doer ("the bombing", "a
 * shooting", "a sniper": rule weapon:act-word) or carry over from another event (weapon:of-launch) is marked inferred and
 * names no device. It still codes the event (CAMEO, PLOVER modes, ACLED types), which those sets do not score. RAMS keeps
 * every weapon: its annotators also mark the act word as the instrument ("airstrikes" of the "airstrikes" attack).
 */
export function instruments(e: Event): string[] {
  return e.weapons.filter((w) => w.provenance.how === 'stated').map((w) => w.text);
}
