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
