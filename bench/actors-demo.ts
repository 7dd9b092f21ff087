// Print the actor mentions of a text file, or of the words after --text:
//   node dist/bench/actors-demo.js FILE    |    node dist/bench/actors-demo.js --text "Israeli troops fired."
import { readFileSync } from 'node:fs';
import { recogniseActors } from '../src/recognise/actor-run.js';
import { outletStage } from '../src/recognise/outlets.js';

const arg = process.argv[2] ?? '';
const text = arg === '--text' ? process.argv.slice(3).join(' ') : readFileSync(arg, 'utf8');
const doc = recogniseActors(text, [outletStage]);
for (const m of doc.actors) {
  const d = m.data;
  console.log(`${JSON.stringify(m.text).padEnd(40)} ${d.name} | ${d.country ?? '-'} ${d.sector ?? '-'} ${d.kind}${d.backedBy.length ? ' backedBy=' + d.backedBy.join(',') : ''}${d.role ? ' role=' + d.role : ''}  [${m.entry}]`);
}
