import { roleTable, type RoleCase } from '../code/role-table.js';

/**
 * The doer named by "its"/"their" before an attack noun (src/enrich/possessive-doer.ts): the event at `trigger` must have
 * `actor` among its actors and must not have `notActor`. Own sentences.
 */
const cases: RoleCase[] = [
  // "their" and "its" before a noun of attacking stand for the attacker told before
  { text: 'The rebels regrouped in the hills. Their assault on the town began on Monday.', trigger: 'assault', actor: 'rebels' },
  { text: 'Hezbollah fighters moved south last week. Their rocket attacks on the border towns resumed on Friday.', trigger: 'attacks', actor: 'Hezbollah' },
  { text: 'Russia denied the report. Its air strikes on the city continued through the night.', trigger: 'air strikes', actor: 'Russia' },
  // a verb of undergoing or "worst": the possessive is the one attacked
  { text: 'Hamas fighters entered the camp. The town endured their shelling for a week.', trigger: 'shelling', notActor: 'Hamas' },
  { text: 'Hamas said on Monday that the camp suffered its worst attack in years.', trigger: 'attack', notActor: 'Hamas' },
  // a place between the actor and "its": the place may be what "its" stands for
  { text: 'Russia sent more troops to Kharkiv. Its bombardment has not stopped since.', trigger: 'bombardment', notActor: 'Russia' },
  // "their" does not stand for a state, nor "its" for a plural group
  { text: 'Iran denied the report. Their attacks on army posts killed two soldiers on Monday.', trigger: 'attacks', notActor: 'Iran' },
];

roleTable('possessive doer', cases, { last: true });
