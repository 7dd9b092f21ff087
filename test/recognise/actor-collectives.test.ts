import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { recogniseActors } from '../../src/recognise/actor-run.js';

/**
 * Generic collective subjects of ordinary news: regional groups of states (data/actors/collectives.json, CAMEO region
 * codes) and "the opposition" / "the junta" of the state the story is about (src/recognise/actor-rules/bare-state-body.ts).
 * [text, PLOVER type of the event, the actor's country (null: an actor of no country), the actor's sector]
 */
const EVENTS: [string, string, string | null, string][] = [
  ['Arab states condemned the bombing of the hospital.', 'ACCUSE', 'MEA', 'GOV'],
  ['Gulf countries threatened to cut ties with Lebanon.', 'THREATEN', 'MEA', 'GOV'],
  ['Gulf states agreed to restore ties with Qatar.', 'AGREE', 'MEA', 'GOV'],
  ['Western powers demanded that Iran halt uranium enrichment.', 'REQUEST', 'WST', 'GOV'],
  ['Western countries imposed sanctions on the generals.', 'SANCTION', 'WST', 'GOV'],
  ['European countries rejected the Russian proposal.', 'REJECT', 'EUR', 'GOV'],
  ['African countries rejected the proposal at the summit.', 'REJECT', 'AFR', 'GOV'],
  ['Latin American governments rejected the election result.', 'REJECT', 'LAM', 'GOV'],
  // "the opposition" of the state named before it
  ['Zimbabwe held a disputed election. The opposition rejected the results on Monday.', 'REJECT', 'ZWE', 'OPP'],
  ['Kenya faced protests over taxes. The opposition condemned the police killings.', 'ACCUSE', 'KEN', 'OPP'],
  // no state before it: the event's place localises it
  ['The opposition in Belarus condemned the sham vote.', 'ACCUSE', 'BLR', 'OPP'],
  ['The junta in Burkina Faso expelled the French ambassador.', 'SANCTION', 'BFA', 'GOV'],
  // no place at all: still the doer, of no country
  ['The junta also demanded the withdrawal of the foreign troops.', 'REQUEST', null, 'GOV'],
  // collectives with no region: actors of no country, never localised by the event's place
  ['The international community condemned the massacre in the village.', 'ACCUSE', null, 'GOV'],
  ['World powers agreed to resume talks with Iran in Vienna.', 'AGREE', null, 'GOV'],
  ['The major powers imposed sanctions on North Korea.', 'SANCTION', null, 'GOV'],
  // an opposition candidate is the opposition, not the government
  ['The opposition candidate rejected the results of the vote.', 'REJECT', null, 'OPP'],
];

test('a collective subject is the actor of its event', () => {
  for (const [text, type, country, sector] of EVENTS) {
    const doc = analyzeDoc({ text, url: 'test:collectives' });
    const ev = doc.events.find((e) => e.codes.plover.type === type);
    assert.ok(ev, `${text}: ${JSON.stringify(doc.events.map((e) => e.codes.plover.type))}`);
    const a = ev.actors.find((x) => x.sector === sector);
    assert.ok(a, `${text}: ${JSON.stringify(ev.actors.map((x) => [x.text, x.country, x.sector]))}`);
    assert.equal(a.country, country, text);
  }
});

test('an opposition leader is the opposition, as doer or as the one acted on', () => {
  const rows: [string, string, 'actors' | 'recipients'][] = [
    ['Police in Harare arrested the opposition leader on Tuesday.', 'COERCE', 'recipients'],
    ['Soldiers shot dead an opposition supporter in the capital.', 'ASSAULT', 'recipients'],
    ['The opposition leader rejected the results of the vote.', 'REJECT', 'actors'],
  ];
  for (const [text, type, side] of rows) {
    const doc = analyzeDoc({ text, url: 'test:collectives' });
    const ev = doc.events.find((e) => e.codes.plover.type === type);
    assert.ok(ev, `${text}: ${JSON.stringify(doc.events.map((e) => e.codes.plover.type))}`);
    const sectors = ev[side].map((x) => x.sector);
    assert.ok(sectors.includes('OPP') && !sectors.includes('GOV'), `${text}: ${JSON.stringify(sectors)}`);
  }
});

/** Words that are no collective actor: [text, words that must not be an actor of that sector, sector] */
const NOT_ACTORS: [string, string, string][] = [
  // "opposition" without "the" still needs an owner
  ['Opposition to the dam grew among farmers.', 'Opposition', 'OPP'],
  ['The plan met strong opposition from residents.', 'opposition', 'OPP'],
  // a demonym alone before another noun is no group of states
  ['Arab music filled the streets of the old town.', 'Arab', 'GOV'],
  ['The western countryside flooded after the storm.', 'western', 'GOV'],
  // "leader" alone stays a government leader; "community" alone is no actor
  ['The opposition leader met the party leader of the ruling coalition.', 'party leader', 'OPP'],
  ['The local community held a festival.', 'community', 'GOV'],
];

test('ordinary uses of the words are no collective actor', () => {
  for (const [text, words, sector] of NOT_ACTORS) {
    const doc = recogniseActors(text);
    const at = text.indexOf(words);
    const m = doc.actors.find((x) => x.start <= at && x.end > at && x.data.sector === sector);
    assert.ok(!m, `${text}: ${JSON.stringify(m?.text)}`);
  }
});
