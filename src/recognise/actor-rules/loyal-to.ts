import type { ActorData, Mention, Token } from '../../pipeline/doc.js';
import { copyActorData } from '../../pipeline/doc.js';

/**
 * Rule family: an armed or political noun that says whose side it is on after it. "forces loyal to the Libyan
 * government", "militiamen loyal to President X", "fighters loyal to Iraq's al-Qaeda leader": the noun (with no
 * country of its own) takes the country of the party it is loyal to, inferred; "gunmen based in Pakistan", "a
 * group based in Cairo" (a capital read as its state) take the state they are based in. A weak noun ("forces",
 * "fighters") is an actor at all only with "loyal to" after it (`loyalAfter`, read by composite.ts).
 */
export const RULE_LOYAL_TO = 'rule:actor.loyal-to';

/** Codes that are no state (UN, IGOs, CAMEO regions; as in person-context-country.ts). */
const NOT_A_STATE = new Set(['UNO', 'IGO', 'EUR', 'AFR', 'WAF', 'EAF', 'SAF', 'NAF', 'MEA', 'ASA', 'SAS', 'SEA', 'WST', 'CAU', 'LAM', 'NMR', 'CRB']);

/** Words that may stand between "loyal to" and the party: "loyal to the ousted president", "to exiled leader X". */
const BEFORE_PARTY = new Set(['the', 'a', 'an', 'ousted', 'exiled', 'deposed', 'former', 'late', 'slain', 'jailed', 'renegade', 'rebel', 'dissident']);

/** "loyal to" right after the token range ending at `end`. */
export function loyalAfter(tokens: readonly Token[], end: number, to: number): boolean {
  return end + 1 < to && tokens[end]!.norm === 'loyal' && tokens[end + 1]!.norm === 'to';
}

/** The index where the party starts after "loyal to" / "based in" at k, or -1. */
function partyStart(tokens: readonly Token[], k: number): number {
  const a = tokens[k]?.norm, b = tokens[k + 1]?.norm;
  if (!((a === 'loyal' && b === 'to') || (a === 'based' && b === 'in'))) return -1;
  let j = k + 2;
  while (j < k + 5 && BEFORE_PARTY.has(tokens[j]?.norm ?? '')) j++;
  return j;
}

function candidateNoun(m: Mention<ActorData>): boolean {
  return m.data.generic && m.data.country === null && m.data.kind !== 'person' && m.data.kind !== 'state' && m.data.backedBy.length === 0;
}

/** Applies the rule to the document's mentions (document order); mentions are changed in place. */
export function loyalTo(tokens: readonly Token[], actors: readonly Mention<ActorData>[]): void {
  for (let k = 0; k + 1 < actors.length; k++) {
    const m = actors[k]!;
    if (!candidateNoun(m)) continue;
    const start = partyStart(tokens, m.tokenEnd);
    if (start < 0) continue;
    const n = actors[k + 1]!;
    if (n.sentence !== m.sentence || n.tokenStart !== start) continue;
    const country = n.data.country;
    if (country === null || NOT_A_STATE.has(country)) continue;
    // "based in X": only a state (or its capital read as the state), not a person's or a group's home
    if (tokens[m.tokenEnd]!.norm === 'based' && n.data.kind !== 'state') continue;
    const d = copyActorData(m.data);
    d.country = country;
    m.entry = RULE_LOYAL_TO;
    m.data = d;
  }
}
