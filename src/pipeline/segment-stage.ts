import type { Stage } from './stage.js';
import { tokenize } from '../segment/tokenize.js';
import { closeSpacedHyphens } from '../segment/spaced-hyphen.js';
import { MAX_SEGMENT_TOKENS, splitSentences } from '../segment/sentences.js';

export const segmentStage: Stage = {
  name: 'segment',
  run(doc) {
    doc.tokens = tokenize(doc.text);
    closeSpacedHyphens(doc.tokens);
    let cuts = 0;
    doc.sentences = splitSentences(doc.tokens, doc.text, () => { cuts++; });
    if (cuts > 0) doc.warnings.push(`no sentence end for over ${MAX_SEGMENT_TOKENS} tokens: the text was cut into sentences there (${cuts} cuts)`);
  },
};
