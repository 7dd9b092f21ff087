/**
 * A military vehicle destroyed as the act told, with no method stated: "forces claimed to have destroyed a military
 * vehicle belonging to X", "destroyed a BMP infantry fighting vehicle of X, killing its crew". Front-line reporting
 * (Yemen above all) tells the destruction of armour without saying how; ACLED codes it as remote violence (an
 * IED or landmine as a rule: "the language used indicates the remote use of an IED"), not as a clash, unless the
 * text tells fighting (the rule's other conditions). The cue holds only when the event's first trigger is the
 * destruction verb: "killed four soldiers and destroyed their vehicle" is told as a killing, and stays an attack.
 *
 * Read on the sentence's cue norms (lower case, dashes dropped): the verb, then up to eight words of its object
 * up to a clause break, holding a vehicle head that is military by its own words (tank, BMP, armoured vehicle,
 * military vehicle) or by an armed owner after "belonging to" / "of" (forces, fighters, troops, …).
 */

const DESTROY = new Set(['destroyed', 'destroy', 'destroying', 'disabled', 'disable']);

/** Heads that name a military vehicle on their own. */
const MILITARY_HEADS = new Set(['tank', 'tanks', 'bmp', 'bmps', 'apc', 'apcs', 'humvee', 'humvees', 'hummer', 'hummers', 'btr', 'btrs']);
const VEHICLE_HEADS = new Set(['vehicle', 'vehicles', 'carrier', 'carriers']);
/** Words before a vehicle head that make it military. */
const MILITARY_MODIFIERS = new Set(['military', 'armoured', 'armored', 'army', 'combat', 'troop', 'personnel', 'fighting', 'mrap', 'bmp']);
/** Armed owners after "belonging to" / "of". */
const ARMED_OWNERS = new Set(['forces', 'force', 'fighters', 'troops', 'army', 'soldiers', 'militants', 'militia', 'militias', 'militiamen',
  'rebels', 'brigade', 'brigades', 'battalion', 'units', 'unit', 'military']);
/** Words that end the object phrase. */
const BREAK = new Set([',', '.', ';', ':', 'and', 'with', 'in', 'at', 'near', 'on', 'during', 'after', 'while', 'killing', 'by', 'using']);

/** Per sentence (its cue norms array): the destroy verbs whose object is a military vehicle somewhere in it. */
const bySentence = new WeakMap<readonly string[], Set<string>>();

/** Is the event's first trigger a destroy verb whose object is a military vehicle (`norms`: the sentence's cue norms)? */
export function militaryVehicleDestroyed(norms: readonly string[], firstTrigger: string | undefined): boolean {
  if (firstTrigger === undefined || !DESTROY.has(firstTrigger)) return false;
  let verbs = bySentence.get(norms);
  if (!verbs) {
    // one scan of the sentence for all its events (a long text of many such verbs stays linear)
    verbs = new Set();
    for (let i = 0; i < norms.length; i++) if (DESTROY.has(norms[i]!) && !verbs.has(norms[i]!) && objectIsMilitaryVehicle(norms, i + 1)) verbs.add(norms[i]!);
    bySentence.set(norms, verbs);
  }
  return verbs.has(firstTrigger);
}

function objectIsMilitaryVehicle(norms: readonly string[], from: number): boolean {
  let military = false;
  for (let k = from; k < norms.length && k < from + 8; k++) {
    const w = norms[k]!;
    if (MILITARY_HEADS.has(w)) return true;
    if (VEHICLE_HEADS.has(w)) return military || armedOwnerAfter(norms, k + 1);
    if (BREAK.has(w)) return false;
    if (MILITARY_MODIFIERS.has(w)) military = true;
  }
  return false;
}

/** "… vehicle belonging to pro-government forces", "… vehicles of the army": an armed owner within six words. */
function armedOwnerAfter(norms: readonly string[], from: number): boolean {
  let k = from;
  if (norms[k] === 'belonging' && norms[k + 1] === 'to') k += 2;
  else if (norms[k] === 'of' || norms[k] === 'owned') k += norms[k] === 'owned' && norms[k + 1] === 'by' ? 2 : 1;
  else return false;
  for (let n = 0; k < norms.length && n < 6; k++, n++) {
    const w = norms[k]!;
    if (ARMED_OWNERS.has(w)) return true;
    if (w === ',' || w === '.' || w === ';' || w === 'in' || w === 'near' || w === 'killing') return false;
  }
  return false;
}
