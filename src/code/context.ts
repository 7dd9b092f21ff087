import type { Doc, Mention, Token, ActorData, PlaceData, WeaponData, NumberData, TimeData, OutletData } from '../pipeline/doc.js';
import type { WordBits } from '../recognise/vocab.js';

/** Shared by every layer with no mention in the sentence (most weapon, outlet and time layers). */
const NONE: never[] = []; // never written: indexLayer results are only read

/** Map from token index to the mention covering it, for one layer. */
function indexLayer<D>(layer: Mention<D>[], from: number, to: number): (Mention<D> | undefined)[] {
  if (layer.length === 0) return NONE;
  const at: (Mention<D> | undefined)[] = new Array(to - from);
  for (const m of layer) {
    for (let k = Math.max(m.tokenStart, from); k < Math.min(m.tokenEnd, to); k++) at[k - from] = m;
  }
  return at;
}

/**
 * Each layer sorted by start once (recomputed only if the layer grew), so a sentence's slice is a binary
 * search. A few recent layers are remembered by identity: one document's six layers, without hashing.
 */
const RECENT = 8;
const recentLayers: (Mention<unknown>[] | null)[] = new Array<Mention<unknown>[] | null>(RECENT).fill(null);
const recentLengths: number[] = new Array<number>(RECENT).fill(0);
const recentSorted: Mention<unknown>[][] = new Array<Mention<unknown>[]>(RECENT).fill([]);
let nextSlot = 0;

function inOrder<D>(layer: Mention<D>[]): boolean {
  for (let i = 1; i < layer.length; i++) if (layer[i - 1]!.tokenStart > layer[i]!.tokenStart) return false;
  return true;
}

function sorted<D>(layer: Mention<D>[]): Mention<D>[] {
  for (let k = 0; k < RECENT; k++) {
    if (recentLayers[k] === layer && recentLengths[k] === layer.length) return recentSorted[k] as Mention<D>[];
  }
  // the recognisers mostly emit their layers in text order already: then no copy is needed
  const copy = inOrder(layer) ? layer : [...layer].sort((a, b) => a.tokenStart - b.tokenStart);
  let slot = recentLayers.indexOf(layer as Mention<unknown>[]);
  if (slot < 0) { slot = nextSlot; nextSlot = (nextSlot + 1) % RECENT; }
  recentLayers[slot] = layer as Mention<unknown>[];
  recentLengths[slot] = layer.length;
  recentSorted[slot] = copy as Mention<unknown>[];
  return copy;
}

function sliceLayer<D>(layer: Mention<D>[], from: number, to: number): Mention<D>[] {
  const s = sorted(layer);
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.tokenStart < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention<D>[] = [];
  for (let i = lo; i < s.length && s[i]!.tokenStart < to; i++) if (s[i]!.tokenEnd <= to) out.push(s[i]!);
  return out;
}

/**
 * Everything the coders need to know about one sentence, indexed by token. Each layer's slice and
 * token index is built on first use: many contexts only ever read norms.
 */
export class SentenceContext {
  readonly doc: Doc;
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  readonly tokens: Token[];
  private actorList: Mention<ActorData>[] | undefined = undefined;
  private placeList: Mention<PlaceData>[] | undefined = undefined;
  private weaponList: Mention<WeaponData>[] | undefined = undefined;
  private numberList: Mention<NumberData>[] | undefined = undefined;
  private timeList: Mention<TimeData>[] | undefined = undefined;
  private outletList: Mention<OutletData>[] | undefined = undefined;
  private actorAt: (Mention<ActorData> | undefined)[] | undefined = undefined;
  private placeAt: (Mention<PlaceData> | undefined)[] | undefined = undefined;
  private weaponAt: (Mention<WeaponData> | undefined)[] | undefined = undefined;
  private numberAt: (Mention<NumberData> | undefined)[] | undefined = undefined;
  private outletAt: (Mention<OutletData> | undefined)[] | undefined = undefined;
  private timeAt: (Mention<TimeData> | undefined)[] | undefined = undefined;

  constructor(doc: Doc, sentence: number, from: number, to: number) {
    this.doc = doc;
    this.sentence = sentence;
    this.from = from;
    this.to = to;
    this.tokens = doc.tokens;
  }

  get actors(): Mention<ActorData>[] {
    return (this.actorList ??= sliceLayer(this.doc.actors, this.from, this.to));
  }
  get places(): Mention<PlaceData>[] {
    return (this.placeList ??= sliceLayer(this.doc.places, this.from, this.to));
  }
  get weapons(): Mention<WeaponData>[] {
    return (this.weaponList ??= sliceLayer(this.doc.weapons, this.from, this.to));
  }
  get numbers(): Mention<NumberData>[] {
    return (this.numberList ??= sliceLayer(this.doc.numbers, this.from, this.to));
  }
  get times(): Mention<TimeData>[] {
    return (this.timeList ??= sliceLayer(this.doc.times, this.from, this.to));
  }
  get outlets(): Mention<OutletData>[] {
    return (this.outletList ??= sliceLayer(this.doc.outlets, this.from, this.to));
  }

  norm(i: number): string {
    return i >= this.from && i < this.to ? this.tokens[i]!.norm : '';
  }
  /** Whether token i is in the sentence and its norm is one of `words`: `set.has(this.norm(i))` for the set `words` was built from. */
  is(i: number, words: WordBits): boolean {
    return i >= this.from && i < this.to && words.hasToken(this.tokens[i]!);
  }
  token(i: number): Token | undefined {
    return i >= this.from && i < this.to ? this.tokens[i] : undefined;
  }
  actor(i: number): Mention<ActorData> | undefined {
    return i >= this.from && i < this.to ? (this.actorAt ??= indexLayer(this.actors, this.from, this.to))[i - this.from] : undefined;
  }
  place(i: number): Mention<PlaceData> | undefined {
    return i >= this.from && i < this.to ? (this.placeAt ??= indexLayer(this.places, this.from, this.to))[i - this.from] : undefined;
  }
  weapon(i: number): Mention<WeaponData> | undefined {
    return i >= this.from && i < this.to ? (this.weaponAt ??= indexLayer(this.weapons, this.from, this.to))[i - this.from] : undefined;
  }
  number(i: number): Mention<NumberData> | undefined {
    return i >= this.from && i < this.to ? (this.numberAt ??= indexLayer(this.numbers, this.from, this.to))[i - this.from] : undefined;
  }
  outlet(i: number): Mention<OutletData> | undefined {
    return i >= this.from && i < this.to ? (this.outletAt ??= indexLayer(this.outlets, this.from, this.to))[i - this.from] : undefined;
  }
  time(i: number): Mention<TimeData> | undefined {
    return i >= this.from && i < this.to ? (this.timeAt ??= indexLayer(this.times, this.from, this.to))[i - this.from] : undefined;
  }

  /** Character span of tokens [a, b). */
  span(a: number, b: number): [number, number] {
    return [this.tokens[a]!.start, this.tokens[b - 1]!.end];
  }
  textOf(a: number, b: number): string {
    return this.doc.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end);
  }

  /** A hard clause boundary at token i: ; : ( ) quotes, spaced dashes. */
  isBoundary(i: number): boolean {
    const t = this.token(i);
    if (!t) return true;
    if (t.kind === 'quote') return true;
    if (t.kind === 'dash') return t.space;
    return t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')' || t.text === '.' || t.text === '?' || t.text === '!');
  }
}
