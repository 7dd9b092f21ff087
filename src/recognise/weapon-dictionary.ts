import { readDataJson } from '../util/data-file.js';
import type { WeaponEntry, WeaponFile } from './dictionary-schemas.js';
import { PhraseTrie, type CaseRule } from './trie.js';
import { intern } from '../util/intern.js';

export type { WeaponEntry } from './dictionary-schemas.js';

export interface WeaponValue {
  entry: WeaponEntry;
  /** The name as listed (singular), used as display name. */
  name: string;
}

/** English plural of a phrase's last word: missile → missiles, knife → knives, gunship → gunships. */
export function pluralOf(phrase: string): string {
  const lower = phrase.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  if (last < 97 || last > 122) return phrase + 's'; // AK-47 → AK-47s, F-16 → F-16s
  if (lower.endsWith('fe')) return phrase.slice(0, -2) + 'ves';
  if (lower.endsWith('s') || lower.endsWith('sh') || lower.endsWith('ch') || lower.endsWith('x')) return phrase + 'es';
  if (lower.endsWith('y') && !'aeiou'.includes(lower.charAt(lower.length - 2))) return phrase.slice(0, -1) + 'ies';
  return phrase + 's';
}

let cached: PhraseTrie<WeaponValue> | null = null;
let capNames: Set<string> | null = null;
let actNames: Set<string> | null = null;

/**
 * Whether a weapon mention's listed name names the attack or the attacker rather than a device (`notDevice` in
 * data/weapons.json: "bombing", "shootings", "a sniper"): such a word implies the weapon kind, it states no instrument.
 */
export function namesNoDevice(listedName: string): boolean {
  if (!actNames) weaponTrie();
  return actNames !== null && actNames.has(listedName);
}

/**
 * One-word weapon names that are also proper names (entries with `capIsName`: "shell", "shells"), lower-cased: a
 * trigger with such a word is an event only where the weapons layer read it as the weapon ("Shell said" is the company).
 */
export function capNameWords(): ReadonlySet<string> {
  if (!capNames) {
    weaponTrie();
    capNames ??= new Set();
  }
  return capNames;
}

/** The weapon trie, built once per process from data/weapons.json (names and their plurals). */
export function weaponTrie(): PhraseTrie<WeaponValue> {
  if (cached) return cached;
  const file = readDataJson<WeaponFile>('weapons.json', ['entries']);
  const trie = new PhraseTrie<WeaponValue>();
  for (const raw of file.entries) {
    // every field present (unset ones undefined), in one order: the file's entries come in several shapes
    // (optional fields), and contextOk reads them at every match
    const entry: WeaponEntry = {
      id: raw.id, kind: intern(raw.kind), category: intern(raw.category), names: raw.names, case: raw.case, mass: raw.mass,
      notAfter: raw.notAfter, notBefore: raw.notBefore, capIsName: raw.capIsName, notDevice: raw.notDevice, example: raw.example,
    };
    const rule: CaseRule = entry.case ?? 'any';
    if (entry.capIsName) {
      capNames ??= new Set();
      for (const name of entry.names) if (!name.includes(' ')) { capNames.add(name.toLowerCase()); capNames.add(pluralOf(name).toLowerCase()); }
    }
    actNames ??= new Set();
    for (const name of entry.notDevice ?? []) {
      if (!entry.names.includes(name)) throw new Error(`weapons.json ${entry.id}: notDevice name "${name}" is not one of its names`);
      actNames.add(name);
    }
    for (const name of entry.names) {
      const value = { entry, name };
      trie.add(name, value, rule);
      if (!entry.mass) trie.add(pluralOf(name), value, rule);
    }
  }
  cached = trie;
  return trie;
}
