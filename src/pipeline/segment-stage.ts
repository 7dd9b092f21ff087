import type { Stage } from './stage.js';
import { tokenize } from '../segment/tokenize.js';
import { splitSentences } from '../segment/sentences.js';

export const segmentStage: Stage = {
  name: 'segment',
  run(doc) {
    doc.tokens = tokenize(doc.text);
    doc.sentences = splitSentences(doc.tokens, doc.text);
  },
};
