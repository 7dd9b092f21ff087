import type { Family } from '../family.js';
import { intercept } from './intercept.js';
import { accuse } from './accuse.js';
import { threaten } from './threaten.js';
import { protest } from './protest.js';
import { aid } from './aid.js';
import { halt } from './halt.js';
import { intentFamily, threatFamily } from './intent.js';
import { pledge } from './pledge.js';
import { support } from './support.js';
import { request } from './request.js';
import { coerce } from './coerce.js';
import { yieldFamily } from './yield.js';
import { mobilize } from './mobilize.js';
import { retreat } from './retreat.js';
import { consult } from './consult.js';
import { withSubject } from './subject.js';
import { movedForcesRecipient } from './own-forces.js';
import { borderWith } from './border.js';
import { fight } from './capture-person.js';
import { assault } from './launched-operation.js';
import { reject } from './reject.js';
import { sanction } from './sanction.js';
import { recodeDeclaredTruce, truceObject } from './truce.js';
import { admitRejection } from './yield.js';

/** Families with logic beyond the generic role binding, by family name. */
export const families: Record<string, Family> = {
  intercept,
  accuse: withSubject(accuse, false),
  threaten: withSubject(threaten, false),
  protest,
  // verbal families: a subject behind lower-case modifiers ("a top U.S. official") is found by subject.ts;
  // families listed in merge.ts NEEDS_ACTOR are dropped there without an actor, the others here (true)
  aid: withSubject(aid, false),
  // "agreed to withdraw its troops from Chad": the country left is the recipient (own-forces.ts)
  // "accepted the observers' report", "admitted killing": no acceptance (yield.ts); "announced the collapse of the truce": no truce (truce.ts)
  agree: withSubject({
    name: 'agree',
    check(ctx, draft) {
      if (draft.entry.id === 'agree.accept') return admitRejection(ctx, draft.trigger.tokenEnd);
      if (draft.entry.id === 'agree.announce-truce') return truceObject(ctx, draft.trigger.tokenEnd) ? null : 'agree:no-truce-announced';
      return null;
    },
    complete(ctx, draft) { movedForcesRecipient(ctx, draft, true); },
  }, false),
  request: withSubject(request, false),
  // a denied accusation is a statement, CAMEO 016 (reject.ts)
  reject: withSubject(reject, false),
  // "cut aid to X": the aid noun heads the object (sanction.ts)
  sanction: withSubject(threatFamily('sanction', sanction), false),
  consult: withSubject(consult, false),
  halt: withSubject(threatFamily('halt', halt), true),
  pledge: withSubject(pledge, true),
  support: withSubject(support, true),
  yield: withSubject(yieldFamily, true, new Set(['yield.disarm'])),
  cooperate: withSubject(intentFamily('cooperate'), true),
  // a curfew or state of emergency imposed by unnamed authorities ("the authorities imposed a curfew") is still the measure;
  // "closed its borders with Iran and Turkey": the neighbours are the recipients (border.ts); "declared a three-day truce" is a truce (truce.ts)
  restrict: withSubject(threatFamily('restrict', { name: 'restrict', check(ctx, draft) { recodeDeclaredTruce(ctx, draft); return null; }, complete: borderWith.complete }), true, new Set(['restrict.cyber', 'restrict.impose-object', 'restrict.ban-gathering'])),
  // announced curfews and blockades are threats; coerce keeps its own binding (ACLED-coded family)
  coerce,
  // captures of people are arrests (capture-person.ts)
  fight,
  // launches of operations are mobilizations (launched-operation.ts)
  assault,
  mobilize,
  // withdrawals of diplomats, peacekeepers or from talks are SANCTION; announced retreats AGREE (retreat.ts)
  retreat,
};
