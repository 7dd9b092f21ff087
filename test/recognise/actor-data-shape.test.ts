import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/**
 * Every actor reading has one hidden class, whichever rule built it: a rare second class (a spread copy in the composite
 * rule, a literal without `ref`) made every optimised reader of actor data deoptimise when it first met one
 * (docs/PERFORMANCE.md, session 10). %HaveSameMap needs --allow-natives-syntax: asked in a child process.
 */
const SENTENCES = [
  'Former opposition fighter factions shelled the town of Afrin.',
  'Opposition fighter units attacked an army base near Homs.',
  'The regime criminal militias raided the village.',
  'Protesters blocked roads in Lagos.',
  'Two people were shot dead in Kano.',
  'Hamas fired rockets at Israel.',
];

test('actor readings of every rule share the hidden class of a dictionary reading', () => {
  const analyze = new URL('../../src/analyze.js', import.meta.url).href;
  const crowd = new URL('../../src/resolve/trigger-mention.js', import.meta.url).href;
  const code = `Promise.all([import(${JSON.stringify(analyze)}), import(${JSON.stringify(crowd)})]).then(([a, c]) => {
    const ref = a.analyzeDoc({ text: 'Hamas fired rockets at Israel.' }).actors[0].data;
    const odd = [];
    for (const text of ${JSON.stringify(SENTENCES)}) {
      const doc = a.analyzeDoc({ text });
      const all = [...doc.actors, ...doc.drafts.flatMap((d) => [...d.actors, ...d.recipients].map((x) => x.mention))];
      for (const m of all) if (!%HaveSameMap(ref, m.data)) odd.push(m.entry + ' in ' + text);
    }
    for (const riot of [false, true]) if (!%HaveSameMap(ref, c.crowdData(riot))) odd.push('crowdData(' + riot + ')');
    process.stdout.write(JSON.stringify(odd));
  })`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), []);
});
