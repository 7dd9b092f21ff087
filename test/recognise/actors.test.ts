import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseActors } from '../../src/recognise/actor-run.js';
import { outletStage } from '../../src/recognise/outlets.js';
import { actorToModel, lookupActor } from '../../src/recognise/actors.js';
import type { ActorData, Mention } from '../../src/pipeline/doc.js';
import { packageRoot } from '../../src/util/paths.js';

/** [mention text, canonical name (or null: any), country, sector, backedBy] */
type Expect = [string, string | null, string | null, string | null, string[]?];

function mentions(text: string): Mention<ActorData>[] {
  return recogniseActors(text, [outletStage]).actors;
}

function check(sentence: string, want: Expect[]): void {
  const got = mentions(sentence);
  for (const [text, name, country, sector, backedBy] of want) {
    const m = got.find((x) => x.text === text);
    const seen = got.map((x) => `${x.text}=${x.data.name}/${x.data.country}/${x.data.sector}`).join('; ');
    assert.ok(m, `"${text}" not found in "${sentence}" (got: ${seen})`);
    if (name !== null) assert.equal(m.data.name, name, `name of "${text}"`);
    assert.equal(m.data.country, country, `country of "${text}"`);
    assert.equal(m.data.sector, sector, `sector of "${text}"`);
    if (backedBy) assert.deepEqual(m.data.backedBy, backedBy, `backedBy of "${text}"`);
    assert.equal(sentence.slice(m.start, m.end), text, 'span');
  }
}

// every actor of the reference article (../shared/samples/iran-proxies-2023-10-24.txt), sentence by sentence
const ARTICLE: [string, Expect[]][] = [
  ['An uptick in attacks by Iran-backed regional militias on bases that house U.S. troops in the Middle East threaten to expand the risks of a larger conflict, prompting a Biden administration official to warn of a swift response on Tuesday.', [
    ['Iran-backed regional militias', 'Iran-backed militias', null, 'MILITIA', ['Iran']],
    ['U.S. troops', 'Military Forces of United States', 'USA', 'MIL'],
    ['Biden administration official', null, 'USA', 'GOV'],
  ]],
  ['Secretary of State Antony Blinken, speaking at a U.N. Security Council meeting, was reacting to the spate of drone and rocket attacks last week on a U.S. warship as well as bases in Syria and Iraq.', [
    ['Secretary of State Antony Blinken', 'Antony Blinken', 'USA', 'GOV'],
    ['U.N. Security Council', 'UN Security Council', 'UNO', 'IGO'],
  ]],
  ['Further, the Iran-backed Houthis launched five Iranian cruise missiles toward Israel last week, four of which were shot down by the USS Carney and the fifth by Saudi Arabia, The Wall Street Journal reported.', [
    ['Iran-backed Houthis', 'Houthis', 'YEM', 'REB', ['Iran']],
    ['Israel', 'Israel', 'ISR', 'GOV'],
    ['USS Carney', 'USS Carney', 'USA', 'MIL'],
    ['Saudi Arabia', 'Saudi Arabia', 'SAU', 'GOV'],
  ]],
  ['The flurry of attacks also marks the end of an undeclared truce between Iran and Washington, according to the WSJ. That period of detente came as the Biden administration and Iran conducted talks.', [
    ['Iran', 'Iran', 'IRN', 'GOV'],
    ['Washington', 'United States', 'USA', 'GOV'],
    ['Biden administration', 'Biden administration', 'USA', 'GOV'],
  ]],
  ['While a Pentagon spokesman said Monday the U.S. has no proof that Iran has "explicitly ordered" the attacks, a Defense Department official told the Journal that "there\'s Iranian fingerprints all over it."', [
    ['Pentagon spokesman', 'Pentagon spokesman', 'USA', 'MIL'],
    ['U.S.', 'United States', 'USA', 'GOV'],
    ['Defense Department official', null, 'USA', 'MIL'],
  ]],
  ['The State Department officially said the same.', [['State Department', 'State Department', 'USA', 'GOV']]],
  ['"These are militias that they have sponsored," State Department spokesperson Matthew Miller told CNN.', [
    ['State Department spokesperson Matthew Miller', 'Matthew Miller', 'USA', 'GOV'],
  ]],
  ['Regardless, Blinken served notice to Iran and its proxies about further attacks.', [
    ['Blinken', 'Antony Blinken', 'USA', 'GOV'],
    ['Iran', 'Iran', 'IRN', 'GOV'],
    ['its proxies', 'Iran-backed militias', null, 'MILITIA', ['Iran']],
  ]],
  ['Israel has vowed to soon send in a massive amount of ground forces to eradicate Hamas terrorists, sparking threats of retribution from Iran, Hezbollah and others.', [
    ['Hamas terrorists', 'Hamas', 'PSE', 'REB'],
    ['Hezbollah', 'Hezbollah', 'LBN', 'REB', ['Iran']],
  ]],
  ['There are "red lights flashing everywhere," a U.S. official told CNN on Monday.', [['U.S. official', null, 'USA', 'GOV']]],
];

const MORE: [string, Expect[]][] = [
  ['Israeli troops raided the camp while Houthi militants fired at a ship.', [
    ['Israeli troops', 'Military Forces of Israel', 'ISR', 'MIL'],
    ['Houthi militants', 'Houthis', 'YEM', 'REB', ['Iran']],
  ]],
  ['Unidentified gunmen opened fire on Syrian regime forces near Daraa.', [
    ['Unidentified gunmen', 'unidentified gunmen', null, 'UNK'],
    ['Syrian regime forces', 'Military Forces of Syria', 'SYR', 'MIL'],
  ]],
  ['Security forces of Iraq arrested pro-Iranian militiamen.', [['Security forces of Iraq', 'Police Forces of Iraq', 'IRQ', 'COP']]],
  // fighters operating under a named operation are that operation's forces (operating-under.ts)
  ['Syrian National Army forces operating as part of Operation Peace Spring captured the village.', [
    ['Syrian National Army forces operating as part of Operation Peace Spring', 'Operation Peace Spring', 'TUR', 'MIL'],
  ]],
  ['Rebel factions that operate under Operation Olive Branch shelled the town.', [
    ['Rebel factions that operate under Operation Olive Branch', 'Operation Olive Branch', 'TUR', 'MIL'],
  ]],
  // a comma before the relative, a head noun left out of the mention, a bare "under" before a named operation
  ['The Hamza Division, which operates under Operation Peace Spring, shelled the village.', [
    ['Hamza Division, which operates under Operation Peace Spring', 'Operation Peace Spring', 'TUR', 'MIL'],
  ]],
  ['Pro-Turkish rebel faction fighters operating as part of Operation Olive Branch entered the town.', [
    ['Pro-Turkish rebel faction fighters operating as part of Operation Olive Branch', 'Operation Olive Branch', 'TUR', 'MIL'],
  ]],
  ['Opposition factions under Operation Peace Spring shelled the village.', [
    ['Opposition factions under Operation Peace Spring', 'Operation Peace Spring', 'TUR', 'MIL'],
  ]],
  // a bare "under" before anything else is no operation: "rebels under siege", "forces under the command of"
  ['Rebel factions under heavy fire withdrew from the town.', [['Rebel factions', null, 'SYR', 'REB']]],
  ['Turkish forces operating near the border shelled the town.', [['Turkish forces', 'Military Forces of Turkey', 'TUR', 'MIL']]],
  // unidentified or armed people are perpetrators, not civilians
  ['Unidentified men threw a grenade at the house.', [['Unidentified men', 'gunmen', null, 'UNK']]],
  ['Three armed people killed a judge.', [['Three armed people', 'gunmen', null, 'UNK']]],
  ['An unknown man planted a bomb.', [['unknown man', 'gunmen', null, 'UNK']]],
  ['Militias backed by Iran fired rockets, and Iran\'s proxies threatened more.', [
    ['Militias backed by Iran', null, null, 'MILITIA', ['Iran']],
    ["Iran's proxies", 'Iran-backed militias', null, 'MILITIA', ['Iran']],
  ]],
  ['Rwanda-backed M23 rebels seized Goma as Turkish-backed factions shelled QSD positions.', [
    ['Rwanda-backed M23 rebels', 'M23', 'COD', 'REB', ['Rwanda']],
    ['Turkish-backed factions', 'Syrian National Army', 'SYR', 'REB', ['Turkey']],
  ]],
  ['Israeli Prime Minister Benjamin Netanyahu met Hamas leader Yahya Sinwar\'s mediators.', [
    ['Israeli Prime Minister Benjamin Netanyahu', 'Benjamin Netanyahu', 'ISR', 'GOV'],
  ]],
  ['Gen. Michael Kurilla visited HMS Diamond in the Red Sea.', [
    ['Gen. Michael Kurilla', 'Michael Kurilla', null, 'MIL'],
    ['HMS Diamond', 'HMS Diamond', 'GBR', 'MIL'],
  ]],
  ['The Kremlin and Tehran condemned NATO, while the IDF and the IRGC traded fire.', [
    ['Kremlin', 'Kremlin', 'RUS', 'GOV'],
    ['Tehran', 'Iran', 'IRN', 'GOV'],
    ['NATO', 'NATO', 'IGO', 'IGO'],
    ['IDF', 'Military Forces of Israel', 'ISR', 'MIL'],
    ['IRGC', 'Islamic Revolutionary Guard Corps', 'IRN', 'MIL'],
  ]],
  ['The Trump administration said pro-government militias and protesters clashed in Baghdad.', [
    ['Trump administration', 'Trump administration', 'USA', 'GOV'],
    ['pro-government militias', 'Militia (Pro-Government)', null, 'MILITIA', []],
    ['protesters', 'protesters', null, 'PRO'],
  ]],
  ['Anti-Houthi National Resistance forces shelled the port.', [['National Resistance forces', 'National Resistance Forces', 'YEM', 'MIL']]],
  ['Austin met President Biden and Mr. Blinken; the Qatari emir visited Tehran.', [
    ['President Biden', 'Joe Biden', 'USA', 'GOV'],
    ['Mr. Blinken', 'Antony Blinken', 'USA', 'GOV'],
    ['Qatari emir', null, 'QAT', 'GOV'],
  ]],
  ['Chinese Foreign Ministry spokesperson Wang Wenbin spoke as Turkey deployed additional troops.', [
    ['Chinese Foreign Ministry spokesperson Wang Wenbin', 'Wang Wenbin', 'CHN', 'GOV'],
    ['Turkey', 'Turkey', 'TUR', 'GOV'],
    ['additional troops', 'military forces', null, 'MIL'],
  ]],
  ['Pro-Houthi shelled anti-Houthi forces; a Houthi-planted landmine killed two. Five Iranian missiles fell.', [
    ['Pro-Houthi', 'Houthis', 'YEM', 'REB', ['Iran']],
    ['anti-Houthi forces', 'anti-Houthi forces', 'YEM', 'MIL'],
    ['Houthi', 'Houthis', 'YEM', 'REB'],
  ]],
  ['Regime forces shelled rebel positions; police said the police station was hit.', [
    ['Regime forces', 'Military Forces of Syria', 'SYR', 'MIL'],
    ['police', 'police', null, 'COP'],
  ]],
  ['Health workers held a protest in Srinagar while farmers protested; two civilians were killed.', [
    ['Health workers', 'protesters', null, 'PRO'],
    ['farmers', 'protesters', null, 'PRO'],
    ['two civilians', 'civilians', null, 'CVL'],
  ]],
  ['Turkey and Chad signed a deal; Jordan said it would host talks.', [
    ['Turkey', 'Turkey', 'TUR', 'GOV'], ['Chad', 'Chad', 'TCD', 'GOV'], ['Jordan', 'Jordan', 'JOR', 'GOV'],
  ]],
  // older IGOs, past heads of government, ethnic communities, courts, elders
  ['The European Community and APEC welcomed the deal; the OAU and OPEC were silent.', [
    ['European Community', 'European Community', 'EUR', 'IGO'], ['APEC', 'APEC', 'IGO', 'IGO'],
    ['OAU', 'Organisation of African Unity', 'AFR', 'IGO'], ['OPEC', 'OPEC', 'IGO', 'IGO'],
  ]],
  ['The Clinton administration and the Yeltsin government disagreed; Kofi Annan urged restraint.', [
    ['Clinton administration', 'Clinton administration', 'USA', 'GOV'],
    ['Yeltsin government', 'Yeltsin government', 'RUS', 'GOV'],
    ['Kofi Annan', 'Kofi Annan', 'UNO', 'IGO'],
  ]],
  ['Bosnian Serbs rejected the map while Iraqi Kurds voted and Turkish Cypriot leaders met.', [
    ['Bosnian Serbs', 'Bosnian Serbs', 'BIH', 'CVL'], ['Iraqi Kurds', 'Iraqi Kurds', 'IRQ', 'CVL'],
    ['Turkish Cypriot leaders', 'Turkish Cypriots', 'CYP', 'CVL'],
  ]],
  ['The Latvian Constitutional Court ruled after Igbo traditional elders appealed.', [
    ['Latvian Constitutional Court', 'Latvia judiciary', 'LVA', 'JUD'],
    ['Igbo traditional elders', 'Igbo elders', 'NGA', 'CVL'],
  ]],
  ['Kosovo Serbs protested outside the municipal building.', [['Kosovo Serbs', 'Protesters (Kosovo)', 'KSV', 'PRO']]],
  // unnamed police, soldiers and guards protest only with a strict cue right after them
  ['Police officers protested outside the ministry over unpaid wages.', [['Police officers', 'protesters', null, 'PRO']]],
  ['Soldiers held a demonstration over unpaid wages.', [['Soldiers', 'protesters', null, 'PRO']]],
  ['Police officers blocked the road to the rally.', [['Police officers', null, null, 'COP']]],
  ['Soldiers marched into the town.', [['Soldiers', null, null, 'MIL']]],
  ['Police arrested students who were demonstrating.', [['Police', null, null, 'COP']]],
  ['Former Prime Minister Tony Blair met ex-president Carlos Menem; the former president spoke.', [
    ['Former Prime Minister Tony Blair', 'Tony Blair', 'GBR', 'GOV'],
    ['ex-president Carlos Menem', 'Carlos Menem', 'ARG', 'GOV'],
    ['former president', 'government', null, 'GOV'],
  ]],
];

/** Sentences and the mention texts they must not produce. */
const NEGATIVE: [string, string[]][] = [
  ['Let us go home, the rest of us said.', ['us', 'Let']],
  ['We had a turkey dinner and a chad of paper.', ['turkey', 'chad']],
  ['The Wall Street Journal reported it first.', ['Wall Street Journal', 'The Wall Street Journal']],
  ['Jordan Peterson spoke to The Washington Post.', ['Jordan', 'Washington']],
  ['In May, the talks resumed. They met on May 5.', ['May']],
  ['Is it true? IS it?', ['Is']],
  ['Regime forces shelled rebel positions near the police station.', ['rebel', 'police']],
  ['Five Iranian cruise missiles were fired.', ['Iranian', 'Iranian cruise missiles']],
  ['Residents of Sheikh Radwan fled.', ['Sheikh Radwan']],
];

test('actors: every actor of the reference article', () => {
  for (const [s, want] of ARTICLE) check(s, want);
});

test('actors: composites, patrons, titles, units', () => {
  for (const [s, want] of MORE) check(s, want);
});

test('actors: negatives', () => {
  for (const [s, bad] of NEGATIVE) {
    const got = mentions(s).map((m) => m.text);
    for (const b of bad) assert.ok(!got.includes(b), `"${b}" wrongly read as an actor in "${s}" (got ${got.join(', ')})`);
  }
});

test('actors: "May" is Theresa May only after she is named', () => {
  const got = mentions('Theresa May resigned. May said she was sad. She left in May.');
  assert.deepEqual(got.map((m) => [m.text, m.data.name, m.entry]), [
    ['Theresa May', 'Theresa May', 'actor:per.may'],
    ['May', 'Theresa May', 'rule:actor.surname-coref'],
  ]);
});

test('actors: the whole reference article, no overlapping mentions', () => {
  const text = readFileSync(join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt'), 'utf8');
  const got = mentions(text);
  for (let k = 1; k < got.length; k++) assert.ok(got[k]!.start >= got[k - 1]!.end, 'mentions overlap');
  const names = new Set(got.map((m) => m.data.name));
  for (const n of ['Iran-backed militias', 'Houthis', 'Antony Blinken', 'Matthew Miller', 'USS Carney', 'Hezbollah', 'Hamas', 'UN Security Council']) assert.ok(names.has(n), n);
  assert.ok(!got.some((m) => m.text.includes('Journal')), 'the Journal is an outlet');
});

test('actors: upper-case wire copy relaxes case rules but not short exact names', () => {
  const ms = mentions('SALVADORAN PRESIDENT ALFREDO CRISTIANI SAID THE FMLN GUERRILLAS ATTACKED. IT IS TRUE THAT TURKEY AND THE US ARMY MET.');
  const got = ms.map((m) => m.text);
  assert.ok(ms.some((m) => m.data.name === 'Alfredo Cristiani' && m.data.country === 'SLV'), 'names are Title Case, country from the demonym');
  assert.ok(ms.some((m) => m.text === 'FMLN GUERRILLAS' && m.data.name === 'FMLN'), got.join(', '));
  assert.ok(got.includes('TURKEY'), got.join(', '));
  assert.ok(!got.includes('IS'), got.join(', '));
  assert.ok(got.some((t) => t.startsWith('SALVADORAN PRESIDENT')), got.join(', '));
});

test('actors: lookupActor resolves aliases and ACLED names', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['Ansar Allah', 'Houthis', 'YEM', 'REB'],
    ['Houthi Movement - Ansar Allah', 'Houthis', 'YEM', 'REB'],
    ['Military Forces of Yemen (2016-) Supreme Political Council', 'Houthis', 'YEM', 'REB'],
    ['Military Forces of Syria (2000-)', 'Military Forces of Syria', 'SYR', 'MIL'],
    ['Islamic State (Syria)', 'Islamic State', null, 'REB'],
    ['QSD: Syrian Democratic Forces', 'Syrian Democratic Forces', 'SYR', 'REB'],
    ['Protesters (India)', 'Protesters (India)', 'IND', 'PRO'],
    ['Military Forces of Ukraine (2019-)', 'Military Forces of Ukraine', 'UKR', 'MIL'],
    ['Police Forces of Mexico (2018-)', 'Police Forces of Mexico', 'MEX', 'COP'],
    ['Washington', 'United States', 'USA', 'GOV'],
  ];
  for (const [q, name, country, sector] of cases) {
    const hit = lookupActor(q);
    assert.ok(hit, q);
    assert.deepEqual([hit.name, hit.country, hit.sector], [name, country, sector], q);
  }
  assert.equal(lookupActor('Nobody In Particular'), null);
});

test('actors: actorToModel keeps span, entry and provenance', () => {
  const m = mentions('Regardless, Blinken served notice to Iran and its proxies.');
  const proxies = m.find((x) => x.text === 'its proxies')!;
  const a = actorToModel(proxies);
  assert.deepEqual(a.span, [proxies.start, proxies.end]);
  assert.equal(a.provenance.rule, 'rule:actor.its-proxies');
  assert.equal(a.provenance.how, 'inferred');
  const iran = actorToModel(m.find((x) => x.text === 'Iran')!);
  assert.equal(iran.entry, 'actor:cty.irn');
  assert.equal(iran.provenance.how, 'stated');
});

// A hang guard, not a speed assertion: a super-linear scan would not finish within the timeout.
test('actors: hostile input finishes', { timeout: 60_000 }, () => {
  const text = 'pro-' .repeat(2000) + ' Iran-backed'.repeat(2000) + ' Secretary of State'.repeat(2000);
  const doc = recogniseActors(text);
  assert.ok(Array.isArray(doc.actors));
});

test('actors: an unnamed attacker, even one, is a generic (unidentified) actor, not a person', () => {
  const rows: [string, string][] = [
    ['An unidentified gunman shot a man.', 'unidentified gunman'],
    ['An armed man shot a driver.', 'armed man'],
    ['A masked attacker stabbed the guard.', 'masked attacker'],
  ];
  for (const [sentence, text] of rows) {
    const m = mentions(sentence).find((x) => x.text.toLowerCase().endsWith(text.split(' ').pop()!));
    assert.ok(m, `${text} in ${sentence}`);
    assert.equal(m.data.kind, 'generic', sentence);
    assert.equal(m.data.sector, 'UNK', sentence);
  }
});
