import type { SentenceContext } from './context.js';
import { readDataJson } from '../util/data-file.js';
import { BE_FORMS, DETERMINERS, PREPOSITIONS } from './words.js';

/**
 * Weapons held, taken or traded, not used in the event told near them (rule weapon:not-used, data/weapon-not-used.json):
 * the object of a taking or finding verb ("seized a rifle, a rocket launcher and three grenades", "defused the
 * explosives", "laid down their rifles"), the subject of such a participle ("two rifles were confiscated", "the weapons
 * seized in the raid"), and a weapon word that modifies another noun ("arms trafficking", "a bomb squad"). A weapon
 * near a violent trigger is its instrument only when none of these holds.
 */

interface NotUsedEntry { id: string; before: string[]; after: string[]; head?: string[]; example: string }
interface NotUsedFile { entries: NotUsedEntry[] }

interface Words { before: Set<string>; after: Set<string>; head: Set<string> }
let cached: Words | null = null;

function words(): Words {
  if (cached) return cached;
  const file = readDataJson<NotUsedFile>('weapon-not-used.json', ['entries']);
  const w: Words = { before: new Set(), after: new Set(), head: new Set() };
  for (const e of file.entries) {
    for (const x of e.before) w.before.add(x);
    for (const x of e.after) w.after.add(x);
    for (const x of e.head ?? []) w.head.add(x);
  }
  cached = w;
  return w;
}

/** Words read through between a verb and its weapon object, or a listed weapon and the next ("a", "46", ",", "and"). */
const LIST_GLUE = new Set([',', 'and', 'or', 'also', 'some', "'s", '’s', 'his', 'her', 'their', 'its', 'of', 'kg', 'approximately', 'about', 'over', 'another', 'other']);

/** A preposition other than "of" ends the weapon's phrase: "attacked with rockets", "fired rockets at the town". */
function stops(ctx: SentenceContext, k: number): boolean {
  if (ctx.isBoundary(k)) return true;
  const n = ctx.norm(k);
  return n !== 'of' && n !== 'over' && n !== 'about' && PREPOSITIONS.has(n);
}

/** Whether the word at k (with the one before it, for two-word entries) is in `set`. */
function phraseAt(ctx: SentenceContext, k: number, set: ReadonlySet<string>): boolean {
  const n = ctx.norm(k);
  if (n === '') return false;
  if (set.has(n)) return true;
  return set.has(`${ctx.norm(k - 1)} ${n}`);
}

/** Glue a noun phrase's left part or a weapon list may hold: determiners, numbers, list words, codes ("M-16"). */
function glue(ctx: SentenceContext, k: number): boolean {
  const n = ctx.norm(k);
  const t = ctx.token(k);
  if (!t) return false;
  return DETERMINERS.has(n) || LIST_GLUE.has(n) || ctx.number(k) !== undefined || t.kind === 'number' || (t.kind === 'dash' && !t.space);
}

function takenBefore(ctx: SentenceContext, start: number, w: Words): boolean {
  let k = start - 1;
  let gap = 0;
  while (k >= ctx.from && gap <= 2) {
    if (stops(ctx, k)) return false;
    const other = ctx.weapon(k);
    if (other !== undefined) { k = other.tokenStart - 1; gap = 0; continue; } // a list of weapons: read on before it
    if (phraseAt(ctx, k, w.before)) return true;
    if (!glue(ctx, k)) gap++;
    k--;
  }
  return false;
}

function takenAfter(ctx: SentenceContext, end: number, w: Words): boolean {
  let k = end;
  let gap = 0;
  while (k < ctx.to && gap <= 2) {
    if (stops(ctx, k)) return false;
    const other = ctx.weapon(k);
    if (other !== undefined) { k = other.tokenEnd; gap = 0; continue; }
    const n = ctx.norm(k);
    if (w.after.has(n) || (k + 1 < ctx.to && w.after.has(`${n} ${ctx.norm(k + 1)}`))) return true;
    if (BE_FORMS.has(n) || n === 'had' || n === 'have' || n === 'has') { k++; continue; }
    if (!glue(ctx, k)) gap++;
    k++;
  }
  return false;
}

/** Whether the weapon mention [start, end) is held, taken or traded rather than used (see the file comment). */
export function weaponNotUsed(ctx: SentenceContext, start: number, end: number): boolean {
  const w = words();
  return weaponModifies(ctx, end) || takenBefore(ctx, start, w) || takenAfter(ctx, end, w);
}

/** Whether the weapon word ending before `end` modifies a noun of `head` ("arms trafficking", "a bomb-disposal squad"). */
export function weaponModifies(ctx: SentenceContext, end: number): boolean {
  const w = words();
  return w.head.has(ctx.norm(end)) || (ctx.token(end)?.kind === 'dash' && w.head.has(ctx.norm(end + 1)));
}
