import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local news (data/senses.json, the rules of the LGL hand audit in docs/EVALUATION.md
 * "Precision on non-conflict news"): the trigger word in its everyday sense makes no event of its family; the same
 * word in its event sense still does. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'Neighbours say the new shop is the first sign of a revival on the street.', family: 'agree', trigger: 'sign' },
  { text: 'Residents put up signs asking drivers to slow down near the school.', family: 'agree', trigger: 'signs' },
  { text: 'The inspector found signs of mice in the storeroom.', family: 'agree', trigger: 'signs' },
  { text: 'About forty parents waved their signs outside the board office.', family: 'agree', trigger: 'signs' },
  { text: 'More than 500 people must sign up before the class can open.', family: 'agree', trigger: 'sign' },
  { text: 'Asked why she was leaving the board, the treasurer declined to say.', family: 'request', trigger: 'asked' },
  { text: 'When asked about the budget gap, the mayor smiled.', family: 'request', trigger: 'asked' },
  { text: 'He asked what the county would do with the old jail.', family: 'request', trigger: 'asked' },
  { text: 'The driver pleaded guilty to reckless homicide on Monday.', family: 'request', trigger: 'pleaded' },
  { text: 'Under the plea agreement, two theft charges were dropped.', family: 'request', trigger: 'plea' },
  { text: 'The teenager entered a not guilty plea to the burglary charges.', family: 'request', trigger: 'plea' },
  { text: 'A spokeswoman for the hospital declined to comment on the lawsuit.', family: 'reject', trigger: 'declined to' },
  { text: 'Police declined to identify the driver until relatives were told.', family: 'reject', trigger: 'declined to' },
  { text: 'The sheriff declined to discuss the evidence found in the car.', family: 'consult', trigger: 'discuss' },
  { text: 'The judge barred him from contacting the alleged victim.', family: 'accuse', trigger: 'alleged' },
  { text: 'Alleged burglar caught on a doorbell camera.', family: 'accuse', trigger: 'alleged' },
  { text: 'Towns will raise fees to deal with the loss of state aid.', family: 'agree', trigger: 'deal' },
  { text: 'Winning the grant was a big deal for the library.', family: 'agree', trigger: 'deal' },
  { text: 'Parents are free to pick up their children after noon.', family: 'retreat', trigger: 'free' },
  { text: 'Free tickets will be handed out to students at the door.', family: 'retreat', trigger: 'free' },
  { text: 'A lifeguard pulled the boy out of the lake and performed CPR.', family: 'retreat', trigger: 'pulled' },
  { text: 'The company is the target of a class-action lawsuit filed by former workers.', family: 'assault', trigger: 'target' },
  { text: 'The district missed its enrollment targets for the third year.', family: 'assault', trigger: 'targets' },
  { text: "A fisherman's body was found in the river on Sunday morning.", family: 'assault', trigger: 'body was found' },
  { text: 'A stampede killed three people at a crowded festival.', family: 'assault', trigger: 'killed' },
  { text: 'Motorists were warned to stay off icy roads overnight.', family: 'threaten', trigger: 'warned' },
  { text: 'The sheriff is warning residents about a phone scam targeting retirees.', family: 'threaten', trigger: 'warning' },
  { text: "She missed her cousin's family gathering on Sunday.", family: 'protest', trigger: 'gathering' },
  { text: 'He owes nearly $9,000 in unpaid child support.', family: 'support', trigger: 'support' },
  { text: 'The patient was taken off life support on Friday.', family: 'support', trigger: 'support' },
  { text: 'The council approved a building permit for the new library.', family: 'yield', trigger: 'permit' },
  { text: 'The budget must be fiscally responsible, the treasurer said.', family: 'accuse', trigger: 'responsible' },
  { text: 'The pickup ran a red light at the intersection and was struck by an eastbound sedan in the left lane.', family: 'assault', trigger: 'struck' },
  { text: 'The builder said the crew is shooting for late August to finish the roof.', family: 'assault', trigger: 'shooting' },
  { text: 'She retires on march 31 after 30 years at the library.', family: 'protest', trigger: 'march' },
  { text: 'The two council members did not always agree, but they stayed friends.', family: 'agree', trigger: 'agree' },
  { text: 'I agree with the superintendent about the bus routes.', family: 'agree', trigger: 'agree' },
  { text: 'The chairman nodded in agreement and moved on to the next item.', family: 'agree', trigger: 'agreement' },
  { text: 'A nurse visited the school to demonstrate how to use an inhaler.', family: 'protest', trigger: 'demonstrate' },
  { text: 'The fair will offer cooking demonstrations on Saturday.', family: 'protest', trigger: 'demonstrations' },
  { text: 'The results demonstrated that the new filters work.', family: 'protest', trigger: 'demonstrated' },
];

const kept: SenseCase[] = [
  { text: 'The two governments signed a border agreement on Friday.', family: 'agree', trigger: 'signed' },
  { text: 'Israel and Jordan will sign the water treaty next week.', family: 'agree', trigger: 'sign' },
  { text: 'The governor asked the legislature to approve emergency funds.', family: 'request', trigger: 'asked' },
  { text: 'The family made a plea for help in finding the missing girl.', family: 'request', trigger: 'plea' },
  { text: 'Hamas refused to release the hostages.', family: 'reject', trigger: 'refused to' },
  { text: 'The opposition alleged that the army fired on protesters.', family: 'accuse', trigger: 'alleged' },
  { text: 'Rebels freed 12 hostages on Tuesday.', family: 'retreat', trigger: 'freed' },
  { text: 'Russia pulled its troops out of the region.', family: 'retreat', trigger: 'pulled' },
  { text: 'A body was found in the river with gunshot wounds on Monday.', family: 'assault', trigger: 'body was found' },
  { text: 'His body was found in a canal with a rope tied around the neck.', family: 'assault', trigger: 'body was found' },
  { text: 'He pleaded not to be sent back to prison.', family: 'request', trigger: 'pleaded' },
  { text: 'The minister warned that the army would respond with force to any attack.', family: 'threaten', trigger: 'warned' },
  { text: 'Officials said the militia was responsible for the attack on the convoy.', family: 'accuse', trigger: 'responsible' },
  { text: 'Security forces dispersed a gathering of protesters outside the parliament.', family: 'protest', trigger: 'gathering' },
  { text: 'Egypt said it supports the peace plan.', family: 'support', trigger: 'support' },
  { text: 'Both sides fully agreed to the ceasefire terms.', family: 'agree', trigger: 'agreed' },
  { text: 'Students demonstrated against the tuition increase outside the ministry.', family: 'protest', trigger: 'demonstrated' },
];

senseCases(other, kept);
