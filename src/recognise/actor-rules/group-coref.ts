import type { ActorData, Mention, Token } from '../../pipeline/doc.js';
import { copyActorData } from '../../pipeline/doc.js';

/**
 * Rule family: "the group" standing for the armed group named just before. "Islamic State claimed the attack. The
 * group said its fighters killed 30 soldiers": the definite description is that group (inferred), so it can be the
 * doer of its verb and own "its fighters". Only the nearest organisation or group mention of the last two sentences
 * counts, and only an armed one (rebels, militias, gangs, unidentified armed groups): "Amnesty said … The group
 * called for" is no antecedent, and then no older armed group is reached for.
 */
export const RULE_GROUP_COREF = 'rule:actor.group-coref';

/** Heads of a definite description of an armed group, after "the" (and an optional adjective of this list). */
const HEADS = new Set(['group', 'organisation', 'organization', 'movement', 'outfit']);
const ADJECTIVES = new Set(['militant', 'armed', 'jihadist', 'extremist', 'insurgent', 'rebel', 'terrorist', 'terror', 'islamist']);
const ARMED = new Set(['REB', 'MILITIA', 'CRM', 'UNK']);
/** How many sentences back the antecedent may stand. */
const WINDOW = 2;

/**
 * The end of "the (militant) group" at token i when it stands alone (not "the group of", not a name's own words), else
 * -1.
 */
export function groupDescriptionEnd(tokens: readonly Token[], i: number, to: number): number {
  if (tokens[i]!.norm !== 'the' || i + 1 >= to) return -1;
  let k = i + 1;
  if (ADJECTIVES.has(tokens[k]!.norm) && k + 1 < to) k++;
  const head = tokens[k]!;
  if (!HEADS.has(head.norm) || head.kind !== 'word') return -1;
  const next = k + 1 < to ? tokens[k + 1] : undefined;
  if (next && (next.norm === 'of' || (next.kind === 'word' && next.cap))) return -1;
  return k + 1;
}

/** The armed group "the group" at sentence `sentence` stands for: the nearest organisation or group mention before it. */
export function groupAntecedent(before: readonly Mention<ActorData>[], sentence: number): ActorData | null {
  for (let j = before.length - 1; j >= 0; j--) {
    const m = before[j]!;
    if (sentence - m.sentence > WINDOW) return null;
    const d = m.data;
    if (d.generic || (d.kind !== 'group' && d.kind !== 'organisation')) continue;
    return ARMED.has(d.sector ?? '') ? copyActorData(d) : null;
  }
  return null;
}
