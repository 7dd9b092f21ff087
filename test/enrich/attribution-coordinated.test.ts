import { speakerTable, type SpeakerCase } from './speaker-table.js';

/**
 * A reporting cue whose clause is joined on after the event's clause ("…, and the ministry said …") does not report
 * that event (src/code/reporting.ts clauseJoin, governingCue); a sentence-final cue after a comma still does, and so
 * does a coordinated speaker ("the U.S. and Britain said"). Own sentences.
 */
const CASES: SpeakerCase[] = [
  // joined clauses: the later speaker did not report the earlier event
  { text: 'Gunmen killed three villagers near the market, and residents said the police never came.', trigger: 'killed', speaker: null },
  { text: 'Rebels shelled the airport on Monday, and the ministry said it would retaliate.', trigger: 'shelled', speaker: null },
  { text: 'Militants attacked a convoy near Gao but the army said nobody was hurt.', trigger: 'attacked', speaker: null },
  // the cue still reports the event before it
  { text: 'Rebels shelled the airport on Monday, the ministry said.', trigger: 'shelled', speaker: 'ministry' },
  { text: 'Rebels shelled the airport on Monday, Britain and France said.', trigger: 'shelled', speaker: 'Britain' },
  // an event after the cue is reported by it
  { text: 'The army said militants attacked a convoy near Gao.', trigger: 'attacked', speaker: 'army' },
];

speakerTable('attribution of joined clauses', CASES);
