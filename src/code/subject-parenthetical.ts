import type { ActorFiller } from '../pipeline/draft.js';
import type { SentenceContext } from './context.js';

/**
 * A subject with a bracket right before its verb: "militants (suspected TTP) fired two rockets", "gunmen
 * (presumed JNIM) abducted a trader". The bracket is read through: the actor right before it is the subject;
 * a named group inside it after a word of suspicion ("suspected", "presumed", "likely") is who the subject is
 * thought to be, and is given first. Only when the bracket closes right before the trigger and opens right
 * after an actor: other brackets stay boundaries.
 */

const SUSPICION = new Set(['suspected', 'presumed', 'presumably', 'likely', 'allegedly', 'alleged', 'possibly', 'reportedly', 'believed', 'probably', 'assumed']);
const NAMED = new Set(['group', 'organisation', 'unit']);
const MAX_INSIDE = 8;

export function parentheticalSubject(ctx: SentenceContext, close: number, rule: string): ActorFiller[] | null {
  let open = -1;
  for (let k = close - 1; k > close - 1 - MAX_INSIDE && k > ctx.from; k--) {
    const n = ctx.token(k)?.text;
    if (n === ')') return null;
    if (n === '(') { open = k; break; }
  }
  if (open < 0) return null;
  const before = ctx.actor(open - 1);
  if (!before || before.tokenEnd !== open) return null;
  const out: ActorFiller[] = [];
  let suspected = false;
  for (let k = open + 1; k < close; k++) {
    if (SUSPICION.has(ctx.norm(k))) suspected = true;
    const m = ctx.actor(k);
    if (suspected && m && m.tokenStart === k && NAMED.has(m.data.kind)) {
      out.push({ mention: m, rule: `${rule}:suspected-in-brackets`, how: 'stated' });
      break;
    }
  }
  out.push({ mention: before, rule: `${rule}:before-brackets`, how: 'stated' });
  return out;
}

/** Participles of suspicion that say who a subject is thought to be ("gunmen believed to be IS"). */
const THOUGHT = new Set(['suspected', 'presumed', 'believed', 'thought', 'assumed', 'alleged', 'reported', 'said']);
const ARMED = new Set(['REB', 'MILITIA', 'UNK', 'CRM', 'MIL', 'COP', 'SPY']);

/**
 * A subject with a clause of suspicion right before its verb: "unknown gunmen believed to be IS attacked a patrol",
 * "assailants, suspected to be party members, attacked a candidate". As with a bracket of suspicion, the actor the
 * subject is thought to be is given first, then the subject. Only when the named actor ends right before the verb (a
 * comma may stand between), "to be" and the participle stand right before it, and the subject ends right before the
 * participle (or its comma); the named actor must be an armed or political group or a state's armed body, never a
 * person or a place ("men believed to be Ali and Omar"; "Syrian" is a place too).
 */
export function suspectedIdentitySubject(ctx: SentenceContext, trigger: number, rule: string): ActorFiller[] | null {
  let k = trigger - 1;
  if (ctx.norm(k) === ',') k--;
  const named = ctx.actor(k);
  if (!named || named.tokenEnd !== k + 1) return null;
  const be = named.tokenStart - 1;
  if (ctx.norm(be) !== 'be' || ctx.norm(be - 1) !== 'to' || !THOUGHT.has(ctx.norm(be - 2))) return null;
  if (named.data.kind === 'person' || named.data.alsoPlace || !named.data.sector || (!ARMED.has(named.data.sector) && named.data.sector !== 'PTY')) return null;
  let j = be - 3;
  if (ctx.norm(j) === ',') j--;
  const subject = ctx.actor(j);
  if (!subject || subject.tokenEnd !== j + 1 || subject === named) return null;
  return [
    { mention: named, rule: `${rule}:suspected-identity`, how: 'stated' },
    { mention: subject, rule: `${rule}:before-suspicion`, how: 'stated' },
  ];
}
