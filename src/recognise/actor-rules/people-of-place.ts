import type { ActorData, Mention, Token } from '../../pipeline/doc.js';
import { copyActorData } from '../../pipeline/doc.js';

/**
 * Rule family: a people named by a state's demonym who live in another state. CAMEO and PLOVER code a community by
 * the state it lives in ("ethnic Albanians in south Serbia" → SRB, "ethnic Turks protesting Sweden's decision" → SWE),
 * not by its kin state:
 *  - "ethnic" before a demonym reading ("ethnic Albanians", "ethnic Albanian guerrillas") says the people are a minority:
 *    the kin state is dropped, and the nearest state named in the sentence that is not the kin state is taken, inferred
 *    ("… operating in Macedonia" → MKD); with none the people keep no country;
 *  - a people noun alone (one word, civilian) right before "in" or "of" and a state ("the Albanians of southern Serbia",
 *    "Turks in Germany"), with at most one direction word between, takes that state, inferred. Armed and state people
 *    keep their own state ("Russian troops in Syria" stay Russian), and so do refugees ("Romanian refugees in Hungary").
 * Readings of a state's demonym only (`ref` a country entry); named ethnic entries ("Bosnian Serbs") have their state.
 */
export const RULE_PEOPLE_OF_PLACE = 'rule:actor.people-of-place';

const DIRECTION = new Set([
  'south', 'southern', 'north', 'northern', 'east', 'eastern', 'west', 'western', 'central', 'southeast', 'southeastern',
  'southwest', 'southwestern', 'northeast', 'northeastern', 'northwest', 'northwestern', 'the',
]);

const CIVIL = new Set(['CVL', 'PRO', 'REF']);

function demonymPeople(m: Mention<ActorData>): boolean {
  const d = m.data;
  return d.country !== null && d.kind !== 'state' && d.kind !== 'person' && d.kind !== 'igo' && (d.ref ?? m.entry).startsWith('actor:cty.');
}

function stateAt(byToken: Map<number, Mention<ActorData>>, k: number): Mention<ActorData> | undefined {
  const m = byToken.get(k);
  return m && m.data.kind === 'state' && m.data.country !== null ? m : undefined;
}

/** Applies the rule to the mentions of one document (in document order); mentions are changed in place. */
export function peopleOfPlace(tokens: readonly Token[], actors: readonly Mention<ActorData>[]): void {
  let i = 0;
  while (i < actors.length) {
    const sentence = actors[i]!.sentence;
    let j = i;
    while (j < actors.length && actors[j]!.sentence === sentence) j++;
    if (j - i > 1) sentencePass(tokens, actors, i, j);
    i = j;
  }
}

function sentencePass(tokens: readonly Token[], actors: readonly Mention<ActorData>[], from: number, to: number): void {
  let byToken: Map<number, Mention<ActorData>> | null = null;
  for (let k = from; k < to; k++) {
    const m = actors[k]!;
    if (!demonymPeople(m)) continue;
    const kin = m.data.country!;
    const ethnic = tokens[m.tokenStart - 1]?.norm === 'ethnic' || tokens[m.tokenStart]?.norm === 'ethnic';
    // a people noun alone ("Albanians", "Turks"), not "Romanian refugees in Hungary" (refugees keep their origin)
    const civil = CIVIL.has(m.data.sector ?? '') && m.tokenEnd - m.tokenStart === 1;
    if (!ethnic && !civil) continue;
    byToken ??= indexOf(actors, from, to);
    let country: string | null | undefined;
    // "Albanians of southern Serbia", "ethnic Albanians in south Serbia"
    const prep = tokens[m.tokenEnd]?.norm;
    if (prep === 'in' || prep === 'of') {
      let at = m.tokenEnd + 1;
      if (DIRECTION.has(tokens[at]?.norm ?? '')) at++;
      if (DIRECTION.has(tokens[at]?.norm ?? '') && tokens[at - 1]?.norm === 'the') at++;
      const s = stateAt(byToken, at);
      if (s && s.data.country !== kin) country = s.data.country;
    }
    if (country === undefined && ethnic) country = nearestOther(actors, from, to, k, kin);
    if (country === undefined) continue;
    const d = copyActorData(m.data);
    d.country = country;
    d.ref = null; // no longer the kin state's reading
    m.entry = RULE_PEOPLE_OF_PLACE;
    m.data = d;
  }
}

function indexOf(actors: readonly Mention<ActorData>[], from: number, to: number): Map<number, Mention<ActorData>> {
  const out = new Map<number, Mention<ActorData>>();
  for (let k = from; k < to; k++) out.set(actors[k]!.tokenStart, actors[k]!);
  return out;
}

/** The country of the state mention nearest to mention k in its sentence that is not the kin state; null when none. */
/** How many mentions either side of the people are searched for the nearest other state. */
const NEAR = 12;

function nearestOther(actors: readonly Mention<ActorData>[], from: number, to: number, k: number, kin: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const at = actors[k]!.tokenStart;
  // the mentions nearest in the list are the nearest in the text: a bounded look either side keeps a long sentence linear
  for (let q = Math.max(from, k - NEAR), end = Math.min(to, k + NEAR + 1); q < end; q++) {
    const s = actors[q]!;
    if (q === k || s.data.kind !== 'state' || s.data.country === null || s.data.country === kin) continue;
    const distance = Math.abs(s.tokenStart - at);
    if (distance < bestDistance) { best = s.data.country; bestDistance = distance; }
  }
  return best;
}
