import type { ActorData, Mention, Token } from '../../pipeline/doc.js';
import { copyActorData } from '../../pipeline/doc.js';
import { RULE_TITLE } from './title-person.js';

/**
 * Rule family: a person named with a state title and no country ("President Omar El Bashir", "Lt. Gen. Prosper
 * Avril", "Judge Alejandro Rivera") takes the country of the state the sentence is about, inferred, never stated:
 *  - the countries of the other mentions of the sentence (states, capitals, bodies, forces, groups or people named with
 *    a state: "the curfew imposed in Sudan", "Haiti's first democratic elections", "Chilean government officials");
 *    other persons and intergovernmental bodies do not count (a person's country is that person's: "President
 *    Mitterrand welcomed South African leader de Klerk" names no country for Mitterrand);
 *  - exactly one country there, else none (two make it ambiguous);
 *  - with none in the sentence, the one country of the nearest earlier sentence (at most two back) that names a state.
 * A role with a country right before the name ("Iran's religious leader Ayatollah X") or "of <state>" right after it
 * ("King Hassan of Morocco") decides first. Units (ships, brigades) give no country: anyone's officers visit them.
 * Only titles of a state office qualify (sectors GOV, MIL, JUD, LEG, COP, SPY: presidents, prime ministers, kings and
 * emirs, ministers, generals, judges); clerics and party leaders do not.
 */
export const RULE_PERSON_CONTEXT = 'rule:actor.person-context-country';

const STATE_SECTORS = new Set(['GOV', 'MIL', 'JUD', 'LEG', 'COP', 'SPY']);

/** Codes that are no state (UN, IGOs, CAMEO regions; as in src/resolve/actor-country.ts). */
const NOT_A_STATE = new Set(['UNO', 'IGO', 'EUR', 'AFR', 'WAF', 'EAF', 'SAF', 'NAF', 'MEA', 'ASA', 'SAS', 'SEA', 'WST', 'CAU', 'LAM', 'NMR', 'CRB']);

function stateCode(c: string | null): c is string {
  return c !== null && !NOT_A_STATE.has(c);
}

function countsFor(m: Mention<ActorData>): boolean {
  // a unit (a ship, a brigade) may be visited by anyone's officers: "Gen. X visited HMS Diamond"
  return m.data.kind !== 'person' && m.data.kind !== 'igo' && m.data.kind !== 'unit' && stateCode(m.data.country);
}

/**
 * The person's own state told next to the name: a role with a country right before it ("Iran's religious leader
 * Ayatollah X", "Qatar's emir, Sheikh X") or "of <state>" right after it ("King Hassan of Morocco"); null when none.
 */
function adjacentCountry(tokens: readonly Token[], actors: readonly Mention<ActorData>[], k: number, from: number, to: number): string | null {
  const m = actors[k]!;
  const before = k > from ? actors[k - 1]! : null;
  if (before && before.data.kind === 'person' && stateCode(before.data.country)
    && (before.tokenEnd === m.tokenStart || (before.tokenEnd === m.tokenStart - 1 && tokens[before.tokenEnd]?.norm === ','))) return before.data.country;
  const after = k + 1 < to ? actors[k + 1]! : null;
  if (after && after.data.kind === 'state' && stateCode(after.data.country) && after.tokenStart === m.tokenEnd + 1 && tokens[m.tokenEnd]?.norm === 'of') return after.data.country;
  return null;
}

/** The person mention qualifies: a state title, no country. */
function candidatePerson(m: Mention<ActorData>): boolean {
  return m.entry === RULE_TITLE && m.data.kind === 'person' && m.data.country === null && STATE_SECTORS.has(m.data.sector ?? '');
}

/** How many sentences back a state mention may stand and still give a titled person its country. */
const WINDOW = 2;

/**
 * Gives titled persons with no country the country of their sentence (or of the nearest earlier one). `actors` is
 * the document's mention list in document order; mentions are changed in place (other stages hold them by identity). One pass over the list, with the
 * sentence's countries gathered once per sentence.
 */
export function personContextCountries(tokens: readonly Token[], actors: readonly Mention<ActorData>[]): void {
  let i = 0;
  // the country of the last sentence that named states, if one only (null when ambiguous); its sentence index
  let lastCountry: string | null = null;
  let lastSentence = -1_000;
  while (i < actors.length) {
    const sentence = actors[i]!.sentence;
    let j = i;
    let one: string | null = null;
    let many = false;
    let any = false;
    for (; j < actors.length && actors[j]!.sentence === sentence; j++) {
      const m = actors[j]!;
      if (!countsFor(m)) continue;
      any = true;
      if (one === null) one = m.data.country;
      else if (one !== m.data.country) many = true;
    }
    const here = many ? null : one;
    const country = any ? here : sentence - lastSentence <= WINDOW ? lastCountry : null;
    for (let k = i; k < j; k++) {
      const m = actors[k]!;
      if (!candidatePerson(m)) continue;
      const own = adjacentCountry(tokens, actors, k, i, j) ?? country;
      if (own !== null) {
        const d = copyActorData(m.data);
        d.country = own;
        m.entry = RULE_PERSON_CONTEXT;
        m.data = d;
      }
    }
    if (any) { lastCountry = here; lastSentence = sentence; }
    i = j;
  }
}
