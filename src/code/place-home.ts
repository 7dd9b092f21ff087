import type { SentenceContext } from './context.js';

/**
 * A place name before a noun for people names where they live or work, not where an act happened: "The Dili
 * students demonstrated outside …", "Lausanne organiser X has signed …", "Kabul residents said …". (Before an act or a
 * thing the name is the place: "the Birmingham pub bombings", "Aden port".) One word may stand between the name and the
 * person noun ("the Caracas bus driver", "a Gaza shop owner").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'resident', 'residents', 'student', 'students', 'official', 'officials', 'worker', 'workers', 'villager', 'villagers',
  'local', 'locals', 'activist', 'activists', 'farmer', 'farmers', 'trader', 'traders', 'merchant', 'merchants', 'lawyer',
  'lawyers', 'doctor', 'doctors', 'teacher', 'teachers', 'fisherman', 'fishermen', 'youth', 'youths', 'woman', 'women', 'man',
  'men', 'boy', 'boys', 'girl', 'girls', 'native', 'natives', 'citizen', 'citizens', 'family', 'families', 'elder', 'elders',
  'organiser', 'organisers', 'organizer', 'organizers', 'mayor', 'businessman', 'businessmen', 'owner', 'owners', 'driver',
  'drivers', 'journalist', 'journalists', 'reporter', 'reporters', 'photographer', 'priest', 'imam', 'cleric', 'clerics',
  'politician', 'politicians', 'lawmaker', 'lawmakers', 'councillor', 'councilor', 'teenager', 'teenagers', 'couple',
  'shopkeeper', 'shopkeepers', 'mother', 'father', 'son', 'daughter',
]);

/** The place ending before token `end` stands before a person noun, at most one lower-case word between. */
export function homeOfPerson(ctx: SentenceContext, end: number): boolean {
  for (let k = end; k < end + 2 && k < ctx.to; k++) {
    const t = ctx.token(k);
    if (!t || t.kind !== 'word' || t.cap) return false;
    if (PERSON_NOUNS.has(t.norm)) return true;
  }
  return false;
}
