import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { Analysis } from '../../src/model/analysis.js';
import type { Event } from '../../src/model/event.js';
import type { Actor } from '../../src/model/actor.js';
import { packageRoot } from '../../src/util/paths.js';

/**
 * The reference article, item by item as an analyst codes it (../shared/samples/*.expected.md, bundled in
 * examples/). Published 2023-10-24: "last week" = 2023-10-16..2023-10-22, "Monday" = 2023-10-23.
 */
const text = readFileSync(join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt'), 'utf8');
const a = analyze({ text, published: '2023-10-24' });

const has = (actors: Actor[], pred: (x: Actor) => boolean): boolean => actors.some(pred);
const named = (re: RegExp) => (x: Actor): boolean => re.test(x.name) || re.test(x.text);
const country = (c: string) => (x: Actor): boolean => x.country === c;
const find = (pred: (e: Event) => boolean): Event | undefined => a.events.find(pred);
const q = (e: Event, kind: string) => e.quantities.filter((x) => x.kind === kind);

test('the analysis validates against the schema', () => {
  assert.doesNotThrow(() => Analysis.parse(a));
});

test('E1: Iran-backed militias attack U.S. forces with drones and rockets in Syria and Iraq, last week', () => {
  const e = find((x) => x.codes.plover.type === 'ASSAULT' && has(x.actors, (y) => /militia/i.test(y.text) && y.backedBy.includes('Iran')));
  assert.ok(e, 'an assault by Iran-backed militias');
  assert.ok(has(e.recipients, country('USA')), 'recipient is U.S. forces');
  assert.ok(has(e.recipients, (y) => y.country === 'USA' && y.sector === 'MIL'), 'recipient sector MIL');
  const kinds = e.weapons.map((w) => w.category);
  assert.ok(kinds.includes('drone') && kinds.includes('rocket'), `drones and rockets, got ${kinds}`);
  const countries = e.locations.map((l) => l.country);
  assert.ok(countries.includes('SYR') && countries.includes('IRQ'), `Syria and Iraq, got ${countries}`);
  assert.ok(e.locations.every((l) => l.name !== 'Middle East' || l.precision === 'region'));
  assert.equal(e.time?.start, '2023-10-16');
  assert.equal(e.time?.end, '2023-10-22');
  assert.equal(e.time?.precision, 'week');
  assert.equal(e.modality, 'asserted');
  assert.ok(e.codes.cameo.root === '19', `CAMEO 19x, got ${e.codes.cameo.code}`);
});

test('E2: the Houthis launch 5 Iranian cruise missiles toward Israel, reported by the WSJ', () => {
  const e = find((x) => x.family === 'assault' && has(x.actors, named(/houthi/i)));
  assert.ok(e, 'an assault by the Houthis');
  const houthi = e.actors.find(named(/houthi/i))!;
  assert.equal(houthi.country, 'YEM');
  assert.ok(houthi.backedBy.includes('Iran'));
  assert.ok(has(e.recipients, country('ISR')), 'toward Israel');
  const missiles = e.weapons.find((w) => w.kind === 'cruise-missile');
  assert.equal(missiles?.count, 5);
  assert.equal(missiles?.origin, 'IRN');
  assert.equal(e.time?.start, '2023-10-16');
  assert.ok(e.attribution.some((x) => x.outlet === 'The Wall Street Journal'));
  assert.equal(e.modality, 'asserted');
  assert.equal(e.codes.acled?.eventType, 'Explosions/Remote violence');
});

test('E3: 4 shot down by the USS Carney, 1 by Saudi Arabia, linked to the launch', () => {
  const launch = find((x) => x.family === 'assault' && has(x.actors, named(/houthi/i)))!;
  const byCarney = find((x) => x.family === 'intercept' && has(x.actors, named(/carney/i)));
  const bySaudi = find((x) => x.family === 'intercept' && has(x.actors, country('SAU')));
  assert.ok(byCarney && bySaudi, 'two interception events');
  const carney = byCarney.actors.find(named(/carney/i))!;
  assert.equal(carney.country, 'USA');
  assert.equal(carney.sector, 'MIL');
  assert.equal(q(byCarney, 'intercepted')[0]?.value, 4);
  assert.equal(q(bySaudi, 'intercepted')[0]?.value, 1);
  for (const e of [byCarney, bySaudi]) {
    assert.ok(e.links.some((l) => l.relation === 'outcome-of' && l.event === launch.id));
    assert.equal(e.codes.acled?.subEventType, 'Disrupted weapons use');
  }
  const onLaunch = q(launch, 'intercepted').map((x) => `${x.value}:${x.by?.country}`).sort();
  assert.deepEqual(onLaunch, ['1:SAU', '4:USA']);
});

test('E4: Blinken threatens Iran and its proxies, conditionally, on Tuesday at the UN Security Council', () => {
  const e = find((x) => x.codes.plover.type === 'THREATEN' && has(x.actors, named(/blinken/i)));
  assert.ok(e, 'a threat by Blinken');
  const blinken = e.actors.find(named(/blinken/i))!;
  assert.equal(blinken.country, 'USA');
  assert.equal(blinken.sector, 'GOV');
  assert.ok(has(e.recipients, country('IRN')), 'recipient Iran');
  assert.ok(has(e.recipients, (y) => y.backedBy.includes('Iran')), 'recipient its proxies');
  assert.equal(e.modality, 'conditional');
  assert.equal(e.time?.start, '2023-10-24');
  assert.ok(e.locations.some((l) => /security council|new york|united nations/i.test(l.name)), `UN venue, got ${e.locations.map((l) => l.name)}`);
  assert.equal(e.codes.cameo.root, '13');
});

test('E5: the Biden administration and Iran held talks about 6 detainees and $6 billion', () => {
  const e = find((x) => x.codes.plover.type === 'CONSULT');
  assert.ok(e, 'a consult event');
  assert.ok(has(e.actors, country('USA')) && has(e.actors, country('IRN')), 'USA and Iran');
  assert.ok(has(e.recipients, country('USA')) && has(e.recipients, country('IRN')), 'reciprocal');
  assert.equal(q(e, 'detainees')[0]?.value, 6);
  const money = q(e, 'money')[0];
  assert.equal(money?.value, 6e9);
  assert.equal(money?.unit, 'USD');
  assert.match(e.topic?.text ?? '', /release of the six American detainees/);
  assert.equal(e.codes.cameo.root, '04');
});

test('E6: accusations and denials about who is responsible, each with speaker, outlet and modality', () => {
  const accusations = a.events.filter((x) => x.codes.plover.type === 'ACCUSE');
  const pentagon = accusations.find((x) => has(x.actors, named(/pentagon/i)));
  assert.ok(pentagon, 'the Pentagon spokesman claim');
  assert.equal(pentagon.modality, 'negated');
  assert.ok(has(pentagon.recipients, country('IRN')));
  assert.equal(pentagon.time?.start, '2023-10-23');
  const defense = accusations.find((x) => has(x.actors, named(/defense department|defense/i)));
  assert.ok(defense, 'the Defense Department official accusation');
  assert.equal(defense.modality, 'asserted');
  assert.ok(has(defense.recipients, country('IRN')));
  assert.ok(defense.attribution.some((x) => x.outlet === 'The Wall Street Journal' && x.anonymous));
  const state = accusations.find((x) => has(x.actors, (y) => /state department/i.test(y.name) && !/miller/i.test(y.name)));
  assert.ok(state, 'the State Department said the same');
  assert.ok(has(state.recipients, country('IRN')));
  const miller = accusations.find((x) => has(x.actors, named(/miller/i)));
  assert.ok(miller, 'Matthew Miller to CNN');
  assert.equal(miller.actors.find(named(/miller/i))?.country, 'USA');
  assert.ok(has(miller.recipients, country('IRN')));
  assert.ok(miller.attribution.some((x) => x.outlet === 'CNN'));
});

test('E7: Israel vows to send ground forces to eradicate Hamas (future)', () => {
  const e = find((x) => has(x.actors, country('ISR')) && (x.codes.plover.type === 'THREATEN' || x.codes.plover.type === 'MOBILIZE') && x.modality === 'future');
  assert.ok(e, 'a vow by Israel');
  assert.ok(has(e.recipients, named(/hamas/i)), 'against Hamas');
  assert.equal(e.recipients.find(named(/hamas/i))?.country, 'PSE');
});

test('E8: threats of retribution from Iran and Hezbollah against Israel, conditional', () => {
  const e = find((x) => x.codes.plover.type === 'THREATEN' && has(x.actors, named(/hezbollah/i)));
  assert.ok(e, 'a threat by Iran and Hezbollah');
  assert.ok(has(e.actors, country('IRN')));
  assert.equal(e.actors.find(named(/hezbollah/i))?.country, 'LBN');
  assert.ok(has(e.recipients, country('ISR')));
  assert.equal(e.modality, 'conditional');
});

test('E9: the ongoing conflict in Gaza between Israel and Hamas', () => {
  const e = find((x) => x.modality === 'ongoing' && has(x.actors, country('ISR')) && has(x.actors, named(/hamas/i)));
  assert.ok(e, 'ongoing fighting between Israel and Hamas');
  assert.ok(e.locations.some((l) => l.country === 'PSE' && /gaza/i.test(l.name)));
});

test('L1: the undeclared six-month truce between Iran and Washington has ended, according to the WSJ', () => {
  const l = a.lulls[0];
  assert.ok(l, 'a lull record');
  assert.equal(a.lulls.length, 1, 'one lull ("that period of detente" refers back to it)');
  assert.equal(l.ended, true);
  assert.equal(l.declared, false);
  assert.equal(l.length?.value, 6);
  assert.equal(l.length?.unit, 'month');
  assert.ok(has(l.sideA, country('IRN')) || has(l.sideB, country('IRN')));
  assert.ok(has(l.sideA, country('USA')) || has(l.sideB, country('USA')));
  assert.ok(l.attribution.some((x) => x.outlet === 'The Wall Street Journal'));
  assert.ok(l.endedBy, 'linked to the attacks that ended it');
});

test('Q1–Q5: quotes with speaker, outlet and time', () => {
  const byText = (s: string) => a.quotes.find((x) => x.text.startsWith(s));
  const q1 = byText('explicitly ordered');
  assert.match(q1?.speakerText ?? '', /pentagon spokesman/i);
  assert.equal(q1?.time?.start, '2023-10-23');
  const q2 = byText("there's Iranian fingerprints");
  assert.match(q2?.speakerText ?? '', /defense department official/i);
  assert.equal(q2?.outlet, 'The Wall Street Journal');
  const q3 = byText('Whether they');
  assert.match(q3?.speakerText ?? '', /matthew miller/i);
  assert.equal(q3?.outlet, 'CNN');
  const q4 = byText('The United States does not seek conflict');
  assert.match(q4?.speakerText ?? '', /blinken/i);
  assert.match(q4?.text ?? '', /swiftly and decisively/);
  assert.equal(q4?.time?.start, '2023-10-24');
  const q5 = byText('red lights flashing');
  assert.match(q5?.speakerText ?? '', /u\.s\. official/i);
  assert.equal(q5?.outlet, 'CNN');
  assert.equal(q5?.time?.start, '2023-10-23');
});

test('actor relations: militias and Houthis backed by Iran; "Iran and its proxies"', () => {
  const actors = a.events.flatMap((e) => [...e.actors, ...e.recipients]);
  assert.ok(actors.some((x) => /militia/i.test(x.text) && x.backedBy.includes('Iran')));
  assert.ok(actors.some((x) => /houthi/i.test(x.name) && x.backedBy.includes('Iran')));
  assert.ok(actors.some((x) => /prox/i.test(x.text) && x.backedBy.includes('Iran')));
});

test('must not: Saudi Arabia or the USS Carney attacking Israel', () => {
  for (const e of a.events) {
    if (has(e.actors, country('SAU')) || has(e.actors, named(/carney/i))) {
      assert.ok(!has(e.recipients, country('ISR')), `event ${e.id} makes ${e.actors.map((x) => x.name)} attack Israel`);
    }
  }
});

test('must not: assaults or threats by the United States from negated statements', () => {
  for (const e of a.events) {
    if ((e.codes.plover.type === 'ASSAULT' || e.codes.plover.type === 'THREATEN') && has(e.actors, country('USA')) && e.sentence >= 10 && e.sentence <= 11) {
      assert.fail(`event from a negated statement: ${e.sentenceText}`);
    }
  }
});

test('must not: a plain accusation that Iran ordered the attacks', () => {
  const ordered = a.events.filter((e) => e.codes.plover.type === 'ACCUSE' && e.triggers.some((t) => /ordered/.test(t.text)));
  for (const e of ordered) assert.equal(e.modality, 'negated');
});

test('must not: the Middle East as a country; Washington as a place', () => {
  for (const e of a.events) {
    for (const l of e.locations) {
      if (/middle east/i.test(l.name)) { assert.equal(l.country, null); assert.equal(l.precision, 'region'); }
      assert.ok(!/washington/i.test(l.text), 'Washington is the U.S. government here, not a place');
    }
  }
});

test('must not: "last week" resolving to the publication day', () => {
  for (const e of a.events) if (e.time?.text.toLowerCase() === 'last week') assert.notEqual(e.time.start, '2023-10-24');
});

test('must not: numbers lost or swapped', () => {
  const all = a.events.flatMap((e) => e.quantities.map((x) => `${x.kind}:${x.value}`));
  for (const want of ['intercepted:4', 'intercepted:1', 'detainees:6', 'money:6000000000']) assert.ok(all.includes(want), `${want} in ${all}`);
  assert.equal(a.lulls[0]?.length?.value, 6);
  const houthi = a.events.find((e) => e.family === 'assault' && has(e.actors, named(/houthi/i)));
  assert.equal(houthi?.weapons.find((w) => w.kind === 'cruise-missile')?.count, 5);
});
