import { analyzeDoc } from '../analyze.js';
import { Doc } from '../pipeline/doc.js';
import { toArticle } from '../analyze.js';

/**
 * Runs the extractor on one gold text. A crash on one record is counted and reported, not fatal:
 * the record is scored as "no prediction" so one bad rule cannot hide every other score.
 */
export class Extractor {
  failures = 0;
  firstFailure: string | null = null;

  run(id: string, text: string, published: string | null = null): Doc {
    try {
      return analyzeDoc({ text, url: `eval:${id}` }, { published });
    } catch (err) {
      this.failures++;
      if (!this.firstFailure) this.firstFailure = `${id}: ${err instanceof Error ? err.message : String(err)}`;
      return new Doc(toArticle({ text, url: `eval:${id}` }, { published }));
    }
  }

  /** A note for the report when any record crashed the extractor. */
  note(): string | null {
    return this.failures ? `extractor threw on ${this.failures} record(s), scored as no prediction; first: ${this.firstFailure}` : null;
  }
}
