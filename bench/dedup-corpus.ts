/** The benchmark corpus: ACLED notes (read from the shared eval folder, never copied) and reworded copies. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../src/util/paths.js';
import { shortHash } from '../src/util/hash.js';
import type { DedupItem } from '../src/dedup/index.js';
import { dayNumber, isoDay } from '../src/dedup/dates.js';
import { paraphrase, rng } from './dedup-paraphrase.js';

export interface Note { id: string; text: string; event_date: string; country: string; source: string | null; event_type: string }

const OUTLETS = ['Reuters', 'AFP', 'Associated Press', 'BBC News', 'Al Jazeera', 'The Guardian', 'Xinhua', 'Anadolu Agency',
  'Al Arabiya', 'The New York Times', 'Deutsche Welle', 'France 24', 'The Times of India', 'Kyiv Independent', 'Middle East Eye'];

export function load(): Note[] {
  const path = join(evalDir(), 'acled', 'acled_dev.jsonl');
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Note);
}

/** Notes with the most others in the same country within ±1 day first ("dense"), or by hash ("random"). */
export function sample(notes: Note[], n: number, how: string, seed: number): Note[] {
  const key = (x: Note) => shortHash(`${seed}:${x.id}`);
  if (how === 'random') return [...notes].sort((a, b) => (key(a) < key(b) ? -1 : 1)).slice(0, n);
  const byCountry = new Map<string, number[]>();
  for (const x of notes) {
    const d = dayNumber(x.event_date);
    if (d === null) continue;
    const list = byCountry.get(x.country) ?? [];
    list.push(d);
    byCountry.set(x.country, list);
  }
  const density = (x: Note) => {
    const d = dayNumber(x.event_date);
    return d === null ? 0 : (byCountry.get(x.country) ?? []).filter((y) => Math.abs(y - d) <= 1).length - 1;
  };
  const scored = notes.map((x) => ({ x, d: density(x), k: key(x) }));
  scored.sort((a, b) => b.d - a.d || (a.k < b.k ? -1 : 1));
  return scored.slice(0, n).map((s) => s.x);
}

export interface Doc { articleId: string; note: string; items: DedupItem[] }

export function articlesFor(note: Note, copies: number, seed: number): Array<{ id: string; text: string; outlet: string; published: string }> {
  const r = rng(parseInt(shortHash(`${seed}:${note.id}`, 8), 16));
  const day = dayNumber(note.event_date) ?? 0;
  const first = note.source?.split(';')[0]?.trim() || OUTLETS[Math.floor(r() * OUTLETS.length)]!;
  const pub0 = day + (r() < 0.5 ? 0 : 1);
  const out = [{ id: `${note.id}#0`, text: note.text, outlet: first, published: isoDay(pub0) }];
  const used = new Set([first]);
  for (let k = 1; k <= copies; k++) {
    let outlet = OUTLETS[Math.floor(r() * OUTLETS.length)]!;
    while (used.has(outlet)) outlet = OUTLETS[(OUTLETS.indexOf(outlet) + 1) % OUTLETS.length]!;
    used.add(outlet);
    const shift = Math.floor(r() * 3) - 1; // -1, 0, +1 day from the original's publication
    out.push({ id: `${note.id}#${k}`, text: paraphrase(note.text, Math.floor(r() * 2 ** 31)), outlet, published: isoDay(Math.max(day, pub0 + shift)) });
  }
  return out;
}

