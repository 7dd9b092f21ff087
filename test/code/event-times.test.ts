import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * Which date an event gets (assignTimes in src/code/arguments.ts, src/code/time-scope.ts, anchored expressions in
 * src/recognise/time-anchored.ts). `trigger`: a trigger word of the event; `start`: its time's start (null: no time);
 * `rule`: a rule id its time provenance must contain. Session 12 (dates1): a date told in a background clause dates
 * that clause, not the event around it; a report window refines the report's date. Rows marked "guard" were right
 * before and pin the limits of the new rules (a recent day, "said that", a clause about its own event, a put-off verb).
 */
interface Row { text: string; published?: string; trigger: string; start: string | null; rule?: string; fatalities?: number }

const rows: Row[] = [
  // a relative clause: its date is its own event's, not the main event's
  { text: 'On 9 March 2021, relatives of a teacher who was killed by soldiers on 2 February 2021 protested in Mandalay.', trigger: 'protested', start: '2021-03-09', rule: 'time:sentence-initial' },
  { text: 'On 9 March 2021, relatives of a teacher who was killed by soldiers on 2 February 2021 protested in Mandalay.', trigger: 'killed', start: '2021-02-02' },
  { text: 'Gunmen killed a village chief in Kaduna over a feud that broke out in 2016.', trigger: 'killed', start: null },
  // the clause describes the event it follows: kept
  { text: 'Clashes that erupted on Tuesday in Juba left four people dead.', published: '2020-03-05', trigger: 'Clashes', start: '2020-03-03' }, // guard
  // reported speech after "said that" is no relative clause
  { text: 'Officials said that gunmen attacked a village in Zamfara on Monday.', published: '2020-03-05', trigger: 'attacked', start: '2020-03-02' }, // guard
  // a recent day counted from the published date is the news event's own, even in a relative clause
  { text: 'Soldiers fired on mourners who thronged the square in Homs on Friday.', published: '2023-10-24', trigger: 'fired', start: '2023-10-20' }, // guard
  { text: 'Soldiers fired on mourners who had thronged the square in Homs on 3 March 2011.', published: '2023-10-24', trigger: 'fired', start: null },
  // a bound of a state
  { text: 'Police released two journalists in Harare after holding them since November 2019.', trigger: 'released', start: null },
  { text: 'Fighting has raged in Marib since Monday.', published: '2020-03-05', trigger: 'Fighting', start: '2020-03-02' }, // guard
  { text: 'The opposition agreed to postpone its rally in Tbilisi until 9 November.', published: '2023-10-24', trigger: 'rally', start: '2023-11-09' }, // guard
  // a toll since a month is no date; a series a noun names starts at its bound
  { text: 'More than 5,000 people have been killed in Darfur since March 2023.', published: '2023-10-24', trigger: 'killed', start: null },
  { text: 'On 14 May 2022, gunmen wounded a tax officer in Cebu. Police said a series of attacks on tax officers since March 2022 was linked to graft.', trigger: 'attacks', start: '2022-03-01' }, // guard
  // what an event remembers or answers
  { text: 'On 7 July 2022 a man stabbed a guard in Lyon. The attack was revenge for the killing of his brother in 2019.', trigger: 'attack', start: '2022-07-07' },
  // a report window refines the report's date
  { text: 'Reported on 4 March 2020, over the past 24 hours airstrikes killed 3 militants in Kunduz.', trigger: 'killed', start: '2020-03-03', rule: 'time:past-n-hours' },
  { text: 'The army said on Tuesday that airstrikes over the past 24 hours killed 12 militants in Kunduz.', published: '2020-03-05', trigger: 'airstrikes', start: '2020-03-02', rule: 'time:refines-stated-day' },
  { text: 'On 5 May 2021, overnight, gunmen attacked a police post in Tillaberi.', trigger: 'attacked', start: '2021-05-05' }, // guard
  // "the day before" dates the event it follows, from the day stated before it
  { text: 'On 3 April 2021, dozens protested in Durban to support two activists who were arrested the day before.', trigger: 'arrested', start: '2021-04-02', rule: 'time:day-before' },
  { text: 'On 3 April 2021, dozens protested in Durban to support two activists who were arrested the day before.', trigger: 'protested', start: '2021-04-03' }, // guard
  // backstory in a relative clause keeps its own day but opens no incident of its own: the lead's toll
  { text: 'On 5 June 2022, militants raided a village in Muidumbe and beheaded one man. The victim was a trader who was abducted the previous day by the militants.', trigger: 'abducted', start: '2022-06-04', rule: 'time:inside-relative-clause', fatalities: 1 },
];

for (const r of rows) {
  test(`event time: ${r.trigger} in "${r.text.slice(0, 70)}…"`, () => {
    const a = analyze(r.text, { published: r.published ?? null });
    const ev = a.events.find((e) => e.triggers.some((t) => t.text === r.trigger));
    assert.ok(ev, `no event with trigger ${r.trigger}: ${a.events.map((e) => e.triggers.map((t) => t.text).join('/')).join(', ')}`);
    assert.equal(ev.time?.start ?? null, r.start, JSON.stringify(ev.time));
    if (r.rule) assert.ok(ev.time?.provenance.rule.includes(r.rule), ev.time?.provenance.rule);
    if (r.fatalities !== undefined) assert.equal(ev.fatalities?.count, r.fatalities);
  });
}
