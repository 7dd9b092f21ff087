import type { Actor } from '../model/actor.js';
import type { ActorData, Mention } from '../pipeline/doc.js';
import { actorLexicon, entryData } from './actor-lexicon.js';
import { RULE_COREF } from './actor-rules/surname-coref.js';
import { RULE_GROUP_COREF } from './actor-rules/group-coref.js';
import { RULE_BARE_BODY } from './actor-rules/bare-state-body.js';
import { RULE_PERSON_CONTEXT } from './actor-rules/person-context-country.js';
import { RULE_PEOPLE_OF_PLACE } from './actor-rules/people-of-place.js';
import { RULE_LOYAL_TO } from './actor-rules/loyal-to.js';
import { RULE_ITS } from './actor-rules/possessive.js';
import { OFFICE_PREFIX, RULE_TITLE_KNOWN } from './actor-rules/office-holder.js';
import { emptyList, listFrom } from '../util/lists.js';

/** Canonical lookup by any alias or ACLED actor name ("Military Forces of Syria (2000-)", "Protesters (India)"). */

type Hit = ActorData & { id: string };
let index: Map<string, Hit> | null = null;
let countries: Map<string, Hit> | null = null;
let exact: Map<string, Hit> | null = null;

function key(s: string, keepYears = false): string {
  let out = '';
  let depth = 0;
  const folded = s.toLowerCase().normalize('NFD');
  for (const ch of folded) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (ch === '(') { depth++; continue; }
    if (ch === ')') { depth = Math.max(0, depth - 1); continue; }
    // bracketed year ranges "(2000-)" are dropped; other brackets ("(Syria)") are kept as words
    out += (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch : ' ';
  }
  return out.split(' ').filter((w) => w && (keepYears || !/^\d{4}$/.test(w))).join(' ');
}

function build(): void {
  const lex = actorLexicon(false);
  index = new Map();
  countries = new Map();
  for (const e of lex.files.named) {
    const hit: Hit = { ...entryData(e), id: e.id };
    const acled = typeof e.acled === 'string' ? [e.acled] : e.acled ?? [];
    for (const n of [e.canonical, ...e.names.map((x) => (typeof x === 'string' ? x : x.text)), ...acled, ...(e.metonyms ?? [])]) {
      const k = key(n);
      if (k && !index.has(k)) index.set(k, hit);
      if (e.kind === 'state' && k) countries.set(k, hit);
    }
  }
  // ACLED names with their year ranges ("Military Forces of Syria (2000-)" vs "(2024-)") are exact keys
  exact = new Map();
  for (const e of lex.files.named) {
    const acled = typeof e.acled === 'string' ? [e.acled] : e.acled ?? [];
    if (e.kind === 'state') continue;
    for (const n of acled) exact.set(key(n, true), { ...entryData(e), id: e.id });
  }
}

const TEMPLATES: [string, string, ActorData['sector'], string][] = [
  ['military forces of ', '', 'MIL', 'Military Forces of {c}'],
  ['police forces of ', '', 'COP', 'Police Forces of {c}'],
  ['government of ', '', 'GOV', 'Government of {c}'],
];

export function lookupActor(name: string): Hit | null {
  if (!index) build();
  const k = key(name);
  const direct = exact!.get(key(name, true)) ?? index!.get(k);
  if (direct) return direct;
  for (const sep of [': ', ' - ']) {
    const at = name.indexOf(sep);
    if (at > 0) return lookupActor(name.slice(at + sep.length)) ?? lookupActor(name.slice(0, at));
  }
  for (const [prefix, , sector, tmpl] of TEMPLATES) {
    if (!k.startsWith(prefix)) continue;
    const words = k.slice(prefix.length).split(' ');
    for (let n = words.length; n > 0; n--) {
      const c = countries!.get(words.slice(0, n).join(' '));
      if (c) return { ...c, id: c.id, name: tmpl.replace('{c}', c.name), sector, kind: 'organisation', alsoPlace: false };
    }
  }
  // "Protesters (India)", "Civilians (Yemen)", "Unidentified Armed Group (Syria)"
  const open = name.lastIndexOf('(');
  if (open > 0 && name.endsWith(')')) {
    const c = countries!.get(key(name.slice(open + 1, -1)));
    const head = key(name.slice(0, open));
    const g = actorLexicon(false).files.generic.find((x) => x.acledName && key(x.acledName.replace('{country}', '')) === head);
    if (c && g) return { id: g.id, name: name.trim(), country: c.country, sector: g.sector, kind: 'generic', backedBy: emptyList(), role: null, plural: true, generic: true, alsoPlace: false, ref: c.id };
  }
  return byHeadWord(name, k);
}

/** Last resort for ACLED's descriptive names: "Hujur Tribal Militia (Yemen)", "Sole Perpetrator (United States)". */
const HEAD_WORDS: [string, string, ActorData['sector']][] = [
  ['militia', 'gen:militias', 'MILITIA'], ['gang', 'gen:criminals', 'CRM'], ['armed group', 'gen:gunmen', 'UNK'],
  ['perpetrator', 'gen:gunmen', 'UNK'], ['military forces', 'gen:troops', 'MIL'], ['police forces', 'gen:police', 'COP'],
];

function byHeadWord(name: string, k: string): Hit | null {
  const open = name.lastIndexOf('(');
  const c = open > 0 && name.endsWith(')') ? countries!.get(key(name.slice(open + 1, -1))) : undefined;
  for (const [word, id, sector] of HEAD_WORDS) {
    if (!(' ' + k + ' ').includes(' ' + word + ' ')) continue;
    return { id, name: name.trim(), country: c?.country ?? null, sector, kind: 'generic', backedBy: emptyList(), role: null, plural: true, generic: true, alsoPlace: false, ref: c?.id ?? null };
  }
  return null;
}

const INFERRED = new Set([RULE_COREF, RULE_ITS, RULE_BARE_BODY, RULE_GROUP_COREF, RULE_PERSON_CONTEXT, RULE_PEOPLE_OF_PLACE, RULE_TITLE_KNOWN, RULE_LOYAL_TO]);

/** The mention's reading is inferred by its rule (coreference, a possessive's owner, a bare state body's country). */
export function inferredEntry(entry: string): boolean {
  return INFERRED.has(entry) || entry.startsWith(OFFICE_PREFIX);
}

/** A recognised mention as the event model's Actor, with provenance. */
export function actorToModel(m: Mention<ActorData>): Actor {
  const d = m.data;
  const entry = d.ref ?? (m.entry.startsWith('actor:') ? m.entry : null);
  return {
    text: m.text,
    span: [m.start, m.end],
    name: d.name,
    country: d.country,
    sector: d.sector,
    kind: d.kind,
    backedBy: listFrom(d.backedBy),
    role: d.role,
    entry,
    provenance: { span: [m.start, m.end], rule: m.entry, how: INFERRED.has(m.entry) ? 'inferred' : 'stated' },
  };
}
