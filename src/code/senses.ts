import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import type { SentenceContext } from './context.js';
import type { EventDraft } from '../pipeline/draft.js';
import { triggerTables, type TriggerEntry } from './triggers.js';
import { CLAUSE_WORDS, BE_FORMS, AUXILIARIES, PREPOSITIONS, DETERMINERS } from './words.js';
import { WordBits } from '../recognise/vocab.js';

/**
 * Non-conflict senses of conflict trigger words (data/senses.json): "Fire Chief", "Shell fired its CEO", "struck
 * by a car", "killed the bill", "a legal battle", "the war on drugs", "a labour strike", "the striker shot past the
 * keeper", "in March". A rule names the trigger words it reads and the context that shows the other sense; a
 * weapon mention or a word of the rule's `keep` lists in the sentence keeps the event ("gunmen battled troops").
 */

interface RawSense {
  id: string;
  words?: string[];
  text?: string[];
  entries?: string[];
  prev?: string[];
  prevNot?: string[];
  next?: string[];
  nextNumber?: boolean;
  afterScore?: boolean;
  quoteAfter?: boolean;
  nextNot?: string[];
  after?: string[];
  afterNot?: string[];
  objectNot?: string[];
  noPlaceObject?: boolean;
  ignoreWeapons?: boolean;
  object?: string[];
  subject?: string[];
  agent?: string[];
  sentence?: string[];
  sentenceCount?: number;
  passive?: boolean;
  objectActor?: boolean;
  noEventObject?: boolean;
  keep?: string[];
  as?: string;
  note?: string;
}

/**
 * A word list: single words, and phrases of several words keyed by their first word; `first` holds both kinds of first
 * word as a bitmap by vocabulary number, so a token that starts nothing in the list is ruled out by one read before
 * the string look-ups (the sentence-wide scans of `keep` and `sentence` lists test every token of the sentence).
 */
interface Words {
  single: Set<string>;
  phrases: Map<string, string[][]>;
  first: WordBits;
}

export interface Sense {
  id: string;
  words: Set<string> | null;
  text: Set<string> | null;
  entries: Set<string> | null;
  prev: Words | null;
  prevNot: Words | null;
  next: Words | null;
  nextNumber: boolean;
  afterScore: boolean;
  quoteAfter: boolean;
  nextNot: Words | null;
  after: Words | null;
  afterNot: Words | null;
  objectNot: Words | null;
  noPlaceObject: boolean;
  ignoreWeapons: boolean;
  object: Words | null;
  subject: Words | null;
  agent: Words | null;
  sentence: Words | null;
  sentenceCount: number;
  passive: boolean;
  objectActor: boolean;
  noEventObject: boolean;
  keep: Words | null;
  as: TriggerEntry | null;
}

interface SenseFile {
  lists: Record<string, string[]>;
  senses: RawSense[];
}

/**
 * The rules as read from the file, and what every trigger tests before a rule's context is read: its trigger words,
 * spellings and entries. A rule's word lists are compiled (`compiled`) the first time a trigger passes these tests, so
 * a process that codes one article builds the few rules its triggers reach, not all of them (cold start). A list
 * naming an unknown `@list` or an unknown `as` entry fails when its rule is compiled (`senses()` compiles all: tests).
 */
interface Loaded {
  file: string;
  raw: SenseFile;
  words: (Set<string> | null)[];
  text: (Set<string> | null)[];
  entries: (Set<string> | null)[];
  /** by rule number: the compiled rule, or a hole until first use */
  compiled: (Sense | undefined)[];
  /** word lists already compiled, by their items (rules share lists: the default `keep`, `@armed`, …) */
  lists: Map<string, Words>;
}

let loaded: Loaded | null = null;

function expand(items: string[], lists: Record<string, string[]>, file: string): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (item.startsWith('@')) {
      const list = lists[item.slice(1)];
      if (!list) throw new Error(`${file}: unknown list ${item}`);
      out.push(...list);
    } else out.push(item);
  }
  return out;
}

function compileWords(items: string[], lists: Record<string, string[]>, file: string): Words {
  const single = new Set<string>();
  const phrases = new Map<string, string[][]>();
  for (const w of expand(items, lists, file)) {
    const parts = w.toLowerCase().split(' ').filter((p) => p.length > 0);
    if (parts.length === 1) single.add(parts[0]!);
    else if (parts.length > 1) {
      const list = phrases.get(parts[0]!) ?? [];
      list.push(parts);
      phrases.set(parts[0]!, list);
    }
  }
  return { single, phrases, first: new WordBits([...single, ...phrases.keys()]) };
}

/** A rule's word list, compiled once per distinct list of items (the lists are never changed after). */
function words(items: string[] | undefined, l: Loaded): Words | null {
  if (!items) return null;
  const key = items.join('\n');
  let w = l.lists.get(key);
  if (!w) {
    w = compileWords(items, l.raw.lists, l.file);
    l.lists.set(key, w);
  }
  return w;
}

/** Read data/senses.json once: the rules' trigger tests; their word lists wait for `compiledSense`. */
function loadSenses(): Loaded {
  if (loaded) return loaded;
  const file = dataPath('senses.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as SenseFile;
  for (const s of raw.senses) if (!s.words && !s.text) throw new Error(`${file}: ${s.id}: a sense names its trigger words or spellings`);
  loaded = {
    file,
    raw,
    words: raw.senses.map((s) => (s.words ? new Set(s.words.map((w) => w.toLowerCase())) : null)),
    text: raw.senses.map((s) => (s.text ? new Set(s.text) : null)),
    entries: raw.senses.map((s) => (s.entries ? new Set(s.entries) : null)),
    compiled: new Array<Sense | undefined>(raw.senses.length),
    lists: new Map(),
  };
  return loaded;
}

/** Rule number i, with its word lists compiled (once). */
function compiledSense(l: Loaded, i: number): Sense {
  const done = l.compiled[i];
  if (done) return done;
  const s = l.raw.senses[i]!;
  const as = s.as ? triggerTables().byId.get(s.as) ?? null : null;
  if (s.as && !as) throw new Error(`${l.file}: ${s.id}: unknown entry ${s.as}`);
  const sense: Sense = {
    id: s.id,
    words: l.words[i] ?? null,
    text: l.text[i] ?? null,
    entries: l.entries[i] ?? null,
    prev: words(s.prev, l),
    prevNot: words(s.prevNot, l),
    next: words(s.next, l),
    nextNumber: s.nextNumber ?? false,
    afterScore: s.afterScore ?? false,
    quoteAfter: s.quoteAfter ?? false,
    nextNot: words(s.nextNot, l),
    after: words(s.after, l),
    afterNot: words(s.afterNot, l),
    objectNot: words(s.objectNot, l),
    noPlaceObject: s.noPlaceObject ?? false,
    ignoreWeapons: s.ignoreWeapons ?? false,
    object: words(s.object, l),
    subject: words(s.subject, l),
    agent: words(s.agent, l),
    sentence: words(s.sentence, l),
    sentenceCount: s.sentenceCount ?? 1,
    passive: s.passive ?? false,
    objectActor: s.objectActor ?? false,
    noEventObject: s.noEventObject ?? false,
    keep: words(s.keep ?? ['@armed'], l),
    as,
  };
  l.compiled[i] = sense;
  return sense;
}

/** Every rule of data/senses.json, compiled (tests; the coder compiles a rule at its first candidate trigger). */
export function senses(): Sense[] {
  const l = loadSenses();
  return l.raw.senses.map((_, i) => compiledSense(l, i));
}

/** The length of the list word or phrase starting at token k (0 when none). */
function matchAt(ctx: SentenceContext, k: number, list: Words): number {
  // outside the sentence, or a word that starts no entry: what the look-ups below would answer, without them
  if (!ctx.is(k, list.first)) return 0;
  const n = ctx.norm(k);
  const phrases = list.phrases.get(n);
  if (phrases) {
    for (const p of phrases) {
      let ok = true;
      for (let j = 1; j < p.length && ok; j++) ok = ctx.norm(k + j) === p[j];
      if (ok) return p.length;
    }
  }
  return list.single.has(n) ? 1 : 0;
}

/** A word ending just before `end` ("hardest -" "hit"), for prev lists: the token right before. */
function prevMatch(ctx: SentenceContext, start: number, list: Words): boolean {
  for (let len = 1; len <= 3; len++) {
    const k = start - len;
    if (k < ctx.from) break;
    if (matchAt(ctx, k, list) === len) return true;
  }
  return false;
}

function stops(ctx: SentenceContext, k: number): boolean {
  const n = ctx.norm(k);
  const tok = ctx.token(k);
  return n === '' || (tok !== undefined && tok.kind === 'punct' && n !== "'s" && n !== '-') || CLAUSE_WORDS.has(n) || BE_FORMS.has(n) || AUXILIARIES.has(n);
}

/**
 * The object: up to 8 tokens after the trigger, after at most one leading preposition ("at the box office",
 * "against cancer"), and up to the next preposition other than "of" or a clause break.
 */
/** Prepositions that may open an object: "bombed at the box office", "fight against cancer", "battle with cancer". */
const LEADING = new Set(['at', 'against', 'with', 'for', 'over']);

/** The last object range read (objectHolds), by context and trigger end; reset by otherSense for each trigger. */
let rangeCtx: SentenceContext | null = null;
let rangeEnd = -1;
let range: [number, number] = [0, 0];

function objectRange(ctx: SentenceContext, end: number): [number, number] {
  let k = end;
  if (LEADING.has(ctx.norm(k))) k++;
  const from = k;
  while (k < ctx.to && k < end + 8 && !stops(ctx, k) && (k === from || !PREPOSITIONS.has(ctx.norm(k)) || ctx.norm(k) === 'of')) k++;
  return [from, k];
}

function anyIn(ctx: SentenceContext, from: number, to: number, list: Words): boolean {
  for (let k = Math.max(from, ctx.from); k < Math.min(to, ctx.to); k++) if (matchAt(ctx, k, list) > 0) return true;
  return false;
}

/** Whether words of `list` with at least `atLeast` distinct first words stand in the sentence. */
function countIn(ctx: SentenceContext, list: Words, atLeast: number): boolean {
  // the first word found in a variable, a Set only from the second distinct one on (most sentences have none)
  let first: string | null = null;
  let seen: Set<string> | null = null;
  for (let k = ctx.from; k < ctx.to; k++) {
    if (matchAt(ctx, k, list) === 0) continue;
    const n = ctx.norm(k);
    if (first === null) first = n;
    else if (n !== first) (seen ??= new Set([first])).add(n);
    if ((seen === null ? 1 : seen.size) >= atLeast) return true;
  }
  return false;
}

const BEFORE_VERB = new Set([...BE_FORMS, ...AUXILIARIES, 'that', 'which', 'who', 'also', 'not', 'then', 'just', 'reportedly', 'allegedly', 'apparently', 'later', 'again', 'still', 'already', 'soon', 'never', 'now', 'once', 'since']);

/**
 * The head noun of the trigger's subject, or -1: the word before it over auxiliaries, adverbs and a relative
 * pronoun ("an earthquake struck", "the car that hit Johnson", "a deal was struck"). A head inside a prepositional
 * phrase is no subject ("who were in the vehicle killed", "starred in a cult movie was shot"); "none of the cameras" is.
 */
function subjectHead(ctx: SentenceContext, start: number): number {
  let k = start - 1;
  while (k >= ctx.from && k > start - 5 && (BEFORE_VERB.has(ctx.norm(k)) || (ctx.norm(k).length > 4 && ctx.norm(k).endsWith('ly')))) k--;
  // "the campaign, which was launched": over the comma of a relative clause
  if (ctx.norm(k) === ',' && (ctx.norm(k + 1) === 'which' || ctx.norm(k + 1) === 'who')) k--;
  if (k < ctx.from || stops(ctx, k)) return -1;
  const head = k;
  for (let j = head - 1; j >= ctx.from && j >= head - 3; j--) {
    const n = ctx.norm(j);
    if (PREPOSITIONS.has(n) && n !== 'of') return -1;
    if (stops(ctx, j) || CLAUSE_WORDS.has(n)) break;
  }
  return head;
}

/**
 * The sense's conditions on the trigger's object (a function of its own, as holds' parts are met at different times in a
 * run: a branch first met late recompiles this part, not all of holds).
 */
function objectHolds(ctx: SentenceContext, s: Sense, draft: EventDraft, start: number, end: number): boolean {
  if (s.object && draft.voice === 'passive') {
    // "a deal was struck": the object of a passive is the head before it
    const head = subjectHead(ctx, start);
    return !(head < 0 || !s.object.single.has(ctx.norm(head)));
  }
  // the object's range depends on the trigger only: read once for all the senses of one otherSense call
  if (rangeCtx !== ctx || rangeEnd !== end) { rangeCtx = ctx; rangeEnd = end; range = objectRange(ctx, end); }
  const a = range[0];
  const b = range[1];
  if (s.object && !anyIn(ctx, a, b, s.object)) return false;
  if (s.objectNot && anyIn(ctx, a, b, s.objectNot)) return false;
  if (s.objectActor) {
    let k = end;
    while (DETERMINERS.has(ctx.norm(k)) && ctx.norm(k) !== 'of') k++;
    if (!ctx.actor(k) || PREPOSITIONS.has(ctx.norm(end))) return false;
  }
  if (s.noEventObject) for (let k = a; k < b; k++) if (ctx.weapon(k)) return false;
  if (s.noPlaceObject) for (let k = a; k < Math.min(ctx.to, b + 3); k++) if (ctx.place(k)) return false;
  return true;
}

/**
 * A word of `list` within the 8 tokens after the trigger, over clause words ("insisted that her death was an
 * accident", "insists his client is not competent") but not over punctuation other than "'s" and "-".
 */
function afterHolds(ctx: SentenceContext, end: number, list: Words, span = 8): boolean {
  for (let k = end; k < ctx.to && k < end + span; k++) {
    const tok = ctx.token(k);
    const n = ctx.norm(k);
    if (n === '' || (tok !== undefined && tok.kind === 'punct' && n !== "'s" && n !== '-')) return false;
    if (matchAt(ctx, k, list) > 0) return true;
  }
  return false;
}

/** Words that may follow a game's score: "beat Ittihad 4-1 on Saturday", "by beating India 4-1." ("killed 5-8 militants" is no score). */
const SCORE_NEXT = new Set(['on', 'in', 'at', 'victory', 'win', 'over', 'before', 'after', 'to', 'and', 'with', 'against', 'last', 'this', 'during']);

function scoreNumber(ctx: SentenceContext, k: number): boolean {
  const tok = ctx.token(k);
  return tok !== undefined && tok.kind === 'number' && ctx.norm(k).length <= 3;
}

/**
 * A game's score within the 8 tokens after the trigger (not over punctuation): two numbers of at most three digits
 * joined by a dash ("4-1", "45-23", "6-2"), not after another number, followed by punctuation, the sentence's end or a
 * word of SCORE_NEXT; a range before a noun ("killed 5-8 militants", "beat 2-3 protesters") is no score.
 */
function scoreAfter(ctx: SentenceContext, end: number): boolean {
  for (let k = end; k < ctx.to && k < end + 8; k++) {
    const tok = ctx.token(k);
    if (tok === undefined || tok.kind === 'punct') return false;
    if (!scoreNumber(ctx, k) || (k > ctx.from && ctx.token(k - 1)?.kind === 'number')) continue;
    const dash = ctx.norm(k + 1);
    if (k + 2 >= ctx.to || (dash !== '-' && dash !== '–') || !scoreNumber(ctx, k + 2)) continue;
    if (k + 3 >= ctx.to) return true;
    const next = ctx.token(k + 3);
    if (next === undefined || next.kind === 'punct' || SCORE_NEXT.has(ctx.norm(k + 3))) return true;
  }
  return false;
}

const QUOTES = new Set(['"', '“', '”', '‘', '``', "''"]);

/**
 * An opening quotation mark within the 6 tokens after the trigger, over words only (no other punctuation but "'s"):
 * a name or label given ("called the plan \"a disgrace\"", "called Jerusalem \"the key for peace\"").
 */
function quoteAfter(ctx: SentenceContext, end: number): boolean {
  for (let k = end; k < ctx.to && k < end + 6; k++) {
    const n = ctx.norm(k);
    if (QUOTES.has(n) || QUOTES.has(ctx.token(k)?.text ?? '')) return k > end;
    const tok = ctx.token(k);
    if (n === '' || (tok !== undefined && tok.kind === 'punct' && n !== "'s")) return false;
  }
  return false;
}

function holds(ctx: SentenceContext, s: Sense, draft: EventDraft, start: number, end: number): boolean {
  if (s.prev && !prevMatch(ctx, start, s.prev)) return false;
  if (s.prevNot && prevMatch(ctx, start, s.prevNot)) return false;
  if (s.next && matchAt(ctx, end, s.next) === 0) return false;
  if (s.nextNumber && !ctx.number(end) && !/^\d/.test(ctx.norm(end))) return false;
  if (s.afterScore && !scoreAfter(ctx, end)) return false;
  if (s.quoteAfter && !quoteAfter(ctx, end)) return false;
  if (s.passive && draft.voice !== 'passive') return false;
  if (s.nextNot && matchAt(ctx, end, s.nextNot) > 0) return false;
  if (s.after && !afterHolds(ctx, end, s.after)) return false;
  // `afterNot` reads to the clause's end (20 tokens): "agree that the disputes in the South China Sea should be resolved"
  if (s.afterNot && afterHolds(ctx, end, s.afterNot, 20)) return false;
  if ((s.object || s.objectNot || s.objectActor || s.noEventObject || s.noPlaceObject) && !objectHolds(ctx, s, draft, start, end)) return false;
  // the subject of a passive is its patient ("a moto-taxi driver was killed")
  if (s.subject && draft.voice === 'passive') return false;
  if (s.subject) {
    const head = subjectHead(ctx, start);
    if (head < 0 || !s.subject.single.has(ctx.norm(head))) return false;
  }
  if (s.agent) {
    let k = end;
    while (k < end + 2 && ctx.norm(k) !== 'by' && ctx.norm(k).endsWith('ly')) k++;
    if (ctx.norm(k) !== 'by' || !agentIn(ctx, k + 1, s.agent)) return false;
  }
  if (s.sentence && !countIn(ctx, s.sentence, s.sentenceCount)) return false;
  return true;
}

/**
 * The head of a "by" agent is one of `list`: "struck by an eastbound car" yes, "killed by men riding a motorcycle" no
 * (the first word that is no determiner or adjective-like modifier ends the search; participles and prepositions end it).
 */
function agentIn(ctx: SentenceContext, from: number, list: Words): boolean {
  for (let k = from; k < from + 4 && k < ctx.to; k++) {
    if (matchAt(ctx, k, list) > 0) return true;
    const n = ctx.norm(k);
    if (DETERMINERS.has(n) && n !== 'of') continue;
    if (n.endsWith('ing') || PREPOSITIONS.has(n) || stops(ctx, k) || ctx.actor(k)) return false;
    // a modifier ("eastbound", "speeding", "stolen") may stand before the head; a plain noun ends it
    if (!(n.endsWith('bound') || n.endsWith('ed') || n.endsWith('en') || n.endsWith('-'))) return false;
  }
  return false;
}

/** Whether the sentence holds what keeps the conflict reading: a weapon mention or a keep word. */
function kept(ctx: SentenceContext, s: Sense, start: number, end: number): boolean {
  // a weapon mention other than the trigger word itself ("shooting" is also a small-arms mention)
  if (!s.ignoreWeapons) for (const w of ctx.weapons) if (w.tokenEnd <= start || w.tokenStart >= end) return true;
  if (!s.keep) return false;
  for (let k = ctx.from; k < ctx.to; k++) if ((k < start || k >= end) && matchAt(ctx, k, s.keep) > 0) return true;
  return false;
}

/** The senses by their trigger words (lower case) and, for those that name only exact spellings, by spelling; file order kept. */
interface SenseIndex {
  /** rule numbers (ascending: file order) by trigger word, and by spelling */
  byWord: Map<string, number[]>;
  byText: Map<string, number[]>;
}
let index: SenseIndex | null = null;

function senseIndex(): SenseIndex {
  if (index) return index;
  const l = loadSenses();
  const byWord = new Map<string, number[]>();
  const byText = new Map<string, number[]>();
  for (let i = 0; i < l.raw.senses.length; i++) {
    const words = l.words[i];
    const [keys, map] = words ? [words, byWord] : [l.text[i]!, byText];
    for (const k of keys) {
      const list = map.get(k) ?? [];
      list.push(i);
      map.set(k, list);
    }
  }
  index = { byWord, byText };
  return index;
}

/** Shared, never changed. */
const NO_SENSES: readonly number[] = [];

/**
 * The numbers of the senses that may read a trigger with this lower-cased phrase and spelling, in file order: every
 * sense names its words or its spellings (checked at load), so the others can never match and are not tried.
 */
function candidates(phrase: string, text: string): readonly number[] {
  const ix = senseIndex();
  const a = ix.byWord.get(phrase) ?? NO_SENSES;
  const b = ix.byText.get(text) ?? NO_SENSES;
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x - y);
}

/** The first sense rule that reads the bound trigger as a non-conflict word, or null. */
export function otherSense(ctx: SentenceContext, draft: EventDraft): Sense | null {
  const start = draft.trigger.tokenStart;
  const end = draft.trigger.tokenEnd;
  // a one-word trigger's text is its token's (the same characters: no new slice, and a string whose hash V8 has seen)
  const text = end - start === 1 ? ctx.tokens[start]!.text : ctx.textOf(start, end);
  const phrase = text.toLowerCase();
  rangeCtx = null; // the object range is read again for this trigger (and no context is kept past the call)
  const found = firstSense(ctx, draft, text, phrase, start, end);
  rangeCtx = null;
  return found;
}

function firstSense(ctx: SentenceContext, draft: EventDraft, text: string, phrase: string, start: number, end: number): Sense | null {
  const l = loadSenses();
  for (const i of candidates(phrase, text)) {
    const entries = l.entries[i];
    if (entries && !entries.has(draft.entry.id)) continue;
    const words = l.words[i];
    if (words && !words.has(phrase)) continue;
    const spellings = l.text[i];
    if (spellings && !spellings.has(text)) continue;
    const s = compiledSense(l, i);
    if (!holds(ctx, s, draft, start, end)) continue;
    if (kept(ctx, s, start, end)) continue;
    return s;
  }
  return null;
}
