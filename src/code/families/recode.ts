import type { EventDraft } from '../../pipeline/draft.js';
import { triggerTables } from '../triggers.js';

/**
 * Recode a draft to the trigger entry `id`: its entry, family and CAMEO code (or `cameo` when the object
 * picked a finer code), with `rule` as the CAMEO provenance. False, and the draft untouched, when the
 * trigger tables lack the entry. The one way the families switch a draft to another entry.
 */
export function recodeTo(draft: EventDraft, id: string, rule: string, cameo?: string): boolean {
  const entry = triggerTables().byId.get(id);
  if (!entry) return false;
  draft.entry = entry;
  draft.family = entry.family;
  draft.cameo = cameo ?? entry.cameo;
  draft.cameoRule = rule;
  return true;
}
