import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Session 11 (branch acled13; invented notes). An arrest word that describes people detained before, which a
 * demonstration is about, is no intervention at the demonstration (src/resolve/acled.ts detaineesAt): the participle of
 * a relative clause ("members who were arrested the day before") or a word shortly after "release"/"freedom" ("to
 * demand the release of a detained man"). Arrests at the protest stay an intervention.
 */
const rows: NoteRow[] = [
  { why: 'release of a detained man', text: 'On 3 May 2022, residents of Kara blocked the main highway to demand the release of a detained man.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'who were arrested before', text: 'On 3 May 2022, supporters gathered outside the court in Kara to support three activists who were arrested the day before.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'who had been detained', text: 'On 3 May 2022, people gathered in Kara to call for a halt to the trial of a journalist who had been detained for two years.', type: 'Protests', sub: 'Peaceful protest' },
  { why: 'protesters arrested at the protest', text: 'On 3 May 2022, hundreds protested in Kara against the new tax. Police arrested ten protesters.', type: 'Protests', sub: 'Protest with intervention' },
  { why: 'who were later arrested', text: 'On 3 May 2022, police dispersed the protesters in Kara, who were later arrested.', type: 'Protests', sub: 'Protest with intervention' },
];

acledNoteTable(rows, 'test:acled-protest-detainees');
