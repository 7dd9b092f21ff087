import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * Acts only weighed and comments declined (branch plover15), on sentences written for this test: an act that is the
 * object of a deliberating verb ("is considering sending troops", "mulls new sanctions") is hypothetical, as CAMEO
 * codes the deliberation (014), not the act; "declined to comment" is no rejection even in a sentence that mentions
 * weapons; "rejected as “baseless” accusations" denies them (016) like "rejected the accusations".
 */
const cases: PloverCase[] = [
  { text: 'Turkey is considering sending troops to Libya, officials said.', type: 'MOBILIZE', modality: 'hypothetical' },
  { text: 'Japan is mulling giving money to the flood victims.', type: 'AID', modality: 'hypothetical' },
  { text: 'Germany considered sending tanks to Ukraine last year.', type: 'AID', modality: 'hypothetical' },
  // done, not weighed
  { text: 'Turkey is sending troops to Libya, officials said.', type: 'MOBILIZE', modality: 'asserted' },
  { text: 'Germany sent tanks to Ukraine last year.', type: 'AID', modality: 'asserted' },
  // a declined comment
  { text: 'The alliance declined to comment on reports that its air strikes had hit a hospital.', type: 'ASSAULT', never: 'REJECT' },
  { text: 'The ministry declined to comment on the rocket attacks.', type: 'ASSAULT', never: 'REJECT' },
  { text: 'The rebels declined to join the talks.', type: 'REJECT' },
  // a denial with a quoted "as" complement is a statement (016), a refused plan stays a rejection (120)
  { text: 'Iran rejected as “totally baseless” accusations that it had armed the rebels.', type: 'REJECT', code: '016' },
  { text: 'Iran rejected as “unrealistic” the peace plan.', type: 'REJECT', code: '120' },
];

ploverCases(cases);
