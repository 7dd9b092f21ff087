import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeDoc } from '../../src/analyze.js';
import { dataPath } from '../../src/util/paths.js';
import { RULE_TITLE_KNOWN } from '../../src/recognise/actor-rules/office-holder.js';

/**
 * Office holders named without their state (data/actors/persons-office.json, src/recognise/actor-rules/office-holder.ts):
 * a full name, or a title and a surname, gives the person's country, inferred; persons sharing a surname are told
 * apart by the report's year and then by the title. Sentences written for this test.
 * [text, published date or null, the person's words, expected country or null (no country)]
 */
const CASES: [string, string | null, string, string | null][] = [
  // full names and title + surname
  ['Warren Christopher flew to Cairo for talks.', null, 'Warren Christopher', 'USA'],
  ['President Bouteflika rejected the proposal of the opposition.', null, 'President Bouteflika', 'DZA'],
  ['Prime Minister Nouri al-Maliki ordered a curfew.', null, 'Prime Minister Nouri al-Maliki', 'IRQ'],
  ['Prime Minister al-Maliki ordered a curfew.', null, 'Prime Minister al-Maliki', 'IRQ'],
  // a first name of the person's and the surname, the middle spelled otherwise
  ['President Laurent Koudou Gbagbo lifted the curfew.', null, 'President Laurent Koudou Gbagbo', 'CIV'],
  // one surname, two countries: the year decides
  ['President Kim rejected the proposal.', '1999-03-02', 'President Kim', 'KOR'],
  ['President Lee rejected the proposal.', '1995-03-02', 'President Lee', 'TWN'],
  ['President Lee rejected the proposal.', '2010-03-02', 'President Lee', 'KOR'],
  // ... and with no date, the title
  ['Prime Minister Conte rejected the proposal.', null, 'Prime Minister Conte', 'ITA'],
  ['President Conte rejected the proposal.', null, 'President Conte', 'GIN'],
  // a judge or governor who shares a minister's surname is someone else
  ['Judge Rice dismissed the case on Monday.', null, 'Judge Rice', null],
  // a title whose owner is stated keeps the stated country
  ['Nigerian President Jonathan rejected the proposal.', null, 'Nigerian President Jonathan', 'NGA'],
];

for (const [text, published, words, want] of CASES) {
  test(`office holder: ${text} (${published ?? 'no date'})`, () => {
    const doc = analyzeDoc({ text, url: 'test:office-holder' }, published ? { published } : {});
    const m = doc.actors.find((x) => x.text === words);
    assert.ok(m, `${text}: ${JSON.stringify(doc.actors.map((x) => [x.text, x.data.country]))}`);
    assert.equal(m.data.country, want);
  });
}

test('a country known only from the office-holder lexicon is inferred', () => {
  const doc = analyzeDoc({ text: 'President Bouteflika threatened to impose a curfew in Algiers.', url: 'test:office-holder' });
  const a = doc.events.flatMap((e) => e.actors).find((x) => x.country === 'DZA');
  assert.ok(a, JSON.stringify(doc.events.map((e) => e.actors)));
  assert.equal(a.provenance.how, 'inferred');
  assert.ok(a.provenance.rule.includes(RULE_TITLE_KNOWN), a.provenance.rule);
});

test('persons-office.json: every entry has an id, an example, a country code or null, and valid years', () => {
  const doc = JSON.parse(readFileSync(dataPath('actors', 'persons-office.json'), 'utf8')) as { entries: { id: string; example: string; country: string | null; years: [number, number | null][] }[] };
  const ids = new Set<string>();
  for (const e of doc.entries) {
    assert.ok(e.id.startsWith('actor:office.') && !ids.has(e.id), e.id);
    ids.add(e.id);
    assert.ok(e.example.length > 0, e.id);
    assert.ok(e.country === null || /^[A-Z]{3}$/.test(e.country), e.id);
    assert.ok(e.years.length > 0, e.id);
    for (const [from, to] of e.years) assert.ok(from >= 1940 && (to === null || (to >= from && to <= 2026)), e.id);
  }
});
