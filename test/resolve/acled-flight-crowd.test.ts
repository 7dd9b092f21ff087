import { test } from 'node:test';
import { acledNoteTable, type NoteRow } from './acled-note-table.js';

/**
 * Whole-text cases for the event-type rules of session 6 (branch etype5; invented notes): civilians who fled or left a
 * place are a displacement (`coerce.flee`, gated on a civilian subject; "left" also on a place or home left), and the
 * violence they fled is no event of its own; damage done by a crowd ("damaged", "broke into", "wrecked":
 * `protest.mob-damage`) and property a crowd torched or looted are mob violence; a fight named only as what released or
 * arrested people took part in ("involved in the recent clashes") is background, so the release or arrest is the event;
 * prisoners or bodies "exchanged" between two sides (`retreat.exchange`) are an agreement carried out.
 */
const rows: NoteRow[] = [
  // flight
  { why: 'villagers fled their homes', text: 'On 4 June 2023, hundreds of villagers fled their homes in the hills after the militia threatened to burn the village.', type: 'Strategic developments', sub: 'Other' },
  { why: 'all residents fled a village', text: 'On 4 June 2023, all residents fled the village of Umm Sayala after armed herders warned them to leave.', type: 'Strategic developments', sub: 'Other' },
  { why: 'families left a town', text: 'Many families have left the river town since the start of the month.', type: 'Strategic developments', sub: 'Other' },
  { why: 'a quantity of a named people left a neighbourhood', text: 'Thousands of Sudanese left the eastern neighbourhood of the city on Monday.', type: 'Strategic developments', sub: 'Other' },
  { why: 'civilians fled a bombardment', text: 'Thousands of civilians fled the army bombardment of the market town.', type: 'Strategic developments', sub: 'Other' },
  { why: 'families fleeing the fighting', text: 'Some 200 families fleeing the fighting reached the border on Friday.', type: 'Strategic developments', sub: 'Other' },
  { why: 'fighters who fled are no displacement', text: 'Government troops attacked rebel positions near the dam. The rebels fled the area after two hours.', type: 'Battles' },
  { why: 'vehicles that left a base are no flight', text: 'Six army trucks left the base on Monday and headed north.', type: '(none)' },
  { why: 'an attack that left people dead', text: 'The bomb left three people dead in the bus station.', type: 'Explosions/Remote violence' },
  { why: 'residents who left a meeting: no place left', text: 'Residents left early because of the rain.', type: '(none)' },
  // crowds that damage or burn
  { why: 'villagers damaged an office', text: 'On 4 June 2023, hundreds of angry villagers damaged the offices of the water company after weeks of shortages.', type: 'Riots', sub: 'Mob violence' },
  { why: 'residents broke into a building', text: 'Residents broke into the council building and destroyed furniture over the mayor\'s decision.', type: 'Riots' },
  { why: 'a crowd torched a police post', text: 'An angry crowd torched the police post in the market town.', type: 'Riots', sub: 'Mob violence' },
  { why: 'protesters damaged windows at a march', text: 'Protesters damaged shop windows during a march against fuel prices.', type: 'Riots', sub: 'Violent demonstration' },
  { why: 'shelling damaged houses stays shelling', text: 'Army shelling damaged several houses in the eastern district.', type: 'Explosions/Remote violence' },
  { why: 'thieves who broke into a shop are no crowd', text: 'Thieves broke into a jewellery shop overnight.', type: '(none)' },
  // the fight that released or arrested people took part in
  { why: 'men released after clashes', text: 'Rebel forces released 40 men involved in the recent armed clashes with tribal fighters.', type: 'Strategic developments', sub: 'Other' },
  { why: 'arrests for a role in an attack', text: 'Police arrested 12 men for their role in the attack on the church.', type: 'Strategic developments', sub: 'Arrests' },
  // prisoners exchanged between two sides
  { why: 'prisoners exchanged', text: 'The militia exchanged 16 prisoners with the army on Tuesday.', type: 'Strategic developments', sub: 'Agreement' },
  { why: 'fire exchanged stays a battle', text: 'Troops exchanged heavy fire with militants near the dam.', type: 'Battles' },
  { why: 'fighters who took part in a battle stay a battle', text: 'Hundreds of militia fighters took part in the clashes with the army near the dam.', type: 'Battles' },
];

acledNoteTable(rows, 'test:acled-flight-crowd');
