import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * Meetings and what they discuss (branch plover15), on sentences written for this test: attending a summit is a
 * visit (CAMEO 042, `consult.travel`, only with a meeting noun as object); the
 * situation a meeting discusses ("a summit on the unrest", "talks in Doha about the fighting") is no event of its own
 * (`code:meeting-topic`); "is scheduled to" and "is due to" put the act ahead (future), "displaced due to airstrikes" is a cause.
 */
const cases: PloverCase[] = [
  { text: 'President Macron attended a summit on the unrest in Chad.', type: 'CONSULT', code: '042', never: 'PROTEST' },
  { text: 'Chancellor Scholz attended a summit in Brussels about the violence in Libya.', type: 'CONSULT', code: '042', never: 'ASSAULT' },
  { text: 'President Macron is scheduled to attend a summit in Rome.', type: 'CONSULT', modality: 'future' },
  { text: 'President Macron is due to attend a summit in Rome.', type: 'CONSULT', modality: 'future' },
  // not a visit, and an event noun outside a meeting's topic
  { text: 'President Macron attended the funeral in Rome.', type: null },
  { text: 'Two assessors attended Monday’s city council meeting to ask for a bigger budget.', type: null },
  { text: 'Rebels clashed with troops on the border on Monday.', type: 'ASSAULT' },
  { text: 'Thousands of villagers were displaced due to Saudi airstrikes on the district.', type: 'ASSAULT', modality: 'asserted' },
];

ploverCases(cases);
