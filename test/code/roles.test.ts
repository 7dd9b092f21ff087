import { roleTable, type RoleCase } from './role-table.js';

/**
 * Argument roles ("who did what to whom") on one sentence: the event at `trigger` must have `actor` among its
 * actors and `recipient` among its recipients (substring of the filler text; null: no requirement), and must
 * not have `notActor` among its actors.
 */
const cases: RoleCase[] = [
  // the one who stepped on or drove over a mine is its victim
  { text: 'A shepherd stepped on a landmine near the border on Monday.', trigger: 'stepped on a landmine', recipient: 'shepherd', notActor: 'shepherd' },
  { text: 'An army patrol hit a landmine near the village, wounding four soldiers.', trigger: 'hit a landmine', notActor: 'army' },
  // what a firing verb fires is its weapon ("fired snipers at"), the target follows the preposition
  { text: 'Militia fighters fired snipers at the old market of the town on Monday.', trigger: 'fired', notRecipient: 'snipers' },
  { text: 'Rebel forces fired sniper rifles at a village near the river, killing a farmer.', trigger: 'fired', notRecipient: 'sniper' },
  { text: 'Rebels fired on soldiers at the checkpoint near the bridge.', trigger: 'fired', recipient: 'soldiers' },
  // an actor after a preposition modifies the next word: "in Taliban attacks" is a noun, not "soldiers attack"
  { text: 'Five soldiers were killed in Taliban attacks in Helmand on Monday.', trigger: 'attacks', actor: 'Taliban', notActor: 'soldiers' },
  { text: 'Two policemen died during Houthi strikes on Marib on Tuesday.', trigger: 'strikes', actor: 'Houthi', notActor: 'policemen' },
  // after a preposition-or-conjunction, an actor directly before the verb is its subject
  { text: 'Flames rose after the Russian army carried out airstrikes on a hospital in Aleppo.', trigger: 'airstrikes', actor: 'Russian army' },
  { text: 'Residents fled after Israeli troops raided the camp in Jenin on Monday.', trigger: 'raided', actor: 'Israeli troops' },
  // still the object of the preposition when no verb follows it directly
  { text: 'Hours after the visit by Israeli officials militants attacked a checkpoint near Jenin.', trigger: 'attacked', actor: 'militants', notActor: 'Israeli' },
  // the "of" phrase of a violent noun is its recipient, the "by" phrase its actor
  { text: 'The killing of three soldiers by militants in Kunar sparked protests.', trigger: 'killing', actor: 'militants', recipient: 'three soldiers' },
  { text: 'The shelling of Yemeni civilians by Saudi forces continued on Monday.', trigger: 'shelling', actor: 'Saudi forces', recipient: 'Yemeni civilians' },
  // the subject of a verb of placing or throwing a device is the actor of the device's attack
  { text: 'Militants planted a bomb near the police station in Quetta on Monday.', trigger: 'bomb', actor: 'Militants' },
  { text: 'Israeli warplanes dropped bombs on the Nuseirat camp on Tuesday.', trigger: 'bombs', actor: 'Israeli' },
  // a passive harm verb takes the actor of the attack noun that caused it; the noun takes the victims
  { text: 'Five soldiers were killed in Taliban attacks in Helmand on Monday.', trigger: 'killed', actor: 'Taliban', recipient: 'Five soldiers' },
  { text: 'Two civilians were killed in a Houthi attack in Marib on Sunday.', trigger: 'attack', actor: 'Houthi', recipient: 'Two civilians' },
  // an actor name that itself names the attack ("coalition airstrike", a dictionary name) is the cause's actor
  { text: 'Twelve soldiers were killed in a coalition airstrike in Saada on Monday.', trigger: 'killed', actor: 'coalition airstrike', recipient: 'soldiers' },
  { text: 'Two children were wounded in coalition air raids on Hajjah.', trigger: 'wounded', actor: 'coalition air raids', recipient: 'Two children' },
  // a group's adjective that took in the weapon word before the attack noun ("Houthi drone", "Houthi artillery")
  { text: 'Three soldiers were killed in a Houthi drone attack in Marib on Monday.', trigger: 'killed', actor: 'Houthi drone' },
  { text: 'Two shepherds were wounded in Houthi artillery shelling on Hays.', trigger: 'wounded', actor: 'Houthi artillery' },
  // "by" is the agent's own rule; a place after "in" names no attacker
  { text: 'Four guards were killed in Saada after coalition air raids on the camp.', trigger: 'killed', notActor: 'guards' },
  // no link through a place: "killed in Kabul" names no attacker
  { text: 'Three policemen were killed in Kabul after Taliban attacks on Monday.', trigger: 'killed', notActor: 'policemen' },
  // a state's demonym before an act of attack (not a weapon) names the attacker; not when it backs another actor
  { text: 'Israeli airstrikes killed five people in Rafah on Sunday.', trigger: 'airstrikes', actor: 'Israeli' },
  { text: 'Russian shelling killed two civilians in Kharkiv on Monday.', trigger: 'shelling', actor: 'Russian' },
  { text: 'Regime forces, supported by Russian airstrikes, attacked rebels in Idleb.', trigger: 'attacked', notActor: 'Russian' },
  // "the army" alone is the country's armed forces
  { text: 'The army shelled rebel positions near Idlib on Monday.', trigger: 'shelled', actor: 'army' },
  // a name coordinated inside a place phrase is not the object
  { text: 'Two suicide bombings killed 48 people in Charikar and Kabul on Tuesday.', trigger: 'killed', recipient: 'people', notRecipient: 'Kabul' },
  // still a verb when the actor is a subject
  { text: 'The Taliban attacks checkpoints in Helmand every night.', trigger: 'attacks', actor: 'Taliban' },
  // a reduced relative or headline passive: the people right before a harm participle with no object are its victims
  { text: 'Seven Taliban militants killed in blasts in Kandahar were buried on Friday.', trigger: 'killed', recipient: 'Taliban militants', notActor: 'Taliban' },
  { text: 'Officials released figures on the number of people killed in drone strikes in Yemen.', trigger: 'killed', notActor: 'Officials' },
  { text: 'The families of the six soldiers killed in the ambush met the governor.', trigger: 'killed', recipient: 'soldiers', notActor: 'soldiers' },
  // still active with an object or a count after the verb, and not for the agent of a "by" phrase
  { text: 'The attackers killed at least twenty civilians in the village.', trigger: 'killed', actor: 'attackers', recipient: 'civilians' },
  { text: 'A bomb planted by Taliban fighters killed and injured six policemen in Helmand.', trigger: 'killed', actor: 'Taliban', notRecipient: 'Taliban' },
  // a reporting verb's speaker is not the subject of the reported clause, unless a pronoun stands for it
  { text: 'Police said the man was stabbed by his neighbour in Nairobi.', trigger: 'stabbed', notRecipient: 'Police' },
  { text: 'Prosecutors say the device went off near a crowded street in Manhattan.', trigger: 'went off', notActor: 'Prosecutors' },
  { text: 'Israel said it struck Hamas positions in Gaza overnight.', trigger: 'struck', actor: 'Israel', recipient: 'Hamas' },
  // (session 8: "their fighters" is now an actor mention of its own, read as the rebels: actor-rules/possessive.ts)
  { text: 'The rebels said their fighters attacked an army base near Goma.', trigger: 'attacked', actor: 'their fighters' },
  // the pronoun must fit the speaker it stands for: "they" is not one spokesman, "it" not a person
  { text: 'A spokesman for the police said they have killed 19 militants in Kandahar.', trigger: 'killed', notActor: 'spokesman' },
  { text: 'The Pentagon said it struck a weapons depot in Syria.', trigger: 'struck', actor: 'Pentagon' },
  // the last name of a place list is no antecedent of "which"
  { text: 'The blast hit a cafe in Madrid, Spain which killed 13 people.', trigger: 'killed', notActor: 'Spain' },
  // a partitive head ("a faction of the military") leaves its "of" phrase the subject
  { text: 'A faction of the military commandeered warplanes and attacked the parliament in Ankara.', trigger: 'attacked', actor: 'military' },
  // a raising verb is no barrier: "were reported to have besieged"
  { text: 'Armed groups were reported to have besieged the village of Mawqis in Shabwah.', trigger: 'besieged', actor: 'Armed groups' },
  // a clause-taking verb before an actor leaves it the subject of its own verb; a noun-taking verb does not
  { text: 'Investigators suggest the attackers opened fire on the crowd in Kabul.', trigger: 'opened fire', actor: 'attackers' },
  // a name right after "and" that follows the verb opens a clause of its own: no object of the verb (session 12)
  { text: 'Soldiers attacked the post at dawn and militants fled into the forest.', trigger: 'attacked', actor: 'Soldiers', notRecipient: 'militants' },
  { text: 'Troops attacked and the rebels fled towards the border.', trigger: 'attacked', actor: 'Troops', notRecipient: 'rebels' },
  { text: 'Police opened fire and protesters scattered across the square.', trigger: 'opened fire', actor: 'Police', notRecipient: 'protesters' },
  // a second verb between keeps the shared object
  { text: 'Gunmen shot and wounded three farmers near the market.', trigger: 'shot', actor: 'Gunmen', recipient: 'three farmers' },
  // a "by" phrase after "and" and a finite "be" is another clause's agent; in the noun's own clause it stays (session 12)
  { text: 'Two worshippers were injured in the shooting at the mosque and the gunman was killed by police.', trigger: 'shooting', notActor: 'police' },
  { text: 'The attack on the base was carried out by the Islamic State.', trigger: 'attack', actor: 'Islamic State' },
  // a mandative verb's clause has a bare verb: its subject is no object of the demand (session 12)
  { text: 'The truce required that the army stop airstrikes on the northern suburbs.', trigger: 'airstrikes', actor: 'army' },
  { text: 'The envoy demanded that the militia halt its shelling of the camp at once.', trigger: 'shelling', actor: 'militia' },
  { text: 'We do not agree with what Russia is doing, bombarding Aleppo every night.', trigger: 'bombarding', actor: 'Russia' },
  // a bare form before "by" and a superlative before the word make it a noun: "the deadliest attack by a gunman"
  { text: 'It was the deadliest attack by a gunman in the history of the city of Orlando.', trigger: 'attack', actor: 'gunman' },
  // the agent of a violent noun may come after its object and place: "the bombing of X in Y on Thursday by Z"
  { text: 'Damascus condemned the bombing of Kurdish militias in northern Syria on Thursday morning by the Turkish air force.', trigger: 'bombing', actor: 'Turkish air force', recipient: 'Kurdish militias' },
  // a light verb may have a time word before its noun, and "used" carries a weapon's attack
  { text: 'The Saudi-led coalition carried out the Saturday airstrike on the funeral hall in Sanaa.', trigger: 'airstrike', actor: 'coalition' },
  { text: 'The Syrian army used barrel bombs on rebel-held districts of Aleppo.', trigger: 'bombs', actor: 'Syrian army' },
  // a passive harm verb with its victims and a cause phrase is an event even with no agent
  { text: 'Nine people were wounded in the stabbings at a mall in St. Cloud.', trigger: 'wounded', recipient: 'Nine people' },
  // a bare civilian noun before a violent noun is the victim
  { text: 'Witnesses described civilian massacres in the villages around Djibo.', trigger: 'massacres', recipient: 'civilian', notActor: 'civilian' },
  { text: 'Houthi attacks on ships in the Red Sea continued on Monday.', trigger: 'attacks', actor: 'Houthi' },
  // the subject of a passive light verb is not the actor: "drones were used in an attack"
  { text: 'Officials said drones supplied by Iran were used in a deadly attack on the base near Erbil.', trigger: 'attack', notActor: 'drones' },
  // a people noun that is the object of a harm verb names the victims ("a man", "women and children")
  { text: 'Unidentified gunmen killed a man near the market in Kabul on Monday.', trigger: 'killed', actor: 'gunmen', recipient: 'man' },
  { text: 'The militants attacked the village, killing women and children.', trigger: 'attacked', actor: 'militants', recipient: 'children' },
  { text: 'Police shot two people during the night in Lagos.', trigger: 'shot', actor: 'Police', recipient: 'two people' },
  // a people noun as the subject of a passive harm verb is the victim
  { text: 'A man was shot dead at a checkpoint in Hebron on Friday.', trigger: 'shot', recipient: 'man' },
  { text: 'The number of people killed in drone strikes in Yemen rose sharply.', trigger: 'killed', recipient: 'people' },
  // a participle coordinated with an earlier passive shares its subject as victim; one with its own object does not
  { text: 'A man was abducted in the market by two armed men, beaten up and robbed.', trigger: 'beaten', notActor: 'man' },
  { text: 'Troops were deployed to the area and attacked the town of Kidal.', trigger: 'attacked', actor: 'Troops' },
  // a capital alone before an attack noun is where it happened; with "'s" it is the government
  { text: 'The Kabul bombing killed 22 people near the ministry on Tuesday.', trigger: 'bombing', notActor: 'Kabul' },
  { text: "Moscow's strikes on Kyiv continued overnight.", trigger: 'strikes', actor: 'Moscow' },
  // the people an attack "left dead" are its victims; the "of" phrase of a harm noun names victims though weak
  { text: 'A suicide bombing in Logar left eight policemen dead on Sunday.', trigger: 'bombing', recipient: 'eight policemen' },
  { text: 'The opposition condemned the slaying of seven more demonstrators in two days.', trigger: 'slaying', recipient: 'demonstrators' },
  { text: 'Ministers deplored the slaughter and maiming of men, women and children in Belfast.', trigger: 'slaughter', recipient: 'children' },
  { text: 'The massacre of civilians in the village shocked the country.', trigger: 'massacre', recipient: 'civilians' },
  // a people noun right before a violent verb is its doer though weak alone
  { text: 'Fans skirmished ahead of the match in the port city of Marseille.', trigger: 'skirmished', actor: 'Fans' },
  { text: 'Armed men attacked a bus near Kaduna on Sunday.', trigger: 'attacked', actor: 'men' },
  // a named site the gazetteer lacks between the subject and its verb
  { text: 'Witnesses say two gunmen at Grand Harbour Mall opened fire on shoppers.', trigger: 'opened fire', actor: 'gunmen' },
  // the "of" phrase of a violent noun may name a person after the place of their office
  { text: 'Officials condemned the assassination of Kandahar police chief General Abdul Raziq.', trigger: 'assassination', recipient: 'Abdul Raziq' },
  { text: 'The killing of Kabul Mayor Ahmad Noori shocked residents.', trigger: 'killing', recipient: 'Ahmad Noori' },
  // merged mentions: a doer noun read as one verb's object and another's subject stays the actor
  { text: 'Mall attacks Investigators say two attackers at Grand Harbour Mall opened fire on shoppers.', trigger: 'opened fire', actor: 'attackers', notRecipient: 'attackers' },
  // "…, killing at least seven people": a participle before "at least" + count, with the clause's subject
  { text: 'The clash began when militants used mortars, killing at least six people in the market.', trigger: 'killing', actor: 'militants', recipient: 'six people' },
  // a group's name before a suicide bombing is its attacker
  { text: 'Four soldiers were killed in a suspected Al Qaeda suicide car bombing in Abyan.', trigger: 'bombing', actor: 'Al Qaeda' },
];

roleTable('roles', cases);
