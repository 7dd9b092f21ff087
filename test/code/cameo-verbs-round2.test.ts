import { ploverCases, type PloverCase } from './plover-table.js';

/**
 * CAMEO verb coverage, second round (our own sentences, written from the CAMEO 1.1b3 code names of 05x–18x): sharp
 * criticism idioms (111), cases filed at a court (115), hunger strikes (142), measures ruled out (120), parties banned
 * (1722), services shut down (170), cooperation deepened (06x), thanks (051), the participle "the jailed activist" (no arrest), ambassadors
 * recalled (161), missions expelled (1661), media shut down (1721), agreements left (120),
 * remorse (055), formal complaints (114), "said no to" (120), walk-outs from talks (164), baton charges (175); and the ordinary uses of the same words that must stay no event.
 */
const cases: PloverCase[] = [
  // 111 criticise: "lashed out at", "hit out at", only with a named actor
  { text: 'China lashed out at the Philippines over the collision.', type: 'ACCUSE', code: '111' },
  { text: 'The Iranian president hit out at the United States over the sanctions.', type: 'ACCUSE', code: '111' },
  { text: 'The horse lashed out at the groom.', type: null },
  { text: 'The batsman hit out at every ball in the final over.', type: null },
  // 115 bring lawsuit against: a case filed against someone
  { text: 'South Africa filed a case against Israel at the International Court of Justice.', type: 'ACCUSE', code: '115' },
  { text: 'The clerk filed the case in the archive.', type: null },
  // 142 hunger strike, its own code (not a demonstration 141 or a labour strike 143)
  { text: 'The Egyptian blogger Alaa Abd El-Fattah began a hunger strike on Monday.', type: 'PROTEST', code: '142' },
  { text: 'Palestinian prisoners went on hunger strike in Israeli jails.', type: 'PROTEST', code: '142' },
  { text: 'Hunger is widespread in the camps.', type: null },
  // 120 reject: "ruled out" with a measure in its object; a cause ruled out is none
  { text: 'Serbia ruled out recognising Kosovo.', type: 'REJECT', code: '120' },
  { text: 'Israel ruled out a ceasefire in Gaza.', type: 'REJECT', code: '120' },
  { text: 'The Kremlin ruled out talks with Ukraine.', type: 'REJECT', code: '120' },
  { text: 'Police ruled out foul play in the death of the student.', type: null },
  { text: 'Doctors ruled out an infection.', type: null },
  // 1722 ban political parties, 1723 other bans
  { text: 'Russia banned the opposition party.', type: 'COERCE', code: '1722' },
  { text: 'The school banned mobile phones.', type: null },
  // 170 a public service shut down (as "cut off the internet"); a crossing shut down stays a closure
  { text: 'Ethiopia shut down the internet in the Amhara region.', type: 'COERCE', code: '170' },
  { text: 'Israel shut down the crossing.', type: 'COERCE', code: '1723' },
  // 06x cooperation grown: the kind of cooperation in the object picks the code; other growth is none
  { text: 'Russia and Iran deepened military cooperation.', type: 'COOPERATE', code: '062' },
  { text: 'China and Brazil boosted economic cooperation.', type: 'COOPERATE', code: '061' },
  { text: 'Kenya and Uganda strengthened cooperation on border security.', type: 'COOPERATE', code: '060' },
  { text: 'The company boosted its sales in Brazil.', type: null },
  { text: 'Tesla expanded its cooperation with Panasonic.', type: null },
  // 051 thanks between named actors; "thanks to" and a singer's thanks are none
  { text: 'The Egyptian president thanked Qatar for its mediation.', type: 'SUPPORT', code: '051' },
  { text: 'The singer thanked her fans after the concert.', type: null },
  { text: "Egypt's economy grew, thanks to tourism.", type: null },
  // 173: the participle before a noun describes someone held earlier, no new arrest; a verb or reduced relative stays one
  { text: 'The jailed activist began a hunger strike.', type: 'PROTEST', code: '142' },
  { text: 'Her imprisoned husband wrote a letter to the president.', type: null },
  { text: 'Police said the men detained in the raid were taken to Kabul.', type: 'COERCE', code: '173' },
  { text: 'Turkey jailed the journalist for two years.', type: 'COERCE', code: '173' },
  // 161 reduce or break diplomatic relations (ambassadors withdrawn or recalled); 160 other cooperation suspended; 166x
  { text: 'Argentina withdrew its ambassador from Venezuela.', type: 'SANCTION', code: '161' },
  { text: 'Algeria recalled its ambassador from France.', type: 'SANCTION', code: '161' },
  { text: 'The Kenyan government suspended cooperation with the ICC.', type: 'SANCTION', code: '160' },
  { text: 'Russia expelled the observers.', type: 'SANCTION', code: '1662' },
  { text: 'Mali expelled the UN peacekeeping mission.', type: 'SANCTION', code: '1661' },
  // 1721 media shut down by a state is censorship; an owner closing a paper is none
  { text: 'Belarus shut down independent newspapers.', type: 'COERCE', code: '1721' },
  { text: 'The owner shut down the newspaper after losing money.', type: null },
  // 120 leaving an agreement is reneging on it, not a military retreat (0874 stays for forces)
  { text: 'Russia withdrew from the New START treaty.', type: 'REJECT', code: '120' },
  { text: 'The United States pulled out of the Paris climate agreement.', type: 'REJECT', code: '120' },
  { text: 'Russian troops withdrew from Kherson.', type: 'RETREAT', code: '0874' },
  // 055 remorse between named actors
  { text: 'Japan expressed remorse for its wartime actions.', type: 'SUPPORT', code: '055' },
  { text: 'The singer expressed remorse for her comments.', type: null },
  // 114 a formal complaint lodged
  { text: 'Iran lodged a formal complaint with the UN over the Israeli strike.', type: 'ACCUSE', code: '114' },
  // 120 "said no to"
  { text: 'Hamas said no to the latest ceasefire proposal.', type: 'REJECT', code: '120' },
  { text: 'She said no to dessert.', type: null },
  // 164 walking out of talks; out of a building is none
  { text: 'The Ukrainian delegation walked out of the talks.', type: 'SANCTION', code: '164' },
  { text: 'The minister walked out of the building.', type: null },
  // 175 baton charges (not an arrest: "charged")
  { text: 'Sri Lankan police baton-charged protesters.', type: 'ASSAULT', code: '175' },
  { text: 'Indian police lathi-charged the farmers.', type: 'ASSAULT', code: '175' },
];

ploverCases(cases);
