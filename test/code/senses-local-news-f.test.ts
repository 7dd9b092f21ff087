import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local and general news, fifth round (data/senses.json, rules of the LGL hand audit in
 * docs/EVALUATION.md "Precision on non-conflict news", branch precision5): things "received" (reports, injuries, a
 * share of the vote), votes "gathered", prices that "shot up" by a percentage, deaths "blamed on" a storm, an agency
 * "Bureau of Investigation", a "support worker", a title "sealed", "everyone is invited", "refused treatment", a
 * house or the water "entered", charges "dropped" (seen in LGL only with the article's context), "insisted:" before a quotation, states "captured" in
 * an election, the retailer Target, the surname Lynch, a structure "dismantled". The same words in their event sense
 * still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'Police received a call about 10 a.m. that Tom Hale was lying near the bottom of a stairway next to an alley.', family: 'consult', trigger: 'received' },
  { text: 'Challengers Ann Reed and Tom Hale received 41 percent and 9 percent of the vote.', family: 'consult', trigger: 'received' },
  { text: 'In the Ward 2 race, Tom Hale gathered 1,312 votes to 904 for Jane Roe.', family: 'protest', trigger: 'gathered' },
  { text: 'Ann Reed gathered about 62 percent of the vote on Tuesday.', family: 'protest', trigger: 'gathered' },
  { text: 'The price of bread shot up by more than 40 percent in a week.', family: 'assault', trigger: 'shot' },
  { text: 'Two deaths in the county were blamed on the ice storm.', family: 'accuse', trigger: 'blamed' },
  { text: 'The house fire was blamed on faulty wiring in the attic.', family: 'accuse', trigger: 'blamed' },
  { text: 'Agents of the Georgia Bureau of Investigation raided the home of Tom Hale on Wednesday.', family: 'accuse', trigger: 'investigation' },
  { text: 'Ohio Bureau of Criminal Investigation agents searched the house.', family: 'accuse', trigger: 'criminal investigation' },
  { text: 'Jane Roe, a family support worker at the clinic, said the plan is sound.', family: 'support', trigger: 'support' },
  { text: 'The Scott West Panthers sealed up the Section 2AA team championship this weekend.', family: 'coerce', trigger: 'sealed' },
  { text: 'Everyone is invited to the library picnic on Saturday.', family: 'pledge', trigger: 'invited' },
  { text: 'The public is invited to the ribbon cutting at noon.', family: 'pledge', trigger: 'invited' },
  { text: 'Two passengers were treated at the scene and a third refused treatment.', family: 'reject', trigger: 'refused' },
  { text: 'The police SWAT team entered the residence and took position outside the bedroom of the suspect.', family: 'mobilize', trigger: 'entered' },
  { text: 'Police do not know where the boy entered the water.', family: 'mobilize', trigger: 'entered' },
  { text: 'Asked about the report, the mayor insisted: "We did nothing wrong."', family: 'request', trigger: 'insisted' },
  { text: 'The senator has captured Ohio and Florida, while the governor won the Iowa caucus.', family: 'fight', trigger: 'captured' },
  { text: 'The money was donated by Target in Shakopee.', family: 'assault', trigger: 'target' },
  { text: 'The tenant will move in next month, said Dick Lynch, executive director of the housing board.', family: 'assault', trigger: 'lynch' },
  { text: 'Workers dismantled the old stage behind the town hall.', family: 'intercept', trigger: 'dismantled' },
];

const kept: SenseCase[] = [
  { text: 'President Ruto received a Hamas delegation in Nairobi on Sunday.', family: 'consult', trigger: 'received' },
  { text: 'Hundreds of protesters gathered outside parliament to demand new elections.', family: 'protest', trigger: 'gathered' },
  { text: 'Gunmen shot up the market, wounding four traders.', family: 'assault', trigger: 'shot' },
  { text: 'The government blamed the rebels for the bombing of the bridge.', family: 'accuse', trigger: 'blamed' },
  { text: 'The police investigation into the killing of the journalist is under way.', family: 'accuse', trigger: 'investigation' },
  { text: 'Iran supports the Houthi rebels in Yemen.', family: 'support', trigger: 'support' },
  { text: 'Soldiers sealed off the town after the attack on the checkpoint.', family: 'coerce', trigger: 'sealed' },
  { text: 'Qatar invited both sides to talks in Doha.', family: 'pledge', trigger: 'invited' },
  { text: 'The rebels refused to release the hostages.', family: 'reject', trigger: 'refused' },
  { text: 'Troops entered the town of Kafr Naya on Saturday.', family: 'mobilize', trigger: 'entered' },
  { text: 'Militants entered the shop and opened fire on the customers.', family: 'mobilize', trigger: 'entered' },
  { text: 'Government jets dropped barrel bombs on the rebel-held district.', family: 'assault', trigger: 'dropped' },
  { text: 'The rebels captured the town of Mullaittivu after a two-day battle.', family: 'fight', trigger: 'captured' },
  { text: 'Police dismantled a bomb found under the bridge.', family: 'intercept', trigger: 'dismantled' },
];

senseCases(other, kept);
