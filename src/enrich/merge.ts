import type { Stage } from '../pipeline/stage.js';
import type { Doc } from '../pipeline/doc.js';
import type { EventDraft, ActorFiller } from '../pipeline/draft.js';
import { filled, copyDraft, tokenRange } from '../pipeline/draft.js';
import { SentenceContext } from '../code/context.js';
import { subjectOf } from '../code/roles.js';
import { reportingCues, governingCue } from '../code/reporting.js';
import { toAttribution } from './attribution.js';
import { resolvePronouns } from './pronouns.js';
import { possessiveDoers } from './possessive-doer.js';
import { distinctIncidents } from './incidents.js';
import { mergeClaim } from './merge-claim.js';
import { Forwarding } from './merge-forward.js';
import { DraftsBySentence, suffixMinSentence } from './drafts-by-sentence.js';
import { emptyList, mapList } from '../util/lists.js';

import { FORCE_WORDS } from '../code/families/mobilize.js';
import { CLAUSE_WORDS } from '../code/words.js';
import { joinNorms } from '../pipeline/token-join.js';
import { normAt } from '../pipeline/token-at.js';
import { privateVisit, RULE_PRIVATE_VISIT } from './private-visit.js';

/**
 * Mergers and filters over drafts (chrono's refiners): mentions of one event become one draft, and
 * drafts that are not events are dropped with a reason. Each rule has an id shown by --explain.
 */

/** Families whose several trigger words in one sentence usually describe one event. */
const VIOLENT = new Set(['assault', 'fight', 'protest']);
/** Nominal mentions of these families with nothing attached are generic talk ("attacks threaten to …"), not records. */
const BARE_FILTERED = new Set(['assault', 'fight', 'threaten']);
/** For threats merged into one: the most specific modality wins. */
const MODALITY_RANK = ['asserted', 'threatened', 'future', 'conditional'];
const ANAPHORIC_HEADS = new Set(['spate', 'flurry', 'wave', 'series', 'string', 'uptick', 'surge', 'rash', 'barrage', 'spike', 'escalation', 'round']);
const ANAPHORIC_DETERMINERS = new Set(['the', 'these', 'those', 'that', 'this', 'such']);
/** Generic actor names (data/actors/generic.json labels) of nouns that name doers of violence: "attackers", "gunmen". */
const DOERS = new Set(['gunmen']);
/** Verbal families need someone who speaks or acts. */
const NEEDS_ACTOR = new Set(['threaten', 'consult', 'reject', 'sanction', 'aid']);

/** Either side empty, or some actor name on both sides. Plain loops over the few fillers (no name sets per pair). */
function compatibleActors(a: ActorFiller[], b: ActorFiller[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const y of b) {
    const n = y.mention.data.name;
    for (const x of a) if (x.mention.data.name === n) return true;
  }
  return false;
}

/** The positions in `live` of the drafts of one family, ascending (the merges over one family do not change families). */
function positionsOf(live: EventDraft[], family: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < live.length; i++) if (live[i]!.family === family) out.push(i);
  return out;
}

function absorb(into: EventDraft, from: EventDraft, rule: string, doc: Doc, fw: Forwarding): void {
  into.extraTriggers.push(from.trigger, ...from.extraTriggers);
  if (into.actors.length === 0) into.actors = from.actors;
  if (into.recipients.length === 0) into.recipients = from.recipients;
  else {
    // a later mention may name more targets ("… on a U.S. warship as well as bases in Syria")
    for (const r of from.recipients) if (!into.recipients.some((x) => x.mention.data.name === r.mention.data.name && x.mention.text === r.mention.text)) into.recipients.push(filled(r.mention, `${r.rule}+merged`, r.how));
  }
  // "three people were killed and their bodies found": one verb's victim read as the other's subject is the
  // victim, not the attacker, when it is a generic noun (a named group on both sides keeps its actor role)
  if (!into.entry.reciprocal && into.actors.length > 0 && into.recipients.length > 0) {
    const same = (a: ActorFiller, r: ActorFiller): boolean => r.mention.sentence === a.mention.sentence && r.mention.tokenStart === a.mention.tokenStart;
    // nouns that name doers ("attackers", "gunmen", "assailants") stay actors and leave the recipients
    const doer = (a: ActorFiller): boolean => a.mention.data.generic && DOERS.has(a.mention.data.name);
    if (into.actors.some(doer)) into.recipients = into.recipients.filter((r) => !into.actors.some((a) => doer(a) && same(a, r)));
    const victim = (a: ActorFiller): boolean => a.mention.data.generic && !doer(a) && into.recipients.some((r) => same(a, r));
    if (into.actors.some(victim)) into.actors = into.actors.filter((a) => !victim(a));
  }
  for (const w of from.weapons) if (!into.weapons.some((x) => x.mention === w.mention)) into.weapons.push(w);
  for (const p of from.places) if (!into.places.some((x) => x.mention === p.mention)) into.places.push(p);
  for (const q of from.quantities) if (!into.quantities.some((x) => x.span[0] === q.span[0] && x.kind === q.kind)) into.quantities.push(q);
  for (const a of from.attribution) if (!into.attribution.some((x) => x.span[0] === a.span[0])) into.attribution.push(a);
  for (const d of from.descriptors) if (!into.descriptors.includes(d)) into.descriptors.push(d);
  // targets compared as they stand after the merges so far (links are re-pointed when the stage ends)
  for (const l of from.links) if (!into.links.some((x) => fw.sameTarget(x, l))) into.links.push(l);
  // not the date of a happening the other event answers or remembers ("revenge for the killing of his brother in 2019": src/code/time-scope.ts)
  if ((!into.time || (from.time && into.time.mention.data.precision === 'ongoing')) && from.time?.rule !== 'time:inside-commemorated-phrase') into.time = from.time;
  if (into.family === 'threaten' && MODALITY_RANK.indexOf(from.modality) > MODALITY_RANK.indexOf(into.modality)) {
    into.modality = from.modality;
    into.modalityRule = from.modalityRule;
    into.modalitySpan = from.modalitySpan;
  }
  if (from.sentence !== into.sentence && !into.mergedSentences.includes(from.sentence)) into.mergedSentences.push(from.sentence);
  // the more specific weapon-based code wins
  if (into.cameo === '190' && from.cameo !== '190') { into.cameo = from.cameo; into.cameoRule = from.cameoRule; }
  for (const m of from.ploverModes) if (!into.ploverModes.includes(m)) into.ploverModes.push(m);
  // other drafts that pointed at the absorbed one now point here (once, at the end of the stage)
  fw.record(from.id, into.id);
  from.dropped = `merged-into:${into.id}:${rule}`;
  if (doc.trace) doc.explain('merge', rule, from.sentence, null, `${from.entry.id} merged into ${into.entry.id} (sentence ${into.sentence})`);
}

function norms(doc: Doc, t: { tokenStart: number; tokenEnd: number }): string {
  return joinNorms(doc.tokens, t.tokenStart, t.tokenEnd);
}

/** Scale words in front of a nominal trigger ("the spate of … attacks") become descriptors. */
function anaphoric(doc: Doc, d: EventDraft): { anaphoric: boolean; descriptor: string | null } {
  const s = doc.sentences[d.sentence]!;
  let descriptor: string | null = null;
  let definite = false;
  for (let k = d.trigger.tokenStart - 1; k >= s.tokenStart && k >= d.trigger.tokenStart - 7; k--) {
    const n = doc.tokens[k]!.norm;
    if (ANAPHORIC_HEADS.has(n)) descriptor = n;
    if (ANAPHORIC_DETERMINERS.has(n)) { definite = true; break; }
    if (n === ',' || n === '.' || n === ';') break;
  }
  return { anaphoric: definite || descriptor !== null, descriptor };
}

const OUTCOME_PARTICIPLES = new Set(['killing', 'wounding', 'injuring', 'leaving', 'resulting']);

/** "…clashed with an armed group, killing two members": a participle after a comma is the outcome of the event before it. */
function participleOutcomes(doc: Doc, live: EventDraft[], idx: DraftsBySentence, fw: Forwarding): void {
  for (const d of live) {
    if (d.dropped || d.family !== 'assault') continue;
    const word = doc.tokens[d.trigger.tokenStart]!.norm;
    if (!OUTCOME_PARTICIPLES.has(word) && !(doc.tokens[d.trigger.tokenStart - 1]?.norm === 'in' && doc.tokens[d.trigger.tokenStart - 2]?.norm === 'resulting')) continue;
    const head = idx.lastIn(d.sentence, d.sentence, (x) => !x.dropped && x !== d && x.sentence === d.sentence && x.trigger.tokenStart < d.trigger.tokenStart && (x.family === 'assault' || x.family === 'fight'));
    if (!head) continue;
    // the subject of an outcome participle is the main clause's: words of the main predicate read as its subject ("fired at
    // X village, southern Yemen, killing a man", "killing a man and injuring a woman") are not, and do not keep it apart
    const before = doc.tokens[d.trigger.tokenStart - 1]?.norm;
    // only when the main clause names its subject ("The clash began when militants used mortars, killing …": with no subject
    // of the clash, the participle's own reading stands)
    const adverbial = d.form === 'verb' && (before === ',' || before === 'and') && head.actors.length > 0;
    const own = adverbial ? d.actors.filter((a) => a.mention.sentence !== d.sentence || a.mention.tokenStart < head.trigger.tokenStart) : d.actors;
    if (!compatibleActors(head.actors, own)) continue;
    if (own.length < d.actors.length) d.actors = own;
    absorb(head, d, 'merge:participle-outcome', doc, fw);
  }
}

/**
 * For each draft of `live`, the index of the next draft of the same sentence, or -1: the pair loop below visits the
 * drafts of one sentence only, in the same order, instead of every later draft of the text (quadratic in long texts).
 */
function nextInSentence(live: EventDraft[]): Int32Array {
  const next = new Int32Array(live.length);
  const last = new Map<number, number>();
  for (let i = live.length - 1; i >= 0; i--) {
    const s = live[i]!.sentence;
    next[i] = last.get(s) ?? -1;
    last.set(s, i);
  }
  return next;
}

function sameSentenceMerges(doc: Doc, live: EventDraft[], fw: Forwarding): void {
  // short lists: the plain scan (its sentence test skips the other drafts) costs less than the index
  const next = live.length > 16 ? nextInSentence(live) : null;
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!;
    if (a.dropped || !VIOLENT.has(a.family)) continue;
    if (next) {
      for (let j = next[i]!; j >= 0; j = next[j]!) if (mergeSameSentence(doc, a, live[j]!, fw)) break;
    } else {
      for (let j = i + 1; j < live.length; j++) if (mergeSameSentence(doc, a, live[j]!, fw)) break;
    }
  }
}

/**
 * An actor of `x` bound through a relative clause ("militants who attacked") or a participle adjunct ("a teen was shot
 * after stabbing a girl") is the very mention `y` has as its victim.
 */
function doerIsVictim(x: EventDraft, y: EventDraft): boolean {
  for (const a of x.actors) {
    for (const r of y.recipients) {
      if (r.mention.sentence !== a.mention.sentence || r.mention.tokenStart !== a.mention.tokenStart) continue;
      if (a.rule.includes(':relative') || r.rule.includes(':relative') || a.rule.startsWith('role:adjunct-subject')) return true;
    }
  }
  return false;
}

/** Nouns of the doer of an attack: harmed, they are the perpetrator stopped, not a victim of the attack. */
const PERPETRATOR_NOUNS = new Set(['attacker', 'attackers', 'assailant', 'assailants', 'gunman', 'gunmen', 'bomber', 'bombers', 'shooter', 'stabber',
  'perpetrator', 'perpetrators', 'hijacker', 'hijackers', 'knifeman']);

/**
 * "Five people were wounded in the stabbings; the attacker was shot dead by an off-duty officer": a draft whose
 * victim is named as the doer of an attack ("the attacker", "the gunman", "the assailant") tells of the perpetrator
 * stopped, another act than the attack beside it in the sentence (merged, the one who stopped him would become the
 * attack's doer).
 */
function perpetratorHarmed(doc: Doc, x: EventDraft): boolean {
  for (const r of x.recipients) {
    const m = r.mention;
    if (m.data.generic && PERPETRATOR_NOUNS.has(doc.tokens[m.tokenEnd - 1]!.norm)) return true;
  }
  return false;
}

/** Merge the later draft `b` of `a`'s sentence with `a` when they tell of one event; true when `a` is merged away. */
function mergeSameSentence(doc: Doc, a: EventDraft, b: EventDraft, fw: Forwarding): boolean {
  if (b.dropped || b.sentence !== a.sentence || b.family !== a.family) return false;
  if (b.modality !== a.modality) return false;
  if (!compatibleActors(a.actors, b.actors)) return false;
  // "the militants who attacked the base were killed": the doer of the relative clause's act is the victim of the main
  // clause's, two acts (merged, the attackers would become the victims of their own attack)
  if (doerIsVictim(a, b) || doerIsVictim(b, a)) return false;
  // "… were wounded in the stabbings; the attacker was shot dead by an officer": the perpetrator stopped is another act
  if (perpetratorHarmed(doc, a) !== perpetratorHarmed(doc, b)) return false;
  // "two explosions in Husseiniyah killed four, while a car bomb in Tarmiyah hurt nine": two incidents
  if (distinctIncidents(doc, a, b)) return false;
  // keep the one with an actor as the head
  if (a.actors.length === 0 && b.actors.length > 0) absorb(b, a, 'merge:same-sentence', doc, fw);
  else absorb(a, b, 'merge:same-sentence', doc, fw);
  return Boolean(a.dropped);
}

/**
 * "An SVIED exploded … At least 50 people were killed." / "… clashed … Three people were killed and five
 * vehicles were set on fire.": agentless passive violence after an attack is its outcome.
 */
function outcomeMerges(doc: Doc, live: EventDraft[], idx: DraftsBySentence, fw: Forwarding): void {
  for (const d of live) {
    // "they killed 2 civilians" after the attack: a pronoun subject continues the same event
    const continues = d.voice === 'active' && d.subjectPronoun !== null && d.subjectPronoun.norm !== 'we' && d.subjectPronoun.norm !== 'i';
    if (d.dropped || d.family !== 'assault' || d.actors.length > 0 || (d.voice !== 'passive' && !continues)) continue;
    const attack = idx.lastIn(d.sentence - 2, d.sentence - 1, (x) => !x.dropped && x !== d && (x.family === 'assault' || x.family === 'fight') && x.actors.length > 0 && x.sentence < d.sentence && x.sentence >= d.sentence - 2 && x.modality === d.modality);
    // "…in Kabul. In a separate attack, three people were killed in Herat.": not an outcome of the attack before
    if (attack && !distinctIncidents(doc, attack, d)) absorb(attack, d, 'merge:outcome-of-previous-attack', doc, fw);
  }
}

function anaphoraMerges(doc: Doc, live: EventDraft[], idx: DraftsBySentence, fw: Forwarding): void {
  for (const d of live) {
    if (d.dropped || d.form !== 'noun') continue;
    const a = anaphoric(doc, d);
    if (a.descriptor && !d.descriptors.includes(a.descriptor)) d.descriptors.push(a.descriptor);
    // "… later claimed responsibility for the attack": the claimant names the doer of the event told before
    if (a.anaphoric && mergeClaim(doc, d, a.descriptor === null, idx)) continue;
    if (d.actors.length > 0 || !a.anaphoric) continue;
    // a definite reference with nothing of its own ("ordered the attacks") refers back whatever the modality
    const bare = d.weapons.length === 0 && d.places.length === 0 && d.quantities.length === 0 && !d.time && d.recipients.length === 0;
    // the possible antecedents, latest first
    const candidates = idx.allIn(d.sentence - 6, d.sentence - 1, (x) => !x.dropped && x !== d && x.family === d.family && x.sentence < d.sentence && x.sentence >= d.sentence - 6 && x.actors.length > 0 && (x.modality === d.modality || bare));
    // lexical cohesion: prefer an antecedent with the same trigger word ("attacks" … "the flurry of attacks")
    const word = norms(doc, d.trigger);
    const antecedent = candidates.find((x) => [x.trigger, ...x.extraTriggers].some((t) => norms(doc, t) === word)) ?? candidates[0];
    // a reference with a place or day of its own that differs is another incident ("the attack in Herat")
    if (antecedent && !bare && distinctIncidents(doc, antecedent, d)) continue;
    if (antecedent && bare) {
      // only the mention is kept: its sentence's speaker and modality belong to another claim
      antecedent.extraTriggers.push(d.trigger);
      for (const x of d.descriptors) if (!antecedent.descriptors.includes(x)) antecedent.descriptors.push(x);
      d.dropped = `merged-into:${antecedent.id}:merge:definite-reference`;
      if (doc.trace) doc.explain('merge', 'merge:definite-reference', d.sentence, null, `${d.entry.id} refers back to ${antecedent.entry.id} (sentence ${antecedent.sentence})`);
    } else if (antecedent && compatibleActors(antecedent.recipients, d.recipients)) absorb(antecedent, d, 'merge:anaphoric-nominal', doc, fw);
    else if (bare && a.anaphoric && d.modality !== 'asserted') {
      d.dropped = 'filter:reference-without-antecedent';
      if (doc.trace) doc.explain('merge', 'filter:reference-without-antecedent', d.sentence, null, `${d.entry.id} refers to events not in the text`);
    }
  }
}

const SAME_CLAIM = [['said', 'the', 'same'], ['says', 'the', 'same'], ['echoed', 'that'], ['made', 'the', 'same', 'claim'], ['made', 'the', 'same', 'accusation']];
const SAME_CLAIM_FIRST = new Set(SAME_CLAIM.map((p) => p[0]!));

/** The SAME_CLAIM phrase at token k, if any (a plain loop: a closure over k would cost a context per token). */
function sameClaimAt(doc: Doc, k: number): string[] | undefined {
  for (const p of SAME_CLAIM) {
    let i = 0;
    while (i < p.length && normAt(doc.tokens, k + i) === p[i]) i++;
    if (i === p.length) return p;
  }
  return undefined;
}

/** "The State Department officially said the same.": the last accusation, made again by a new speaker. */
function saidTheSame(doc: Doc, live: EventDraft[]): EventDraft[] {
  const added = emptyList<EventDraft>();
  // without an asserted accusation there is nothing to repeat: no scan of the text's words
  if (!live.some((d) => !d.dropped && d.family === 'accuse' && d.modality === 'asserted')) return added;
  let idx: DraftsBySentence | null = null;
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!SAME_CLAIM_FIRST.has(doc.tokens[k]!.norm)) continue;
      const match = sameClaimAt(doc, k);
      if (!match) continue;
      idx ??= new DraftsBySentence(live);
      const copy = sameClaimCopy(doc, idx, s.index, s.tokenStart, s.tokenEnd, k, match.length);
      if (copy) added.push(copy);
    }
  }
  return added;
}

/** The accusation repeated by the speaker of "said the same" at tokens [k, k + length), or null. */
function sameClaimCopy(doc: Doc, idx: DraftsBySentence, sentence: number, from: number, to: number, k: number, length: number): EventDraft | null {
  const ctx = new SentenceContext(doc, sentence, from, to);
  const speaker = subjectOf(ctx, k, 'role:said-the-same')[0];
  const source = idx.lastIn(sentence - 2, sentence - 1, (d) => !d.dropped && d.family === 'accuse' && d.sentence < sentence && d.sentence >= sentence - 2 && d.modality === 'asserted');
  if (!speaker || !source) return null;
  const copy = copyDraft(source);
  copy.id = `${source.id}s${sentence}`;
  copy.sentence = sentence;
  copy.trigger = tokenRange(k, k + length);
  copy.extraTriggers = emptyList();
  copy.actors = [filled(speaker.mention, speaker.rule, 'stated')];
  copy.recipients = mapList(source.recipients, (r) => filled(r.mention, 'role:same-claim-recipient', 'inferred'));
  const cue = governingCue(reportingCues(ctx), k);
  copy.attribution = cue ? [toAttribution(doc, cue, 'attribution:said-the-same')] : emptyList();
  copy.time = null;
  copy.links = [{ relation: 'same-as', event: source.id }];
  copy.cameoRule = 'rule:said-the-same';
  copy.mergedSentences = [];
  if (doc.trace) doc.explain('merge', 'rule:said-the-same', sentence, [doc.tokens[k]!.start, doc.tokens[k + length - 1]!.end], `copies ${source.entry.id} from sentence ${source.sentence} with speaker ${speaker.mention.text}`);
  return copy;
}

/** Blame continues: an accusation with no one blamed ("they're responsible") blames whom the last one did. */
function continueBlame(live: EventDraft[]): void {
  let last: EventDraft | null = null;
  for (const d of live) {
    if (d.dropped || d.family !== 'accuse') continue;
    if (d.recipients.length === 0 && last && d.sentence - last.sentence <= 3) {
      d.recipients = mapList(last.recipients, (r) => filled(r.mention, 'role:blame-continues', 'inferred'));
    }
    if (d.recipients.length > 0) last = d;
  }
}

/** A threat with no target inside a quotation aims at the actors of its if-clause ("if Iran or its proxies attack …"). */
function threatTargets(doc: Doc, live: EventDraft[], idx: DraftsBySentence): void {
  for (const t of live) {
    if (t.dropped || t.family !== 'threaten' || t.recipients.length > 0 || t.modality !== 'conditional') continue;
    const condition = idx.firstIn(t.sentence - 3, t.sentence, (d) => d !== t && !d.dropped && d.modality === 'conditional' && d.sentence <= t.sentence && d.sentence >= t.sentence - 3 && d.actors.length > 0 && d.family !== 'threaten');
    if (condition) {
      t.recipients = mapList(condition.actors, (a) => filled(a.mention, 'role:threat-against-condition-actor', 'inferred'));
      condition.links.push({ relation: 'part-of', event: t.id });
      if (doc.trace) doc.explain('merge', 'role:threat-against-condition-actor', t.sentence, null, `${t.entry.id} aimed at the actors of the condition in sentence ${condition.sentence}`);
    }
  }
}

/** One speaker's threats across nearby sentences are one threat (a warning, then its wording). */
function threatMerges(doc: Doc, live: EventDraft[], fw: Forwarding): void {
  // the threats only, in list order; a later one whose sentence is too far ends the inner loop when no later one is nearer
  const threats = positionsOf(live, 'threaten');
  if (threats.length < 2) return;
  const nearest = suffixMinSentence(live, threats);
  for (let i = 0; i < threats.length; i++) {
    const a = live[threats[i]!]!;
    if (a.dropped || a.family !== 'threaten' || a.actors.length === 0) continue;
    for (let j = i + 1; j < threats.length && nearest[j]! <= a.sentence + 5; j++) {
      const b = live[threats[j]!]!;
      if (b.dropped || b.family !== 'threaten' || b.sentence > a.sentence + 5) continue;
      if (b.actors.length > 0 && compatibleActors(a.actors, b.actors) && compatibleActors(a.recipients, b.recipients)) {
        absorb(a, b, 'merge:same-speaker-threat', doc, fw);
      }
    }
  }
}

const PURPOSE = new Set(['protest', 'protesting', 'against', 'over', 'denounce', 'denouncing', 'condemn', 'condemning', 'demand', 'demanding', 'demanded', 'for', 'support', 'solidarity', 'mourn', 'mourning', 'commemorate', 'commemorating', 'mark', 'marking', 'remember', 'honour', 'honor',
  // "gathered to oppose the invasion of Ukraine", "rallied rejecting the attack"
  'oppose', 'opposing', 'reject', 'rejecting', 'criticise', 'criticize', 'criticising', 'criticizing', 'decry', 'decrying']);

/**
 * A protest's purpose clause names what it is about ("to protest the death of a man who was shot by
 * police", "against the invasion"): violence there is the protest's topic, reported from before, not a
 * new event of this report.
 */
function protestTopics(doc: Doc, live: EventDraft[], idx: DraftsBySentence): void {
  for (const p of live) {
    if (p.dropped || p.family !== 'protest' || p.modality !== 'asserted') continue;
    const s = doc.sentences[p.sentence]!;
    let purpose = -1;
    for (let k = p.trigger.tokenEnd; k < s.tokenEnd && k < p.trigger.tokenEnd + 25; k++) if (PURPOSE.has(doc.tokens[k]!.norm)) { purpose = k; break; }
    if (purpose < 0) {
      nextSentenceTopics(doc, idx, p);
      continue;
    }
    for (const i of idx.in(p.sentence)) {
      const d = idx.at(i);
      if (d === p || d.dropped || d.sentence !== p.sentence || d.trigger.tokenStart <= purpose || (d.family !== 'assault' && d.family !== 'fight')) continue;
      d.dropped = 'filter:topic-of-protest';
      p.links.push({ relation: 'response-to', event: d.id });
      if (doc.trace) doc.explain('merge', 'filter:topic-of-protest', d.sentence, null, `${d.entry.id} is what the protest is about, not a new event`);
    }
    nextSentenceTopics(doc, idx, p);
    if (!p.topic) {
      let end = s.tokenEnd - 1;
      while (end > purpose && doc.tokens[end]!.kind === 'punct') end--;
      const span: [number, number] = [doc.tokens[purpose]!.start, doc.tokens[end]!.end];
      p.topic = { text: doc.text.slice(span[0], span[1]), span };
    }
  }
}

const CROWD_OPENERS = new Set(['they', 'protesters', 'protestors', 'demonstrators', 'participants', 'marchers', 'crowd']);
const STATED_PURPOSE = new Set(['denounced', 'condemned', 'protested', 'demanded', 'rejected', 'opposed', 'criticized', 'criticised', 'decried', 'called']);

/**
 * The sentence after a demonstration often says what it was about: "Citizens demonstrated in Lyon. They
 * denounced the invasion of Ukraine." When that sentence opens with the crowd ("They", "The protesters")
 * and a verb of stated purpose, violence named by a noun after the verb is the protest's topic, not a new event.
 */
function nextSentenceTopics(doc: Doc, idx: DraftsBySentence, p: EventDraft): void {
  const next = doc.sentences[p.sentence + 1];
  if (!next) return;
  let k = next.tokenStart;
  if (doc.tokens[k]?.norm === 'the') k++;
  if (!CROWD_OPENERS.has(doc.tokens[k]?.norm ?? '')) return;
  let purpose = -1;
  for (let j = k + 1; j < next.tokenEnd && j <= k + 3; j++) if (STATED_PURPOSE.has(doc.tokens[j]!.norm)) { purpose = j; break; }
  if (purpose < 0) return;
  for (const i of idx.in(p.sentence + 1)) {
    const d = idx.at(i);
    // only nouns ("the invasion", "the killing of"): a verb after the purpose is something the crowd did ("demanded … and attacked the police")
    if (d === p || d.dropped || d.sentence !== p.sentence + 1 || d.form !== 'noun' || d.trigger.tokenStart <= purpose || (d.family !== 'assault' && d.family !== 'fight')) continue;
    d.dropped = 'filter:topic-of-protest';
    p.links.push({ relation: 'response-to', event: d.id });
    doc.explain('merge', 'filter:topic-of-protest', d.sentence, null, `${d.entry.id} is what the protest of the sentence before is about, not a new event`);
  }
}

/**
 * Protesters who demand, denounce or reject are protesting ("protesters demanded gasoline and jobs");
 * protesters who fight or attack are rioting ("demonstrators clashed with police").
 */
function protestersSpeaking(doc: Doc, live: EventDraft[]): void {
  for (const d of live) {
    if (d.dropped) continue;
    const speech = d.family === 'request' || d.family === 'accuse' || d.family === 'reject';
    // with no actor bound, a protest crowd noun in the subject ("On 3 May hundreds of demonstrators in X city demanded …")
    if (!d.actors.some((a) => a.mention.data.sector === 'PRO') && !(speech && d.actors.length === 0 && d.voice === 'active' && crowdSubject(doc, d))) continue;
    if (speech) {
      d.family = 'protest';
      d.cameo = '141';
    } else if (d.family === 'fight' || d.family === 'assault') {
      d.family = 'protest';
      d.cameo = '145';
    } else continue;
    d.cameoRule = `rule:protesters-${d.entry.family}`;
    if (doc.trace) doc.explain('merge', d.cameoRule, d.sentence, null, `${d.entry.id} by protesters is a ${d.cameo === '145' ? 'riot' : 'demonstration'}`);
  }
}

/** Nouns that name people as demonstrators whatever they do: their demands and denunciations are the protest. */
const PROTEST_CROWD = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'picketers', 'rallygoers', 'rally-goers']);

/** A protest crowd noun among the up to 8 words before the trigger, back to a comma, a clause word or the sentence start. */
function crowdSubject(doc: Doc, d: EventDraft): boolean {
  const from = doc.sentences[d.sentence]!.tokenStart;
  for (let k = d.trigger.tokenStart - 1; k >= from && k >= d.trigger.tokenStart - 8; k--) {
    const n = doc.tokens[k]!.norm;
    if (n === ',' || n === ';' || n === ':' || CLAUSE_WORDS.has(n)) return false;
    if (PROTEST_CROWD.has(n)) return true;
  }
  return false;
}

const ARMED_SECTORS = new Set(['MIL', 'COP', 'REB', 'MILITIA', 'UAF', 'PRM', 'SPY']);

/**
 * Forces that "arrived in" a place are moving troops, not visiting: a visit by armed actors only
 * (soldiers, militias, a brigade) is a deployment (MOBILIZE, CAMEO 154), as ACLED codes movement of forces.
 * With no actor bound, force words in the subject do the same ("dozens of military vehicles reportedly arrived in").
 */
function armedArrivals(doc: Doc, live: EventDraft[]): void {
  for (const d of live) {
    if (d.dropped || d.entry.id !== 'consult.visit' || doc.tokens[d.trigger.tokenStart]!.norm !== 'arrived') continue;
    const armed = d.actors.length > 0
      ? d.actors.every((a) => ARMED_SECTORS.has(a.mention.data.sector ?? ''))
      : forceSubject(doc, d);
    if (!armed) continue;
    d.family = 'mobilize';
    d.cameo = '154';
    d.cameoRule = 'rule:armed-arrival';
    doc.explain('merge', d.cameoRule, d.sentence, null, `${d.entry.id} by armed actors is a movement of forces`);
  }
}

/** A force word (troops, vehicles, convoy, reinforcements …) among the up to 8 words before the trigger, back to a comma or the sentence start. */
function forceSubject(doc: Doc, d: EventDraft): boolean {
  const from = doc.sentences[d.sentence]!.tokenStart;
  for (let k = d.trigger.tokenStart - 1; k >= from && k >= d.trigger.tokenStart - 8; k--) {
    const n = doc.tokens[k]!.norm;
    if (n === ',' || n === ';' || n === ':') return false;
    if (FORCE_WORDS.has(n)) return true;
  }
  return false;
}

/** One demonstration told over several sentences ("… demonstrated in Magdeburg. Demonstrators threw bottles …") is one event; violence makes it a riot. */
function protestMerges(doc: Doc, live: EventDraft[], fw: Forwarding): void {
  // the protests only, in list order; the inner loop ends where no later one is near enough (as in threatMerges)
  const protests = positionsOf(live, 'protest');
  if (protests.length < 2) return;
  const nearest = suffixMinSentence(live, protests);
  for (let i = 0; i < protests.length; i++) {
    const a = live[protests[i]!]!;
    if (a.dropped || a.family !== 'protest') continue;
    for (let j = i + 1; j < protests.length && nearest[j]! <= a.sentence + 2; j++) {
      const b = live[protests[j]!]!;
      if (b.dropped || b.family !== 'protest' || b.sentence === a.sentence || b.sentence > a.sentence + 2 || b.modality !== a.modality) continue;
      if (!compatibleActors(a.actors, b.actors) && !(a.actors.every((x) => x.mention.data.sector === 'PRO') && b.actors.every((x) => x.mention.data.sector === 'PRO'))) continue;
      const riot = b.cameo === '145' || a.cameo === '145';
      absorb(a, b, 'merge:same-demonstration', doc, fw);
      if (riot) { a.cameo = '145'; a.cameoRule = 'rule:demonstration-turned-violent'; }
    }
  }
}

/** Topic of talks and requests: "conducted talks about the release of …". */
function topics(doc: Doc, live: EventDraft[]): void {
  for (const d of live) {
    if (d.dropped || (d.family !== 'consult' && d.family !== 'request' && d.family !== 'agree')) continue;
    const s = doc.sentences[d.sentence]!;
    const k = d.trigger.tokenEnd;
    const n = doc.tokens[k]?.norm;
    if (k < s.tokenEnd - 1 && (n === 'about' || n === 'over' || n === 'on' || n === 'regarding' || n === 'to')) {
      let end = s.tokenEnd - 1;
      while (end > k && doc.tokens[end]!.kind === 'punct') end--;
      const span: [number, number] = [doc.tokens[k + 1]!.start, doc.tokens[end]!.end];
      d.topic = { text: doc.text.slice(span[0], span[1]), span };
    }
  }
}

function confidence(d: EventDraft): number {
  let c = 0.45;
  if (d.actors.length > 0) c += d.actors.some((a) => a.how === 'stated') ? 0.15 : 0.08;
  if (d.recipients.length > 0) c += 0.1;
  if (d.places.length > 0) c += 0.08;
  if (d.time) c += 0.05;
  if (d.attribution.length > 0) c += 0.05;
  if (d.weapons.length > 0 || d.quantities.length > 0) c += 0.05;
  if (d.extraTriggers.length > 0) c += 0.04;
  return Math.min(0.95, Math.round(c * 100) / 100);
}

export const mergeStage: Stage = {
  name: 'merge',
  run(doc) {
    doc.drafts.push(...saidTheSame(doc, doc.drafts));
    const live = doc.drafts.filter((d) => !d.dropped);
    const fw = new Forwarding();
    const idx = new DraftsBySentence(live);
    protestersSpeaking(doc, live);
    armedArrivals(doc, live);
    protestTopics(doc, live, idx);
    protestMerges(doc, live, fw);
    participleOutcomes(doc, live, idx, fw);
    outcomeMerges(doc, live, idx, fw);
    sameSentenceMerges(doc, live, fw);
    anaphoraMerges(doc, live, idx, fw);
    resolvePronouns(doc, live);
    possessiveDoers(doc, live);
    continueBlame(live);
    threatTargets(doc, live, idx);
    threatMerges(doc, live, fw);
    topics(doc, live);
    // links to drafts merged away now point at the drafts that absorbed them
    fw.apply(doc.drafts);
    for (const d of live) {
      if (d.dropped) continue;
      if (d.form === 'noun' && BARE_FILTERED.has(d.family) && d.actors.length === 0 && d.recipients.length === 0 && d.weapons.length === 0 && d.places.length === 0 && !d.time && d.quantities.length === 0) {
        d.dropped = 'filter:bare-nominal';
        if (doc.trace) doc.explain('merge', 'filter:bare-nominal', d.sentence, null, `${d.entry.id} dropped: a noun with no actor, target, place, time, weapon or count`);
        continue;
      }
      if (NEEDS_ACTOR.has(d.family) && d.actors.length === 0) {
        d.dropped = 'filter:no-actor';
        if (doc.trace) doc.explain('merge', 'filter:no-actor', d.sentence, null, `${d.entry.id} dropped: a ${d.family} event needs an actor`);
        continue;
      }
      if (privateVisit(d)) {
        d.dropped = RULE_PRIVATE_VISIT;
        if (doc.trace) doc.explain('merge', RULE_PRIVATE_VISIT, d.sentence, null, `${d.entry.id} dropped: a visit with no political actor on either side`);
        continue;
      }
      d.confidence = confidence(d);
    }
  },
};
