import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { chooseEvent, killedCount } from '../../src/eval/choose.js';
import { Event } from '../../src/model/event.js';
import { countValue } from '../../src/resolve/fatalities.js';

/** Invented reports and the fatality total of their main event (src/resolve/fatalities.ts). */
const cases: { text: string; killed: number; rule?: string }[] = [
  // sums of one event's distinct victims, both sides of a clash
  { text: 'Rebels clashed with government troops near the river, killing at least 12 soldiers and 7 rebel fighters.', killed: 19, rule: 'fatalities:sum' },
  { text: 'Militants attacked a police post in the town. 20 policemen were killed. Additionally, 3 militants were killed.', killed: 23, rule: 'fatalities:sum' },
  // a later sentence that only repeats the count adds nothing
  { text: 'Gunmen attacked a market in the town. Four people were killed. The four victims were traders.', killed: 4 },
  // counts in a later sentence without an agent belong to the attack
  { text: 'An armed group ambushed an army convoy near the village. At least 9 soldiers were reported killed.', killed: 9 },
  // ranges and vague counts: the lower bound; ACLED's conventions for "dozens"
  { text: 'Warplanes struck the village, killing between 5 and 8 civilians.', killed: 5 },
  { text: 'Warplanes struck the village, killing dozens of civilians.', killed: 12 },
  // numbers that are not casualty counts
  { text: 'Militants attacked brigade 52 in the district, killing 2 soldiers.', killed: 2 },
  { text: 'Soldiers raided the village and set fire to a house, killing an 80-year-old man.', killed: 1 },
  // injured apart from killed
  { text: 'A roadside bomb exploded near a bus, killing 3 passengers and wounding 11 others.', killed: 3 },
  // explicit totals: stated, coded, negated
  { text: 'Police exchanged fire with a gang in the district. Two gang members were killed and another was injured. 2 fatalities.', killed: 2, rule: 'fatalities:stated-total' },
  { text: 'Rebels attacked an army base and killed an unknown number of soldiers. Fatalities coded as 10.', killed: 10, rule: 'fatalities:coded' },
  { text: 'Warplanes struck two houses in the town, killing 9 people. Also, artillery shelled a market, killing 4. Total confirmed fatalities were 13.', killed: 13, rule: 'fatalities:stated-total' },
  { text: 'Rebels claimed to have killed and wounded dozens of soldiers near the town. Fatalities coded as half (6).', killed: 6, rule: 'fatalities:coded' },
  { text: 'Rebels shelled army positions in the hills. There were no fatalities.', killed: 0, rule: 'fatalities:negated' },
  { text: 'Gunmen fired at a checkpoint in the town. No one was killed.', killed: 0, rule: 'fatalities:negated' },
  // a split over several records: the share named, else the total divided by the parts
  { text: 'Airstrikes hit rebel positions in two districts, killing 8 fighters. Fatalities split over 2 locations (4).', killed: 4, rule: 'fatalities:sum+fatalities:split-share' },
  { text: 'Rebels and soldiers clashed in three villages. Unknown fatalities coded as 9 and split between 3 locations.', killed: 3, rule: 'fatalities:coded+fatalities:split-parts' },
  // single victims
  { text: 'Unknown gunmen attacked the village chief in his house, killing him.', killed: 1 },
  { text: 'Gunmen shot and killed the commander of the local militia in the town.', killed: 1 },
  { text: 'Clashes between the army and rebels in the valley resulted in the death of a civilian.', killed: 1 },
  { text: 'Unidentified gunmen assassinated 2 members of the local council in the village.', killed: 2 },
  { text: 'Warplanes struck a school in the city. At least 14 displaced civilians were killed.', killed: 14 },
  { text: 'Gunmen attacked a bus on the highway, killing 3 passengers and 2 guards.', killed: 5 },
  // deaths counted elsewhere
  { text: 'Rebels shelled army positions near the town. Two soldiers were killed (fatalities coded to the Riverside event).', killed: 0 },
];

for (const c of cases) {
  test(`fatalities: ${c.text}`, () => {
    const doc = analyzeDoc(c.text);
    const ev = chooseEvent(doc.events, 'severity');
    assert.ok(ev, 'an event');
    assert.equal(killedCount(ev), c.killed);
    if (c.rule) assert.equal(ev.fatalities?.rule, c.rule);
    assert.ok(Event.safeParse(ev).success, 'the event still validates');
  });
}

test('fatalities: a protest over an earlier killing has none', () => {
  const doc = analyzeDoc('Relatives of a man who was killed by police last year protested in front of the court.');
  for (const e of doc.events) if (e.family === 'protest') assert.equal(e.fatalities?.count ?? 0, 0);
});

test('fatalities: the killing an event is about is not its count', () => {
  for (const text of ['Residents blocked the road after the killing of a driver in the town.', 'Hundreds protested in the capital against the death of a man in police custody.']) {
    const ev = chooseEvent(analyzeDoc(text).events, 'severity');
    assert.equal(killedCount(ev), 0, text);
  }
});

test('fatalities: countValue takes lower bounds and ACLED vague conventions', () => {
  const rows: [string, number | null, number | null, number][] = [
    ['12', 12, null, 12], ['between 8 and 13', 8, 8, 8], ['dozens', null, 24, 12], ['tens', null, 20, 10], ['hundreds', null, 200, 100],
  ];
  for (const [text, value, min, want] of rows) assert.equal(countValue({ text, value, min }), want, text);
});
