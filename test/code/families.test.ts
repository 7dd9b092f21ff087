import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import type { Event } from '../../src/model/event.js';

/**
 * Sentence → expected event, one row per case, per family. Reference date 2024-03-12 (a Tuesday).
 * `actor`/`recipient` match a canonical name or a country code of any actor on that side.
 */
interface Row {
  text: string;
  family: string;
  plover?: string;
  cameo?: string;
  actor?: string;
  recipient?: string;
  modality?: string;
  place?: string;
  killed?: number;
  acled?: string;
  weapon?: string;
}

const rows: Row[] = [
  // assault: active, passive, nominal, with weapons
  { text: 'Houthi forces shelled residential areas in Taizz city on Monday, killing two civilians.', family: 'assault', plover: 'ASSAULT', cameo: '194', actor: 'YEM', place: 'YEM', killed: 2, acled: 'Shelling/artillery/missile attack' },
  { text: 'Israeli warplanes struck a house in Rafah, killing five people.', family: 'assault', cameo: '195', actor: 'ISR', place: 'PSE', killed: 5, acled: 'Air/drone strike' },
  { text: 'A U.S. convoy was attacked by al-Shabaab militants near Mogadishu.', family: 'assault', actor: 'al-Shabaab', recipient: 'USA', place: 'SOM' },
  { text: 'Russian drone attacks on Kharkiv killed three civilians overnight.', family: 'assault', actor: 'RUS', place: 'UKR', weapon: 'drone', killed: 3 },
  { text: 'An IED exploded near an army patrol in Marib, wounding four soldiers.', family: 'assault', cameo: '183', place: 'YEM', acled: 'Remote explosive/landmine/IED' },
  { text: 'Unidentified gunmen shot dead a local official in Daraa.', family: 'assault', cameo: '193', place: 'SYR' },
  { text: 'Unidentified gunmen shot dead a university professor in Barranquilla.', family: 'assault', acled: 'Attack' },
  { text: 'Gunmen shot dead a judge and his brother in Herat.', family: 'assault', acled: 'Attack' },
  // fight
  { text: 'SDF fighters clashed with Islamic State militants near Deir ez-Zor.', family: 'fight', actor: 'SYR', recipient: 'Islamic State', acled: 'Armed clash' },
  { text: 'Fighting between the Sudanese army and the RSF continued in Khartoum.', family: 'fight', actor: 'SDN', place: 'SDN' },
  { text: 'Soldiers at the checkpoint returned fire and the attackers fled.', family: 'fight', acled: 'Armed clash' },
  // an event noun before a finite intransitive verb, even after a date with no comma
  { text: 'On 2 February 2020 clashes broke out between Houthi fighters and Tariq Saleh\'s forces in Mocha.', family: 'fight', actor: 'National Resistance Forces', recipient: 'Houthis' },
  { text: 'Clashes erupted on Sunday near a village in the western countryside of Hama between regime forces and rebel fighters.', family: 'fight', actor: 'SYR' },
  { text: 'Heavy fighting raged between the Sudanese army and RSF fighters in Omdurman.', family: 'fight', actor: 'SDN' },
  // threaten
  { text: 'Hezbollah threatened to strike Israel if the offensive continues.', family: 'threaten', plover: 'THREATEN', actor: 'Hezbollah', recipient: 'ISR', modality: 'conditional' },
  { text: 'Blinken warned Iran against further escalation.', family: 'threaten', actor: 'USA', recipient: 'IRN' },
  // accuse
  { text: 'Israel accused Iran of arming the Houthis.', family: 'accuse', plover: 'ACCUSE', actor: 'ISR', recipient: 'IRN' },
  { text: 'The U.N. Security Council condemned the attack on the convoy.', family: 'accuse', cameo: '111' },
  // consult
  { text: 'Egypt and Qatar held talks with Hamas in Cairo on Sunday.', family: 'consult', plover: 'CONSULT', actor: 'EGY', recipient: 'Hamas' },
  { text: 'The Qatari emir visited Tehran on Sunday.', family: 'consult', cameo: '042', actor: 'QAT' },
  // coerce
  { text: 'Israeli forces arrested five Palestinians in Jenin.', family: 'coerce', plover: 'COERCE', actor: 'ISR', place: 'PSE', acled: 'Arrests' },
  // protest
  { text: 'Hundreds of protesters gathered in Baghdad to demand jobs.', family: 'protest', plover: 'PROTEST', place: 'IRQ', acled: 'Peaceful protest' },
  { text: 'Residents blocked the main avenue in Oaxaca to demand clean water.', family: 'protest', cameo: '144', plover: 'PROTEST', acled: 'Peaceful protest' },
  { text: 'On Monday dozens of construction workers blocked the main road outside the site demanding owed wages.', family: 'protest', cameo: '144', acled: 'Peaceful protest' },
  { text: 'In Ecatepec the highway and the central avenue were blocked to denounce water shortages.', family: 'protest', cameo: '144' },
  { text: 'About 200 supporters of the former president blocked roads in Algiers.', family: 'protest' },
  { text: 'Teachers occupied a high school in Lyon to denounce the reform.', family: 'protest', cameo: '144', acled: 'Peaceful protest' },
  { text: 'Members of the Workers Movement (MTD) protested to demand jobs in Salta.', family: 'protest', cameo: '141', acled: 'Peaceful protest' },
  { text: 'A group of women protested claiming justice for victims of femicide.', family: 'protest', acled: 'Peaceful protest' },
  { text: 'Several dozen employees protested on the premises of the company demanding a pay raise.', family: 'protest', acled: 'Peaceful protest' },
  { text: 'Rioters threw stones at police and burned tyres in Tunis.', family: 'protest', place: 'TUN' },
  // retreat, mobilize, sanction, aid
  { text: 'Hamas released two hostages on Friday.', family: 'retreat', plover: 'RETREAT', actor: 'Hamas' },
  { text: 'Russian forces withdrew from Kherson.', family: 'retreat', actor: 'RUS' },
  { text: 'Turkey deployed additional troops to the border with Syria.', family: 'mobilize', plover: 'MOBILIZE', actor: 'TUR' },
  { text: 'Gunmen on a motorbike shot dead an off-duty police officer in Irapuato.', family: 'assault', acled: 'Attack' },
  { text: 'Police shot dead a police officer during a raid in Irapuato.', family: 'assault', acled: 'Armed clash' },
  { text: 'Two groups of students clashed on the campus in Lahore, injuring 21 students.', family: 'fight', acled: 'Mob violence' },
  { text: 'Israeli forces destroyed residential buildings in controlled explosions in Rafah.', family: 'assault', acled: 'Looting/property destruction' },
  { text: 'Around 500 people demonstrated in Rennes. They broke windows of a restaurant and set bins on fire.', family: 'protest', acled: 'Violent demonstration' },
  { text: 'Around 500 people demonstrated in Rennes. The march ended peacefully at the town hall.', family: 'protest', acled: 'Peaceful protest' },
  { text: 'The hill town of Kfar Nabuda was captured on Monday after heavy shelling.', family: 'fight' },
  { text: 'Five hundred members of the National Guard were deployed to reinforce security in Leon.', family: 'mobilize', cameo: '154', acled: 'Change to group/activity' },
  { text: 'The reinforcements were headed towards Marib on Sunday.', family: 'mobilize' },
  { text: 'The two sides of the island agreed on Friday to share information on missing people.', family: 'agree', plover: 'AGREE' },
  { text: 'The former minister has been accused of embezzling public funds.', family: 'accuse', plover: 'ACCUSE' },
  { text: 'Russian forces carried out a patrol in several villages near Kobani.', family: 'mobilize', cameo: '150', plover: 'MOBILIZE', actor: 'RUS', acled: 'Change to group/activity' },
  { text: 'Regime forces conducted sweeping operations in the desert near Palmyra.', family: 'mobilize', cameo: '150', acled: 'Change to group/activity' },
  { text: 'Turkish forces brought military reinforcements to their posts east of Idlib.', family: 'mobilize', cameo: '154', actor: 'TUR', acled: 'Change to group/activity' },
  { text: 'Turkish forces set up a new military post near Ariha.', family: 'mobilize', actor: 'TUR' },
  { text: 'The Saudi-led coalition started a recruitment campaign in Abyan.', family: 'mobilize', cameo: '154' },
  { text: 'Security forces recovered a cache of arms in a village near Imphal.', family: 'coerce', cameo: '1711', acled: 'Disrupted weapons use' },
  { text: 'The United States imposed sanctions on Houthi financiers.', family: 'sanction', actor: 'USA' },
  { text: 'Iran supplied weapons to the Houthis.', family: 'aid', plover: 'AID', actor: 'IRN', recipient: 'Houthi' },
  // intercept
  { text: 'Saudi air defences intercepted two ballistic missiles fired by the Houthis.', family: 'intercept', actor: 'SAU', acled: 'Disrupted weapons use' },
  { text: 'Police deactivated an explosive device found near a school in Cali.', family: 'intercept', acled: 'Disrupted weapons use' },
  { text: 'Army engineers safely removed two landmines near the village on Sunday.', family: 'intercept', acled: 'Disrupted weapons use' },
];

function side(e: Event, which: 'actors' | 'recipients', want: string): boolean {
  return e[which].some((a) => a.country === want || a.name.toLowerCase().includes(want.toLowerCase()) || a.text.toLowerCase().includes(want.toLowerCase()));
}

for (const row of rows) {
  test(`${row.family}: ${row.text}`, () => {
    const a = analyze({ text: row.text, published: '2024-03-12' });
    const e = a.events.find((x) => x.family === row.family);
    assert.ok(e, `no ${row.family} event; got ${a.events.map((x) => x.family).join(', ') || 'none'}`);
    if (row.plover) assert.equal(e.codes.plover.type, row.plover);
    if (row.cameo) assert.equal(e.codes.cameo.code, row.cameo);
    if (row.actor) assert.ok(side(e, 'actors', row.actor), `actor ${row.actor}; got ${e.actors.map((x) => `${x.name}/${x.country}`).join(', ') || 'none'}`);
    if (row.recipient) assert.ok(side(e, 'recipients', row.recipient), `recipient ${row.recipient}; got ${e.recipients.map((x) => `${x.name}/${x.country}`).join(', ') || 'none'}`);
    assert.equal(e.modality, row.modality ?? (row.family === 'threaten' ? e.modality : 'asserted'));
    if (row.place) assert.ok(e.locations.some((l) => l.country === row.place), `place in ${row.place}; got ${e.locations.map((l) => `${l.name}/${l.country}`).join(', ') || 'none'}`);
    if (row.killed !== undefined) assert.equal(e.quantities.filter((q) => q.kind === 'killed').reduce((s, q) => s + (q.value ?? 0), 0), row.killed);
    if (row.acled) assert.equal(e.codes.acled?.subEventType, row.acled);
    if (row.weapon) assert.ok(e.weapons.some((w) => w.category === row.weapon || w.kind === row.weapon));
    // every event field knows where it came from
    for (const x of [...e.actors, ...e.recipients, ...e.locations]) assert.ok(x.provenance.rule.length > 0);
    assert.ok(e.provenance['codes']?.rule);
  });
}
