import type { Family } from '../family.js';
import type { ActorFiller } from '../../pipeline/draft.js';
import { emptyList } from '../../util/lists.js';
import { reportingCues, governingCue } from '../reporting.js';
import { coordinated, modifierOf } from '../roles.js';
import { investigatedDoer } from './investigated-doer.js';

const PRONOUNS = new Set(['they', 'it', 'he', 'she']);
const SKIP = new Set(['have', 'has', 'had', 'are', 'is', 'was', 'were', 'be', 'been', 'all', 'also', 'fully', 'directly', 'ultimately']);

/**
 * Accusations. Verbs ("accused", "blamed", "condemned") bind roles the generic way. Blame words
 * ("fingerprints", "responsible", "ordered", "sponsored") code an accusation only inside reported
 * speech: the speaker accuses; the party blamed is the modifier or nearest actor before the word.
 */
export const accuse: Family = {
  name: 'accuse',
  check(ctx, draft) {
    if (draft.entry.needs !== 'claim') return null;
    const cues = reportingCues(ctx);
    const hasQuote = ctx.tokens.slice(ctx.from, ctx.to).some((t) => t.kind === 'quote');
    if (cues.length === 0 && !hasQuote) return 'claim:no-reported-speech';
    return null;
  },
  complete(ctx, draft, earlier) {
    // "an investigation into crimes committed by Croat forces": the doers investigated are the recipients (investigated-doer.ts)
    if (draft.entry.id === 'accuse.investigate') {
      const doers = investigatedDoer(ctx, draft);
      if (doers.length > 0) draft.recipients = doers.filter((d) => !draft.actors.some((a) => a.mention === d.mention));
      return;
    }
    if (draft.entry.needs !== 'claim') return;
    const start = draft.trigger.tokenStart;
    // the party blamed: "they have sponsored" / "they're responsible" → a pronoun, resolved later from the last claim
    for (let k = start - 1; k >= Math.max(ctx.from, start - 4); k--) {
      const head = ctx.norm(k).split("'")[0]!;
      if (PRONOUNS.has(head)) {
        draft.subjectPronoun = { norm: head, tokenIndex: k };
        draft.recipients = emptyList();
        break;
      }
      if (!SKIP.has(ctx.norm(k)) && !ctx.norm(k).endsWith('ly')) break;
    }
    let blamed = draft.subjectPronoun ? emptyList<ActorFiller>() : modifierOf(ctx, start, 'role:blamed-modifier');
    if (blamed.length === 0 && !draft.subjectPronoun) {
      for (let k = start - 1; k >= Math.max(ctx.from, start - 5); k--) {
        const a = ctx.actor(k);
        if (a) { blamed = coordinated(ctx, a, 'role:blamed-subject'); break; }
        if (ctx.norm(k) === ',' || ctx.norm(k) === 'that' && k < start - 3) break;
      }
    }
    // the accuser: the speaker of the governing reporting cue
    const cue = governingCue(reportingCues(ctx), start);
    const actors = cue?.speaker ? [{ mention: cue.speaker, rule: 'role:claim-speaker', how: 'stated' as const }] : emptyList<ActorFiller>();
    draft.actors = actors;
    draft.recipients = blamed.filter((b) => !actors.some((a) => a.mention === b.mention));
    // two blame words for one claim in one sentence ("sponsored … responsible") stay one event
    const same = earlier.find((d) => d.family === 'accuse' && d.entry.needs === 'claim' && d.actors[0]?.mention === actors[0]?.mention);
    if (same) {
      same.extraTriggers.push(draft.trigger);
      if (same.recipients.length === 0) same.recipients = draft.recipients;
      draft.dropped = 'merged:same-claim';
    }
  },
};
