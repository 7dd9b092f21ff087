import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * Syrian and Yemeni armed groups and movements carry their country (data/actors/groups-middle-east.json): the place
 * recogniser counts them as home-fighting groups (src/recognise/place-abroad.ts) and events with no place fall back
 * to their country. [text, actor text, canonical name, country]
 */
const CASES: [string, string, string, string][] = [
  ['Nour al-Din al-Zenki fighters shelled a checkpoint overnight.', 'Nour al-Din al-Zenki fighters', 'Nour al-Din al-Zenki Movement', 'SYR'],
  ['Faylaq al-Sham withdrew from two hilltops.', 'Faylaq al-Sham', 'Sham Legion', 'SYR'],
  ['Jaysh al-Ahrar fighters joined the assault.', 'Jaysh al-Ahrar fighters', 'Jaysh al Ahrar', 'SYR'],
  ['ISIS Hunters seized a pumping station in the desert.', 'ISIS Hunters', 'ISIS Hunters', 'SYR'],
  ['Soqour al-Sham fighters expelled a rival faction from their base.', 'Soqour al-Sham fighters', 'Suquor al Sham', 'SYR'],
  ['Al Hirak supporters closed shops during a general strike.', 'Al Hirak supporters', 'Southern Movement', 'YEM'],
];

for (const [text, span, name, country] of CASES) {
  test(`Syrian and Yemeni groups: ${text}`, () => {
    const doc = analyzeDoc({ text, url: 'test:actors-syria-yemen' }, { published: '2022-01-10' });
    const a = doc.actors.find((m) => m.text === span);
    assert.ok(a, JSON.stringify(doc.actors.map((m) => m.text)));
    assert.equal(a.data.name, name);
    assert.equal(a.data.country, country);
    // an event with no place of its own falls back to the group's country
    assert.equal(doc.events[0]?.locations[0]?.country ?? null, country);
  });
}
