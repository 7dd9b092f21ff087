import type { Stage } from '../pipeline/stage.js';
import type { ActorData, Doc, Mention, Token } from '../pipeline/doc.js';
import { isUpperText } from './trie.js';
import { actorLexicon } from './actor-lexicon.js';
import { candidate, type ActorCtx, type Candidate } from './actor-context.js';
import { bestAt } from './actor-scan.js';
import { afterCapitalNoun } from './capital-apposition.js';
import { registerPerson } from './actor-rules/surname-coref.js';
import { noteReadings } from './actor-readings.js';
import { RULE_GENERIC } from './actor-rules/composite.js';
import { RULE_BARE_BODY, bareBodyCountry, isBareStateBody, keptWithoutCountry, withCountry } from './actor-rules/bare-state-body.js';
import { violentBodySubject } from './actor-rules/bare-body-violent.js';
import { RULE_GROUP_COREF, groupAntecedent, groupDescriptionEnd } from './actor-rules/group-coref.js';
import { personContextCountries } from './actor-rules/person-context-country.js';
import { peopleOfPlace } from './actor-rules/people-of-place.js';
import { loyalTo } from './actor-rules/loyal-to.js';

export { lookupActor, actorToModel } from './actor-lookup.js';
export { actorLexicon } from './actor-lexicon.js';

/**
 * The actor recogniser: one left-to-right pass per sentence; at each token the longest reading from the
 * rule families in actor-scan.ts; no overlaps; tokens already read as news outlets are skipped.
 * Mentions exclude leading articles ("the Pentagon" → "Pentagon").
 */
export const actorStage: Stage = {
  name: 'actors',
  run(doc: Doc) {
    if (doc.tokens.length === 0) return;
    const upper = isUpperText(doc.text);
    const lex = actorLexicon(upper);
    const blocked = new Uint8Array(doc.tokens.length);
    for (const o of doc.outlets) for (let k = o.tokenStart; k < o.tokenEnd; k++) blocked[k] = 1;
    const persons: ActorCtx['persons'] = new Map();
    const year = doc.referenceDate ? Number(doc.referenceDate.slice(0, 4)) : null;
    for (const s of doc.sentences) {
      const found: Mention<ActorData>[] = [];
      const ctx: ActorCtx = { tokens: doc.tokens, from: s.tokenStart, to: s.tokenEnd, upper, lex, found, persons, year };
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        if (blocked[i]) { i++; continue; }
        let c = bestAt(ctx, i);
        // "The group said its fighters …": the armed group named just before (inferred)
        if (!c && doc.tokens[i]!.norm === 'the') c = groupCoref(doc.tokens, i, s.tokenEnd, s.index, doc.actors);
        if (!c || hitsBlocked(blocked, c.start, c.end)) { i++; continue; }
        // "the government", "the president", "authorities": the state the text is about (inferred)
        if (c.entry === RULE_GENERIC && c.data.country === null && isBareStateBody(doc.tokens, s.tokenStart, c.start, c.end)) {
          const country = bareBodyCountry(doc.tokens, c.start, c.end, s.index, doc.actors);
          // with no country the text names, the body is no actor (a weak noun, as before the rule)
          // (unless it is the doer of a violent verb: "the government is massacring its people")
          // ("the opposition", "the junta" stay actors: the event's place gives their country later)
          if (country === null && c.generic?.weak === true && !violentBodySubject(doc.tokens, c.end, s.tokenEnd) && !keptWithoutCountry(doc.tokens, c.start, c.end)) { i = c.end; continue; }
          if (country !== null) c = candidate(c.start, c.end, withCountry(c.data, country, (x) => lex.files.acledCountry.get(x) ?? x, c.generic?.entry.acledName), RULE_BARE_BODY, 'inferred', c.generic);
        }
        // "the Somali capital Mogadishu": a capital's name in apposition to "capital" is the city, no government
        if (c.data.alsoPlace && afterCapitalNoun(doc.tokens, s.tokenStart, c.start)) { i = c.end; continue; }
        const start = doc.tokens[c.start]!.start;
        const end = doc.tokens[c.end - 1]!.end;
        const m: Mention<ActorData> = { start, end, tokenStart: c.start, tokenEnd: c.end, sentence: s.index, text: doc.text.slice(start, end), entry: c.entry, data: c.data };
        found.push(m);
        doc.actors.push(m);
        registerPerson(persons, c, ctx);
        // a name entries of several countries share ("Congress"): its readings, for the place stage to settle
        if (lex.shared.has(c.entry) || (c.data.ref != null && lex.shared.has(c.data.ref))) noteReadings(doc, m, ctx);
        if (doc.trace) doc.explain('actors', c.entry, s.index, [start, end], `${m.text} → ${c.data.name} (${c.data.country ?? '-'} ${c.data.sector ?? '-'})`);
        i = c.end;
      }
    }
    // "President Omar El Bashir … in Sudan": a titled person with no country takes the sentence's one state (inferred)
    personContextCountries(doc.tokens, doc.actors);
    // "ethnic Albanians in south Serbia": a people coded to the state it lives in, not its kin state (inferred)
    peopleOfPlace(doc.tokens, doc.actors);
    // "forces loyal to the Libyan government", "a group based in Pakistan": the party's country (inferred)
    loyalTo(doc.tokens, doc.actors);
  },
};

/** "the group" as the armed group named in the last two sentences, or null. */
function groupCoref(tokens: Token[], i: number, to: number, sentence: number, before: readonly Mention<ActorData>[]): Candidate | null {
  const end = groupDescriptionEnd(tokens, i, to);
  if (end < 0) return null;
  const data = groupAntecedent(before, sentence);
  // the mention leaves out its article, like the others ("the Pentagon" → "Pentagon")
  return data ? candidate(i + 1, end, data, RULE_GROUP_COREF, 'inferred') : null;
}

function hitsBlocked(blocked: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (blocked[k]) return true;
  return false;
}
