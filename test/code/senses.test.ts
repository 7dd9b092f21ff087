import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { senses } from '../../src/code/senses.js';

/**
 * Non-conflict senses of conflict words (data/senses.json, src/code/senses.ts), both sides: the word in a sports,
 * business, weather, court or politics report must not make a violent event; the same word in a real attack must.
 * Own sentences.
 */
const VIOLENT = new Set(['assault', 'fight']);

/** No violent (assault/fight) event, and none coded as an ACLED political-violence type. */
const notViolent: { text: string; why: string }[] = [
  { text: 'The striker shot past the keeper in the second half of the match.', why: 'sports' },
  { text: "The team's attack struggled against a well organised defence, the coach said after the game.", why: 'sports' },
  { text: 'The Royal wrestler battled for the title in the final match of the tournament.', why: 'sports' },
  { text: 'Shell fired its chief executive on Monday after a board meeting.', why: 'dismissal' },
  { text: 'The county manager was fired for misusing public funds.', why: 'dismissal' },
  { text: 'The district may have to fire veteran teachers next year.', why: 'dismissal' },
  { text: 'Dock workers began a labour strike at the port over unpaid wages.', why: 'labour strike' },
  { text: 'The senator killed the bill in committee on Tuesday.', why: 'figurative object' },
  { text: 'The film bombed at the box office last weekend.', why: 'figurative object' },
  { text: 'The two companies struck a deal worth two billion dollars.', why: 'figurative object' },
  { text: 'A deal was struck late on Friday between the unions and the city.', why: 'figurative object (passive)' },
  { text: 'The candidates are locked in a battle for the nomination.', why: 'politics' },
  { text: 'The mayor and the council are engaged in a war of words over the budget.', why: 'figurative war' },
  { text: 'The governor promised to escalate the war on drugs.', why: 'figurative war' },
  { text: 'The city is fighting a legal battle with the developer over the zoning permit.', why: 'legal battle' },
  { text: 'Fire crews battled a blaze at a warehouse on Main Street for six hours.', why: 'fire service' },
  { text: 'The fire chief said the fire at the home started in the kitchen.', why: 'blaze' },
  { text: 'No firefighters were injured fighting the fire.', why: 'blaze' },
  { text: 'The former mayor died on Sunday after a long battle with cancer.', why: 'disease' },
  { text: 'A teenager who is fighting leukaemia has raised money for the hospital.', why: 'disease' },
  { text: 'Two women were struck by a car as they crossed the road.', why: 'traffic' },
  { text: 'A pedestrian was hit by an eastbound truck on Route 9.', why: 'traffic' },
  { text: 'A small earthquake struck the county overnight.', why: 'nature' },
  { text: 'Tragedy struck the family last year.', why: 'nature' },
  { text: 'The plant captured carbon dioxide from the flue gas.', why: 'capture of a thing' },
  { text: 'She captured her second title of the season on Sunday.', why: 'capture of a title' },
  { text: 'The candidate captured 12 percent of the vote.', why: 'capture of votes' },
  { text: 'Prices dropped by 11 percent last month.', why: 'figurative drop' },
  { text: 'The tow truck driver dropped him off at a hotel.', why: 'drop off' },
  { text: 'The council launched a new recycling scheme this week.', why: 'launch of a scheme' },
  { text: 'Students engaged in a lively conversation with the author.', why: 'engaged' },
  { text: 'Republicans tried to advance a resolution on the budget.', why: 'advance a motion' },
  { text: 'Tickets can be bought in advance at the box office.', why: 'in advance' },
  { text: 'Nurses gave hundreds of people a flu shot at the clinic.', why: 'a flu shot' },
  { text: 'The report is only a snap shot of the problem.', why: 'a snap shot' },
  { text: 'Two-car accident kills one, injures four.', why: 'traffic' },
  { text: 'The barn was destroyed by fire early on Sunday.', why: 'blaze' },
  { text: 'She won the seat, beating out two other candidates.', why: 'beat out' },
  { text: 'The counties hardest hit by the recession lost jobs.', why: 'hard hit' },
  { text: 'Forty people were killed in car crashes on the highway last year.', why: 'accident' },
  { text: 'The utility runs two coal-fired power plants.', why: 'coal-fired' },
  { text: 'Detectives found a shell casing near the door.', why: 'shell casing' },
  { text: 'The bomb squad was called to a suspicious package at the station.', why: 'bomb squad' },
  { text: 'The winter storm is expected to reach the coast tonight.', why: 'weather' },
  { text: 'Deputies executed a search warrant at the house on Friday.', why: 'warrant' },
  { text: 'The state will crack down on mortgage fraud.', why: 'crime policy' },
  { text: 'The crew spent three days shooting footage in the desert.', why: 'filming' },
  { text: 'Firefighters battled the flames through the afternoon.', why: 'fire service' },
  { text: 'The town will build a carbon capture plant.', why: 'carbon capture' },
  { text: 'The van was unable to stop before striking a parked car.', why: 'traffic' },
  { text: 'Local man, 87, killed in traffic accident.', why: 'accident' },
  { text: 'He was always ready to shoot a three-pointer.', why: 'sports' },
  { text: 'The village lies a stone\'s throw from the river.', why: "a stone's throw" },
  { text: 'Investors plan to launch a new airline next year.', why: 'launch of a business' },
  { text: 'The recycling campaign, which was launched on March 15, ends on Sunday.', why: 'launch of a campaign' },
];

/** Not a protest: the month, a street block. */
const notProtest: string[] = [
  'The bridge will reopen in March after repairs.',
  'The council met on March 7 to approve the budget.',
  'Three men were seen in a parking lot near the 1000 block of Fourth Avenue.',
  'The school adopted a block schedule in the 1990s.',
  'She said the March break gave the children some rest.',
];

/** The same words in real attacks: a violent event stays. */
const stillViolent: { text: string; family: string }[] = [
  { text: 'Gunmen fired on a police checkpoint, killing two officers.', family: 'assault' },
  { text: 'Militants fired rockets at the town overnight.', family: 'assault' },
  { text: 'Soldiers opened fire on the crowd in the capital.', family: 'assault' },
  { text: 'Rebels battled government troops for control of the town.', family: 'fight' },
  { text: 'A car bomb struck a market in the city centre, killing nine people.', family: 'assault' },
  { text: 'Militants rammed a car into a crowd of worshippers, killing four people.', family: 'assault' },
  { text: 'Israeli jets struck targets in southern Lebanon.', family: 'assault' },
  { text: 'Insurgents captured the town after heavy fighting.', family: 'fight' },
  { text: 'Gunmen attacked the convoy of the football team, killing the coach.', family: 'assault' },
  { text: 'Fans clashed with police after the match and several officers were injured.', family: 'fight' },
  { text: 'Russian forces attempted to advance toward the town.', family: 'fight' },
  { text: 'Government forces engaged the rebels near the border.', family: 'fight' },
  { text: 'A drone strike hit a vehicle carrying militants.', family: 'assault' },
  { text: 'The armed men who were in the vehicle killed the driver.', family: 'assault' },
  { text: 'Rioters set the mayor\'s house on fire and it was destroyed by fire.', family: 'assault' },
  { text: 'Villages hardest hit by the airstrikes lost power.', family: 'assault' },
  { text: 'A sniper shot a soldier at the checkpoint.', family: 'assault' },
  { text: 'Soldiers killed two civilians in a raid on the village.', family: 'assault' },
  { text: 'Artillery shells landed on the market, killing five.', family: 'assault' },
  { text: 'Troops stormed the parliament building at dawn.', family: 'assault' },
  { text: 'Security forces cracked down on protesters in the capital.', family: 'assault' },
  { text: 'Militants executed three hostages on Sunday.', family: 'assault' },
  { text: 'An Israeli drone struck a car in southern Lebanon.', family: 'assault' },
  { text: 'Volunteers from the village fought off the attackers with sticks.', family: 'fight' },
];

for (const c of notViolent) {
  test(`other sense (${c.why}): ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const bad = a.events.filter((e) => VIOLENT.has(e.family));
    assert.equal(bad.length, 0, `violent events: ${bad.map((e) => `${e.family}:${e.triggers[0]?.text}`).join(', ')}`);
  });
}

for (const text of notProtest) {
  test(`not a protest: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const bad = a.events.filter((e) => e.family === 'protest');
    assert.equal(bad.length, 0, `protests: ${bad.map((e) => e.triggers[0]?.text).join(', ')}`);
  });
}

for (const c of stillViolent) {
  test(`conflict sense kept: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    assert.ok(a.events.some((e) => e.family === c.family), `a ${c.family} event in [${a.events.map((e) => `${e.family}:${e.triggers[0]?.text}`).join(', ')}]`);
  });
}

test('a labour strike is a strike (PROTEST 143), not an attack', () => {
  const a = analyze({ text: 'Dock workers began a labour strike at the port over unpaid wages.', published: '2024-03-12' });
  assert.ok(a.events.some((e) => e.codes.cameo.code === '143'), a.events.map((e) => e.codes.cameo.code).join(','));
});

test('every sense rule names an id and at least one condition, and its lists resolve', () => {
  const all = senses();
  assert.ok(all.length > 10);
  for (const s of all) {
    assert.match(s.id, /^sense\./);
    assert.ok(s.words || s.text, `${s.id}: words or text`);
  }
});
