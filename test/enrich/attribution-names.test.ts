import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

/**
 * A reporting verb's word inside a name is no cue (src/code/reporting.ts inName): "Tell" of Syrian place names ("tell",
 * a hill), "Said" as a given name. A capitalised cue in a title-case line, or at the start of a sentence, stays one.
 * Own sentences.
 */
const CASES: { text: string; trigger: string; speaker: string | null }[] = [
  // names: no speaker at all
  { text: 'Army units recaptured the village of Tell Hamra from the rebels.', trigger: 'recaptured', speaker: null },
  { text: 'Gunmen attacked a checkpoint near Tell Sabi on Friday.', trigger: 'attacked', speaker: null },
  { text: 'Militants killed the local commander Said Hamdan in an ambush.', trigger: 'killed', speaker: null },
  // cues that stay cues
  { text: 'Police Say Gunmen Attacked A Checkpoint Near The Border', trigger: 'Attacked', speaker: 'Police' },
  { text: 'Officials said militants attacked a checkpoint near the border.', trigger: 'attacked', speaker: 'Officials' },
];

for (const c of CASES) {
  test(`reporting cue or name: ${c.text}`, () => {
    const a = analyze({ text: c.text, published: '2024-03-12' });
    const at = c.text.indexOf(c.trigger);
    const ev = a.events.find((e) => e.triggers.some((t) => t.span[0] <= at && at < t.span[1]));
    assert.ok(ev, `an event at "${c.trigger}"`);
    const who = ev.attribution.map((x) => x.speaker?.text ?? x.speakerText ?? '');
    if (c.speaker === null) assert.deepEqual(who, []);
    else assert.ok(who.some((w) => w.includes(c.speaker!)), `speaker ${c.speaker} in [${who.join(', ')}]`);
  });
}
