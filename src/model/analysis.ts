import { z } from 'zod';
import { Article } from './article.js';
import { Event } from './event.js';
import { Quote, Lull } from './records.js';

export const Analysis = z.object({
  article: Article.omit({ text: true }).extend({ chars: z.number().int(), sentences: z.number().int() }),
  events: z.array(Event),
  quotes: z.array(Quote),
  lulls: z.array(Lull),
  warnings: z.array(z.string()),
});
export type Analysis = z.infer<typeof Analysis>;
