import { copyActorData, type ActorData } from '../pipeline/doc.js';
import { PhraseTrie, type CaseRule } from './trie.js';
import { actorShape, loadActorData, type ActorDataFiles } from './actor-data.js';
import type { ActorEntry, GenericEntry, GenericValue, ModifierEntry, NameSpec, NamedValue, ShipEntry, TitleValue } from './actor-types.js';
import { normToken } from '../segment/normalize.js';
import { nowMs } from '../util/clock.js';
import { emptyList } from '../util/lists.js';

/** Every actor matcher, compiled once per process (and once more, without case-sensitive short names, for upper-case text). */
export interface ActorLexicon {
  files: ActorDataFiles;
  /** Names, metonyms, plural demonyms, persons' full names, well-known bare surnames. */
  names: PhraseTrie<NamedValue>;
  /** Demonyms and group adjectives: only before a generic noun or title. */
  heads: PhraseTrie<NamedValue>;
  generic: PhraseTrie<GenericValue>;
  modifiers: PhraseTrie<ModifierEntry>;
  /** Modifiers written capitalised in the data ("Shiite", "Kurdish"): allowed capitalised mid-sentence. */
  capModifiers: Set<string>;
  titles: PhraseTrie<TitleValue>;
  ships: Map<string, ShipEntry>;
  /** Heads of state/government by normalised surname, for "<Surname> administration". */
  heads_of_government: Map<string, NamedValue>;
  /** Every person by normalised surname (for document-level coreference). */
  surnameOf: Map<string, string>;
  /** Every person entry by normalised surname, in file order ("President Kim": Korea's presidents and North Korea's leaders). */
  bySurname: Map<string, NamedValue[]>;
  byId: Map<string, NamedValue>;
  /** Ids of the entries with a name that an entry of another country shares ("Congress"): only their mentions are checked for readings. */
  shared: Set<string>;
  compileMs: number;
}

function isShortCaps(text: string): boolean {
  let letters = 0;
  // by code unit, not `for (const ch of text)`: the string iterator is slow in the interpreter that runs start-up code
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 0 && letters <= 5 && text.length <= 8 && !text.includes(' ');
}

/** The case rule for one surface form of an entry. */
export function caseFor(spec: NameSpec, entry: { case?: CaseRule; exact?: string[] }): { text: string; rule: CaseRule; upperOk: boolean } {
  if (typeof spec !== 'string') return { text: spec.text, rule: spec.case, upperOk: spec.case !== 'exact' || spec.text.replace(/\./g, '').length > 2 };
  if (entry.exact?.includes(spec)) return { text: spec, rule: 'exact', upperOk: false };
  if (isShortCaps(spec)) return { text: spec, rule: 'exact', upperOk: spec.replace(/[.\-]/g, '').length > 2 };
  // inner capitals in a short word ("LeT", "DoD", "JaS") make it an abbreviation, not the word "let"
  if (!spec.includes(' ') && spec.length <= 5 && /^.+[A-Z]/.test(spec)) return { text: spec, rule: 'exact', upperOk: false };
  return { text: spec, rule: entry.case ?? 'any', upperOk: true };
}

export function entryData(e: ActorEntry): ActorData {
  return {
    name: e.canonical,
    country: e.country,
    sector: e.sector,
    kind: e.kind ?? 'group',
    backedBy: e.backedBy && e.backedBy.length > 0 ? e.backedBy : emptyList(), // JSON's [] has another elements kind
    role: e.role ?? null,
    plural: e.plural ?? (e.kind === 'group'),
    generic: false,
    alsoPlace: e.alsoPlace ?? false,
    ref: e.id,
  };
}

/**
 * "<Surname> administration": a later entry of the same country replaces an earlier one; an undated entry (persons.json,
 * the best-known holder) wins over dated office holders (persons-office.json); two dated heads of different countries
 * ("Kim": South Korean presidents) leave the surname to no one.
 */
function setHead(hog: Map<string, NamedValue>, ambiguous: Set<string>, key: string, v: NamedValue): void {
  const prev = hog.get(key);
  if (!v.entry.years) ambiguous.delete(key);
  if (!prev || prev.data.country === v.data.country || !v.entry.years) hog.set(key, v);
  else if (prev.entry.years) ambiguous.add(key);
}

function build(upper: boolean): ActorLexicon {
  const files = loadActorData();
  const t0 = nowMs();
  const names = new PhraseTrie<NamedValue>();
  const heads = new PhraseTrie<NamedValue>();
  const byId = new Map<string, NamedValue>();
  const hog = new Map<string, NamedValue>();
  const surnameOf = new Map<string, string>();
  const bySurname = new Map<string, NamedValue[]>();
  const headAmbiguous = new Set<string>();
  const readings = sharedNames(files.named, files.generic);
  const shared = new Set<string>();
  for (const group of readings.values()) for (const r of group) shared.add(r.id);
  const add = (trie: PhraseTrie<NamedValue>, spec: NameSpec, e: ActorEntry, v: NamedValue, rule?: CaseRule) => {
    const c = caseFor(spec, e);
    if (upper && (!c.upperOk || e.upper === false)) return;
    trie.add(c.text, v, rule ?? c.rule);
  };
  for (const e of files.named) {
    const data = entryData(e);
    const v = (form: NamedValue['form']): NamedValue => ({ id: e.id, data, entry: e, form, readings: null });
    const named = v('name');
    byId.set(e.id, named);
    // a name entries of several countries share gets this entry's own reading of that group
    const nameValue = (n: NameSpec): NamedValue => (shared.has(e.id) ? readings.get(nameKey(n))?.find((r) => r.id === e.id) ?? named : named);
    for (const n of e.names) add(names, n, e, nameValue(n));
    for (const n of e.exact ?? []) add(names, { text: n, case: 'exact' }, e, nameValue(n));
    for (const n of e.metonyms ?? []) add(names, n, e, v('metonym'));
    for (const n of e.demonyms ?? []) add(heads, n, e, v('demonym'));
    for (const n of e.adjectives ?? []) add(heads, n, e, v('adjective'));
    if (e.people?.length) {
      const people: ActorData = Object.assign(copyActorData(data), { name: e.people[0]!, sector: 'CVL' as const, kind: 'generic' as const, plural: true, generic: true, alsoPlace: false });
      for (const n of e.people) add(names, n, e, { id: e.id, data: people, entry: e, form: 'people', readings: null });
    }
    if (e.kind === 'person') {
      const all = [e.surname, ...(e.surnames ?? [])].filter((s): s is string => !!s);
      for (const s of all) {
        const key = s.split(' ').map(normToken).join(' ');
        surnameOf.set(key, e.id);
        const same = bySurname.get(key);
        if (same) same.push(named);
        else bySurname.set(key, [named]);
        if (e.head) setHead(hog, headAmbiguous, key, named);
        if (e.surnameAlone) add(names, s, e, v('surname'), 'cap');
      }
    }
  }
  for (const key of headAmbiguous) hog.delete(key);
  const generic = new PhraseTrie<GenericValue>();
  for (const g of files.generic) {
    const weak = new Set(g.weakNames ?? []);
    const patron = new Set(g.patronage ?? []);
    const mk = (noun: string, plural: boolean): GenericValue => ({
      id: g.id, entry: g, plural, weak: weak.has(noun), patronage: patron.has(noun), person: !plural && !g.inanimate, noun,
    });
    for (const n of g.plural) generic.add(n, mk(n, true), /^[A-Z]/.test(n) ? 'cap' : 'any');
    for (const n of g.singular) generic.add(n, mk(n, false), 'any');
  }
  const modifiers = new PhraseTrie<ModifierEntry>();
  const capModifiers = new Set<string>();
  for (const m of files.modifiers) {
    for (const w of m.words) {
      modifiers.add(w, m, 'any');
      if (/^[A-Z]/.test(w)) capModifiers.add(normToken(w));
    }
  }
  const titles = new PhraseTrie<TitleValue>();
  for (const t of files.titles) for (const n of t.names) titles.add(n, { id: t.id, entry: t, surface: n }, /^[A-Z]/.test(n) ? 'exact' : 'any');
  const ships = new Map<string, ShipEntry>();
  for (const s of files.ships) ships.set(s.prefix, s);
  return { files, names, heads, generic, modifiers, capModifiers, titles, ships, heads_of_government: hog, surnameOf, bySurname, byId, shared, compileMs: nowMs() - t0 };
}

/** A name's lookup key: its normalised words ("Congress" and "congress" are one name; case rules stay the trie's). */
function nameKey(n: NameSpec): string {
  const text = typeof n === 'string' ? n : n.text;
  // ASCII (nearly every name): normToken of each word is its lower case, so the joined key is the lower-cased text,
  // without a split, a map and a join per name at start-up (sharedNames keys every name of every entry)
  if (isAscii(text)) return text.toLowerCase();
  return text.split(' ').map(normToken).join(' ');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Names that entries of different countries list ("Congress": U.S. Congress and India's Congress party; "National
 * Guard": the U.S. and Mexican ones), each with one reading per entry, the default first: the entry that gives the
 * name a local reading (`local`), else a state, else the entry listed first (`pick` in actor-context.ts reads a
 * shared name with this default).
 */
function sharedNames(named: readonly ActorEntry[], generic: readonly GenericEntry[]): Map<string, NamedValue[]> {
  const byKey = new Map<string, ActorEntry[]>();
  for (const e of named) {
    for (const n of [...e.names, ...(e.exact ?? [])]) {
      const k = nameKey(n);
      const list = byKey.get(k);
      if (!list) byKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  // names that also mean any other country's body of a kind ("Congress" → gen:legislature)
  const local = new Map<string, GenericEntry>();
  for (const e of named) {
    for (const [n, id] of Object.entries(e.local ?? {})) {
      const g = generic.find((x) => x.id === id);
      if (!g) throw new Error(`${e.id}: local reading of "${n}" names no generic entry ${id}`);
      local.set(nameKey(n), g);
    }
  }
  const out = new Map<string, NamedValue[]>();
  for (const [k, list] of byKey) {
    const g = local.get(k);
    if (!g && (list.length < 2 || new Set(list.map((e) => e.country)).size < 2)) continue;
    const first = list.find((e) => e.local !== undefined && nameKeys(e.local).includes(k)) ?? list.find((e) => (e.kind ?? 'group') === 'state') ?? list[0]!;
    const ordered = [first, ...list.filter((e) => e !== first)];
    const group: NamedValue[] = [];
    for (const e of ordered) group.push({ id: e.id, data: entryData(e), entry: e, form: 'name', readings: group });
    if (g) group.push(localReading(g, first));
    out.set(k, group);
  }
  return out;
}

function nameKeys(local: Record<string, string>): string[] {
  return Object.keys(local).map(nameKey);
}

/** The reading "that country's <generic> body": no country of its own (the event's is given later), no theatre. */
function localReading(g: GenericEntry, like: ActorEntry): NamedValue {
  const data: ActorData = copyActorData(entryData(like));
  data.name = g.label;
  data.country = null;
  data.sector = g.sector;
  data.kind = 'generic';
  data.backedBy = emptyList();
  data.role = null;
  data.generic = true;
  data.plural = true;
  data.alsoPlace = false;
  data.ref = null;
  const entry = actorShape({ id: g.id, canonical: g.label, names: emptyList(), country: null, sector: g.sector, example: g.example });
  return { id: g.id, data, entry, form: 'name', readings: null };
}

const lexicons: { normal?: ActorLexicon; upper?: ActorLexicon } = {};

/** The compiled actor lexicon (built lazily, once per process per case mode). */
export function actorLexicon(upper = false): ActorLexicon {
  if (upper) return (lexicons.upper ??= build(true));
  return (lexicons.normal ??= build(false));
}
