/**
 * Arrays with one elements kind. V8 gives an empty `[]` literal, or `.map()` over an empty array, the "small
 * integers" elements kind, and an array holding objects or strings another: a reader of both (`d.weapons.length`,
 * `for (const w of d.weapons)`) sees two hidden classes, and its optimised code is thrown away ("wrong map") the
 * first time the other one comes. Empty lists made here already have the kind of a list of objects.
 */
/**
 * An empty array whose elements kind is that of an array of objects (it held a null once: kinds never go back), never
 * written. `slice()` with no arguments copies it as it is (kind included), and TurboFan compiles that call to an
 * inline clone of a fast array, where `slice(0, 0)` of a one-element array was a call of the builtin.
 */
const EMPTY: null[] = [null];
EMPTY.pop();

/** A new empty array with the elements kind of a non-empty array of objects or strings. */
export function emptyList<T>(): T[] {
  return EMPTY.slice() as unknown as T[];
}

/** A copy of `list` with the elements kind of a non-empty array of objects or strings (JSON's `[]` has another). */
export function listFrom<T>(list: readonly T[]): T[] {
  const out = emptyList<T>();
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** `list.map(fn)` whose result has that elements kind even when `list` is empty. */
export function mapList<T, U>(list: readonly T[], fn: (x: T) => U): U[] {
  if (list.length === 0) return emptyList<U>();
  const out = emptyList<U>();
  for (let i = 0; i < list.length; i++) out.push(fn(list[i]!));
  return out;
}
