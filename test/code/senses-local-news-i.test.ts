import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local and general news, seventh round (data/senses.json, branch precision7): a blaze
 * named in a relative clause ("a fire that killed two", "a fire that engulfed the home"), a question put to someone
 * ("asked the mayor what …", "asked him a pointed question"), declining to discuss (CAMEO 011, as declining comment),
 * a warning with no threat content, a private or social invitation, economic demand ("demand for services"), and a
 * label given in quotation marks or with "what they called". The same words in their event sense still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'Neighbours recalled the farmhouse destroyed by a fire that killed three children last winter.', family: 'assault', trigger: 'killed' },
  { text: 'A mysterious fire that engulfed the Lagos home of former Senator Ade Bello on Monday was put out.', family: 'assault', trigger: 'fire' },
  { text: 'A third-grader asked the mayor what she liked best about the town.', family: 'request', trigger: 'asked' },
  { text: 'The host asked the senator a tough question about the budget.', family: 'request', trigger: 'asked' },
  { text: 'When I asked Jenkins about the delay, he shrugged.', family: 'request', trigger: 'asked' },
  { text: 'So far police have refused to discuss what prompted the beating.', family: 'reject', trigger: 'refused' },
  { text: 'Sheriff Tom Keenan declined to discuss the items seized in the raid.', family: 'reject', trigger: 'declined' },
  { text: 'A Jordanian lawmaker praised the opening of his country\'s embassy in Iraq on Monday but warned that much remained to be done.', family: 'threaten', trigger: 'warned' },
  { text: 'The Jordanian minister had warned that the talks could be the "last chance" to save the country.', family: 'threaten', trigger: 'warned' },
  { text: 'When her cousin lost his apartment, Mrs. Lee invited him to stay with her family.', family: 'pledge', trigger: 'invited' },
  { text: 'The choir was invited to a holiday luncheon at the governor\'s mansion.', family: 'pledge', trigger: 'invited' },
  { text: 'The burglar entered the house without being invited in.', family: 'pledge', trigger: 'invited' },
  { text: 'There is still a demand for service but not enough to support a larger shop, he said.', family: 'request', trigger: 'demand' },
  { text: 'Their demand for loans has slowed this year.', family: 'request', trigger: 'demand' },
  { text: 'President Anna Berg on Saturday called Oslo "the key for peace" and said talks would resume.', family: 'consult', trigger: 'called' },
  { text: 'About 400 farmers marched in Lima on Friday, denouncing what they called Chile\'s unfair trade rules.', family: 'consult', trigger: 'called' },
];

const kept: SenseCase[] = [
  { text: 'Soldiers returned fire that killed two militants near the border.', family: 'assault', trigger: 'killed' },
  { text: 'Gunmen set a fire that killed four villagers.', family: 'assault', trigger: 'killed' },
  { text: 'The council asked the state to explain what went wrong.', family: 'request', trigger: 'asked' },
  { text: 'The mayor asked residents to stay indoors.', family: 'request', trigger: 'asked' },
  { text: 'The rebels refused to discuss a ceasefire with the government.', family: 'reject', trigger: 'refused' },
  { text: 'The rebels declined to discuss the government\'s proposal.', family: 'reject', trigger: 'declined' },
  { text: 'The minister warned that the army would respond with force to any attack.', family: 'threaten', trigger: 'warned' },
  { text: 'Egypt invited both sides to peace talks in Cairo.', family: 'pledge', trigger: 'invited' },
  { text: 'Villagers blocked the road over their demand for water, police said.', family: 'request', trigger: 'demand' },
  { text: 'Strikers said their demand for higher wages for nurses was fair.', family: 'request', trigger: 'demand' },
  { text: 'Parents are being called on to vote against the school closure.', family: 'request', trigger: 'called' },
];

senseCases(other, kept);
