import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local news, third round (data/senses.json, rules of the LGL hand audit in
 * docs/EVALUATION.md "Precision on non-conflict news", branch precision3): a court named "Court of Appeals", an
 * election won by "beating" a rival, a football cross "whipped in", an "assault rifle" as a weapon type, a "news
 * release" or a "photo released by", a private person "visiting from" a town. The same words in their event sense
 * still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'She asked the Court of Appeals to overturn the verdict.', family: 'request', trigger: 'appeals' },
  { text: 'The appeals court ruled that the trial was unfair.', family: 'request', trigger: 'appeals' },
  { text: 'The residents went to the planning appeal board.', family: 'request', trigger: 'appeal' },
  { text: 'Ruiz and Ann Lee won the two seats, beating Tom K.', family: 'assault', trigger: 'beating' },
  { text: 'The incumbent held her seat, beating the challenger by 4,000 votes.', family: 'assault', trigger: 'beating' },
  { text: 'Lopez whipped in a low cross from the left and Diaz headed home.', family: 'assault', trigger: 'whipped' },
  { text: 'He was seen trying to buy an assault rifle for 500 dollars.', family: 'assault', trigger: 'assault' },
  { text: 'The boy was found unharmed, according to a news release from Dayton Police.', family: 'retreat', trigger: 'release' },
  { text: 'Tom and Ann Reed, visiting from Chicago, said the show was wonderful.', family: 'consult', trigger: 'visiting' },
];

const kept: SenseCase[] = [
  { text: 'Troops fired assault rifles at the crowd.', family: 'assault', trigger: 'fired' },
  { text: 'A gunman with an assault rifle killed six people at a mall.', family: 'assault', trigger: 'killed' },
  { text: 'Police beat the protesters with batons outside the stadium.', family: 'assault', trigger: 'beat' },
  { text: 'Rebels whipped the prisoners.', family: 'assault', trigger: 'whipped' },
  { text: 'Israel released 200 prisoners on Monday, according to a news release.', family: 'retreat', trigger: 'released' },
];

senseCases(other, kept);
