import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { RULE_IMPLIED_PERPETRATOR, RULE_NAMED_UNKNOWN } from '../../src/resolve/implied-perpetrator.js';

/**
 * A killing told only passively gets an inferred unidentified armed actor (src/resolve/implied-perpetrator.ts);
 * a text that names anyone who could be the perpetrator, or an army's weapon, or a battle, does not.
 * [text, inferred perpetrator expected on the first assault event]
 */
const CASES: [string, boolean][] = [
  ['On 3 May 2023, in Tlaquepaque, Jalisco, a shopkeeper was shot dead outside his store.', true],
  ['On 4 May 2023, in Salvador (Bahia), a young man was shot and killed near a bus stop.', true],
  ['The body of a taxi driver was found with gunshot wounds on a dirt road near Culiacan, Sinaloa.', true],
  ['Two men were found shot dead on a dirt road near Culiacan, Sinaloa.', true],
  ['On 5 May 2023, a trader was kidnapped on the road to Kaduna.', true],
  // a blast: someone planted the bomb
  ['On 7 May 2023, a roadside bomb exploded near the market of Sinjar.', true],
  ['On 7 May 2023, a missile exploded near the market of Sinjar.', false],
  // a blast told with the noun "bomb", and the people a charge killed, soldiers and police too (session 11)
  ['On 7 May 2023, a bomb exploded near the market of Sinjar, killing two shepherds.', true],
  ['On 9 May 2023, three policemen were killed by a roadside bomb near Lashkar Gah.', true],
  ['On 9 May 2023, two soldiers were killed by a landmine near the border village of Tal Abyad.', true],
  // a bomb carried, joked about or threatened is no blast; a charge beside an army's weapon is a strike
  ['On 9 May 2023, a passenger was detained after joking about carrying a bomb on the plane.', false],
  ['On 9 May 2023, two soldiers were killed by a bomb dropped from a drone near Bakhmut.', false],
  // the perpetrator is named
  ['On 6 May 2023, gunmen shot dead a shopkeeper in Tlaquepaque, Jalisco.', false],
  ['On 6 May 2023, a shopkeeper was shot dead by soldiers in Tlaquepaque, Jalisco.', false],
  // an armed actor named elsewhere in the text leaves the killing to it
  ['Cartel members set up roadblocks in Zamora. A shopkeeper was shot dead in the town the same day.', false],
  // a battle, an air strike, a fighter killed: not an unknown gunman's act
  ['A farmer was killed in clashes between two armed groups near the village.', false],
  ['A farmer was killed in an airstrike on the village of Kafr Nabl.', false],
  ['A soldier was shot dead at a checkpoint near the border.', false],
  // an unnamed armed actor told beside the killing is its perpetrator (actor:unnamed-armed-near-killing)
  ['On 8 May 2023, in Tlaquepaque, Jalisco, a shopkeeper was shot dead outside his store. The gunmen fled on a motorcycle.', false],
  // a state's or a crowd's act
  ['Two men were executed in the central prison of Shiraz.', false],
];

test('implied perpetrator: passive killings with no one named', () => {
  for (const [text, want] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:implied-perpetrator' });
    const ev = doc.events.find((e) => e.family === 'assault');
    const got = ev?.actors.find((a) => a.provenance.rule.startsWith(RULE_IMPLIED_PERPETRATOR)) ?? null;
    assert.equal(got !== null, want, `${text}: ${JSON.stringify(ev?.actors.map((a) => a.provenance.rule))}`);
    if (got) {
      assert.equal(got.provenance.how, 'inferred', text);
      assert.equal(got.sector, 'UNK', text);
      assert.equal(got.kind, 'generic', text);
    }
  }
});

test('implied perpetrator: the unnamed gunmen told beside a passive killing', () => {
  const rows: [string, string][] = [
    ['On 8 May 2023, in Tlaquepaque, Jalisco, a shopkeeper was shot dead outside his store. The gunmen fled on a motorcycle.', 'gunmen'],
    ['A bus driver was shot dead on the ring road of Kumasi. Police said two armed men had been waiting for him.', 'two armed men'],
    // session 9: an attack beside it in the sentence whose doers are the unnamed armed men
    ['A man was shot dead and another man was shot and injured by two armed men near the market of Kumasi.', 'two armed men'],
  ];
  for (const [text, want] of rows) {
    const doc = analyzeDoc({ text, url: 'test:implied-perpetrator' });
    const ev = doc.events.find((e) => e.family === 'assault');
    const got = ev?.actors.find((a) => a.provenance.rule.startsWith(RULE_NAMED_UNKNOWN));
    assert.equal(got?.text, want, `${text}: ${JSON.stringify(ev?.actors.map((a) => [a.text, a.provenance.rule]))}`);
    assert.equal(got?.provenance.how, 'inferred', text);
  }
  // a named armed group anywhere leaves the killing unbound
  const doc = analyzeDoc({ text: 'Cartel members set up roadblocks in Zamora. A shopkeeper was shot dead in the town. The gunmen fled.', url: 'test:implied-perpetrator' });
  const ev = doc.events.find((e) => e.family === 'assault' && e.triggers.some((t) => t.text === 'shot dead'));
  assert.equal(ev?.actors.some((a) => a.provenance.rule.startsWith(RULE_NAMED_UNKNOWN)) ?? false, false);
});

test('implied perpetrator: takes the country of the event place', () => {
  const doc = analyzeDoc({ text: 'On 3 May 2023, in Tlaquepaque, Jalisco, a shopkeeper was shot dead outside his store.', url: 'test:implied-perpetrator' });
  const a = doc.events.find((e) => e.family === 'assault')!.actors[0]!;
  assert.equal(a.country, 'MEX');
  assert.equal(a.name, 'unidentified armed group');
});
