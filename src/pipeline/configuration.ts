import type { Stage } from './stage.js';
import { segmentStage } from './segment-stage.js';
import { outletStage } from '../recognise/outlets.js';
import { actorStage } from '../recognise/actors.js';
import { placeStage } from '../recognise/places.js';
import { timeStage } from '../recognise/times.js';
import { numberStage } from '../recognise/numbers.js';
import { weaponStage } from '../recognise/weapons.js';

/**
 * The pipeline, in order. Why this order:
 * 1. segment first: every later stage works on sentences and tokens.
 * 2. outlets before actors: "The Wall Street Journal" is a source, not an actor in events.
 * 3. actors before places: "Washington"/"Tehran" as governments are decided by the actor dictionary;
 *    the place recogniser skips spans already read as actors unless they follow a locative preposition.
 * 4. times, numbers, weapons are independent recognisers.
 * 5. code (event patterns) needs all the recognised layers.
 * 6. enrich (modality, attribution, quotes, lulls) reads the events and the sentence around them.
 * 7. resolve (ontology codes, geocoding choice, dates) finalises every field.
 */
export const recognisers: Stage[] = [segmentStage, outletStage, actorStage, placeStage, timeStage, numberStage, weaponStage];

export function buildPipeline(extra: { code: Stage[]; enrich: Stage[]; resolve: Stage[] }): Stage[] {
  return [...recognisers, ...extra.code, ...extra.enrich, ...extra.resolve];
}
