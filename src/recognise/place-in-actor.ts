import type { Doc, Token } from '../pipeline/doc.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { placeSpans, type PlaceSpan } from './place-match.js';
import type { PlaceWords } from './place-words.js';

/**
 * Place names inside actor mentions: "the Athens Police Department", "a Paris man", "Georgia residents", "New London
 * police officers", "the Mayor of London", "the foreign minister of the Czech Republic". The actor stage takes these
 * tokens, so the place recogniser never sees them; they are no place of an event (the man from Paris may be arrested
 * anywhere), but they are toponyms, and the document's geography. Found here only for the `placeNames` layer.
 *
 * Where a name may start: at the first word of a person or generic actor (or the capitalised word before it: "New"
 * of "New London Police") when a lower-case word or an office word follows the name ("man", "residents", "Police",
 * "Mayor"); and after "of" / "in" / "from" (and "the") inside such an actor ("officials from Mexico"). Never a whole actor ("Jordan" the person), never a
 * surname ("Senate President David Williams").
 */

/** Words after a place name that make it the home of the people or office named ("Athens Police", "Dublin Mayor X"). */
const OFFICE_WORDS = new Set(['police', 'mayor', 'sheriff', 'sheriffs', 'council', 'fire', 'department', 'officials', 'authorities', 'governor',
  'chief', 'board', 'school', 'schools', 'city', 'county', 'officers', 'officer', 'residents', 'resident']);

function opensName(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/** The name ends before a lower-case word or an office word (of the same actor). */
function homeWordAt(tokens: readonly Token[], k: number, end: number): boolean {
  if (k >= end) return false;
  const t = tokens[k]!;
  return t.kind === 'word' && (!t.cap || OFFICE_WORDS.has(t.norm));
}

/**
 * Place spans inside the person and generic actors of the document, before filtering. `taken` marks tokens of
 * outlets and actors (1) or of actors that can be places (2), as recognisePlaces builds it.
 */
export function actorInnerSpans(doc: Doc, g: Gazetteer, w: PlaceWords, upper: boolean, taken: Uint8Array): PlaceSpan[] {
  const tokens = doc.tokens;
  let open: Uint8Array | null = null;
  let starts: Uint8Array | null = null;
  // the actor each start belongs to, to check where the name ends
  const ends = new Map<number, { end: number; head: boolean }>();
  // per sentence, the first token and one past the last that the rescan lets through (open)
  const sentences = new Map<number, { from: number; to: number }>();
  for (const m of doc.actors) {
    const org = m.data.kind === 'organisation';
    if (m.data.alsoPlace || (m.data.kind !== 'person' && m.data.kind !== 'generic' && !org)) continue;
    const a = m.tokenStart, b = m.tokenEnd;
    if (b - a < 2) continue;
    open ??= new Uint8Array(tokens.length);
    starts ??= new Uint8Array(tokens.length);
    const s = doc.sentences[m.sentence]!;
    let from = a;
    if (opensName(tokens[a]) && a - 1 >= s.tokenStart && opensName(tokens[a - 1]) && taken[a - 1] === 0 && a - 1 > s.tokenStart) from = a - 1;
    if (org) {
      // an organisation's name opens with its state's ("the U.S. Defense Department", "Israel Defense Forces"); the
      // filters and stateHead (places.ts) keep only a country or a state of the story's country there
      if (opensName(tokens[a])) { starts[a] = 1; ends.set(a, { end: b, head: false }); }
    } else if (opensName(tokens[a])) {
      for (let k = from; k <= a; k++) { starts[k] = 1; ends.set(k, { end: b, head: true }); }
    }
    for (let k = a + 1; k < b; k++) {
      const n = tokens[k]!.norm;
      if (n !== 'of' && n !== 'in' && n !== 'from') continue;
      const at = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
      if (at < b && opensName(tokens[at])) { starts[at] = 1; ends.set(at, { end: b, head: false }); }
    }
    for (let k = from; k < b; k++) open[k] = 1;
    const range = sentences.get(m.sentence);
    if (range === undefined) sentences.set(m.sentence, { from, to: b });
    else {
      if (from < range.from) range.from = from;
      if (b > range.to) range.to = b;
    }
  }
  if (open === null || starts === null) return [];
  const o = open, st = starts;
  const out: PlaceSpan[] = [];
  for (const [si, range] of sentences) {
    for (const sp of placeSpans(doc, g, w, si, upper, (k) => o[k] === 0, range)) {
      if (st[sp.tokenStart] !== 1) continue;
      const owner = ends.get(sp.tokenStart)!;
      // a name at the actor's head needs a home word after it, inside the actor ("Paris man", not "Jordan" the person)
      if (owner.head && !homeWordAt(tokens, sp.tokenEnd, owner.end)) continue;
      out.push(sp);
    }
  }
  return out;
}
