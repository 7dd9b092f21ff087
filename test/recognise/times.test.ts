import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeStage, resolveTimeText, NO_REFERENCE_WARNING } from '../../src/recognise/times.js';
import { inferYear, weekRange, weekdayOnOrBefore } from '../../src/resolve/dates.js';
import { docFor, sampleText, HOSTILE, REF } from './layer-doc.js';

type Row = [text: string, ref: string | null, expected: [span: string, start: string | null, end: string | null, precision: string, entry?: string][]];

/** Sentence → every time expression in it, with its resolution against the reference date. */
const CASES: Row[] = [
  // the reference article (published Tuesday 2023-10-24)
  ['prompting a Biden administration official to warn of a swift response on Tuesday.', REF, [['on Tuesday', '2023-10-24', '2023-10-24', 'day', 'time:weekday']]],
  ['the spate of drone and rocket attacks last week on a U.S. warship', REF, [['last week', '2023-10-16', '2023-10-22', 'week', 'time:last-week']]],
  ['While a Pentagon spokesman said Monday the U.S. has no proof', REF, [['Monday', '2023-10-23', '2023-10-23', 'day']]],
  ['Blinken said during Tuesday\'s meeting.', REF, [['Tuesday', '2023-10-24', '2023-10-24', 'day']]],
  ['There are "red lights flashing everywhere," a U.S. official told CNN on Monday.', REF, [['on Monday', '2023-10-23', '2023-10-23', 'day']]],
  ['the end of an undeclared truce — six months of zero attacks on U.S. troops', REF, []],
  ['All of this comes amid the ongoing conflict in Gaza.', REF, [['ongoing', null, null, 'ongoing', 'time:ongoing']]],
  // relative periods
  ['Attacks rose this week.', REF, [['this week', '2023-10-23', '2023-10-29', 'week', 'time:this-week']]],
  ['Talks collapsed last month.', REF, [['last month', '2023-09-01', '2023-09-30', 'month', 'time:last-month']]],
  ['Fighting began earlier this month.', REF, [['earlier this month', '2023-10-01', '2023-10-24', 'month', 'time:earlier-this-month']]],
  ['The talks resume next week.', REF, [['next week', '2023-10-30', '2023-11-05', 'week']]],
  ['Elections were held last year.', REF, [['last year', '2022-01-01', '2022-12-31', 'year']]],
  ['Clashes over the past week killed 12.', REF, [['the past week', '2023-10-18', '2023-10-24', 'week']]],
  ['He was arrested last weekend.', REF, [['last weekend', '2023-10-21', '2023-10-22', 'day']]],
  ['The strike came two days ago.', REF, [['two days ago', '2023-10-22', '2023-10-22', 'day', 'time:days-ago']]],
  ['Protests erupted yesterday.', REF, [['yesterday', '2023-10-23', '2023-10-23', 'day']]],
  ['Explosions were heard last night.', REF, [['last night', '2023-10-23', '2023-10-23', 'day']]],
  // weekdays: the most recent such day on or before the reference date
  ['The convoy was hit on Sunday.', REF, [['on Sunday', '2023-10-22', '2023-10-22', 'day']]],
  ['Officials met Thursday.', REF, [['Thursday', '2023-10-19', '2023-10-19', 'day']]],
  ['Rockets were fired last Tuesday.', REF, [['last Tuesday', '2023-10-17', '2023-10-17', 'day', 'time:last-weekday']]],
  ['The envoy arrives next Friday.', REF, [['next Friday', '2023-10-27', '2023-10-27', 'day']]],
  ['Shelling resumed Monday night.', REF, [['Monday night', '2023-10-23', '2023-10-23', 'day']]],
  ['Blinken will travel to Israel on Thursday.', REF, [['on Thursday', '2023-10-26', '2023-10-26', 'day', 'time:weekday-future']]],
  ['Officials said on Thursday that Blinken will travel.', REF, [['on Thursday', '2023-10-19', '2023-10-19', 'day', 'time:weekday']]],
  // explicit dates
  ['On 02 February 2020 gunmen attacked the village.', REF, [['On 02 February 2020', '2020-02-02', '2020-02-02', 'day', 'time:date']]],
  ['The ceasefire took effect Oct 12.', REF, [['Oct 12', '2023-10-12', '2023-10-12', 'day']]],
  ['The ceasefire took effect Oct. 12, 2022.', REF, [['Oct. 12, 2022', '2022-10-12', '2022-10-12', 'day']]],
  ['It ended on 12 October.', REF, [['on 12 October', '2023-10-12', '2023-10-12', 'day']]],
  ['Filed 10/24/2023 and 24/10/2023; signed 03/10/2023.', REF, [
    ['10/24/2023', '2023-10-24', '2023-10-24', 'day', 'time:numeric-date'],
    ['24/10/2023', '2023-10-24', '2023-10-24', 'day'],
    ['03/10/2023', '2023-10-03', '2023-10-03', 'day'],
  ]],
  ['Published 2023-10-24.', REF, [['2023-10-24', '2023-10-24', '2023-10-24', 'day', 'time:iso-date']]],
  ['The group was founded in 2019.', REF, [['in 2019', '2019-01-01', '2019-12-31', 'year', 'time:year']]],
  ['The dam was hit in March.', REF, [['in March', '2023-03-01', '2023-03-31', 'month', 'time:month']]],
  ['Talks are due on November 2.', REF, [['on November 2', '2023-11-02', '2023-11-02', 'day']]],
  ['Elections will be held in March.', REF, [['in March', '2024-03-01', '2024-03-31', 'month']]],
  ['The March 8 attack killed four.', REF, [['March 8', '2023-03-08', '2023-03-08', 'day']]],
  ['Fighting peaked in mid-October.', REF, [['in mid-October', '2023-10-01', '2023-10-31', 'month']]],
  ['Protests on 12-14 October 2022 turned violent.', REF, [['on 12-14 October 2022', '2022-10-12', '2022-10-14', 'day']]],
  ['The war has raged since 2011.', REF, [['2011', '2011-01-01', '2011-12-31', 'year']]],
  ['He said on Monday, Oct. 23, that talks failed.', REF, [['on Monday, Oct. 23', '2023-10-23', '2023-10-23', 'day']]],
  ['Since the 2014 war and Yemen\'s 1990 unification, the 2011 Bahrain uprising…', REF, [
    ['2014', '2014-01-01', '2014-12-31', 'year', 'time:year-modifier'],
    ['1990', '1990-01-01', '1990-12-31', 'year'],
    ['2011', '2011-01-01', '2011-12-31', 'year'],
  ]],
  // anchored: counted from a day stated in the sentence, else from the published date (session 12, dates1)
  ['Airstrikes over the past 24 hours killed nine.', REF, [['the past 24 hours', '2023-10-23', '2023-10-24', 'day', 'time:past-n-hours']]],
  ['Reported on 3 May 2021, over the past 24 hours troops killed four.', REF, [
    ['on 3 May 2021', '2021-05-03', '2021-05-03', 'day'],
    ['the past 24 hours', '2021-05-02', '2021-05-03', 'day', 'time:past-n-hours time:anchored-to-stated-day'],
  ]],
  ['Drones struck the port overnight.', REF, [['overnight', '2023-10-24', '2023-10-24', 'day', 'time:overnight']]],
  ['He said on Sunday that the convoy was hit the day before.', REF, [
    ['on Sunday', '2023-10-22', '2023-10-22', 'day'],
    ['the day before', '2023-10-21', '2023-10-21', 'day', 'time:day-before time:anchored-to-stated-day'],
  ]],
  ['Talks ended on Sunday. Rebels had shelled the town the previous day.', REF, [
    ['on Sunday', '2023-10-22', '2023-10-22', 'day'],
    ['the previous day', '2023-10-21', '2023-10-21', 'day', 'time:day-before time:anchored-to-stated-day'],
  ]],
  // not times (the first three guard the anchored family's limits)
  ['The city was under an overnight curfew.', REF, []],
  ['Troops arrived the day before the vote.', REF, []],
  ['Shelling went on over the past 48 hours.', REF, []],
  ['The 2000 troops arrived.', REF, []],
  ['The truce lasted for two weeks.', REF, []],
  ['Theresa May said she may go.', REF, []],
  ['Five to 10 people were hurt.', REF, []],
  ['The sun rose over the F-16 base in Sat.', REF, []],
  // no reference date: relative expressions stay unresolved, explicit ones resolve
  ['Attacks rose last week.', null, [['last week', null, null, 'unresolved']]],
  ['On 02 February 2020 gunmen attacked.', null, [['On 02 February 2020', '2020-02-02', '2020-02-02', 'day']]],
  ['It happened on Tuesday.', null, [['on Tuesday', null, null, 'unresolved']]],
];

for (const [text, ref, expected] of CASES) {
  test(`times: ${text} (${ref ?? 'no date'})`, () => {
    const doc = docFor(text, [timeStage], ref);
    const got = doc.times.map((m) => [m.text, m.data.start, m.data.end, m.data.precision]);
    assert.deepEqual(got, expected.map((e) => e.slice(0, 4)));
    expected.forEach((e, k) => {
      if (e[4]) assert.equal(doc.times[k]!.entry, e[4]);
      assert.equal(doc.text.slice(doc.times[k]!.start, doc.times[k]!.end), e[0], 'span agrees with text');
    });
  });
}

test('times: the warning for a missing published date is added once', () => {
  const doc = docFor('Attacks rose last week. More came on Tuesday.', [timeStage], null);
  assert.deepEqual(doc.warnings, [NO_REFERENCE_WARNING]);
  const dated = docFor('Attacks rose last week.', [timeStage]);
  assert.deepEqual(dated.warnings, []);
});

test('times: the reference article', (t) => {
  const text = sampleText();
  if (!text) return t.skip('shared sample not present');
  const doc = docFor(text, [timeStage]);
  const got = doc.times.map((m) => `${m.text}=${m.data.start}..${m.data.end}/${m.data.precision}`);
  assert.deepEqual(got, [
    'on Tuesday=2023-10-24..2023-10-24/day',
    'last week=2023-10-16..2023-10-22/week',
    'last week=2023-10-16..2023-10-22/week',
    'last week=2023-10-16..2023-10-22/week',
    'Monday=2023-10-23..2023-10-23/day',
    'Tuesday=2023-10-24..2023-10-24/day',
    'ongoing=null..null/ongoing',
    'on Monday=2023-10-23..2023-10-23/day',
  ]);
  assert.ok(!doc.times.some((m) => m.text.includes('six months')), '"six months" is a duration, not a date');
});

const RESOLVE: [string, string | null, string | null, string | null, string][] = [
  ['last week', REF, '2023-10-16', '2023-10-22', 'week'],
  ['last week', '2023-10-23T09:00:00Z', '2023-10-16', '2023-10-22', 'week'],
  ['Tuesday', REF, '2023-10-24', '2023-10-24', 'day'],
  ['Oct. 7', REF, '2023-10-07', '2023-10-07', 'day'],
  ['Dec. 30', '2024-01-03', '2023-12-30', '2023-12-30', 'day'],
  ['January 3', '2023-12-28', '2024-01-03', '2024-01-03', 'day'],
  ['last month', '2024-01-15', '2023-12-01', '2023-12-31', 'month'],
  ['six months', REF, null, null, 'unresolved'],
  ['yesterday', null, null, null, 'unresolved'],
];
for (const [text, ref, start, end, precision] of RESOLVE) {
  test(`resolveTimeText: ${text} @ ${ref}`, () => {
    assert.deepEqual(resolveTimeText(text, ref), { start, end, precision });
  });
}

test('dates: weeks are Monday–Sunday, weekdays fall on or before the reference', () => {
  assert.deepEqual(weekRange('2023-10-24', -1), { start: '2023-10-16', end: '2023-10-22' });
  assert.deepEqual(weekRange('2023-10-22', -1), { start: '2023-10-09', end: '2023-10-15' }, 'a Sunday belongs to the week before');
  assert.equal(weekdayOnOrBefore('2023-10-24', 2), '2023-10-24');
  assert.equal(weekdayOnOrBefore('2023-10-24', 2, true), '2023-10-17');
  assert.equal(inferYear('2023-10-24', 3, 8), 2023);
  assert.equal(inferYear('2023-10-24', 12, 1), 2023);
  assert.equal(inferYear('2023-10-24', 12, 26), 2022);
});

for (const [name, text] of HOSTILE) {
  test(`times: hostile input (${name}) is read in one pass`, () => {
    const doc = docFor(text, [timeStage]);
    assert.ok(doc.times.length <= doc.tokens.length);
  });
}
