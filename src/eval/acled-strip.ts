/**
 * ACLED notes often state the coding convention ("Fatalities coded as 10", "[size=hundreds]",
 * "coded to generic location"), which leaks the answer. `stripCodingPhrases` removes them for the
 * "stripped" fatality score; docs/EVALUATION.md lists the rule.
 *
 * 1. a bracketed or parenthesised aside that mentions coding, size, fatalities or casualties is removed;
 * 2. a sentence that opens with its "coded" clause ("Fatalities coded as 10.") is removed;
 * 3. any other "coded …" clause (", coded to Gaza City", ", coded as 3 fatalities") is cut to the end of its sentence,
 *    so the event a sentence tells before its coding clause stays (until session 6 a sentence that said "coded" and
 *    spoke of deaths went whole, and with it the event of notes such as "… killed a man …, coded to X.").
 * Plain scans, no backtracking regular expressions.
 */

const ASIDE_WORDS = ['coded', 'size=', 'size =', 'fatalit', 'casualt'];

function mentionsAny(lower: string, words: readonly string[]): boolean {
  return words.some((w) => lower.includes(w));
}

/** Remove [..] and (..) asides (not nested) that mention coding or counts. */
function stripAsides(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '[' || ch === '(') {
      const close = text.indexOf(ch === '[' ? ']' : ')', i + 1);
      if (close > i) {
        const inner = text.slice(i + 1, close).toLowerCase();
        if (mentionsAny(inner, ASIDE_WORDS)) {
          i = close + 1;
          continue;
        }
      }
    }
    out += ch;
    i++;
  }
  return out;
}

const CLOSING_QUOTES = new Set(["'", '"', '\u2019', '\u201d']);

/** Words that make a "coded" clause a coding of counts ("Unknown fatalities in the ranks of both coded as 10"), not of a place. */
function countWord(word: string): boolean {
  return /^[0-9]+$/.test(word) || ['fatalit', 'casualt', 'death', 'dead', 'toll', 'killed', 'injur', 'wounded'].some((w) => word.startsWith(w));
}

/** A count word in the clause before "coded" (back to a comma, semicolon, dash or the sentence start). */
function countClause(lower: string, at: number): boolean {
  let from = at;
  while (from > 0 && lower[from - 1] !== ',' && lower[from - 1] !== ';' && lower[from - 1] !== '-') from--;
  return lower.slice(from, at).split(/[^a-z0-9]+/).some(countWord);
}

/** Words before "coded" that open a sentence about the coding itself ("Location coded at X.", "The event was coded to Y."). */
const CODING_SUBJECTS = new Set(['location', 'locations', 'event', 'events', 'it', 'this', 'which', 'that', 'was', 'were', 'is', 'are', 'been', 'be', 'and', 'also', 'geo', 'precision']);

/** The lower-case word that ends right before `at` (spaces skipped), and whether a comma, semicolon or dash stands between. */
function wordBefore(lower: string, at: number): { word: string; punct: boolean } {
  let k = at;
  while (k > 0 && lower[k - 1] === ' ') k--;
  const punct = k > 0 && (lower[k - 1] === ',' || lower[k - 1] === ';' || lower[k - 1] === '-');
  let j = k;
  while (j > 0 && /[a-z0-9]/.test(lower[j - 1]!)) j--;
  return { word: lower.slice(j, k), punct };
}

/** Sentence pieces: split after . ! ? followed by a space (or by a closing quote and a space). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 === text.length || text[i + 1] === ' ')) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    } else if ((ch === '.' || ch === '!' || ch === '?') && CLOSING_QUOTES.has(text[i + 1] ?? '') && (i + 2 === text.length || text[i + 2] === ' ')) {
      // a stop inside closing quotes ("… a 'heavy toll.' Fatalities coded as 10.")
      out.push(text.slice(start, i + 2));
      start = i + 2;
      i++;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

function findWord(lower: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = lower.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : lower[at - 1]!;
    const after = lower[at + word.length] ?? ' ';
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return at;
    from = at + 1;
  }
}

export function stripCodingPhrases(text: string): string {
  const pieces: string[] = [];
  for (const s of sentences(stripAsides(text))) {
    const lower = s.toLowerCase();
    const at = findWord(lower, 'coded');
    if (at < 0) {
      pieces.push(s);
      continue;
    }
    // cut from the comma or dash before "coded" to the end of the sentence, keeping the final stop; a sentence that
    // opens with the coding ("Fatalities coded as 10.") goes whole, but the event told before a coding clause stays
    // ("… leaving an unspecified number of fatalities among Palestinians, coded as 3.")
    // a place tag with no comma ("… struck a street west of Gaza City coded to Gaza - Southern Remal (…), resulting in …")
    // is cut from "coded" itself: scanning back to an earlier comma would cut the event told before it (session 10)
    const before = wordBefore(lower, at);
    if (!before.punct && before.word !== '' && !CODING_SUBJECTS.has(before.word) && !countClause(lower, at)) {
      const end = s.trimEnd();
      const stop = /[.!?]$/.test(end) ? end[end.length - 1]! : '';
      pieces.push(s.slice(0, at).trimEnd() + stop);
      continue;
    }
    let cut = at;
    while (cut > 0 && s[cut - 1] !== ',' && s[cut - 1] !== ';' && s[cut - 1] !== '-') cut--;
    if (cut === 0) continue;
    const end = s.trimEnd();
    const stop = /[.!?]$/.test(end) ? end[end.length - 1]! : '';
    pieces.push(s.slice(0, cut - 1).trimEnd() + stop);
  }
  return pieces.join('').replace(/ {2,}/g, ' ').replace(/ +([.,;])/g, '$1').trim();
}

/** True when the note states a coding convention (the text changes when stripped). */
export function hasCodingPhrase(text: string): boolean {
  return stripCodingPhrases(text) !== text.replace(/ {2,}/g, ' ').replace(/ +([.,;])/g, '$1').trim();
}

/** The note says how its fatalities were coded ("Unknown fatalities coded as 10", "[… fatalities coded to 3]"). */
export function statesFatalityCoding(text: string): boolean {
  const lower = text.toLowerCase();
  return findWord(lower, 'coded') >= 0 && (lower.includes('fatalit') || lower.includes('casualt'));
}

/**
 * ACLED's own labels that some notes open with: the sub-event types of the codebook and the kinds of strategic
 * development its guide names (ACLED Codebook 2023, "Strategic developments"). Lower case.
 */
const NOTE_LABELS = new Set([
  'agreement', 'arrests', 'change to armed group', 'change to group/activity', 'changes in armed groups', 'coup / military takeover',
  'defusal', 'detonation', 'displacement', 'disrupted weapons use', 'explosive remnants of war', 'headquarters or base established',
  'interception', 'land seizure', 'looting', 'looting/property destruction', 'mass grave', 'movement of forces', 'non-violent activity',
  'non-violent transfer of territory', 'other', 'property destruction', 'recruitment', 'security measures', 'training', 'weapons seizure',
]);

/**
 * A leading label of ACLED's own ("Movement of forces: …", "Non-violent activity: …") removed. News text has no
 * such label, and it often names the sub-event type outright.
 */
export function stripNoteLabel(text: string): string {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 60 || text[colon + 1] !== ' ') return text;
  return NOTE_LABELS.has(text.slice(0, colon).trim().toLowerCase()) ? text.slice(colon + 2) : text;
}

/** The note as news would tell it: leading ACLED label and coding phrases removed. */
export function plainNote(text: string): string {
  return stripCodingPhrases(stripNoteLabel(text));
}
