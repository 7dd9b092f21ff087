#!/usr/bin/env node
// Warms the dictionary phrase cache (node_modules/.cache/sitrep/phrases-<tokeniser hash>.txt, see
// src/recognise/phrase-cache.ts): compiles every dictionary once so that later processes skip tokenising
// their phrases at start-up. Run after `tsc`; a missing cache is only slower, never different.
import { readFileSync } from 'node:fs';
import { analyze } from '../dist/src/analyze.js';
import { actorLexicon } from '../dist/src/recognise/actor-lexicon.js';
import { flushPhraseCache } from '../dist/src/recognise/phrase-cache.js';

const t0 = performance.now();
actorLexicon(false);
actorLexicon(true);
const sample = readFileSync(new URL('../examples/iran-proxies-2023-10-24.txt', import.meta.url), 'utf8');
analyze(sample, { published: '2023-10-24' });
analyze(sample.toUpperCase(), { published: '2023-10-24' });
flushPhraseCache();
console.log(`phrase cache: ${Math.round(performance.now() - t0)} ms`);
