import { Doc } from '../pipeline/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { segmentStage } from '../pipeline/segment-stage.js';
import { actorStage } from './actors.js';

/**
 * Segment a text and recognise its actors only (for tests, benches and the eval), without the rest of
 * the pipeline. `before`: stages to run between segmenting and actors (e.g. the outlet stage).
 */
export function recogniseActors(text: string, before: Stage[] = []): Doc {
  const doc = new Doc({ id: 'actors', text, title: null, url: null, published: null, outlet: null, origin: 'input', format: 'text' });
  segmentStage.run(doc);
  for (const s of before) s.run(doc);
  actorStage.run(doc);
  return doc;
}
