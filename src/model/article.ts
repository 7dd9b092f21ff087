import { z } from 'zod';

export const Article = z.object({
  /** Stable id: hash of canonical URL, else of normalised text. */
  id: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** ISO date or datetime of publication; the reference for relative dates. */
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  /** Where the article came from: a path, a URL, "stdin". */
  origin: z.string(),
  format: z.enum(['text', 'html', 'json', 'rss']),
});
export type Article = z.infer<typeof Article>;

export const ArticleInput = z.object({
  text: z.string(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  outlet: z.string().nullish(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
