import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { roleTable } from './role-table.js';
import { eventAtOffset } from '../event-at.js';

/**
 * News prose, session 8 (our own sentences): recipients and actors that wire copy names in a roundabout way —
 * officials "of" a state, parties behind "leaders of", authors of proposals, fronted "as" phrases, destinations of
 * sending, complaints lodged with a body, "its forces" of the speaker, claims of an attack told before, sinkings.
 */
roleTable('news recipients', [
  // a title owned by a state after "of"
  { text: 'The Foreign Minister of Chile held talks with Peru on Monday.', trigger: 'held talks', actor: 'Foreign Minister of Chile', recipient: 'Peru' },
  { text: 'The defence minister of Kenya criticised Somalia.', trigger: 'criticised', actor: 'defence minister of Kenya', recipient: 'Somalia' },
  // a head standing for a party before "of"
  { text: 'Chile held talks with leaders of Peru on Tuesday.', trigger: 'held talks', recipient: 'Peru' },
  { text: 'Qatar hosted representatives of the Taliban in Doha.', trigger: 'hosted', recipient: 'Taliban' },
  { text: 'Egypt received a delegation from Hamas in Cairo.', trigger: 'received', recipient: 'Hamas' },
  // mediation acts on the sides between which it mediates
  { text: 'Qatar mediated between Israel and Hamas.', trigger: 'mediated', actor: 'Qatar', recipient: 'Hamas' },
  { text: "Oman's mediation between Iran and Saudi Arabia stalled.", trigger: 'mediation', actor: 'Oman', recipient: 'Iran' },
  // forces raised for a fight are aimed at the party after "against"
  { text: 'Britain mobilized army reservists for a possible war against Iraq.', trigger: 'mobilized', recipient: 'Iraq', notRecipient: 'reservists' },
  // the author of a proposal, call or offer
  { text: 'Germany rejected calls by Ukraine for more tanks.', trigger: 'rejected', recipient: 'Ukraine' },
  { text: 'Kenya accepted an offer by Ethiopia to mediate.', trigger: 'accepted', recipient: 'Ethiopia' },
  { text: 'Norway demanded an apology by Moscow for the raid.', trigger: 'demanded', recipient: 'Moscow' },
  // a fronted predicative "as" phrase
  { text: 'Albania denounced as a crime Serbia\'s crackdown in the province.', trigger: 'denounced', recipient: 'Serbia' },
  // the destination of sending
  { text: 'Pakistan refused to send troops to Iraq.', trigger: 'refused', recipient: 'Iraq', notRecipient: 'troops' },
  { text: 'France sent 4,000 troops to Liberia.', trigger: 'sent', recipient: 'Liberia', notRecipient: 'troops' },
  // the party of an infinitive after refusing, agreeing or threatening
  { text: 'Israel refused to negotiate with Hamas.', trigger: 'refused', recipient: 'Hamas' },
  { text: 'Saudi Arabia threatened to cut ties with Qatar.', trigger: 'threatened', recipient: 'Qatar' },
  // a complaint lodged with a body is aimed at the party complained about
  { text: 'Iran complained to the Security Council over the US strikes.', trigger: 'complained', recipient: 'US', notRecipient: 'Security Council' },
  { text: 'Chad protested to Libya over the border incursion.', trigger: 'protested', recipient: 'Libya' },
  // "its/their forces" of the reporting subject
  { text: 'Israel said its forces struck targets in the south.', trigger: 'struck', actor: 'its forces' },
  { text: 'The army said its forces shelled rebel positions near the town.', trigger: 'shelled', actor: 'its forces' },
  // a demonym before "air strikes/raids" names the attacker
  { text: 'Russian air strikes hit the market on Sunday.', trigger: 'air strikes', actor: 'Russian' },
  // sinking needs someone who sank something
  { text: 'Pirates sank a fishing boat near the island.', trigger: 'sank', actor: 'Pirates' },
  { text: 'The flagship was sunk by Ukrainian forces.', trigger: 'sunk', actor: 'Ukrainian forces' },
  // a participle with its result phrase after a comma
  { text: 'A man ran through the market, stabbing to death a shopkeeper.', trigger: 'stabbing', recipient: 'shopkeeper' },
]);

/** Countries and sectors of the actors the rules build. */
const countries: Array<{ text: string; trigger: string; actor: string; country: string; sector?: string }> = [
  { text: 'The Foreign Minister of Chile held talks with Peru on Monday.', trigger: 'held talks', actor: 'Foreign Minister of Chile', country: 'CHL', sector: 'GOV' },
  { text: 'Israel said its forces struck targets in the south.', trigger: 'struck', actor: 'its forces', country: 'ISR', sector: 'MIL' },
  { text: 'The Sudanese government accused the rebels of breaking the truce.', trigger: 'accused', actor: 'Sudanese government', country: 'SDN', sector: 'GOV' },
];
for (const c of countries) {
  test(`news recipients, actor country: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = eventAtOffset(a.events, at);
    assert.ok(ev, `an event at "${c.trigger}"`);
    const actor = ev.actors.find((x) => x.text.includes(c.actor));
    assert.ok(actor, `actor ${c.actor} in [${ev.actors.map((x) => x.text).join(', ')}]`);
    assert.equal(actor.country, c.country);
    if (c.sector) assert.equal(actor.sector, c.sector);
  });
}

/** Uses that must stay as they were. */
const kept: Array<{ text: string; trigger: string; notRecipient?: string; noEvent?: boolean; actorNot?: string; countryNot?: string }> = [
  // the state owns the next noun, not the title
  { text: 'Rebels killed the deputy chief of Israel\'s allied militia.', trigger: 'killed', notRecipient: 'chief of Israel' },
  // a state's name that opens a longer proper name owns no title
  { text: 'The secretary of the Georgia State Ethics Commission criticised the mayor.', trigger: 'criticised', countryNot: 'GEO' },
  // another preposition opens another phrase: no party of the infinitive
  { text: 'The envoy agreed to resign without returning to Kyrgyzstan.', trigger: 'agreed', notRecipient: 'Kyrgyzstan' },
  // "its proxies" stay backed, not owned
  { text: 'Iran and its proxies attacked the base.', trigger: 'attacked', actorNot: 'Military Forces of Iran' },
];
for (const c of kept) {
  test(`news recipients, kept: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = eventAtOffset(a.events, at);
    if (c.noEvent) { assert.equal(ev, undefined); return; }
    if (!ev && (c.countryNot || c.notRecipient)) return; // no event at all: nothing of the kind either
    assert.ok(ev, `an event at "${c.trigger}"`);
    if (c.notRecipient) assert.ok(!ev.recipients.some((x) => x.text.includes(c.notRecipient!)), ev.recipients.map((x) => x.text).join(', '));
    if (c.actorNot) assert.ok(!ev.actors.some((x) => x.name === c.actorNot), ev.actors.map((x) => x.name).join(', '));
    if (c.countryNot) assert.ok(!ev.actors.some((x) => x.country === c.countryNot), ev.actors.map((x) => `${x.name} (${x.country})`).join(', '));
  });
}

/** No attack: shipwrecks, storms, falling prices. */
for (const text of ['The ferry sank in a storm off the coast.', 'A storm sank two fishing boats.', 'Prices sank after the announcement.']) {
  test(`news recipients, no sinking attack: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    assert.deepEqual(a.events.filter((e) => e.triggers.some((t) => /^(sank|sunk)$/i.test(t.text))).map((e) => e.codes.plover.type), []);
  });
}

/** A claim of responsibility in a later sentence names the doer of the event told before. */
test('news recipients: a later claim of responsibility merges into the attack it repeats', () => {
  const text = 'A suicide bomber blew himself up at a police checkpoint in the city on Sunday, killing six officers. '
    + 'The Islamic State group later claimed responsibility for the attack.';
  const a = analyze({ text, published: '2024-03-12' });
  const assaults = a.events.filter((e) => e.codes.plover.type === 'ASSAULT');
  assert.equal(assaults.length, 1, assaults.map((e) => e.triggers.map((t) => t.text).join('+')).join(' | '));
  assert.ok(assaults[0]!.actors.some((x) => x.name === 'Islamic State'), assaults[0]!.actors.map((x) => x.name).join(', '));
});

/** Appeals are CAMEO 02 (APPEAL), demands 10 (DEMAND); both are PLOVER REQUEST. */
const appeals: Array<[string, string]> = [
  ['Kenya urged Uganda to hand over the suspects.', '020'],
  ['The council called on both sides to respect the truce.', '020'],
  ['The opposition demanded the release of its leaders.', '100'],
];
for (const [text, code] of appeals) {
  test(`news recipients, appeal or demand: ${text}`, () => {
    const a = analyze({ text, published: '2024-03-12' });
    const ev = a.events.find((e) => e.codes.plover.type === 'REQUEST');
    assert.ok(ev, 'a REQUEST event');
    assert.equal(ev.codes.cameo.code, code);
  });
}
