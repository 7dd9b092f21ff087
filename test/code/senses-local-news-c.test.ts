import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local news, second round (data/senses.json, the rules of the LGL hand audit sample C
 * in docs/EVALUATION.md "Precision on non-conflict news"): an assertion "insisted that … was", an order with no
 * attack, a market demand, a shell casing, blazes and road accidents, adjectives ("armed robbery", "wrecked cars",
 * "a demanding job"). The same words in their event sense still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'The landlord insisted that the boiler was working when the tenants moved in.', family: 'request', trigger: 'insist' },
  { text: 'Lawyer insists his client is not fit to stand trial.', family: 'request', trigger: 'insist' },
  { text: 'The coach kept insisting that the referee had made the wrong call.', family: 'request', trigger: 'insist' },
  { text: 'The defendant may not contact the alleged victim, the judge ordered.', family: 'accuse', trigger: 'ordered' },
  { text: 'The mayor said he ordered a review of the parking fees.', family: 'accuse', trigger: 'ordered' },
  { text: 'Garden centres in Ohio report an increased demand for native plants this spring.', family: 'request', trigger: 'demand' },
  { text: 'Skilled welders are in demand across the county.', family: 'request', trigger: 'demand' },
  { text: 'Nursing is a demanding job with long night shifts.', family: 'request', trigger: 'demanding' },
  { text: 'Investigators found no shell casings near the car after the shooting.', family: 'assault', trigger: 'shell' },
  { text: 'The children collected mussel shells along the shore to decorate the boxes.', family: 'assault', trigger: 'shells' },
  { text: 'A fire destroyed the roof of a bakery on Elm Street Tuesday, displacing the tenants upstairs.', family: 'assault', trigger: 'destroyed' },
  { text: 'Fires in Weston and Dayton were put out by volunteers.', family: 'assault', trigger: 'fires' },
  { text: 'Strong winds, hail and fires hit Dayton on Monday.', family: 'assault', trigger: 'hit' },
  { text: 'A two-car accident on Route 9 killed a student and injured several others.', family: 'assault', trigger: 'killed' },
  { text: 'The treasurer left the board of her own accord.', family: 'agree', trigger: 'accord' },
  { text: 'Two men were charged with armed robbery on Tuesday.', family: 'aid', trigger: 'armed' },
  { text: 'Firefighters in Ohio received awards for pulling people out of wrecked cars.', family: 'protest', trigger: 'wrecked' },
  { text: 'The judge will hold a detention hearing for the suspect on Monday.', family: 'coerce', trigger: 'detention' },
  { text: "The study will demonstrate that Ohio's new filters cut the lead in tap water.", family: 'protest', trigger: 'demonstrate' },
  { text: 'Retired nurse talks about her years at the county hospital.', family: 'consult', trigger: 'talks' },
  { text: '"Where did the money go?" the councilman asked angrily.', family: 'request', trigger: 'asked' },
  { text: 'Residents can put brush in drop-off containers at Fire Station 2.', family: 'assault', trigger: 'drop' },
];

const kept: SenseCase[] = [
  { text: 'The union insisted on a full inquiry into the layoffs.', family: 'request', trigger: 'insist' },
  { text: 'The opposition demanded the resignation of the minister.', family: 'request', trigger: 'demand' },
  { text: 'Officials said the general ordered the attack on the village.', family: 'accuse', trigger: 'ordered' },
  { text: 'Artillery shells hit the market in the town on Tuesday.', family: 'assault', trigger: 'shells' },
  { text: 'The army fires rockets at the rebel positions every night.', family: 'assault', trigger: 'fires' },
  { text: 'Gunmen set fires that destroyed twenty homes in the village.', family: 'assault', trigger: 'destroyed' },
  { text: 'Iran armed the militias in southern Iraq, the report said.', family: 'aid', trigger: 'armed' },
  { text: 'Police detained six protesters outside the ministry.', family: 'coerce', trigger: 'detained' },
  { text: 'Greece and Turkey resumed talks about the islands on Monday.', family: 'consult', trigger: 'resumed talks' },
  { text: 'Students demonstrated outside the ministry against the new fees.', family: 'protest', trigger: 'demonstrated' },
  { text: 'The two countries signed a peace accord in Geneva.', family: 'agree', trigger: 'accord' },
  { text: 'On 3 May, army helicopter fire destroyed the village of Karak.', family: 'assault', trigger: 'destroyed' },
  { text: 'Hundreds of teachers marched in the capital in demand of higher wages.', family: 'request', trigger: 'demand' },
  { text: 'Nurses blocked the hospital entrance, as well as demanding better hours.', family: 'request', trigger: 'demanding' },
  { text: 'Union leaders said the government ignored labor demands for a pay rise.', family: 'request', trigger: 'demands' },
];

senseCases(other, kept);
