import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local and general news, fifth round, second part (data/senses.json, branch precision5):
 * a heart or panic "attack", prices that "shot up", people "marched" somewhere and parades, a verbal "clash" in a
 * debate, biker and pep "rallies", a "condemned inmate", "as demonstrated by", an "arrest report", a "detention
 * center" as a place, student "financial aid", a "single shot shotgun", a "shot of cash", a "fully occupied"
 * building, bills and proposals that "call for" something, fugitives "captured" and jailed (an arrest), and list
 * additions ("ocean shells", "blacksmithing demonstrations", an "OK sign", "declined to detail", "in-demand", "asked
 * the question", "the august gathering"). The same words in their event sense still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'The retired teacher died of a heart attack on Sunday while shoveling snow.', family: 'assault', trigger: 'attack' },
  { text: 'Oil prices shot up on Monday after the storm closed two refineries.', family: 'assault', trigger: 'shot' },
  { text: 'The prisoners were marched to a camp fifty miles away.', family: 'protest', trigger: 'marched' },
  { text: 'The high school band marched down Main Street on the Fourth of July.', family: 'protest', trigger: 'marched' },
  { text: 'In their second televised debate, the two candidates clashed over taxes.', family: 'fight', trigger: 'clash' },
  { text: 'The town will host its annual biker rally in May.', family: 'protest', trigger: 'rally' },
  { text: 'The lawyers for the condemned inmate filed a new appeal on Friday.', family: 'accuse', trigger: 'condemned' },
  { text: 'Her talent, as demonstrated by her early paintings, was plain to all.', family: 'protest', trigger: 'demonstrat' },
  { text: 'According to the sheriff’s arrest report, the car had been stolen.', family: 'coerce', trigger: 'arrest' },
  { text: 'Jane Roe works as a nurse at the Polk County Detention Center.', family: 'coerce', trigger: 'detention' },
  { text: 'The college will use the gift to expand student financial aid.', family: 'aid', trigger: 'financial aid' },
  { text: 'Deputies took two rifles and a single shot shotgun from the house.', family: 'assault', trigger: 'shot' },
  { text: 'The grant is a short-term shot of cash for the county.', family: 'assault', trigger: 'shot' },
  { text: 'A new $2 million independent-living facility for people with disabilities is fully occupied.', family: 'protest', trigger: 'occupied' },
  { text: 'The latest proposal calls for a new bridge over the river.', family: 'request', trigger: 'calls for' },
  { text: 'The museum sells necklaces of ocean shells.', family: 'assault', trigger: 'shells' },
  { text: 'The fair offers blacksmithing demonstrations every afternoon.', family: 'protest', trigger: 'demonstration' },
  { text: 'The pilot gave the crowd an OK sign from the cockpit.', family: 'agree', trigger: 'sign' },
  { text: 'Police Chief Tom Reed, who declined to detail what specific items were taken, said the thief fled.', family: 'reject', trigger: 'declined' },
  { text: '“We’ve asked the question, ‘How can we keep the shop open?’” the owner said.', family: 'request', trigger: 'asked' },
  { text: 'The cadets marched forward to receive their medals to the applause of the august gathering.', family: 'protest', trigger: 'gathering' },
  { text: 'The men, Tom Hale, 49, and Bob Reed, 31, were captured Thursday evening in Alliance and taken to the county jail.', family: 'fight', trigger: 'captured' },
  { text: 'Nurses with an in-demand skill can choose where they work.', family: 'request', trigger: 'demand' },
];

const kept: SenseCase[] = [
  { text: 'Gunmen carried out an attack on the police station in Kano.', family: 'assault', trigger: 'attack' },
  { text: 'Gunmen shot up the bus station and fled on motorbikes.', family: 'assault', trigger: 'shot' },
  { text: 'Thousands of teachers marched on parliament to demand higher pay.', family: 'protest', trigger: 'marched' },
  { text: 'Students and veterans marched through the city chanting slogans against the war.', family: 'protest', trigger: 'marched' },
  { text: 'Police clashed with protesters outside the parliament.', family: 'fight', trigger: 'clash' },
  { text: 'Farmers held a tractor rally to protest against the new land law.', family: 'protest', trigger: 'rally' },
  { text: 'The United Nations condemned the attack on the convoy.', family: 'accuse', trigger: 'condemned' },
  { text: 'Hundreds of workers demonstrated outside the ministry on Monday.', family: 'protest', trigger: 'demonstrat' },
  { text: 'Police arrested two men after the robbery.', family: 'coerce', trigger: 'arrest' },
  { text: 'Gunmen shot and wounded a police officer in Karachi.', family: 'assault', trigger: 'shot' },
  { text: 'Protesters occupied the governor’s office for two days.', family: 'protest', trigger: 'occupied' },
  { text: 'The opposition called for a general strike on Monday.', family: 'request', trigger: 'called for' },
  { text: 'The men, Tom Hale, 49, and Bob Reed, 31, were captured Thursday evening in Alliance and taken to the county jail.', family: 'coerce', trigger: 'captured' },
  { text: 'The town of Goma was captured by the rebels on Monday.', family: 'fight', trigger: 'captured' },
];

senseCases(other, kept);
