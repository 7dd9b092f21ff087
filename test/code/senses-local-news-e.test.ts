import { senseCases, type SenseCase } from './sense-table.js';

/**
 * Non-conflict senses met in local news, fourth round (data/senses.json, rules of the LGL hand audit in
 * docs/EVALUATION.md "Precision on non-conflict news", branch precision4): a transitive "demonstrate" that shows
 * something, "agreed that" as a shared judgement and "agreed" after a quotation, "called X a Y" as naming, a natural
 * force beyond a relative clause, "pressed" by hand, "took over" a post or a firm, the month "March" after "stopped",
 * a "willingness to work hard", goods and terms "offered", charities named "March", questions "asked him if" and a
 * sentence-opening "Asked", "signs to suggest", a "recovery effort was later launched", a seat "vacated", a fugitive
 * "captured by police" (an arrest), "green shoots", "responsible for painting", "stood by her decision", plans and
 * conditions that "call for" something, "agreed with X that", "asked the kids if", a headline "Fire near", "agreed to
 * a draw", "home visits", a reporting verb after a quotation ("insists coach"), "information gathered", "the March
 * check", "seen signs", "declining to mention", "shooting down the hallway", money raised "to support" a cause, "the
 * exonerated defendants", prizes "donated". The same words in their event sense still code. Own sentences.
 */
const other: SenseCase[] = [
  { text: 'The council members have demonstrated their commitment to the library.', family: 'protest', trigger: 'demonstrat' },
  { text: 'Scouts must demonstrate leadership skills before they advance.', family: 'protest', trigger: 'demonstrat' },
  { text: 'The firm is demonstrating a belief in the future of the town.', family: 'protest', trigger: 'demonstrat' },
  { text: 'At the fair, two bakers demonstrated holiday recipes for the visitors.', family: 'protest', trigger: 'demonstrat' },
  { text: 'The two commissioners agreed that the delays had gone on long enough.', family: 'agree', trigger: 'agree' },
  { text: 'Both teachers agree that the new schedule is better for the pupils.', family: 'agree', trigger: 'agree' },
  { text: '"It is a good thing for the whole county," the treasurer agreed.', family: 'agree', trigger: 'agree' },
  { text: 'Governor Tom Walsh called Senator Ann Reed a coward in his speech.', family: 'consult', trigger: 'called' },
  { text: 'A small earthquake that few residents noticed struck the town of Gilroy on Sunday.', family: 'assault', trigger: 'struck' },
  { text: 'The cheese is pressed into wooden moulds for a week.', family: 'request', trigger: 'pressed' },
  { text: 'Mary Olson took over as principal of the high school in 2006.', family: 'fight', trigger: 'took over' },
  { text: 'His daughter took over the family business after he retired.', family: 'fight', trigger: 'took over' },
  { text: 'The board hired a new director, who took over in January.', family: 'fight', trigger: 'took over' },
  { text: 'Smith was a passenger in a Chevrolet that was stopped March 16 on suspicion of DUI.', family: 'halt', trigger: 'stopped' },
  { text: 'The suspect ran out of the kitchen and began shooting down the hallway.', family: 'intercept', trigger: 'shooting down' },
  { text: 'Jane Roe raised $2,000 to support education programs of the Red Cross.', family: 'support', trigger: 'support' },
  { text: 'Jane Roe represented the exonerated defendants.', family: 'yield', trigger: 'exonerated' },
  { text: 'The prizes will be donated by local merchants.', family: 'aid', trigger: 'donated' },
  { text: "The rise of Tom Reed is a testament to Reed's willingness to work hard and take risks.", family: 'pledge', trigger: 'willingness' },
  { text: 'Shoppers are being offered free bags by the council.', family: 'pledge', trigger: 'offered' },
  { text: 'Customers were offered discounts by Tesco.', family: 'pledge', trigger: 'offered' },
  { text: 'The March of Dimes raised money for research on premature babies.', family: 'protest', trigger: 'march' },
  { text: 'Hundreds walked in the March for Babies in Tulsa on Saturday.', family: 'protest', trigger: 'march' },
  { text: 'Officer Tom Reed stopped a driver and asked him if he had been drinking.', family: 'request', trigger: 'asked' },
  { text: 'Asked in an interview who paid for the trip, Smith said, "I did."', family: 'request', trigger: 'asked' },
  { text: 'There were no injuries or signs to suggest a struggle, police said.', family: 'agree', trigger: 'signs' },
  { text: 'A search effort was later launched by the county to find the boy.', family: 'assault', trigger: 'launched' },
  { text: 'Council will fill the seat vacated by Tom Reed.', family: 'retreat', trigger: 'vacated' },
  { text: 'Jane Roe vacated the apartment in June.', family: 'retreat', trigger: 'vacated' },
  { text: 'A man wanted for murder in Ohio has been captured by Dayton police.', family: 'fight', trigger: 'captured' },
  { text: 'The first green shoots of recovery appeared in the housing market.', family: 'assault', trigger: 'shoots' },
  { text: 'Lange said that Tom Reed, owner of Flying Colors, was responsible for painting the plane.', family: 'accuse', trigger: 'responsible' },
  { text: 'He will look at incentives offered by surrounding states.', family: 'pledge', trigger: 'offered' },
  { text: 'Mayor Jane Roe stood by her decision to close the pool.', family: 'support', trigger: 'stood by' },
  { text: 'For example, the project called for 40 generators but the firm delivered 40 smaller ones.', family: 'request', trigger: 'called for' },
  { text: 'Rapidly changing conditions could call for closures in some areas, officials said.', family: 'request', trigger: 'call for' },
  { text: 'Judge Tom Reed agreed with Jane Roe that making a child testify is not ideal.', family: 'agree', trigger: 'agree' },
  { text: 'When I asked the students if anyone had a car, three raised their hands.', family: 'request', trigger: 'asked' },
  { text: 'Fire near Orlando might shut Interstate 4.', family: 'assault', trigger: 'fire' },
  { text: 'After two hours, the two players agreed to a draw.', family: 'agree', trigger: 'agree' },
  { text: 'Mayor Tom Reed made home visits to Springfield families.', family: 'consult', trigger: 'visits' },
  { text: '"We knew the meet would be close," insists coach Tom Ripley.', family: 'request', trigger: 'insists' },
  { text: 'The committee reviewed information gathered from several sources.', family: 'protest', trigger: 'gathered' },
  { text: "Sun Valley's March check for $5,039 was up 15 percent.", family: 'protest', trigger: 'march' },
  { text: 'Jane Roe said she has seen signs better times are ahead.', family: 'agree', trigger: 'signs' },
  { text: 'Tom Reed has avoided the issue, declining to mention it at any campaign forum.', family: 'reject', trigger: 'declining' },
  { text: 'The winner gets a saddle and other prizes to be donated by local merchants.', family: 'aid', trigger: 'donated' },
];

const kept: SenseCase[] = [
  { text: 'Hundreds of students demonstrated outside the parliament on Friday.', family: 'protest', trigger: 'demonstrat' },
  { text: 'More than 2,000 villagers demonstrated their anger at the dam in the provincial capital.', family: 'protest', trigger: 'demonstrat' },
  { text: 'The two governments agreed that their troops would withdraw from the border by May.', family: 'agree', trigger: 'agree' },
  { text: 'The rebels and the army agreed to a ceasefire on Monday.', family: 'agree', trigger: 'agree' },
  { text: 'Putin called Erdogan on Tuesday to discuss the war in Syria.', family: 'consult', trigger: 'called' },
  { text: 'After the earthquake, militants struck an army post in the valley.', family: 'assault', trigger: 'struck' },
  { text: 'The opposition pressed the government to release the prisoners.', family: 'request', trigger: 'pressed' },
  { text: 'Rebel fighters took over the town after three days of fighting.', family: 'fight', trigger: 'took over' },
  { text: 'Air defences shot down two drones over the capital.', family: 'intercept', trigger: 'shot down' },
  { text: 'The suspect ran out of the kitchen and began shooting down the hallway.', family: 'assault', trigger: 'shooting down' },
  { text: 'Germany supports the French peace plan.', family: 'support', trigger: 'supports' },
  { text: 'Police halted the March for Our Lives in the capital.', family: 'halt', trigger: 'halted' },
  { text: 'Qatar donated $50 million to the Palestinian Authority.', family: 'aid', trigger: 'donated' },
  { text: 'Syria expressed its willingness to withdraw its troops.', family: 'pledge', trigger: 'expressed its willingness' },
  { text: 'Hamas was offered a truce by Israel.', family: 'pledge', trigger: 'offered' },
  { text: 'Israel offered a truce to Hamas.', family: 'pledge', trigger: 'offered' },
  { text: 'Ann Roe asked him to leave the building.', family: 'request', trigger: 'asked' },
  { text: 'A rocket was later launched at the town.', family: 'assault', trigger: 'launched' },
  { text: 'The army vacated its positions near the border.', family: 'retreat', trigger: 'vacated' },
  { text: 'A man wanted for murder in Ohio has been captured by Dayton police.', family: 'coerce', trigger: 'captured' },
  { text: 'The soldiers were captured by rebels.', family: 'coerce', trigger: 'captured' },
  { text: 'Hamas said it was responsible for the bombing.', family: 'accuse', trigger: 'responsible' },
  { text: 'The UN resolution calls for a ceasefire in Gaza.', family: 'request', trigger: 'calls for' },
  { text: 'Egypt called for a ceasefire.', family: 'request', trigger: 'called for' },
  { text: 'The opposition asked the court to decide whether the vote was valid.', family: 'request', trigger: 'asked' },
  { text: 'Russia agreed with Ukraine that the talks would resume in May.', family: 'agree', trigger: 'agree' },
  { text: 'Fire from Israeli tanks hit the school.', family: 'assault', trigger: 'fire' },
  { text: 'Hundreds of people gathered in the square to protest.', family: 'protest', trigger: 'gathered' },
  { text: 'Rebels took over the state oil company in Benghazi.', family: 'fight', trigger: 'took over' },
  { text: 'Militants took over the police post in the town.', family: 'fight', trigger: 'took over' },
  { text: 'A military court acquitted the two officers of torture.', family: 'yield', trigger: 'acquitted' },
];

senseCases(other, kept);
