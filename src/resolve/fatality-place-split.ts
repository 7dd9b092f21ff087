import type { Doc } from '../pipeline/doc.js';
import type { FatalityStatement } from './fatality-statements.js';
import { statement } from './fatality-statements.js';
import { WordBits } from '../recognise/vocab.js';

/**
 * One toll told for fighting in several places ("During the clashes in Hajin, Sosa and Shafa, 51 IS and 29 SDF fighters
 * were killed"): ACLED records an event per place and divides such a summarised toll evenly among them (ACLED FAQ,
 * "How does ACLED code fatalities?": summarised fatalities over several locations or days are split across the
 * events). The statement names the parts; src/resolve/fatalities.ts gives this record the total divided by them,
 * rounded down.
 *
 * The pattern, in one sentence: a fighting noun ("clashes", "fighting", "battles", "shelling", "airstrikes"),
 * optionally "that/which took place", then "in" and a list of two to eight capitalised names joined by commas and
 * "and", then a death word later in the same sentence. A plain token scan.
 */

const FIGHTING = new Set(['clashes', 'fighting', 'battles', 'shelling', 'airstrikes', 'strikes', 'bombardment', 'attacks', 'confrontations']);
const DEATH = new Set(['killed', 'dead', 'died', 'fatalities', 'deaths', 'killing']);
/** Lower-case words inside a place name ("Tall al Ballut", "Jisr ash-Shughur"). */
const NAME_PARTICLES = new Set(['al', 'el', 'ash', 'as', 'ad', 'an', 'ar', 'at', 'az', 'bin', 'ibn', 'de', 'du', 'la', 'le', 'of', '-', "'"]);
const STARTS = new WordBits(FIGHTING);

function norm(doc: Doc, k: number, to: number): string {
  return k < to ? doc.tokens[k]!.norm : '';
}

/** The list of names starting at k: [number of names, index after the list], or [0, k]. */
function nameList(doc: Doc, k: number, to: number): [number, number] {
  let names = 0;
  let j = k;
  for (let guard = 0; guard < 8 && j < to; guard++) {
    const t = doc.tokens[j]!;
    if (!t.cap || t.kind !== 'word') break;
    // one name: capitalised words and particles
    let e = j + 1;
    while (e < to && e - j < 6 && (doc.tokens[e]!.cap && doc.tokens[e]!.kind === 'word' || NAME_PARTICLES.has(doc.tokens[e]!.norm))) e++;
    names++;
    j = e;
    const sep = norm(doc, j, to);
    if (sep === 'and') { j++; continue; }
    if (sep === ',') {
      if (norm(doc, j + 1, to) === 'and') { j += 2; continue; }
      if (doc.tokens[j + 1]?.cap && doc.tokens[j + 1]!.kind === 'word') { j++; continue; }
    }
    break;
  }
  return [names, j];
}

/** The split statement of one sentence, if it has the pattern (see the file comment). */
export function placeSplitStatements(doc: Doc, s: number, from: number, to: number, out: FatalityStatement[]): void {
  for (let k = from; k < to; k++) {
    if (!STARTS.hasToken(doc.tokens[k]!)) continue;
    let j = k + 1;
    if ((norm(doc, j, to) === 'that' || norm(doc, j, to) === 'which') && norm(doc, j + 1, to) === 'took' && norm(doc, j + 2, to) === 'place') j += 3;
    if (norm(doc, j, to) !== 'in') continue;
    const [names, end] = nameList(doc, j + 1, to);
    if (names < 2) continue;
    for (let d = end; d < to; d++) {
      if (DEATH.has(doc.tokens[d]!.norm)) {
        out.push(statement('split', names, s, k, [doc.tokens[k]!.start, doc.tokens[end - 1]!.end], 'fatalities:split-places', undefined, names));
        return;
      }
    }
    return;
  }
}
