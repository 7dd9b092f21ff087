import type { Sector } from '../../model/actor.js';
import type { ActorCtx, Candidate } from '../actor-context.js';
import { candidate, tok } from '../actor-context.js';
import { copyActorData } from '../../pipeline/doc.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';

/**
 * Rule family: people who protest are protesters ("workers protested", "residents staged a sit-in",
 * "health workers held a protest"). ACLED's convention: the actor is Protesters (X); the group noun is
 * kept as the role. Only generic groups of people and named communities ("Kosovo Serbs protested",
 * data/actors/groups-ethnic.json: groups of sector CVL), never armed actors; unnamed police, soldiers and
 * guards only with a strict cue right after them ("police officers protested over pay", "prison guards staged
 * a sit-in"), since on duty they march, block roads and gather too.
 */
export const RULE_PROTESTING = 'rule:actor.protesting';

const PEOPLE = new Set<Sector>(['CVL', 'LAB', 'EDU', 'HLH', 'BUS', 'REL', 'OPP', 'PTY', 'MED', 'REF', 'NGO', 'LEG']);

/** Unnamed state personnel who protest only with a strict cue (`uniformed` in data/actors/protest-cues.json). */
const UNIFORMED = new Set<Sector>(['COP', 'MIL']);

interface CueSet { verbs: Set<string>; light: Set<string>; objects: Set<string> }
interface Cues extends CueSet { uniformed: CueSet }
interface CueRow { verbs: string[]; light: string[]; objects: string[] }
let cues: Cues | null = null;

function load(): Cues {
  if (cues) return cues;
  const doc = JSON.parse(readFileSync(dataPath('actors', 'protest-cues.json'), 'utf8')) as { entries: (CueRow & { uniformed: CueRow })[] };
  const e = doc.entries[0]!;
  const set = (r: CueRow): CueSet => ({ verbs: new Set(r.verbs), light: new Set(r.light), objects: new Set(r.objects) });
  cues = { ...set(e), uniformed: set(e.uniformed) };
  return cues;
}

export function protesting(ctx: ActorCtx, c: Candidate): Candidate {
  const d = c.data;
  if (d.generic && d.sector !== null && UNIFORMED.has(d.sector) && d.kind !== 'person') return uniformedCue(ctx, c.end) ? mark(ctx, c) : c;
  const community = !d.generic && d.kind === 'group' && d.sector === 'CVL';
  if ((!d.generic && !community) || d.sector === null || !PEOPLE.has(d.sector) || d.kind === 'person') return c;
  return protestCue(ctx, c.end) ? mark(ctx, c) : c;
}

/** A protest verb within the next 12 tokens of the clause, or a light verb with a protest object after it. */
export function protestCue(ctx: ActorCtx, from: number): boolean {
  const cue = load();
  for (let k = from; k < from + 12; k++) {
    const t = tok(ctx, k);
    if (!t || (t.kind === 'punct' && t.text !== ',')) return false;
    if (cue.verbs.has(t.norm)) return true;
    if (cue.light.has(t.norm)) {
      for (let j = k + 1; j <= k + 8; j++) {
        const o = tok(ctx, j);
        if (!o || o.kind === 'punct') break;
        if (cue.objects.has(o.norm) && (o.norm !== 'to' || cue.verbs.has(tok(ctx, j + 1)?.norm ?? ''))) return true;
      }
      return false;
    }
  }
  return false;
}

/** A strict protest cue as the very next token: a protest verb, or a light verb with a protest noun within 4 tokens. */
function uniformedCue(ctx: ActorCtx, at: number): boolean {
  const cue = load().uniformed;
  const t = tok(ctx, at);
  if (!t) return false;
  if (cue.verbs.has(t.norm)) return true;
  if (!cue.light.has(t.norm)) return false;
  for (let j = at + 1; j <= at + 4; j++) {
    const o = tok(ctx, j);
    if (!o || o.kind === 'punct') return false;
    if (cue.objects.has(o.norm)) return true;
  }
  return false;
}

function mark(ctx: ActorCtx, c: Candidate): Candidate {
  const code = c.data.country;
  const name = code ? `Protesters (${ctx.lex.files.acledCountry.get(code) ?? code})` : 'protesters';
  const data = copyActorData(c.data);
  data.name = name;
  data.sector = 'PRO';
  data.role = c.generic?.noun ?? c.data.role ?? c.data.name;
  return candidate(c.start, c.end, data, RULE_PROTESTING, c.how, c.generic);
}
