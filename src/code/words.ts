import { WordBits } from '../recognise/vocab.js';

/**
 * Closed word classes the coders use to read structure around a trigger. Plain Sets for tests on a string; the
 * `*_AT` bitmaps (end of file) answer the same for a token of the sentence (`ctx.is(k, …)`), without hashing its norm.
 */

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any',
  'such', 'another', 'each', 'every', 'several', 'many', 'few', 'both', 'all', 'further', 'new', 'more', 'recent',
  'latest', 'fresh', 'renewed', 'repeated', 'deadly', 'fatal', 'major', 'large', 'massive', 'heavy', 'separate',
  'alleged', 'suspected', 'apparent', 'coordinated', 'retaliatory', 'unprecedented', 'rare', 'first', 'second',
  'third', 'last', 'previous', 'earlier', 'twin', 'multiple', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'dozens', 'hundreds', 'scores', 'of',
  // adjectives that only stand before a noun ("the nationwide protest", "a peaceful march")
  'nationwide', 'peaceful', 'planned', 'mass', 'silent', 'symbolic', 'spontaneous', 'weekly', 'daily', 'joint',
]);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'to', 'with', 'from', 'of', 'near', 'for', 'about', 'against', 'by', 'into', 'toward', 'towards',
  'between', 'amid', 'among', 'across', 'over', 'under', 'after', 'before', 'during', 'through', 'outside', 'inside',
  'around', 'along', 'behind', 'beyond', 'within', 'without', 'via', 'targeting', 'onto', 'upon', 'despite',
  'including', 'like', 'than', 'regarding', 'following',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'got', 'get', 'gets', 'getting']);

export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did',
  "'ll", "'d", "'ve", 'to',
]);

export const SKIPPABLE_ADVERBS = new Set([
  'also', 'reportedly', 'allegedly', 'then', 'later', 'again', 'already', 'still', 'just', 'recently', 'repeatedly',
  'soon', 'reportedly', 'apparently', 'previously', 'subsequently', 'immediately', 'briefly', 'jointly', 'heavily',
  'indiscriminately', 'deliberately', 'officially', 'reportedly', 'once', 'twice', 'in',
]);

/** Default prepositions that introduce a recipient (target) after a trigger. */
export const RECIPIENT_PREPS = new Set(['on', 'against', 'at', 'toward', 'towards', 'into', 'targeting', 'upon', 'onto']);

/** Prepositions that introduce a place. */
export const LOCATIVE_PREPS = new Set([
  'in', 'near', 'at', 'outside', 'inside', 'across', 'around', 'from', 'into', 'toward', 'towards', 'to', 'on', 'of',
  'throughout', 'within', 'along', 'off', 'over', 'between',
]);

/** Words that start a subordinate or new clause: roles are not looked for across them. */
export const CLAUSE_WORDS = new Set(['while', 'whereas', 'although', 'though', 'because', 'but', 'however', 'when', 'after', 'before', 'since', 'as', 'unless', 'if', 'whether', 'that', 'which', 'who', 'whom', 'where']);

/** Nouns in front of a nominal trigger that make it not a real event ("risk of a conflict", "fear of attacks"). */
export const IRREALIS_HEADS = new Set([
  'risk', 'risks', 'fear', 'fears', 'possibility', 'prospect', 'prospects', 'danger', 'threat', 'threats', 'avoid',
  'prevent', 'preventing', 'deter', 'deterring',
  // an act prevented or averted did not happen: "to prevent Evans' arrest", "averted a strike", "avoided arrest"
  'prevents', 'prevented', 'avoids', 'avoided', 'avoiding', 'avert', 'averts', 'averted', 'averting', 'forestall', 'forestalled',
  // an act only staged for practice: "the drill simulated a terrorist attack", "an exercise simulating a mass shooting"
  'simulated', 'simulating', 'simulate', 'simulates', 'simulation', 'mock', 'seek', 'seeks', 'want', 'wants', 'about', 'plan', 'plans',
  'warning', 'warnings', 'wider', 'larger', 'broader', 'regional', 'potential', 'possible', 'future', 'escalation',
  'against',
  // what is demanded is not done: "demanded the arrest of", "called for the release of"
  'demanded', 'demanding', 'demand', 'demands', 'urged', 'urging', 'seeking', 'sought', 'calling', 'called', 'pressed',
  'requested', 'requesting', 'appealed', 'ordered', 'authorised', 'authorized', 'approved',
]);

/** Harmful acts: "threatened to X" / "vowed to X" code a threat only for these X. */
export const HARM_VERBS = new Set([
  'attack', 'strike', 'hit', 'kill', 'destroy', 'eradicate', 'eliminate', 'annihilate', 'wipe', 'invade', 'bomb',
  'retaliate', 'respond', 'avenge', 'punish', 'target', 'send', 'launch', 'fire', 'shoot', 'seize', 'occupy', 'expel',
  'arrest', 'execute', 'crush', 'defeat', 'sanction', 'cut', 'close', 'block', 'blockade', 'withdraw',
  'hunt', 'take', 'use', 'deploy', 'continue', 'resume', 'open', 'declare', 'wage', 'enter', 'storm',
  'defend', 'impose', 'freeze', 'suspend', 'halt', 'stop', 'ban', 'confront', 'pursue',
  // threats to cut ties or to protest (CAMEO 1313, 133) and of repression (137): "threatened on Monday to break relations"
  'break', 'sever', 'downgrade', 'boycott', 'quit', 'veto', 'shut', 'deport', 'detain', 'jail', 'imprison', 'annex', 'bombard', 'shell', 'paralyse', 'paralyze',
]);



/**
 * Bitmaps by vocabulary number for the per-token tests of the role binders: `ctx.is(k, X_AT)` is `X.has(ctx.norm(k))`
 * (no set holds the empty string that ctx.norm gives outside the sentence). `…_BUT_*` leave out the word the binders
 * test separately ("DETERMINERS.has(n) && n !== 'of'").
 */
export const DETERMINERS_AT = new WordBits(DETERMINERS);
export const DETERMINERS_BUT_OF = new WordBits([...DETERMINERS].filter((w) => w !== 'of'));
export const PREPOSITIONS_AT = new WordBits(PREPOSITIONS);
export const BE_FORMS_AT = new WordBits(BE_FORMS);
export const AUXILIARIES_AT = new WordBits(AUXILIARIES);
export const SKIPPABLE_ADVERBS_AT = new WordBits(SKIPPABLE_ADVERBS);
export const SKIPPABLE_ADVERBS_BUT_IN = new WordBits([...SKIPPABLE_ADVERBS].filter((w) => w !== 'in'));
export const CLAUSE_WORDS_AT = new WordBits(CLAUSE_WORDS);
