import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';

/**
 * A bracket between the subject and its verb is read through (src/code/subject-parenthetical.ts).
 * [text, actor names of the first event, in order]
 */
const CASES: [string, string[]][] = [
  ['On 2 May 2023, militants (suspected TTP) attacked a police post in Bannu.', ['Tehrik-i-Taliban Pakistan', 'militants']],
  ['On 2 May 2023, gunmen (likely al-Shabaab) ambushed a convoy near Afgooye.', ['Al-Shabaab', 'gunmen']],
  // no suspicion word: the bracket is a gloss, the subject stays the name before it
  ['On 2 May 2023, Houthi fighters (Ansar Allah) shelled a farm in Hays.', ['Houthis']],
];

/** A bracket that does not close right before the verb is still a boundary. */
const NOT: string[] = [
  'In the district (Bannu), a police post was attacked on 2 May 2023.',
];

test('subject read through a bracket before its verb', () => {
  for (const [text, want] of CASES) {
    const doc = analyzeDoc({ text, url: 'test:subject-parenthetical' });
    const ev = doc.events[0];
    assert.deepEqual(ev?.actors.map((a) => a.name), want, text);
  }
  for (const text of NOT) {
    const doc = analyzeDoc({ text, url: 'test:subject-parenthetical' });
    for (const ev of doc.events) assert.ok(!ev.actors.some((a) => a.provenance.rule.includes('brackets')), text);
  }
});

/** A short bracket after a name does not end a coordination: "between X (acronym) and Y". */
test('coordination read through a short gloss in brackets', () => {
  const text = 'On 2 May 2023, fighting broke out between the Chinland Defense Force (CDF) and the military forces near Mindat.';
  const doc = analyzeDoc({ text, url: 'test:subject-parenthetical' });
  const names = doc.events[0]?.actors.map((a) => a.name) ?? [];
  assert.ok(names.includes('Chinland Defense Force'), JSON.stringify(names));
  assert.ok(names.includes('military forces'), JSON.stringify(names));
});

/**
 * "X believed/suspected to be Y VERB": who the subject is thought to be, then the subject; a person or place after
 * "to be" is no such identity. [text, actor names of the first event, in order]
 */
const SUSPECTED: [string, string[]][] = [
  ['On 2 May 2023, gunmen believed to be al-Shabaab ambushed a convoy near Afgooye.', ['Al-Shabaab', 'gunmen']],
  ['On 2 May 2023, militants, suspected to be TTP, attacked a police post in Bannu.', ['Tehrik-i-Taliban Pakistan', 'militants']],
  ['Two men believed to be Ali and Omar attacked the guard.', ['rioters']],
];

test('subject with a clause of suspicion before its verb', () => {
  for (const [text, want] of SUSPECTED) {
    const doc = analyzeDoc({ text, url: 'test:subject-parenthetical' });
    assert.deepEqual(doc.events[0]?.actors.map((a) => a.name), want, text);
  }
});

/** "IS" after "to be" is the group, not an auxiliary: the event stays active, the gunmen its actor. */
test('the Islamic State\'s "IS" is no form of "be" for the voice of the verb after it', () => {
  const text = 'On 2 May 2023, unknown gunmen believed to be IS attacked a checkpoint near Deir ez-Zor.';
  const doc = analyzeDoc({ text, url: 'test:subject-parenthetical' });
  const ev = doc.events[0];
  assert.ok(ev && !ev.recipients.some((a) => a.text === 'unknown gunmen'), JSON.stringify(ev?.recipients.map((a) => a.text)));
  assert.ok(ev.actors.some((a) => a.text === 'unknown gunmen'), JSON.stringify(ev.actors.map((a) => a.text)));
});
