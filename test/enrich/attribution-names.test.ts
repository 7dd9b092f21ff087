import { speakerTable, type SpeakerCase } from './speaker-table.js';

/**
 * A reporting verb's word inside a name is no cue (src/code/reporting.ts inName): "Tell" of Syrian place names ("tell",
 * a hill), "Said" as a given name. A capitalised cue in a title-case line, or at the start of a sentence, stays one.
 * Own sentences.
 */
const CASES: SpeakerCase[] = [
  // names: no speaker at all
  { text: 'Army units recaptured the village of Tell Hamra from the rebels.', trigger: 'recaptured', speaker: null },
  { text: 'Gunmen attacked a checkpoint near Tell Sabi on Friday.', trigger: 'attacked', speaker: null },
  { text: 'Militants killed the local commander Said Hamdan in an ambush.', trigger: 'killed', speaker: null },
  // cues that stay cues
  { text: 'Police Say Gunmen Attacked A Checkpoint Near The Border', trigger: 'Attacked', speaker: 'Police' },
  { text: 'Officials said militants attacked a checkpoint near the border.', trigger: 'attacked', speaker: 'Officials' },
];

speakerTable('reporting cue or name', CASES);
