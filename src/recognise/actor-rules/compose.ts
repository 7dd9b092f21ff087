import { copyActorData, type ActorData } from '../../pipeline/doc.js';
import type { Sector } from '../../model/actor.js';
import type { Base } from '../actor-context.js';
import type { GenericValue } from '../actor-types.js';
import { emptyList } from '../../util/lists.js';
import { RULE_ITS, RULE_ITS_OWN } from './possessive.js';

/**
 * How a base and a generic noun combine into one actor ("Israeli" + "troops" → Military Forces of Israel).
 * Readings are copied with copyActorData and then changed (one hidden class for every actor reading; a spread
 * copy would get a class of its own per site).
 */

const ARMED = new Set<Sector>(['MIL', 'REB', 'MILITIA', 'UNK', 'CRM']);
const STATE_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
/** Generic nouns a state owns rather than backs after "its/their" (forces, police, intelligence, officials). */
const OWN_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'SPY']);

function fill(template: string, country: string): string {
  const k = template.indexOf('{country}');
  return k < 0 ? template : template.slice(0, k) + country + template.slice(k + '{country}'.length);
}

function base(g: GenericValue): ActorData {
  return { name: g.entry.label, country: null, sector: g.entry.sector, kind: g.person ? 'person' : 'generic', backedBy: emptyList(), role: g.person ? g.noun : null, plural: g.plural, generic: true, alsoPlace: false, ref: null };
}

export function compose(b: Base, g: GenericValue, unknown: boolean, acledCountry: (code: string) => string): ActorData {
  const d = base(g);
  const head = b.data;
  if (b.role === 'none' || !head) {
    // an unnamed attacker, even one, is an unidentified armed actor, not a person we could name
    if (unknown && ARMED.has(g.entry.sector)) return Object.assign(copyActorData(d), { name: `unidentified ${g.noun}`, sector: 'UNK', kind: 'generic' });
    if (g.entry.sector === 'UNK') return Object.assign(copyActorData(d), { kind: 'generic' });
    return d;
  }
  const armedSector: Sector = g.entry.sector === 'REB' || g.entry.sector === 'CRM' ? g.entry.sector : ARMED.has(g.entry.sector) ? 'MILITIA' : g.entry.sector;
  // "Israel said its forces struck", "the ministry said its police": a state's own forces, not forces it backs
  const own = b.rule === RULE_ITS && head.kind === 'state' && !g.patronage && OWN_SECTORS.has(g.entry.sector);
  if (b.rule === RULE_ITS_OWN) return Object.assign(copyActorData(head), { plural: true, generic: head.generic });
  if (!own && (b.role === 'patron' || (g.patronage && head.kind === 'state'))) {
    return Object.assign(copyActorData(d), { name: `${head.name}-backed ${g.entry.label}`, sector: armedSector, kind: 'group', backedBy: [head.name], role: null, plural: true });
  }
  if (b.role === 'anti') return Object.assign(copyActorData(d), { name: `anti-${head.name} ${g.entry.label}`, sector: armedSector, kind: 'group' });
  if (b.role === 'pro') {
    const who = head.name === 'Government' ? 'Pro-Government' : `pro-${head.name}`;
    const name = g.entry.id === 'gen:militias' ? `Militia (${who})` : `${who} ${g.entry.label}`;
    if (head.name === 'Government') return Object.assign(copyActorData(d), { name, sector: armedSector, kind: 'group', country: head.country, backedBy: emptyList() });
    return Object.assign(copyActorData(d), { name, sector: armedSector, kind: 'group', backedBy: [head.name] });
  }
  // a named head: state, organisation, group, person
  // ("the Sudanese government", "Chinese police": a people's name that is also the demonym, before a state body, is the state)
  if (head.kind === 'state' || (b.value !== null && b.value.form === 'people' && head.country !== null && STATE_SECTORS.has(g.entry.sector))) {
    const country = head.country;
    const sector: Sector | null = g.entry.sector;
    if (g.person) return Object.assign(copyActorData(d), { name: `${head.name} ${g.noun}`, country, sector, ref: head.ref ?? null });
    const t = g.entry.acledName && country ? fill(g.entry.acledName, acledCountry(country)) : `${head.name} ${g.entry.label}`;
    return Object.assign(copyActorData(d), { name: t, country, sector, ref: head.ref ?? null });
  }
  // "Kashmiri militants", "Karen guerrillas": armed men of a community (an ethnic group coded to its state, sector CVL)
  // are an armed group of that state, not the community's civilians
  if (head.kind === 'group' && head.sector === 'CVL' && ARMED.has(g.entry.sector) && !g.person) {
    return Object.assign(copyActorData(d), { name: `${head.name} ${g.entry.label}`, country: head.country, sector: armedSector, kind: 'group', ref: head.ref ?? null });
  }
  if (head.kind === 'group') {
    if (g.person) return Object.assign(copyActorData(d), { name: `${head.name} ${g.noun}`, country: head.country, sector: head.sector, backedBy: head.backedBy, ref: head.ref ?? null });
    if (ARMED.has(g.entry.sector) || g.weak || g.entry.sector === 'GOV') return Object.assign(copyActorData(head), { plural: true, generic: false });
    return Object.assign(copyActorData(d), { name: `${head.name} ${g.entry.label}`, country: head.country, backedBy: head.backedBy, ref: head.ref ?? null });
  }
  // organisation, igo, unit, person
  const sameBranch = head.sector !== null && (head.sector === g.entry.sector || (STATE_SECTORS.has(head.sector) && STATE_SECTORS.has(g.entry.sector)));
  if (g.person) return Object.assign(copyActorData(d), { name: `${head.name} ${g.noun}`, country: head.country, sector: sameBranch || g.entry.sector === 'GOV' ? head.sector : g.entry.sector, role: g.noun, ref: head.ref ?? null });
  if (sameBranch || g.weak) return Object.assign(copyActorData(head), { plural: g.plural, generic: false });
  return Object.assign(copyActorData(d), { name: `${head.name} ${g.entry.label}`, country: head.country, ref: head.ref ?? null });
}
