import type { Family } from '../family.js';
import type { SentenceContext } from '../context.js';
import type { EventDraft } from '../../pipeline/draft.js';
import { recodeTo } from './recode.js';
import { BE_FORMS, CLAUSE_WORDS, PREPOSITIONS } from '../words.js';

/**
 * Captures of people. "Captured", "seized" and "the capture of" take ground ("captured the town") or goods ("seized
 * weapons"), but with a person as their object they take people: "the rebels captured dozens of civilians", "militants
 * captured seven of their fighters", "border guards seized two smugglers", "the pilot was captured". Such a capture is
 * an arrest or abduction (`coerce.arrest`, CAMEO 173, PLOVER ARREST), which the ACLED rules then code by who took whom
 * (an armed group taking civilians is an abduction, state forces taking suspects an arrest), not a take-over of
 * territory nor a seizure of property. The object is read as a noun phrase: determiners, numbers and quantity words
 * ("dozens of", "seven of their", "around 250") up to its head, which must be a person noun; a place in the phrase keeps
 * the take-over ("captured the Houthi-held town of X").
 */

/** Head nouns of people (plural and singular). */
const PERSON_HEADS = new Set([
  'civilians', 'civilian', 'people', 'persons', 'person', 'men', 'man', 'women', 'woman', 'children', 'child', 'boys', 'boy', 'girls', 'girl',
  'residents', 'resident', 'villagers', 'villager', 'locals', 'citizens', 'citizen', 'inhabitants', 'farmers', 'farmer', 'herders', 'herder',
  'fishermen', 'fisherman', 'shepherds', 'shepherd', 'students', 'student', 'teachers', 'teacher', 'journalists', 'journalist', 'reporters',
  'reporter', 'workers', 'worker', 'traders', 'trader', 'merchants', 'drivers', 'driver', 'passengers', 'travellers', 'travelers', 'pilgrims',
  'worshippers', 'youths', 'youth', 'individuals', 'individual', 'nationals', 'foreigners', 'refugees', 'migrants', 'activists', 'activist',
  'protesters', 'demonstrators', 'members', 'member', 'fighters', 'fighter', 'militants', 'militant', 'insurgents', 'insurgent', 'rebels',
  'rebel', 'jihadists', 'jihadist', 'terrorists', 'terrorist', 'soldiers', 'soldier', 'troops', 'servicemen', 'serviceman', 'officers',
  'officer', 'policemen', 'policeman', 'guards', 'guard', 'commanders', 'commander', 'leaders', 'leader', 'pilot', 'pilots', 'crew', 'sailors',
  'smugglers', 'smuggler', 'traffickers', 'trafficker', 'suspects', 'suspect', 'gunmen', 'gunman', 'bandits', 'bandit', 'criminals',
  'kidnappers', 'prisoners', 'prisoner', 'hostages', 'hostage', 'captives', 'detainees', 'deserters', 'deserter', 'defectors', 'defector',
  'elements', 'operatives', 'operative', 'tribesmen', 'tribesman', 'militiamen', 'militiaman', 'personnel', 'recruits', 'conscripts',
  'mercenaries', 'mercenary', 'spies', 'spy', 'informants', 'informant', 'collaborators', 'collaborator', 'him', 'her', 'employees', 'staff',
  'officials', 'official', 'doctors', 'doctor', 'nurses', 'volunteers', 'shopkeepers', 'businessmen', 'businessman', 'herdsmen', 'herdsman',
  'relatives', 'son', 'sons', 'brother', 'brothers', 'father', 'husband', 'wife', 'daughter', 'daughters',
]);

/** Words before "of" that quantify the people after it ("dozens of civilians", "seven of their fighters", "a group of men"). */
const QUANTITY = new Set([
  'dozens', 'hundreds', 'thousands', 'scores', 'tens', 'number', 'numbers', 'group', 'groups', 'some', 'several', 'many', 'most', 'all', 'few',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'couple', 'handful', 'band',
]);

/** Quote marks inside the phrase. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** Words of approximation before a count ("around 250 militants", "at least 12", "more than 30", "nearly 40", "some 20"). */
const APPROX = new Set(['around', 'about', 'at', 'least', 'more', 'than', 'over', 'nearly', 'almost', 'approximately', 'roughly', 'up', 'to']);

/** Words that end the object's noun phrase besides prepositions, clause words and punctuation. */
const PHRASE_END = new Set(['and', 'or', 'alive', 'they', 'he', 'she', 'it', 'we', 'yesterday', 'today', 'on', 'who']);

/** Capture verbs and nouns this reading applies to (the phrases of `fight.capture` and `coerce.seize` that take an object). */
const CAPTURE_WORDS = new Set(['captured', 'capture', 'captures', 'capturing', 'seized', 'seize', 'seizes', 'seizing', 'managed to capture', 'managed to seize', 'succeeded in capturing']);

/** Whether the noun phrase starting at `from` has a person noun as its head (and no place in it). */
export function personPhraseAt(ctx: SentenceContext, from: number): boolean {
  let head = -1;
  for (let k = from; k < Math.min(ctx.to, from + 8); k++) {
    const n = ctx.norm(k);
    const tok = ctx.token(k);
    if (ctx.place(k)) return false;
    // quotes around a count ('captured "dozens" of civilians') and an approximation before it ("around 250", "at least 12")
    if (QUOTES.has(n) || (head < 0 && APPROX.has(n))) continue;
    if (n === 'of') {
      // "dozens of", "seven of their": past a quantity; any other "of" ends the head ("the headquarters of the brigade")
      if (head >= 0 && (QUANTITY.has(ctx.norm(head)) || ctx.number(head))) { head = -1; continue; }
      break;
    }
    if (n === '' || ctx.isBoundary(k) || (tok !== undefined && tok.kind === 'punct' && n !== '-' && n !== "'s") || PREPOSITIONS.has(n) || CLAUSE_WORDS.has(n) || BE_FORMS.has(n) || PHRASE_END.has(n) || ctx.time(k)) break;
    head = k;
  }
  return head >= 0 && PERSON_HEADS.has(ctx.norm(head));
}

/** The head word before a passive trigger over its auxiliaries ("seven soldiers were reportedly captured"). */
function passivePerson(ctx: SentenceContext, start: number): boolean {
  let k = start - 1;
  while (k >= ctx.from && (BE_FORMS.has(ctx.norm(k)) || ctx.norm(k) === 'had' || ctx.norm(k) === 'have' || ctx.norm(k) === 'has' || ctx.norm(k).endsWith('ly'))) k--;
  return k >= ctx.from && k < start - 1 && PERSON_HEADS.has(ctx.norm(k));
}

/** Whether a capture or seizure draft takes people: its object (or, in the passive, its subject) is a person phrase. */
export function capturesPeople(ctx: SentenceContext, draft: EventDraft): boolean {
  const start = draft.trigger.tokenStart;
  const end = draft.trigger.tokenEnd;
  if (!CAPTURE_WORDS.has(ctx.textOf(start, end).toLowerCase())) return false;
  if (draft.voice === 'passive') return passivePerson(ctx, start);
  if (draft.form === 'noun') return ctx.norm(end) === 'of' && personPhraseAt(ctx, end + 1);
  return personPhraseAt(ctx, end);
}

/** Recode a capture of people as an arrest (`coerce.arrest`); true when recoded. */
export function recodeCapturedPeople(ctx: SentenceContext, draft: EventDraft): boolean {
  if ((draft.entry.id !== 'fight.capture' && draft.entry.id !== 'coerce.seize') || !capturesPeople(ctx, draft)) return false;
  return recodeTo(draft, 'coerce.arrest', 'capture:person-object');
}

/** The fight family: captures of people become arrests; everything else keeps the generic binding. */
export const fight: Family = {
  name: 'fight',
  check(ctx, draft) {
    recodeCapturedPeople(ctx, draft);
    return null;
  },
};
