import { tokenize } from '../src/segment/tokenize.js';
import type { Token } from '../src/pipeline/doc.js';
import { acledCues, type CueHit } from '../src/resolve/acled-cues.js';
import { stripAcledConventions } from '../src/resolve/acled-text.js';
import type { AcledFeatures } from '../src/resolve/acled.js';

/**
 * A stand-in feature extractor for measuring the ACLED classifier alone, before the full pipeline
 * (actors, weapons, event patterns) exists. It reads a whole note as one event: sentence tokens,
 * a positional guess at the victims (words after a violence cue, or before a passive one), and a
 * guess at the acting side from the first armed-actor word. Family, triggers and weapons are left
 * to the classifier's own cues.
 */

const STATE = new Set(['regime', 'government', 'governmental', 'army', 'military', 'soldiers', 'troops', 'police', 'policemen',
  'gendarmerie', 'gendarmes', 'security', 'loyalist', 'navy', 'idf', 'israeli', 'russian', 'ukrainian', 'iraqi', 'turkish',
  'saudi', 'emirati', 'american', 'iranian', 'coalition', 'hadi', 'yemeni', 'afghan', 'somali', 'malian', 'nigerian']);
const POLICE = new Set(['police', 'policemen', 'gendarmerie', 'gendarmes']);
/** Stand-in for actor countries: nationality words → the country they belong to. */
const NATIONALITY: Record<string, string> = {
  israeli: 'Israel', russian: 'Russia', ukrainian: 'Ukraine', iraqi: 'Iraq', turkish: 'Turkey', saudi: 'Saudi Arabia',
  emirati: 'United Arab Emirates', american: 'United States', iranian: 'Iran', coalition: '(coalition)', yemeni: 'Yemen',
  afghan: 'Afghanistan', somali: 'Somalia', malian: 'Mali', nigerian: 'Nigeria',
};
const NONSTATE = new Set(['rebel', 'rebels', 'opposition', 'militants', 'militant', 'militia', 'militias', 'militiamen', 'islamist',
  'insurgents', 'insurgent', 'jihadists', 'jihadist', 'faction', 'factions', 'fighters', 'gunmen', 'is', 'isis', 'isil', 'daesh',
  'hts', 'qsd', 'sdf', 'ypg', 'pkk', 'houthi', 'houthis', 'huthi', 'ansar', 'aqap', 'shabaab', 'taliban', 'hamas', 'hezbollah',
  'tribesmen', 'tribal', 'separatist', 'separatists', 'stc', 'resistance', 'nsag', 'jnim', 'iswap', 'boko', 'pdf', 'kachin',
  'arakan', 'wagner', 'fano', 'rsf', 'm23', 'adf', 'fighter', 'sna', 'pro-turkish']);
const CAPTURE = new Set(['captured', 'recaptured', 'seized', 'retook', 'overran', 'stormed', 'controlled', 'regained']);
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'On', 'In', 'At', 'During', 'After', 'Two', 'Three', 'Several']);

/** Stand-in for an event pattern "capture + PLACE": a capture verb followed by a capitalised name. */
function capturesPlace(tokens: Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!CAPTURE.has(tokens[i]!.norm) || (i > 0 && tokens[i - 1]!.kind === 'dash')) continue;
    const next = tokens[i + 1]!;
    if (next.kind === 'word' && next.cap && !FUNCTION_WORDS.has(next.text)) return true;
  }
  return false;
}
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'got']);
const VIOLENCE = new Set(['direct-violence', 'killed', 'arrest', 'abduction']);

export interface NoteFeatures { features: AcledFeatures; text: string }

/** `country`: where the event happened (the pipeline knows it from geocoding), to tell foreign forces from domestic ones. */
export function featuresFromNote(note: string, strip = true, country: string | null = null): NoteFeatures {
  const text = strip ? stripAcledConventions(note) : note;
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm).filter((n) => n !== '-' && n !== '–' && n !== '—');
  const hits = acledCues().find(norms);
  const recipients = new Set<string>();
  const byStart = new Map<number, CueHit[]>();
  for (const h of hits) {
    const list = byStart.get(h.start);
    if (list) list.push(h); else byStart.set(h.start, [h]);
  }
  const sectorAt = (i: number): string | null => {
    for (const h of byStart.get(i) ?? []) {
      if (h.group === 'civilian') return 'CVL';
      if (h.group === 'armed-target') return 'MIL';
    }
    return null;
  };
  // The victims of the first violence word that names any: words after it, or before it when passive.
  for (const h of hits) {
    if (!VIOLENCE.has(h.group)) continue;
    const passive = h.start > 0 && PASSIVE.has(norms[h.start - 1]!);
    const from = passive ? Math.max(0, h.start - 12) : h.end;
    const to = passive ? h.start : Math.min(norms.length, h.end + 8);
    let found: string | null = null;
    for (let i = from; i < to && !found; i++) found = sectorAt(i);
    if (found) { recipients.add(found); break; }
  }
  // No victim next to a violence word: fall back on which kind of victim words the note uses at all.
  if (recipients.size === 0 && hits.some((h) => VIOLENCE.has(h.group))) {
    const civ = hits.some((h) => h.group === 'civilian');
    const armed = hits.some((h) => h.group === 'armed-target');
    if (civ && !armed) recipients.add('CVL');
    if (armed && !civ) recipients.add('MIL');
  }
  let actor: string | null = null;
  let foreign = false;
  for (const n of norms) {
    if (STATE.has(n)) { actor = POLICE.has(n) ? 'COP' : 'MIL'; foreign = !!country && !!NATIONALITY[n] && NATIONALITY[n] !== country; break; }
    if (NONSTATE.has(n)) { actor = 'REB'; break; }
  }
  const groups = new Set(hits.map((h) => h.group));
  const family = capturesPlace(tokens) ? 'territory' : '';
  const killed = groups.has('killed') && !groups.has('no-casualties') ? 1 : 0;
  return {
    text,
    features: {
      family, ploverType: '', cameo: '', triggers: [], weaponCategories: [],
      actorSectors: actor ? [actor] : [], recipientSectors: [...recipients], recipientKinds: [], actorForeign: foreign,
      killed, sentenceNorms: norms, modality: 'asserted',
    },
  };
}
