import type { ActorCtx } from '../actor-context.js';
import type { NamedValue } from '../actor-types.js';
import { normToken } from '../../segment/normalize.js';

/**
 * Which known person a name after a title stands for, when it is not a full name of the dictionary: the surname alone
 * ("President Bashir", "Secretary Kerry"), the surname after particles ("President al-Bashir"), or a first name of the
 * person's and the surname in another spelling of the middle ("President Omar El Bashir" for Omar al-Bashir).
 * Several persons may share a surname ("President Kim": South Korea's presidents and North Korea's leaders;
 * "Prime Minister Conte" and "President Conté"). They are told apart by the report's year (office holders of
 * data/actors/persons-office.json carry their years in office), then by the title (a president is no prime minister);
 * persons of one country are one reading; two countries left are no reading. Entries with no years (persons.json)
 * are always candidates.
 */

/** Entry ids of dated office holders; their country is knowledge, not text (an inferred actor). */
export const OFFICE_PREFIX = 'actor:office.';

/** The rule of a titled name whose country comes only from the office-holder lexicon (inferred). */
export const RULE_TITLE_KNOWN = 'rule:actor.title-known-person';

const PARTICLE_WORDS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'dos', 'ould', 'ag', 'zu']);

/** Titles (data/actors/titles.json roles) of offices no dated office holder held under that title. */
const OTHER_OFFICES = new Set(['judge', 'governor', 'legislator', 'police officer', 'cleric', 'opposition leader']);

/** Title roles that name one office, for telling same-surname persons apart. */
function roleKey(role: string | null | undefined): string {
  const r = (role ?? '').toLowerCase();
  if (r.includes('vice')) return 'vice';
  if (r.includes('prime minister') || r.includes('premier') || r.includes('chancellor')) return 'pm';
  if (r.includes('president')) return 'president';
  if (r.includes('foreign') || r.includes('secretary of state')) return 'fm';
  if (r.includes('defen')) return 'dm';
  if (r.includes('king') || r.includes('emir') || r.includes('head of state')) return 'king';
  return r;
}

function inOffice(v: NamedValue, year: number | null): boolean {
  const spans = v.entry.years;
  if (!spans || year === null) return true;
  for (const [from, to] of spans) if (year >= from && (to === null || year <= to)) return true;
  return false;
}

/** First words of the person's names ("omar" for "Omar al-Bashir"). */
function firstWordOf(v: NamedValue, w: string): boolean {
  for (const n of v.entry.names) {
    const text = typeof n === 'string' ? n : n.text;
    const sp = text.indexOf(' ');
    if (sp > 0 && normToken(text.slice(0, sp)) === w) return true;
  }
  return false;
}

/** The surname's candidates for the name [k, end): the last one or two words as a surname key. */
function candidates(ctx: ActorCtx, k: number, end: number): NamedValue[] {
  const out: NamedValue[] = [];
  for (const len of [2, 1]) {
    if (end - len < k) continue;
    let key = '';
    for (let j = end - len; j < end; j++) key += (key ? ' ' : '') + ctx.tokens[j]!.norm;
    const list = ctx.lex.bySurname.get(key);
    if (!list) continue;
    const lead = end - len;
    // only particles and glued dashes before the surname, or a first name of the person's
    let onlyParticles = true;
    for (let j = k; j < lead; j++) {
      const t = ctx.tokens[j]!;
      if (!(t.kind === 'dash' || PARTICLE_WORDS.has(t.norm))) { onlyParticles = false; break; }
    }
    for (const v of list) if (onlyParticles || firstWordOf(v, ctx.tokens[k]!.norm)) out.push(v);
    if (out.length > 0) return out;
  }
  return out;
}

/** One reading of the country's persons, or null when the name leaves two countries. */
export function officeHolder(ctx: ActorCtx, k: number, end: number, titleRole: string | null | undefined): NamedValue | null {
  // a judge, governor, legislator, police officer or cleric who shares a minister's surname is someone else
  const other = OTHER_OFFICES.has((titleRole ?? '').toLowerCase());
  let list = candidates(ctx, k, end).filter((v) => inOffice(v, ctx.year) && !(other && v.entry.years));
  if (list.length === 0) return null;
  if (!oneCountry(list)) {
    const want = roleKey(titleRole);
    const fit = list.filter((v) => roleKey(v.entry.role) === want);
    if (fit.length === 0 || !oneCountry(fit)) return null;
    list = fit;
  }
  // the best-known (undated, persons.json) entry first, then the file order
  return list.find((v) => !v.entry.years) ?? list[0]!;
}

function oneCountry(list: readonly NamedValue[]): boolean {
  for (const v of list) if (v.data.country !== list[0]!.data.country) return false;
  return true;
}
