import type { Doc, Mention, Token, ActorData, PlaceData, WeaponData, NumberData, TimeData, OutletData } from '../pipeline/doc.js';

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

/** Each layer sorted by start once (recomputed only if the layer grew), so a sentence's slice is a binary search. */
const sortedLayers = new WeakMap<Mention<unknown>[], { length: number; sorted: Mention<unknown>[] }>();

function inOrder<D>(layer: Mention<D>[]): boolean {
  for (let i = 1; i < layer.length; i++) if (layer[i - 1]!.tokenStart > layer[i]!.tokenStart) return false;
  return true;
}

function sorted<D>(layer: Mention<D>[]): Mention<D>[] {
  const cached = sortedLayers.get(layer as Mention<unknown>[]);
  if (cached && cached.length === layer.length) return cached.sorted as Mention<D>[];
  // the recognisers mostly emit their layers in text order already: then no copy is needed
  const copy = inOrder(layer) ? layer : [...layer].sort((a, b) => a.tokenStart - b.tokenStart);
  sortedLayers.set(layer as Mention<unknown>[], { length: layer.length, sorted: copy as Mention<unknown>[] });
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

/** Everything the coders need to know about one sentence, indexed by token. */
export class SentenceContext {
  readonly doc: Doc;
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  readonly tokens: Token[];
  readonly actors: Mention<ActorData>[];
  readonly places: Mention<PlaceData>[];
  readonly weapons: Mention<WeaponData>[];
  readonly numbers: Mention<NumberData>[];
  readonly times: Mention<TimeData>[];
  readonly outlets: Mention<OutletData>[];
  private readonly actorAt: (Mention<ActorData> | undefined)[];
  private readonly placeAt: (Mention<PlaceData> | undefined)[];
  private readonly weaponAt: (Mention<WeaponData> | undefined)[];
  private readonly numberAt: (Mention<NumberData> | undefined)[];
  private readonly outletAt: (Mention<OutletData> | undefined)[];
  private readonly timeAt: (Mention<TimeData> | undefined)[];

  constructor(doc: Doc, sentence: number, from: number, to: number) {
    this.doc = doc;
    this.sentence = sentence;
    this.from = from;
    this.to = to;
    this.tokens = doc.tokens;
    this.actors = sliceLayer(doc.actors, from, to);
    this.places = sliceLayer(doc.places, from, to);
    this.weapons = sliceLayer(doc.weapons, from, to);
    this.numbers = sliceLayer(doc.numbers, from, to);
    this.times = sliceLayer(doc.times, from, to);
    this.outlets = sliceLayer(doc.outlets, from, to);
    this.actorAt = indexLayer(this.actors, from, to);
    this.placeAt = indexLayer(this.places, from, to);
    this.weaponAt = indexLayer(this.weapons, from, to);
    this.numberAt = indexLayer(this.numbers, from, to);
    this.outletAt = indexLayer(this.outlets, from, to);
    this.timeAt = indexLayer(this.times, from, to);
  }

  norm(i: number): string {
    return i >= this.from && i < this.to ? this.tokens[i]!.norm : '';
  }
  token(i: number): Token | undefined {
    return i >= this.from && i < this.to ? this.tokens[i] : undefined;
  }
  actor(i: number): Mention<ActorData> | undefined {
    return i >= this.from && i < this.to ? this.actorAt[i - this.from] : undefined;
  }
  place(i: number): Mention<PlaceData> | undefined {
    return i >= this.from && i < this.to ? this.placeAt[i - this.from] : undefined;
  }
  weapon(i: number): Mention<WeaponData> | undefined {
    return i >= this.from && i < this.to ? this.weaponAt[i - this.from] : undefined;
  }
  number(i: number): Mention<NumberData> | undefined {
    return i >= this.from && i < this.to ? this.numberAt[i - this.from] : undefined;
  }
  outlet(i: number): Mention<OutletData> | undefined {
    return i >= this.from && i < this.to ? this.outletAt[i - this.from] : undefined;
  }
  time(i: number): Mention<TimeData> | undefined {
    return i >= this.from && i < this.to ? this.timeAt[i - this.from] : undefined;
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
