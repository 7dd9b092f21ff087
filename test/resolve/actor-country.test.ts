import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Texts that name no place: the event's country comes from who took part (src/resolve/actor-country.ts).
 * [text, country of the first event's location (null: none), rule]
 */
const CASES: [string, string | null, string | null][] = [
  // an intervention coalition acts in its theatre, not at home
  ['Coalition airstrikes hit a school in the district.', 'YEM', 'place:actor-home-country'],
  ['Turkish forces operating as part of Operation Peace Spring shelled the village.', 'SYR', 'place:actor-home-country'],
  // a state's forces in a text naming an operation or intervention that state leads: its theatre
  // (the named village is the place; its country is the operation's theatre: session 10, geo16)
  ['Turkish forces shelled the village of Tal Ward as part of Operation Peace Spring.', 'SYR', 'place:directional-of place:unlisted +place:operation-theatre'],
  ['Saudi warplanes struck a farm, the Saudi-led coalition said.', 'YEM', 'place:operation-theatre'],
  // ... not without one
  ['Turkish forces shelled the hamlet overnight.', 'TUR', 'place:actor-home-country'],
  // a state's forces striking another country's people: the targets' country
  ['Russian forces shelled Ukrainian troops near the village.', 'UKR', 'place:targets-country'],
  ['Turkish forces captured the village after clashes with SDF fighters.', 'SYR', 'place:targets-country'],
  // a local armed group against foreign troops stays where the group is
  ['Taliban fighters ambushed US troops, killing two.', 'AFG', 'place:actor-home-country'],
  // a state's forces among another country's local actors act there, not at home (localActorsCountry)
  ['Russian paratroopers raided the hill but were driven back by Free Syrian Army fighters.', 'SYR', 'place:local-actors-country'],
  ['Turkish troops backed by allied militias captured the hill from YPG fighters on Monday.', 'SYR', 'place:local-actors-country'],
  // ... but the allies a force fights beside may have come with it: the force's country stays
  ['The Syrian army backed by Hezbollah fighters captured the hill from the Islamic State.', 'SYR', 'place:'],
  // only the targets have a country (session 12: the rule says so, and the gunmen are not given it)
  ['Unidentified gunmen killed two Houthi fighters.', 'YEM', 'place:recipients-country'],
  // no participant of the event has a country: the document's actors, an intervention's theatre first
  ['Turkish forces and Operation Peace Spring fighters were seen. Shelling hit the village.', 'SYR', 'place:document-actors-country'],
  // an intervention coalition with a target of no country acts in its theatre, not at home
  ['Coalition warplanes bombed a farm, killing a shepherd.', 'YEM', 'place:actors-country'],
  // same country on both sides (domestic)
  ['Houthi forces clashed with Yemeni government forces.', 'YEM', 'place:actors-country'],
  // a national party or union names the country of a report with no place (data/actors/parties-unions.json)
  // (session 11: "cadres of" a party make the party the event's actor, so its home country comes first)
  ['Cadres of JSPN staged a protest in front of the municipal office.', 'NPL', 'place:actor-home-country'],
  ['Unionized health workers (KCTU affiliate) held a protest in front of the medical center.', 'KOR', 'place:'],
  // an agreement or a pledge in a text with no place: where its parties act; a statement carries no place
  ['Houthi fighters and tribal elders agreed on a truce in the district.', 'YEM', 'place:'],
  ['Houthi leaders said the talks had failed.', null, null],
  // no actor with a country: no place
  ['Unidentified gunmen killed two men.', null, null],
];

for (const [text, country, rule] of CASES) {
  test(`country from actors: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:actor-country' }, { published: '2022-01-10' });
    const loc = doc.events[0]?.locations[0] ?? null;
    assert.equal(loc?.country ?? null, country, JSON.stringify(doc.events.map((e) => [e.actors.map((a) => a.name), e.recipients.map((a) => a.name), e.locations.map((l) => l.provenance.rule)])));
    if (rule) assert.ok(loc!.provenance.rule.startsWith(rule), loc!.provenance.rule);
  });
}

/** [text, name of the first event's first actor]: a state's forces in the theatre of the one intervention it leads. */
const FORCES: [string, string][] = [
  ['Saudi warplanes struck a school in Saada.', 'Saudi-led coalition'],
  ['Saudi warplanes struck a school in Riyadh.', 'Military Forces of Saudi Arabia'],
  // Turkey leads several operations in Syria: which one is not known
  ['Turkish warplanes struck a school in Afrin.', 'Military Forces of Turkey'],
];

for (const [text, name] of FORCES) {
  test(`theatre forces: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:theatre-forces' }, { published: '2022-01-10' });
    assert.equal(doc.events[0]?.actors[0]?.name, name);
  });
}
