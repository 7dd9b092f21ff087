import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local and general news, sixth round (data/senses.json, branch precision6): a knife or
 * gun "pulled out" (drawn, no withdrawal), "March" in a range of months, a blaze named by what burns ("a basement
 * fire") and what it kills or destroys, an arrest evaded (none made), fuel "burned", a team that "rallied" from a
 * deficit, a question "asked" after it was put, idioms with "hit" ("hit the streets"), "make a killing", "signing up",
 * a "Board of Zoning Appeals", a "plea deal", a "convicted felon" as a label, a suicide ("hanged himself"), and
 * information "released" in the active voice; second part: an arrest evaded beside a weapon, a
 * guilty plea on a weekday, an "explosion of" life, "couldn't agree more", a rescue "dispatched to the scene", a death
 * found at a blaze, mourners "gathered to say goodbye"; a game's score after "beat" or "captured" ("beat Zamalek 2-1"). The same words in their event sense still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'He pulled out a handgun and pointed it at the cashier.', family: 'retreat', trigger: 'pulled' },
  { text: 'The pool is open on weekends March through October.', family: 'protest', trigger: 'march' },
    { text: 'The basement fire killed a man, 79, in Elmwood.', family: 'assault', trigger: 'fire' },
  { text: 'Apartment fire kills woman, 72, in Dayton.', family: 'assault', trigger: 'kill' },
  { text: 'A house fire destroyed the home of a retired teacher on Elm Street.', family: 'assault', trigger: 'destroyed' },
  { text: 'Sprinklers in the mill had been switched off when a fire destroyed it.', family: 'assault', trigger: 'destroyed' },
  { text: 'The driver sped off to evade arrest and crashed into a fence.', family: 'coerce', trigger: 'arrest' },
  { text: 'He faces a charge of evading arrest/detention in a stolen truck.', family: 'coerce', trigger: 'detention' },
  { text: 'The old mill burned coal until the 1960s.', family: 'assault', trigger: 'burned' },
  { text: 'The Tigers rallied from a twelve-point deficit to win the game.', family: 'protest', trigger: 'rallied' },
  { text: 'The Hawks rallied past the Eagles in the fourth quarter.', family: 'protest', trigger: 'rallied' },
  { text: '“Where will the children play now?” she asked.', family: 'request', trigger: 'asked' },
  { text: 'Smith hit the campaign trail in Ohio on Monday.', family: 'assault', trigger: 'hit' },
  { text: 'Some traders made a killing when the shares rose.', family: 'assault', trigger: 'killing' },
  { text: 'Residents signing up for the recycling scheme get a free bin.', family: 'agree', trigger: 'signing' },
  { text: 'Jane Doe was named to the Board of Zoning Appeals on Monday.', family: 'request', trigger: 'appeals' },
  { text: 'Under the plea deal, prosecutors dropped the theft charge.', family: 'agree', trigger: 'deal' },
  { text: 'A convicted felon was found with a rifle in his truck.', family: 'coerce', trigger: 'convicted' },
  { text: 'The convicted killer wrote to the governor from death row.', family: 'coerce', trigger: 'convicted' },
  { text: 'The inmate hanged himself in his cell last week, the sheriff said.', family: 'assault', trigger: 'hanged' },
  { text: 'The school will not release any students\' names, the principal said.', family: 'retreat', trigger: 'release' },
  { text: 'Officers found a pistol in the yard he crossed to evade arrest.', family: 'coerce', trigger: 'arrest' },
  { text: 'The clerk smiled in court after his guilty plea Tuesday.', family: 'request', trigger: 'plea' },
  { text: 'The wet spring brought an explosion of marine life to the bay.', family: 'assault', trigger: 'explosion' },
  { text: "I couldn't agree more.", family: 'agree', trigger: 'agree' },
  { text: 'Two Coast Guard boats were dispatched to the scene near the pier.', family: 'mobilize', trigger: 'dispatched' },
  { text: 'A man was found dead at a burning barn, firefighters said.', family: 'assault', trigger: 'found' },
  { text: 'Friends and neighbours gathered to say goodbye to the retired teacher.', family: 'protest', trigger: 'gathered' },
  { text: 'Al-Ahly beat Zamalek 2-1 on Friday.', family: 'assault', trigger: 'beat' },
  { text: 'She reached the final by beating the top seed 6-2, 6-2.', family: 'assault', trigger: 'beat' },
  { text: 'The home side captured a top-six place with a 2-0 victory over the visitors.', family: 'fight', trigger: 'captured' },
];

const kept: SenseCase[] = [
  { text: 'Russia pulled its troops out of the region.', family: 'retreat', trigger: 'pulled' },
  { text: 'Thousands joined the March for Life in Washington.', family: 'protest', trigger: 'march' },
  { text: 'Soldiers opened fire on the house, killing two men.', family: 'assault', trigger: 'opened fire' },
  { text: 'Police arrested the driver after a short chase.', family: 'coerce', trigger: 'arrest' },
  { text: 'Rioters burned cars and tires in the city centre.', family: 'protest', trigger: 'burned' },
  { text: 'Thousands of teachers rallied outside parliament to demand higher pay.', family: 'protest', trigger: 'rallied' },
  { text: 'The mayor asked residents to stay indoors.', family: 'request', trigger: 'asked' },
  { text: 'A rocket hit the streets of the old town, killing three.', family: 'assault', trigger: 'hit' },
  { text: 'The two parties signed a peace deal in Doha.', family: 'agree', trigger: 'sign' },
  { text: 'He was convicted of murder on Tuesday.', family: 'coerce', trigger: 'convicted' },
  { text: 'The bomber killed himself and twelve others at the checkpoint.', family: 'assault', trigger: 'kill' },
  { text: 'The rebels released two hostages on Sunday.', family: 'retreat', trigger: 'release' },
  { text: 'The union appealed to the governor to intervene.', family: 'request', trigger: 'appeal' },
  { text: 'Mourners gathered at the funeral and chanted slogans against the government.', family: 'protest', trigger: 'gathered' },
  { text: 'Troops were dispatched to the border after the clashes.', family: 'mobilize', trigger: 'dispatched' },
  { text: 'The explosion of a roadside bomb killed two soldiers.', family: 'assault', trigger: 'explosion' },
  { text: 'Rebel fighters moved into the town on Sunday.', family: 'mobilize', trigger: 'moved' },
  { text: 'Police beat 2-3 protesters outside the ministry.', family: 'assault', trigger: 'beat' },
  { text: 'Rebels captured 3-4 villages in the north.', family: 'fight', trigger: 'captured' },
  { text: 'Soldiers beat the men on 12-13 March.', family: 'assault', trigger: 'beat' },
];

senseCases(other, kept);
