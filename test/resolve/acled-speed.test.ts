import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, cueTokens, type AcledCue } from '../../src/resolve/acled-cues.js';
import { acledSignals, acledRules, classifyAcled, matchRule, type AcledFeatures } from '../../src/resolve/acled.js';
import { toAnalysis, analyzeDoc } from '../../src/analyze.js';

/** Invented cues: a weapon phrase inside a longer weapon phrase, a shadowing cue, and plain cues. */
const CUES: AcledCue[] = [
  { id: 'fight', group: 'clash', phrases: ['fight', 'fighting'], example: '' },
  { id: 'no-fight', group: 'calm', phrases: ['without a fight'], example: '', shadows: true },
  { id: 'grenade', group: 'weapon', phrases: ['grenade'], example: '', weapon: 'grenade' },
  { id: 'launcher', group: 'weapon-heavy', phrases: ['grenade launcher'], example: '', weapon: 'artillery' },
  { id: 'shot', group: 'direct-violence', phrases: ['shot', 'shot dead'], example: '' },
];

/** Which cue ids the matcher keeps, in order, for each invented sentence. */
const cases: { text: string; ids: string[] }[] = [
  { text: 'They took the town without a fight.', ids: ['no-fight'] },
  { text: 'Fighting went on; they took the town without a fight.', ids: ['fight', 'no-fight'] },
  { text: 'He fired a grenade launcher.', ids: ['launcher'] },
  { text: 'He threw a grenade, then a grenade launcher was fired.', ids: ['grenade', 'launcher'] },
  { text: 'A man was shot dead after the fighting.', ids: ['shot', 'shot', 'fight'] },
  { text: 'No cue here.', ids: [] },
  { text: 'grenade grenade launcher grenade', ids: ['grenade', 'launcher', 'grenade'] },
];

test('cue matcher: shadowed hits dropped by the start-ordered scan', () => {
  const m = compileCues(CUES);
  for (const c of cases) {
    const hits = m.find(cueTokens(c.text));
    assert.deepEqual(hits.map((h) => h.cue.id), c.ids, c.text);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.start <= hits[i]!.start, `${c.text}: hits in start order`);
  }
});

function features(sentence: string, extra: Partial<AcledFeatures>): AcledFeatures {
  return {
    family: 'assault', ploverType: 'ASSAULT', cameo: '190', triggers: [], weaponCategories: [], actorSectors: [], recipientSectors: [],
    recipientKinds: [], killed: null, sentenceNorms: cueTokens(sentence), modality: 'asserted', ...extra,
  };
}

test('acled signals: the names the rules test, derived ones included, repeat identically', () => {
  const rows: { f: AcledFeatures; has: string[]; not: string[] }[] = [
    { f: features('Gunmen shot dead two villagers.', { triggers: ['shot'], cameo: '1823' }), has: ['family:assault', 'recipient:unknown'], not: ['trigger:shot', 'cameo:1823'] },
    {
      f: features('Soldiers shelled the town.', { actorSectors: ['MIL'], recipientSectors: ['CVL'], recipientKinds: ['generic'], weaponCategories: ['artillery'], coFamilies: ['fight'] }),
      has: ['actor:MIL', 'actor:state', 'recipient:CVL', 'recipient:civilian', 'weapon:artillery', 'remote', 'cofamily:fight'],
      not: ['recipient:unknown', 'recipientKind:generic'],
    },
    // a derived signal from an alternative of two signals (family:fight and trigger:captured)
    { f: features('It happened there.', { family: 'fight', triggers: ['captured'] }), has: ['family:fight', 'trigger:captured', 'territory-taken'], not: ['remote'] },
    { f: features('It happened there.', { family: 'protest', triggers: ['captured'] }), has: ['trigger:captured'], not: ['territory-taken'] },
  ];
  for (const r of rows) {
    const first = [...acledSignals(r.f)];
    for (const name of r.has) assert.ok(first.includes(name), `${name} in ${first.join(' ')}`);
    for (const name of r.not) assert.ok(!first.includes(name), `${name} not in ${first.join(' ')}`);
    assert.deepEqual([...acledSignals(r.f)], first);
  }
});

/** The rules' meaning over signal names, spelled out: every `all` condition holds (a list: any of it), no `none` signal. */
function firstRuleByNames(signals: Set<string>): string | undefined {
  const holds = (c: string | string[]): boolean => (typeof c === 'string' ? signals.has(c) : c.some((x) => signals.has(x)));
  return acledRules().find((r) => (r.all ?? []).every(holds) && !(r.none ?? []).some((x) => signals.has(x)))?.id;
}

test('acled rules compiled to bit masks: the same first rule as the spelled-out conditions', () => {
  const rules = acledRules();
  const names = [...new Set(rules.flatMap((r) => [...(r.all ?? []).flat(), ...(r.none ?? [])]))].sort();
  // each rule's own signals (so that it can fire), with and without its first `none`, plus fixed mixes of names
  const sets: Set<string>[] = [new Set(), new Set(['nonsense:signal'])];
  for (const r of rules) {
    const own = (r.all ?? []).map((c) => (typeof c === 'string' ? c : c[c.length - 1]!));
    sets.push(new Set(own));
    if (r.none?.length) sets.push(new Set([...own, r.none[0]!]));
  }
  for (let k = 0; k < 200; k++) sets.push(new Set(names.filter((_, i) => (i * 7 + k * 13) % 11 < 3)));
  for (const s of sets) assert.equal(matchRule(s)?.id, firstRuleByNames(s), [...s].join(' '));
});

test('toAnalysis: article fields without the text, then chars and sentences, in order', () => {
  const inputs = [
    { text: 'Protesters marched in the capital. Police dispersed them.', title: 'T', url: 'https://example.org/a', published: '2024-01-02' },
    { text: 'Nothing happened.' },
  ];
  for (const input of inputs) {
    const doc = analyzeDoc(input);
    const a = toAnalysis(doc).article as unknown as Record<string, unknown>;
    assert.equal('text' in a, false);
    const expected = Object.keys(doc.article).filter((k) => k !== 'text').concat(['chars', 'sentences']);
    assert.deepEqual(Object.keys(a), expected);
    assert.equal(a['chars'], input.text.length);
    assert.equal(a['sentences'], doc.sentences.length);
    for (const k of Object.keys(doc.article)) if (k !== 'text') assert.equal(a[k], (doc.article as unknown as Record<string, unknown>)[k]);
  }
});

test('acled note groups given lazily: asked for only when a rule that tests them may hold, same answers as eager', () => {
  const rows: { f: AcledFeatures; notes: string[] }[] = [
    { f: features('Jets struck a depot near the town.', { triggers: ['struck'], weaponCategories: ['air'] }), notes: ['air-defence-response'] },
    { f: features('Jets struck a depot near the town.', { triggers: ['struck'], weaponCategories: ['air'] }), notes: [] },
    { f: features('The army shelled rebel positions.', { triggers: ['shelled'], weaponCategories: ['artillery'], actorSectors: ['MIL'] }), notes: ['attack-answered'] },
    { f: features('Rebels took control of the town.', { family: 'fight', triggers: ['took'] }), notes: ['no-resistance'] },
    { f: features('Hundreds demonstrated peacefully in the capital.', { family: 'protest', triggers: ['demonstrated'] }), notes: ['no-resistance', 'attack-answered'] },
  ];
  for (const r of rows) {
    const eager = classifyAcled({ ...r.f, noteGroups: r.notes });
    let asked = 0;
    const lazy = classifyAcled({ ...r.f, noteGroups: () => { asked++; return r.notes; } });
    assert.deepEqual(lazy, eager, r.f.sentenceNorms.join(' '));
    assert.ok(asked <= 1);
    assert.deepEqual([...acledSignals({ ...r.f, noteGroups: () => r.notes })], [...acledSignals({ ...r.f, noteGroups: r.notes })]);
  }
  // a protest never reaches the battle rules' note tests
  let asked = 0;
  classifyAcled({ ...rows[4]!.f, noteGroups: () => { asked++; return []; } });
  assert.equal(asked, 0);
});
