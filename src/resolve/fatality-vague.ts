import type { Doc, Mention, NumberData } from '../pipeline/doc.js';
import type { FatalityStatement } from './fatality-statements.js';
import { statement } from './fatality-statements.js';
import { WordBits } from '../recognise/vocab.js';
import { CLAUSE_WORDS, DETERMINERS, PREPOSITIONS } from '../code/words.js';

/**
 * Deaths reported without a usable count, read off the tokens of one sentence (plain token scans, no
 * regular expressions). ACLED's conventions (codebook, "Reported fatalities"): an unknown number of dead
 * ("several", "a number of", "unspecified fatalities") is coded as 10; one count of the killed and the
 * injured together ("killing and injuring 17") as half of it, rounded down ("dozens" = 12 → 6).
 *
 * - `combined`: a killed-and-injured pair ("killing and injuring", "killed or wounded", "dead and
 *   wounded") with a count after it ("… 17 fighters", "… dozens of soldiers") or before it in the same
 *   clause ("7 soldiers were killed and injured");
 * - `unknown`: the same pair without a count ("killing and injuring a number of fighters", "… those on
 *   board"); a vague quantity of the dead ("an unknown number of soldiers were killed", "killing a number
 *   of fighters", "many people died"); a death noun with a vague or reporting word ("unspecified
 *   fatalities", "causing deaths and injuries", "fatalities were reported"); plural victims without a
 *   number ("pro-government fighters were reported killed", "killing civilians").
 *
 * These are fallbacks: src/resolve/fatalities.ts uses them only when the incident has no counted deaths.
 */

/** ACLED's figure for an unknown number of fatalities. */
export const UNKNOWN_FATALITIES = 10;

const KILL = new Set(['killed', 'killing', 'dead', 'died', 'deaths', 'fatalities', 'kill']);
const HURT = new Set(['injured', 'injuring', 'injure', 'wounded', 'wounding', 'wound', 'injuries', 'injury', 'hurt', 'casualties']);
const OWN_OBJECT = new Set(['another', 'a', 'an', 'one', 'him', 'her', 'them', 'others', 'other']);
const JOIN = new Set(['and', 'or', '/', '&']);
/** Words between a combined pair and its count: "killing and injuring at least 17", "… of dozens of". */
const BEFORE_COUNT = new Set(['at', 'least', 'about', 'some', 'around', 'nearly', 'approximately', 'up', 'to', 'over', 'more', 'than', 'of', 'the', 'an', 'estimated', '"', '\u201c', '\u201d']);
/** Vague quantities read as an unknown number when they count the dead. */
const VAGUE_ONE = new Set(['numerous', 'many', 'multiple']);
const VAGUE_ADJ = new Set(['unknown', 'unspecified', 'undisclosed', 'undetermined', 'unconfirmed', 'unclear', 'unidentified', 'uncounted']);
/** Plural round numbers after "tens of": "tens of thousands" is a count of its own. */
const ROUND_PLURALS = new Set(['thousands', 'hundreds', 'millions']);
const DEATH_NOUNS = new Set(['fatalities', 'deaths', 'dead']);
/** Words before a bare death noun that report it ("causing deaths", "with fatalities reported"). */
const CAUSING = new Set(['causing', 'caused', 'leaving', 'left', 'inflicting', 'inflicted', 'with', 'resulting', 'resulted', 'sustained', 'suffered', 'suffering', 'reported', 'reportedly', 'several', 'multiple', 'heavy', 'numerous', 'many']);
const NEGATION = new Set(['no', 'not', 'neither', 'nor', 'never', 'whether', 'if', 'without', 'any', 'nobody', 'none', 'zero', 'avoid', 'avoided', 'prevent', 'prevented']);
/** Plural heads that name people: "fighters were reported killed", "killing civilians". */
const PEOPLE = new Set([
  'people', 'persons', 'civilians', 'fighters', 'soldiers', 'troops', 'militants', 'members', 'elements', 'policemen', 'officers',
  'personnel', 'militiamen', 'militias', 'combatants', 'rebels', 'insurgents', 'gunmen', 'residents', 'villagers', 'guards',
  'children', 'women', 'men', 'forces', 'recruits', 'jihadists', 'terrorists', 'bandits', 'tribesmen', 'protesters', 'demonstrators',
  'passengers', 'workers', 'farmers', 'herders', 'fishermen', 'students', 'worshippers', 'pilgrims', 'commanders', 'leaders',
  'policemen', 'gendarmes', 'agents', 'staff', 'cadres', 'operatives', 'attackers', 'assailants', 'insurgents', 'separatists', 'houthis',
]);
/** The head before "were killed" names one countable group only without these ("a man and his sons"). */
const SINGULAR_MARKS = new Set(['a', 'an', 'one', 'both', 'his', 'her', 'its', 'their', 'each', 'all', 'the']);

function norm(doc: Doc, k: number, to: number): string {
  return k < to && k >= 0 ? doc.tokens[k]!.norm : '';
}

function boundary(w: string): boolean {
  return w === '' || w === '.' || w === ';' || w === ':' || w === ',' || w === '(' || w === ')' || w === '!' || w === '?';
}

function numberAt(nums: Mention<NumberData>[], k: number): Mention<NumberData> | undefined {
  for (const n of nums) if (n.tokenStart === k && !n.data.ordinal && !n.data.unit) return n;
  return undefined;
}

function numberEndingIn(nums: Mention<NumberData>[], from: number, to: number): Mention<NumberData> | undefined {
  let best: Mention<NumberData> | undefined;
  for (const n of nums) if (n.tokenEnd > from && n.tokenEnd <= to && !n.data.ordinal && !n.data.unit) best = n;
  return best;
}

const VAGUE: ReadonlyArray<[string, number]> = [['several', UNKNOWN_FATALITIES], ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1000]];

/**
 * A vague count word as ACLED codes it for the dead: several → unknown (10); a plural of a round number counts one of
 * it (ACLED: tens 10, dozens 12, hundreds 100 "and so on"), so scores 20 and thousands 1000.
 */
export function vagueFatalValue(text: string): number | null {
  const t = text.toLowerCase();
  for (const [word, v] of VAGUE) if (t === word || t.endsWith(' ' + word) || t.startsWith(word + ' ')) return v;
  return null;
}

function fatalValue(n: Mention<NumberData>): number {
  return vagueFatalValue(n.text) ?? n.data.min ?? n.data.value;
}

/** A killed-and-injured pair at k ("killing and injuring", "wounded or killed"): the index after it, else -1. */
function pairAt(doc: Doc, k: number, to: number): number {
  const a = norm(doc, k, to);
  const b = norm(doc, k + 2, to);
  if (!JOIN.has(norm(doc, k + 1, to))) return -1;
  if (!((KILL.has(a) && HURT.has(b)) || (HURT.has(a) && KILL.has(b)))) return -1;
  // "one person was killed and injured another": a passive then an active verb with its own object
  const prev = norm(doc, k - 1, to);
  if ((prev === 'was' || prev === 'were') && OWN_OBJECT.has(norm(doc, k + 3, to))) return -1;
  return k + 3;
}

function push(out: FatalityStatement[], doc: Doc, kind: 'combined' | 'unknown', value: number, s: number, from: number, end: number, rule: string): void {
  out.push(statement(kind, value, s, from, [doc.tokens[from]!.start, doc.tokens[end - 1]!.end], rule));
}

/** The pair's count: after it ("killing and injuring 17 …") or before it in its clause ("7 soldiers were killed and injured"). */
function pairCount(doc: Doc, nums: Mention<NumberData>[], from: number, k: number, end: number, to: number): Mention<NumberData> | 'vague' | null {
  let j = end;
  for (let steps = 0; j < to && steps < 4 && BEFORE_COUNT.has(norm(doc, j, to)); steps++) j++;
  const after = numberAt(nums, j);
  if (after) return after;
  if (norm(doc, j, to) === 'a' && norm(doc, j + 1, to) === 'number') return 'vague';
  // before: back to the clause start, at most 10 tokens
  let start = k;
  while (start > from && k - start < 10 && !boundary(norm(doc, start - 1, to))) start--;
  return numberEndingIn(nums, start - 1, k) ?? null;
}

function negatedBefore(doc: Doc, from: number, k: number, to: number): boolean {
  for (let j = Math.max(from, k - 6); j < k; j++) if (NEGATION.has(norm(doc, j, to))) return true;
  return false;
}

/** "An unknown number of soldiers were killed", "killing a number of fighters", "many people died": a vague quantity of the dead. */
function vagueQuantityAt(doc: Doc, k: number, to: number): number {
  const w = norm(doc, k, to);
  if (w === 'a' && norm(doc, k + 1, to) === 'number' && norm(doc, k + 2, to) === 'of') return k + 3;
  if ((w === 'an' || w === 'a') && VAGUE_ADJ.has(norm(doc, k + 1, to)) && norm(doc, k + 2, to) === 'number') return k + 3;
  if (VAGUE_ADJ.has(w) && (norm(doc, k + 1, to) === 'number' || norm(doc, k + 1, to) === 'numbers')) return k + 2;
  if (VAGUE_ONE.has(w) && w !== 'multiple') return k + 1;
  // "killed tens of soldiers" (not "tens of thousands", a number of its own): ACLED's "tens" is 10, the unknown figure
  if (w === 'tens' && norm(doc, k + 1, to) === 'of' && !ROUND_PLURALS.has(norm(doc, k + 2, to))) return k + 2;
  return -1;
}

/** A kill word within `span` tokens after k, in the same clause (a pair's hurt word does not count alone). */
function killAfter(doc: Doc, k: number, span: number, to: number): number {
  for (let j = k; j < Math.min(to, k + span); j++) {
    const w = norm(doc, j, to);
    if (boundary(w)) return -1;
    if (KILL.has(w) && w !== 'kill') return j;
  }
  return -1;
}

/** A kill word within a few tokens before k ("killing a number of", "the killing of an unknown number of"). */
function killBefore(doc: Doc, from: number, k: number, to: number): number {
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
    const w = norm(doc, j, to);
    if (boundary(w)) return -1;
    if (w === 'killing' || w === 'killed' || w === 'deaths' || w === 'death' || w === 'kill') return j;
  }
  return -1;
}

/** "pro-government fighters were (reportedly) killed": a plural head right before "were", no number or singular in its phrase. */
function pluralVictims(doc: Doc, nums: Mention<NumberData>[], from: number, were: number, to: number): boolean {
  const head = norm(doc, were - 1, to);
  if (!PEOPLE.has(head)) return false;
  for (let j = were - 1; j >= Math.max(from, were - 10); j--) {
    const w = norm(doc, j, to);
    if (boundary(w) || w === 'which' || w === 'who' || w === 'that') break;
    if (SINGULAR_MARKS.has(w) || w === 'and' || numberAt(nums, j) || numberEndingIn(nums, j, j + 1)) return false;
  }
  return true;
}

/**
 * "killing civilians", "killing pro-Houthi elements", "killed government fighters": the plural person head of a kill
 * verb's object at k, after at most three modifier words (no determiner, number, preposition or conjunction), else -1.
 */
function pluralObject(doc: Doc, nums: Mention<NumberData>[], k: number, to: number): number {
  for (let j = k; j < Math.min(to, k + 4); j++) {
    const w = norm(doc, j, to);
    if (PEOPLE.has(w)) return j;
    if (w === '-') continue;
    if (doc.tokens[j]!.kind !== 'word' || DETERMINERS.has(w) || PREPOSITIONS.has(w) || CLAUSE_WORDS.has(w) || JOIN.has(w) || numberAt(nums, j)) return -1;
  }
  return -1;
}

/**
 * Every word at which vagueStatements' loop can find something: the first word of a killed-and-injured pair, of a
 * vague quantity ("a", "an", the vague adjectives and counts), a death noun, "were", "killing"/"killed". Any other
 * token is skipped by one bitmap read (by vocabulary number) instead of the Set look-ups of each test.
 */
const STARTS = new WordBits([...KILL, ...HURT, ...VAGUE_ADJ, ...VAGUE_ONE, ...DEATH_NOUNS, 'were', 'killing', 'killed', 'tens']);
/**
 * "a" and "an" start a pattern only as a vague quantity ("a number of", "an unknown number"), so only before "number" or
 * a vague adjective: the commonest words of a text are ruled out by the next token's bitmap read, not by vagueAt's tests.
 */
const ARTICLES = new WordBits(['a', 'an']);
const AFTER_ARTICLE = new WordBits(['number', ...VAGUE_ADJ]);

/** Fallback fatality statements of one sentence (see the file comment). */
export function vagueStatements(doc: Doc, nums: Mention<NumberData>[], s: number, from: number, to: number, out: FatalityStatement[]): void {
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!STARTS.hasToken(t) && !(ARTICLES.hasToken(t) && k + 1 < to && AFTER_ARTICLE.hasToken(tokens[k + 1]!))) continue;
    if (vagueAt(doc, nums, s, from, to, k, out)) return;
  }
}

/**
 * vagueStatements at token k, a word that can start a pattern; true when it found the sentence's statement. A
 * function of its own: the scan runs over every token, and a rare branch first met late in a run then recompiles
 * this part only (docs/PERFORMANCE.md, session 5).
 */
function vagueAt(doc: Doc, nums: Mention<NumberData>[], s: number, from: number, to: number, k: number, out: FatalityStatement[]): boolean {
  const w = norm(doc, k, to);
  // a killed-and-injured pair
  const end = pairAt(doc, k, to);
  if (end > 0) {
    if (negatedBefore(doc, from, k, to)) return true;
    const n = pairCount(doc, nums, from, k, end, to);
    if (n && n !== 'vague' && vagueFatalValue(n.text) !== UNKNOWN_FATALITIES) {
      push(out, doc, 'combined', Math.floor(fatalValue(n) / 2), s, k, end, 'fatalities:killed-and-injured-half');
    } else {
      push(out, doc, 'unknown', UNKNOWN_FATALITIES, s, k, end, 'fatalities:unknown-number');
    }
    return true;
  }
  // a vague quantity of the dead
  const vq = vagueQuantityAt(doc, k, to);
  if (vq > 0 && !negatedBefore(doc, from, k, to)) {
    const kill = killAfter(doc, vq, 10, to);
    if (kill >= 0 || killBefore(doc, from, k, to) >= 0) {
      push(out, doc, 'unknown', UNKNOWN_FATALITIES, s, k, vq, 'fatalities:unknown-number');
      return true;
    }
  }
  // "unspecified fatalities", "causing deaths", "fatalities were reported"
  if (DEATH_NOUNS.has(w) && w !== 'dead') {
    const prev = norm(doc, k - 1, to);
    const reportedAfter = (norm(doc, k + 1, to) === 'were' || norm(doc, k + 1, to) === 'are') && norm(doc, k + 2, to) === 'reported';
    // "unspecified fatalities"; a bare "Unknown fatalities." is a coder's note that the toll is not known
    const vagueBefore = (VAGUE_ADJ.has(prev) && prev !== 'unknown' && prev !== 'unclear') || CAUSING.has(prev) || (prev === 'in' && CAUSING.has(norm(doc, k - 2, to)));
    if ((vagueBefore || reportedAfter) && !negatedBefore(doc, from, k, to) && !numberEndingIn(nums, k - 3, k)) {
      push(out, doc, 'unknown', UNKNOWN_FATALITIES, s, k - (vagueBefore ? 1 : 0), k + 1, 'fatalities:unknown-number');
      return true;
    }
  }
  // plural victims without a number: "fighters were reported killed", "killing civilians"
  if (w === 'were') {
    let j = k + 1;
    while (j < to && (norm(doc, j, to) === 'reportedly' || norm(doc, j, to) === 'reported' || norm(doc, j, to) === 'also' || norm(doc, j, to) === 'allegedly')) j++;
    const v = norm(doc, j, to);
    if ((v === 'killed' || v === 'dead') && pluralVictims(doc, nums, from, k, to) && !negatedBefore(doc, from, k, to)) {
      push(out, doc, 'unknown', UNKNOWN_FATALITIES, s, k, j + 1, 'fatalities:unknown-number');
      return true;
    }
  }
  const before = norm(doc, k - 1, to);
  if ((w === 'killing' || w === 'killed') && before !== 'were' && before !== 'was' && before !== 'who' && before !== 'of' && before !== 'for') {
    const head = pluralObject(doc, nums, k + 1, to);
    if (head > 0) {
      push(out, doc, 'unknown', UNKNOWN_FATALITIES, s, k, head + 1, 'fatalities:unknown-number');
      return true;
    }
  }
  return false;
}
