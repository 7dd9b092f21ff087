import type { DedupItem, DedupOptions } from './types.js';
import { type DayRange, dayRange } from './dates.js';
import { type Evidence, isVeto, pointsOf } from './evidence.js';
import { typeRule } from './rules/type.js';
import { timeRule } from './rules/time.js';
import { placeRule } from './rules/place.js';
import { actorsRule } from './rules/actors.js';
import { figuresRule } from './rules/figures.js';
import { weaponsRule } from './rules/weapons.js';

/** An item with what every comparison needs computed once. */
export interface Prepared {
  item: DedupItem;
  range: DayRange | null;
}

export function prepare(item: DedupItem, options: DedupOptions): Prepared {
  return { item, range: dayRange(item, options) };
}

/** The outcome of comparing two mentions, with each rule's verdict for --explain and docs. */
export interface Comparison {
  /** Link the two mentions (same real event). */
  link: boolean;
  /** The first rule that vetoed, or null. A veto also forbids the two from sharing a cluster. */
  veto: string | null;
  score: number;
  rules: Record<string, Evidence>;
}

function linkedInText(a: DedupItem, b: DedupItem): boolean {
  return a.event.links.some((l) => l.relation === 'same-as' && l.event === b.event.id)
    || b.event.links.some((l) => l.relation === 'same-as' && l.event === a.event.id);
}

/**
 * Compare two mentions. Rules: type, time, place, actors (actors with actors and recipients with
 * recipients, or crossed when only the crossed reading fits: "clashes between X and Y"), figures,
 * weapons. Any veto: no link. Else link when the points reach `minScore` (`minScoreSameArticle`
 * for two mentions in one article) and the place gives at least 1 point or both actor sides match
 * by name. A "same-as" link written by the extractor links two mentions of one article outright.
 */
export function compare(a: Prepared, b: Prepared, options: DedupOptions): Comparison {
  const x = a.item;
  const y = b.item;
  const sameArticle = x.article.id === y.article.id;
  const rules: Record<string, Evidence> = {};
  rules['type'] = typeRule(x.event, y.event);
  rules['time'] = sameArticle && (!a.range || !b.range) ? { points: 0 } : timeRule(a.range, b.range, options);
  rules['place'] = placeRule(x.event.locations, y.event.locations, options);
  let actors = actorsRule(x.event.actors, y.event.actors);
  let recipients = actorsRule(x.event.recipients, y.event.recipients);
  if (isVeto(actors) || isVeto(recipients)) {
    const ca = actorsRule(x.event.actors, y.event.recipients);
    const cr = actorsRule(x.event.recipients, y.event.actors);
    if (!isVeto(ca) && !isVeto(cr)) { actors = ca; recipients = cr; }
  }
  rules['actors'] = actors;
  rules['recipients'] = recipients;
  rules['figures'] = figuresRule(x.event, y.event, sameArticle);
  rules['weapons'] = weaponsRule(x.event, y.event);
  let score = 0;
  let vetoed: string | null = null;
  for (const [name, e] of Object.entries(rules)) {
    if (isVeto(e)) { vetoed ??= `${name}:${e.veto}`; continue; }
    score += e.points;
  }
  if (vetoed) return { link: false, veto: vetoed, score, rules };
  if (sameArticle && linkedInText(x, y)) return { link: true, veto: null, score, rules };
  const placed = pointsOf(rules['place']) >= 1 || (pointsOf(actors) >= 1 && pointsOf(recipients) >= 1);
  const min = sameArticle ? options.minScoreSameArticle : options.minScore;
  return { link: placed && score >= min, veto: null, score, rules };
}
