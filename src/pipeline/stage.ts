import type { Doc } from './doc.js';

/** One step of the pipeline: takes the document and adds a layer to it. */
export interface Stage {
  /** Short name shown by --explain ("segment", "actors", "assault"). */
  readonly name: string;
  run(doc: Doc): void;
}
