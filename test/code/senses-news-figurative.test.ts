import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in full news articles (data/senses.json, branch news1): figurative explosions, flops, fights
 * and hijackings, verbal counter-attacks, penalties that "hit", tensions defused, roads gone off, photographs shot,
 * deaths in natural disasters and accidents, plea agreements, signs named by their kind, partisan fighting, a rise
 * "to fame", a battle with an illness, markets hit, dismissals "from his job", outbursts, problems "combated", and a
 * roar of fire; a goal "pulled back", buying from local businesses, "agreed the deal is not dead", and court pleas
 * negotiated or facilitated.
 * The same words in their event sense still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'The scandal exploded into public view last month.', family: 'assault', trigger: 'exploded' },
  { text: 'Housing prices exploded after the announcement.', family: 'assault', trigger: 'exploded' },
  { text: 'The new album bombed.', family: 'assault', trigger: 'bomb' },
  { text: 'The remake was a bomb at the box office.', family: 'assault', trigger: 'bomb' },
  { text: 'The senator fought off a challenge from the left.', family: 'fight', trigger: 'fought' },
  { text: 'Activists say the debate was hijacked by special interests.', family: 'assault', trigger: 'hijack' },
  { text: 'The mayor fired back at critics on Twitter.', family: 'fight', trigger: 'fired' },
  { text: 'The minister hit back at critics in a statement.', family: 'assault', trigger: 'hit' },
  { text: 'The firm was hit with a $5 million fine.', family: 'assault', trigger: 'hit' },
  { text: 'The envoy hopes to defuse tensions between the two parties.', family: 'intercept', trigger: 'defuse' },
  { text: 'His pickup went off the road near Millbrook on Sunday night.', family: 'assault', trigger: 'went off' },
  { text: 'The photographer shot the portraits in black and white.', family: 'assault', trigger: 'shot' },
  { text: 'The hurricane battered the coast, killing three people.', family: 'assault', trigger: 'killing' },
  { text: 'A man was killed when the tractor he was driving accidentally rolled over him.', family: 'assault', trigger: 'killed' },
  { text: 'The defendant rejected a plea agreement on Monday.', family: 'agree', trigger: 'agreement' },
  { text: 'The council approved a new monument sign for the park.', family: 'agree', trigger: 'sign' },
  { text: 'The budget is held hostage by partisan fighting in the legislature.', family: 'fight', trigger: 'fighting' },
  { text: 'The singer was shot to fame by a talent show in 2004.', family: 'assault', trigger: 'shot' },
  { text: 'She survived breast cancer after a long battle.', family: 'fight', trigger: 'battle' },
  { text: 'The market was hit hard by the news from Washington.', family: 'assault', trigger: 'hit' },
  { text: 'The anchor was fired from his job at the station on Friday.', family: 'assault', trigger: 'fired' },
  { text: 'The coach blew up at reporters after the loss.', family: 'assault', trigger: 'blew up' },
  { text: 'Oxford GP Dr Anna Reed, who works at a surgery in East Oxford, backed the idea as a good way to combat the effect steroids have on the body.', family: 'fight', trigger: 'combat' },
  { text: 'The rocket lifted off from Baikonur in a roar of fire and soared into the sky.', family: 'assault', trigger: 'fire' },
  { text: 'The substitute pulled one back with ten minutes remaining.', family: 'retreat', trigger: 'pulled' },
  { text: 'The mayor asked residents to support local businesses.', family: 'support', trigger: 'support' },
  { text: 'Fuelberth agreed the deal is not dead.', family: 'agree', trigger: 'agreed' },
  { text: 'Judges are more willing to reduce a charge in order to facilitate a plea, she said.', family: 'request', trigger: 'plea' },
];

const kept: SenseCase[] = [
  { text: 'A car bomb exploded near the ministry, killing four people.', family: 'assault', trigger: 'exploded' },
  { text: 'Warplanes bombed the village of Kafr Dara on Monday.', family: 'assault', trigger: 'bomb' },
  { text: 'Villagers fought off the attackers with sticks.', family: 'fight', trigger: 'fought' },
  { text: 'Gunmen hijacked a bus carrying pilgrims near the border.', family: 'assault', trigger: 'hijack' },
  { text: 'Troops fired back at the gunmen from the roof.', family: 'fight', trigger: 'fired' },
  { text: 'The boy was hit with a baseball bat outside the store.', family: 'assault', trigger: 'hit' },
  { text: 'Army engineers defused a roadside bomb near the bridge.', family: 'intercept', trigger: 'defuse' },
  { text: 'A bomb went off near the market on Tuesday.', family: 'assault', trigger: 'went off' },
  { text: 'Police shot the suspect in the leg.', family: 'assault', trigger: 'shot' },
  { text: 'Gunmen stormed the hotel during the storm, killing three guests.', family: 'assault', trigger: 'killing' },
  { text: 'The two sides signed an agreement on prisoner exchanges.', family: 'agree', trigger: 'agreement' },
  { text: 'Two soldiers were shot to death at the checkpoint.', family: 'assault', trigger: 'shot' },
  { text: 'The town was the scene of a long battle between rebels and the army.', family: 'fight', trigger: 'battle' },
  { text: 'The market was hit by a rocket on Tuesday.', family: 'assault', trigger: 'hit' },
  { text: 'Rockets were fired from the south of the city.', family: 'assault', trigger: 'fired' },
  { text: 'A suicide bomber blew up at a checkpoint near the ministry.', family: 'assault', trigger: 'blew up' },
  { text: 'Troops clashed with militants in heavy combat near the town.', family: 'fight', trigger: 'combat' },
  { text: 'Russia pulled its troops back from the border.', family: 'retreat', trigger: 'pulled' },
  { text: 'The senator said he would support the peace plan.', family: 'support', trigger: 'support' },
  { text: 'The two sides agreed the terms of a truce.', family: 'agree', trigger: 'agreed' },
  { text: 'The mother made a tearful plea for the return of her son.', family: 'request', trigger: 'plea' },
];

senseCases(other, kept);
