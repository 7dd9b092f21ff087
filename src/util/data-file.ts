import { readFileSync } from 'node:fs';
import { dataPath } from './paths.js';

/**
 * Read a JSON data file under data/ with a cheap shape check instead of a schema library (zod costs ~25 ms
 * of a cold start): the value must be an object whose `arrays` fields are arrays of objects. The full
 * schemas are checked by the tests on every data file.
 */
export function readDataJson<T>(file: string, arrays: readonly string[]): T {
  return checkShape<T>(JSON.parse(readFileSync(dataPath(file), 'utf8')) as unknown, arrays, file);
}

/** The shape check of readDataJson on a parsed value; throws naming the file and field. */
export function checkShape<T>(value: unknown, arrays: readonly string[], file: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: expected a JSON object`);
  const o = value as Record<string, unknown>;
  for (const key of arrays) {
    const list = o[key];
    if (!Array.isArray(list)) throw new Error(`${file}: "${key}" must be an array`);
    for (let i = 0; i < list.length; i++) {
      const e: unknown = list[i];
      if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new Error(`${file}: ${key}[${i}] must be an object`);
    }
  }
  return value as T;
}
