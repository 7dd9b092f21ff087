import { candidate, type ActorCtx, type Base, type Candidate } from './actor-context.js';
import { dictionaryBase } from './actor-rules/dictionary.js';
import { administrationBase } from './actor-rules/administration.js';
import { shipBase } from './actor-rules/ships.js';
import { backedByBase, backedGroupAfter } from './actor-rules/backed-by.js';
import { proBase } from './actor-rules/pro-x.js';
import { possessiveBase } from './actor-rules/possessive.js';
import { compositeAfter, factionAfter } from './actor-rules/composite.js';
import { titleAfter } from './actor-rules/title-person.js';
import { stateOrgAfter } from './actor-rules/state-org-name.js';
import { surnameCandidate } from './actor-rules/surname-coref.js';
import { appositiveCandidate, givenNameCandidate, personAfterNoun, personMayStart, victimNameCandidate } from './actor-rules/person-name.js';
import { extendAfter } from './actor-rules/post-modifiers.js';
import { groupAdjectiveCandidate } from './actor-rules/group-adjective.js';
import { protesting } from './actor-rules/protesting.js';
import { coordinatedOwner } from './actor-rules/coordinated-owner.js';
import { ADMINISTRATION_NOUNS } from './actor-rules/administration.js';
import { BEFORE_TITLE } from './actor-rules/title-person.js';
import type { ActorLexicon } from './actor-lexicon.js';
import type { Token } from '../pipeline/doc.js';
import { WordBits, internNorm } from './vocab.js';
import { emptyList } from '../util/lists.js';
import { normToken } from '../segment/normalize.js';

/**
 * The rule families, in order of preference when two readings cover the same tokens. A base rule reads
 * the left part of an actor; completions read what follows (a generic noun, a title and name, a named
 * group after "-backed"). The longest reading at a position wins.
 */
const BASE_RULES: ((ctx: ActorCtx, i: number) => Base | null)[] = [dictionaryBase, administrationBase, shipBase, backedByBase, proBase, possessiveBase];
const COMPLETIONS: ((ctx: ActorCtx, b: Base) => Candidate | null)[] = [backedGroupAfter, compositeAfter, factionAfter, titleAfter, stateOrgAfter];

/** Tokens that never begin an actor: skipping them keeps the pass cheap (a bitmap by vocabulary number). */
const NEVER_START = new WordBits(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'it', 'this', 'these', 'those', 'after', 'before', 'during', 'into', 'over', 'near', 'than', 'not', 'no', 'also', 'will', 'would', 'could']);

/** ADMINISTRATION_NOUNS by vocabulary number, for the pre-check's look-ahead. */
const ADMIN_NOUNS = new WordBits(ADMINISTRATION_NOUNS);

/** Words rules start with besides dictionary phrases: possessive "its/their", "pro-/anti-", "former/acting <title>". */
const RULE_START_WORDS: readonly string[] = ['its', 'their', 'pro', 'anti', ...BEFORE_TITLE];

interface StartSets {
  /** Every word a reading can start with: first words of the lexicon's tries, the rules' own start words, ship prefixes. */
  any: WordBits;
  /** Words a generic noun, modifier or title (completions of no base) can start at, with BEFORE_TITLE. */
  bare: WordBits;
}

/** The start-word sets of the (at most two) lexicons, normal and upper-case. */
let lastLex: ActorLexicon | null = null;
let lastSets: StartSets | null = null;
const startSets = new Map<ActorLexicon, StartSets>();

function startIds(lex: ActorLexicon): StartSets {
  if (lex === lastLex) return lastSets!;
  let sets = startSets.get(lex);
  if (!sets) {
    const any = new Set<number>();
    const bare = new Set<number>();
    for (const trie of [lex.names, lex.heads]) for (const id of trie.firstIds()) any.add(id);
    for (const trie of [lex.generic, lex.modifiers, lex.titles]) for (const id of trie.firstIds()) bare.add(id);
    for (const w of BEFORE_TITLE) bare.add(internNorm(w));
    for (const id of bare) any.add(id);
    for (const w of RULE_START_WORDS) any.add(internNorm(w));
    // a ship prefix is matched on the token's text; its norm is then the prefix's
    for (const prefix of lex.ships.keys()) any.add(internNorm(normToken(prefix)));
    sets = { any: WordBits.ofIds(any), bare: WordBits.ofIds(bare) };
    startSets.set(lex, sets);
  }
  lastLex = lex;
  lastSets = sets;
  return sets;
}

let prefilter = true;
/** Tests only: turn the start-word pre-check off, to prove it changes no reading. */
export function setActorPrefilter(on: boolean): void {
  prefilter = on;
}

/**
 * False only when no rule family can read an actor starting at token i: most tokens are rejected here
 * with one bitmap read. It must cover every rule's start condition: a phrase of the lexicon's tries
 * (dictionary, backed-by, possessive, group-adjective, composite, title), a rule's own start word
 * (possessive, pro-x, title), a ship prefix, and, for a capitalised word, a surname named earlier
 * (coreference) or an administration noun within the next three tokens. A new rule family adds its
 * start condition here.
 */
function mayStart(ctx: ActorCtx, i: number, t: Token): boolean {
  if (startIds(ctx.lex).any.hasToken(t)) return true;
  // coreference and "<Surname> administration" need a capitalised word (or upper-case text)
  if (!t.cap && !ctx.upper) return false;
  if (ctx.persons.size > 0 && ctx.persons.has(t.norm)) return true;
  // a plain person name: a given name, or capitalised words before an appositive ("X, a farmer")
  if (personMayStart(ctx, i, t)) return true;
  const end = Math.min(ctx.to, i + 4);
  for (let k = i + 1; k < end; k++) if (ADMIN_NOUNS.hasToken(ctx.tokens[k]!)) return true;
  return false;
}

/** The longer of two readings (the first when equal); an empty reading never wins. */
function longer(best: Candidate | null, c: Candidate | null): Candidate | null {
  return c !== null && c.end > c.start && (best === null || c.end > best.end) ? c : best;
}

/** The bases found at one position, bases[0..n) (reused: bestAt is not re-entered by the rules; no length resets, a builtin call). */
const bases: Base[] = [];

/** The owner bases at token j (a fresh array: the scan's own `bases` is in use). */
function basesAt(ctx: ActorCtx, j: number): Base[] {
  // (emptyList: one elements kind whether or not a base is found, so the readers' `for … of` sees one map)
  const out = emptyList<Base>();
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word') return out;
  for (const rule of BASE_RULES) {
    const b = rule(ctx, j);
    if (b) out.push(b);
  }
  return out;
}

export function bestAt(ctx: ActorCtx, i: number): Candidate | null {
  const t = ctx.tokens[i]!;
  if (t.kind !== 'word' || (!t.cap && NEVER_START.hasToken(t))) return null;
  if (prefilter && !mayStart(ctx, i, t)) return null;
  let best: Candidate | null = null;
  let n = 0;
  for (const rule of BASE_RULES) {
    const b = rule(ctx, i);
    if (b) bases[n++] = b;
  }
  // no base: a generic noun, modifiers or a title from i on (other completions need a base)
  if (!prefilter || startIds(ctx.lex).bare.hasToken(t)) bases[n++] = { start: i, end: i, role: 'none', data: null, value: null, entry: '', standalone: false, rule: '' };
  for (let k = 0; k < n; k++) {
    const b = bases[k]!;
    if (b.standalone && b.data) best = longer(best, candidate(b.start, b.end, b.data, b.entry, 'stated'));
  }
  for (let k = 0; k < n; k++) {
    const b = bases[k]!;
    if (b.value?.form === 'surname') continue; // "Biden" + "administration" is the administration rule's
    for (const complete of COMPLETIONS) best = longer(best, complete(ctx, b));
    // "Russian and Ukrainian forces": an owner before "and" shares the next owner's noun (only when nothing longer is read)
    if (best === null) best = longer(best, coordinatedOwner(ctx, b, basesAt));
  }
  best = longer(best, surnameCandidate(ctx, i));
  best = longer(best, groupAdjectiveCandidate(ctx, i));
  // plain person names, when no other reading is as long: "Juan Perez", "X, a farmer", "journalist X"
  if (t.cap || ctx.upper) {
    best = longer(best, givenNameCandidate(ctx, i));
    best = longer(best, appositiveCandidate(ctx, i));
    best = longer(best, victimNameCandidate(ctx, i));
  }
  if (best !== null && best.generic !== undefined && best.generic.person) best = longer(best, personAfterNoun(ctx, best));
  // an owner built by a rule, then a title and a name: "Chinese Foreign Ministry spokesperson Wang Wenbin"
  const owner = best;
  if (owner && owner.data.kind !== 'person') {
    const b: Base = { start: owner.start, end: owner.end, role: 'actor', data: owner.data, value: null, entry: owner.entry, standalone: true, rule: owner.entry };
    best = longer(best, titleAfter(ctx, b));
  }
  return best ? protesting(ctx, extendAfter(ctx, best)) : null;
}
