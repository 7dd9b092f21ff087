import { createRequire } from 'node:module';

/** The baselines analyze() is measured against, on the same corpus in the same run. */

const BARE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** A bare Unicode regex tokeniser: runs of letters/digits, or any single other non-space character. */
export function bareTokenCount(text: string): number {
  let n = 0;
  BARE.lastIndex = 0;
  while (BARE.exec(text) !== null) n++;
  return n;
}

interface WinkDoc { tokens(): { length(): number } }
interface Wink { readDoc(text: string): WinkDoc }

let wink: Wink | null = null;

/** wink-nlp with the English lite web model and an empty pipe: tokenisation only. */
export function winkTokeniser(): (text: string) => number {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    wink = winkNLP(model, []);
  }
  const w = wink;
  return (text: string) => w.readDoc(text).tokens().length();
}
