import type { EventDraft } from '../pipeline/draft.js';

/**
 * The drafts of a list by sentence, each sentence's in list order. The merge rules look for a draft in a few
 * sentences around another ("the last attack of the two sentences before"); a scan of the whole list per draft
 * made them quadratic in long texts. The answers are those of the scan: "last" and "first" mean in list order
 * (the list need not be in sentence order: drafts copied by later rules are appended). Sentences of the drafts
 * must not change while the index is in use. Short lists (most texts) are scanned whole, in the same order: no map.
 */
export class DraftsBySentence {
  private readonly drafts: EventDraft[];
  /** Positions in `drafts`, by sentence, ascending; built on first use for lists longer than SHORT. */
  private map: Map<number, number[]> | null = null;

  constructor(drafts: EventDraft[]) {
    this.drafts = drafts;
  }

  /** Positions of the drafts of sentence `s`, ascending, or undefined when none. */
  private positions(s: number): number[] | undefined {
    const drafts = this.drafts;
    if (drafts.length <= SHORT) {
      let out: number[] | undefined;
      for (let i = 0; i < drafts.length; i++) if (drafts[i]!.sentence === s) (out ??= []).push(i);
      return out;
    }
    if (!this.map) {
      const map = new Map<number, number[]>();
      for (let i = 0; i < drafts.length; i++) {
        const list = map.get(drafts[i]!.sentence);
        if (list) list.push(i); else map.set(drafts[i]!.sentence, [i]);
      }
      this.map = map;
    }
    return this.map.get(s);
  }

  /** The drafts of sentence `s`, in list order (a shared array: do not change it). */
  in(s: number): readonly number[] {
    return this.positions(s) ?? NONE;
  }

  /** The draft at position `i` of the list. */
  at(i: number): EventDraft {
    return this.drafts[i]!;
  }

  /** The last draft in list order of sentences `from`..`to` (inclusive) that `ok` accepts. */
  lastIn(from: number, to: number, ok: (x: EventDraft) => boolean): EventDraft | undefined {
    const drafts = this.drafts;
    if (drafts.length <= SHORT) {
      for (let i = drafts.length - 1; i >= 0; i--) {
        const x = drafts[i]!;
        if (x.sentence >= from && x.sentence <= to && ok(x)) return x;
      }
      return undefined;
    }
    let best = -1;
    for (let s = from; s <= to; s++) {
      const list = this.positions(s);
      if (!list) continue;
      for (let k = list.length - 1; k >= 0 && list[k]! > best; k--) if (ok(this.drafts[list[k]!]!)) { best = list[k]!; break; }
    }
    return best >= 0 ? this.drafts[best] : undefined;
  }

  /** The first draft in list order of sentences `from`..`to` (inclusive) that `ok` accepts. */
  firstIn(from: number, to: number, ok: (x: EventDraft) => boolean): EventDraft | undefined {
    const drafts = this.drafts;
    if (drafts.length <= SHORT) {
      for (let i = 0; i < drafts.length; i++) {
        const x = drafts[i]!;
        if (x.sentence >= from && x.sentence <= to && ok(x)) return x;
      }
      return undefined;
    }
    let best = Infinity;
    for (let s = from; s <= to; s++) {
      const list = this.positions(s);
      if (!list) continue;
      for (let k = 0; k < list.length && list[k]! < best; k++) if (ok(this.drafts[list[k]!]!)) { best = list[k]!; break; }
    }
    return best !== Infinity ? this.drafts[best] : undefined;
  }

  /** Every draft of sentences `from`..`to` that `ok` accepts, the latest in list order first. */
  allIn(from: number, to: number, ok: (x: EventDraft) => boolean): EventDraft[] {
    const drafts = this.drafts;
    if (drafts.length <= SHORT) {
      const out: EventDraft[] = [];
      for (let i = drafts.length - 1; i >= 0; i--) {
        const x = drafts[i]!;
        if (x.sentence >= from && x.sentence <= to && ok(x)) out.push(x);
      }
      return out;
    }
    const found: number[] = [];
    for (let s = from; s <= to; s++) {
      const list = this.positions(s);
      if (list) for (const i of list) if (ok(this.drafts[i]!)) found.push(i);
    }
    // one sentence's positions are ascending already; several are merged by a sort
    if (from !== to) found.sort((a, b) => b - a); else found.reverse();
    const out: EventDraft[] = [];
    for (const i of found) out.push(this.drafts[i]!);
    return out;
  }
}

const NONE: readonly number[] = [];
/** Lists up to this long are scanned rather than indexed (as the same-sentence merges do). */
const SHORT = 16;

/**
 * For positions `list` (ascending) of `drafts`: the least sentence from each position to the end. A loop over
 * the later positions that only wants sentences up to some bound can stop where this exceeds it, whatever the
 * order of the list.
 */
export function suffixMinSentence(drafts: EventDraft[], list: readonly number[]): Int32Array {
  const out = new Int32Array(list.length);
  let min = 0x7fffffff;
  for (let k = list.length - 1; k >= 0; k--) {
    const s = drafts[list[k]!]!.sentence;
    if (s < min) min = s;
    out[k] = min;
  }
  return out;
}
