import type { ActorFiller, EventDraft } from '../pipeline/draft.js';

/**
 * A visit is a diplomatic act (PLOVER CONSULT, CAMEO 042/043: "the emir visited Tehran", "Lavrov arrived in
 * Pyongyang") only when one side is a political actor: a state, an intergovernmental body, an armed or political
 * group, or a person or body of government, the military, intelligence or a legislature, an opposition or a party.
 * Local news is full of private visits and trips ("the extension agent visited the elementary school", "Chu visited
 * the family in August", "students traveled to 23 locations", "emergency room visits", police or judges visiting a
 * home): with no such actor on either side the visit is no event. A country or capital visited counts only when no
 * private visitor is named ("students traveled to Guatemala", "two citizens arrived in the U.S." are no visit of
 * states); a visit to no one named ("toured the site of the fire") by a governor or mayor of no stated country is
 * local news, not diplomacy. Refugees arriving in a country stay an event (a displacement, which ACLED codes as a
 * strategic development).
 */
const POLITICAL_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'SPY', 'IGO', 'REB', 'MILITIA', 'OPP', 'PTY', 'ELI', 'REF']);
const POLITICAL_KINDS = new Set(['state', 'igo', 'group']);

export const VISIT_ENTRY = 'consult.visit';
export const RULE_PRIVATE_VISIT = 'filter:private-visit';

function political(a: ActorFiller): boolean {
  const m = a.mention.data;
  return POLITICAL_KINDS.has(m.kind) || POLITICAL_SECTORS.has(m.sector ?? '');
}

/** A governor or mayor of no stated country: local government. */
function localOffice(a: ActorFiller): boolean {
  const m = a.mention.data;
  if (m.country !== null) return false;
  const role = (m.role ?? '').toLowerCase();
  return role.includes('governor') || role.includes('mayor');
}

export function privateVisit(d: EventDraft): boolean {
  // a visit recoded to another family ("military vehicles arrived in the town": a movement of forces) is that family's
  if (d.entry.id !== VISIT_ENTRY || d.family !== 'consult') return false;
  for (const a of d.recipients) if (political(a) && (a.mention.data.kind !== 'state' || d.actors.length === 0)) return false;
  for (const a of d.actors) if (political(a) && (d.recipients.length > 0 || !localOffice(a))) return false;
  return true;
}
