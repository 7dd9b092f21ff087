import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import type { Event } from '../../src/model/event.js';

/**
 * An ACLED protest or riot has its crowd (src/resolve/protest-crowd.ts): the police's dispersal of a march gets the
 * marchers as recipients, civil doers become the crowd, a rally whose doer was misread keeps a crowd; a
 * government's protest note gets none.
 * [text, the ACLED-typed event's trigger word, side where a crowd (sector PRO) is expected: 'actor' | 'recipient' | null]
 */
const CASES: [string, string, 'actor' | 'recipient' | null][] = [
  // state forces acting on a demonstration told in the sentence before
  ['On 4 March 2023, dock workers rallied outside the port authority in Valparaiso. Police dispersed the gathering with water cannon.', 'dispersed', 'recipient'],
  ['On 9 April 2023, hundreds of people marched in Tbilisi against the new media law. Riot police fired tear gas near the parliament building.', 'fired', 'recipient'],
  // civil doers of a riot are the rioters
  ['On 2 May 2023, two groups of villagers clashed with sticks and stones over grazing land near Kisii.', 'clashed', 'actor'],
  // a government organ's protest is a note, not a march
  ['The foreign ministry of Chile lodged a protest with the Peruvian ambassador over the border incident.', 'protest', null],
];

function crowdSide(e: Event): 'actor' | 'recipient' | null {
  if (e.actors.some((a) => a.sector === 'PRO')) return 'actor';
  if (e.recipients.some((a) => a.sector === 'PRO')) return 'recipient';
  return null;
}

test('protest crowd: ACLED protests and riots have their crowd', () => {
  for (const [text, trigger, want] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:protest-crowd' });
    const ev = doc.events.find((e) => e.triggers.some((t) => t.text.toLowerCase().includes(trigger)));
    assert.ok(ev, `${text}: no event at "${trigger}" (${doc.events.map((e) => e.triggers[0]?.text).join(', ')})`);
    const type = ev.codes.acled?.eventType ?? null;
    if (want !== null) assert.ok(type === 'Protests' || type === 'Riots', `${text}: ACLED type ${type}`);
    assert.equal(crowdSide(ev), want, `${text}: ${JSON.stringify([ev.actors, ev.recipients].map((l) => l.map((a) => [a.name, a.sector, a.provenance.rule])))}`);
    const crowd = [...ev.actors, ...ev.recipients].find((a) => a.sector === 'PRO');
    if (crowd && crowd.provenance.rule.includes('crowd-of-protest-event')) assert.equal(crowd.provenance.how, 'inferred', text);
  }
});
