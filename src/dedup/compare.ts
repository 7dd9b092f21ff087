import type { DedupItem, DedupOptions } from './types.js';
import { type DayRange, dayRange } from './dates.js';
import { type Evidence, isVeto, pointsOf } from './evidence.js';
import { typeRule } from './rules/type.js';
import { timeRule } from './rules/time.js';
import { placeRule } from './rules/place.js';
import { actorsRule } from './rules/actors.js';
import { figuresRule } from './rules/figures.js';
import { weaponsRule } from './rules/weapons.js';
import { namesOf, namesRule } from './rules/names.js';

/** An item with what every comparison needs computed once. */
export interface Prepared {
  item: DedupItem;
  range: DayRange | null;
  /** Names in the event's sentence (rules/names.ts). */
  names: Set<string>;
  /** Countries of the event's places (for a quick test before the full comparison). */
  countries: Set<string>;
}

export function prepare(item: DedupItem, options: DedupOptions): Prepared {
  // Only when every place has a country: a place without one can match anything.
  const countries = new Set<string>();
  const known = item.event.locations.every((l) => l.country && l.precision !== 'region');
  if (known) for (const l of item.event.locations) countries.add(l.country!);
  return { item, range: dayRange(item, options), names: namesOf(item.event.sentenceText), countries };
}

/**
 * A cheap test that two mentions cannot link (different types, places in different countries), run
 * before the full comparison. It never rejects a pair that compare() would link or merge.
 */
export function quickVeto(a: Prepared, b: Prepared, options: DedupOptions): boolean {
  if (!options.ablate.includes('type') && typeRuleVetoes(a.item, b.item)) return true;
  if (!options.ablate.includes('place') && a.countries.size && b.countries.size) {
    let shared = false;
    for (const c of a.countries) if (b.countries.has(c)) { shared = true; break; }
    if (!shared) return true;
  }
  return false;
}

function typeRuleVetoes(a: DedupItem, b: DedupItem): boolean {
  return 'veto' in typeRule(a.event, b.event);
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
 * Compare two mentions. Rules, in order: type, time, place, actors (actors with actors and
 * recipients with recipients, or crossed when only the crossed reading fits: "clashes between X
 * and Y"), figures, weapons, names. The first veto ends the comparison: no link. Else link when the
 * points reach `minScore` (`minScoreSameArticle` for two mentions in one article) and the mentions
 * are "placed": the place gives at least 1 point (a fine place), or the names do (most names shared),
 * or both actor sides match by name and the names do not disagree (more than a third shared, or
 * one sentence has none). A "same-as" link written by the extractor links two mentions of one
 * article outright.
 */
export function compare(a: Prepared, b: Prepared, options: DedupOptions): Comparison {
  const x = a.item;
  const y = b.item;
  const sameArticle = x.article.id === y.article.id;
  const rules: Record<string, Evidence> = {};
  let score = 0;
  const add = (name: string, e: () => Evidence): string | null => {
    const v = options.ablate.includes(name) ? { points: 0 } : e();
    rules[name] = v;
    if (isVeto(v)) return `${name}:${v.veto}`;
    score += v.points;
    return null;
  };
  const stop = (veto: string): Comparison => ({ link: false, veto, score, rules });
  let v = add('type', () => typeRule(x.event, y.event));
  if (v) return stop(v);
  v = add('time', () => (sameArticle && (!a.range || !b.range) ? { points: 0 } : timeRule(a.range, b.range, options)));
  if (v) return stop(v);
  v = add('place', () => placeRule(x.event.locations, y.event.locations, options));
  if (v) return stop(v);
  let actors = actorsRule(x.event.actors, y.event.actors);
  let recipients = actorsRule(x.event.recipients, y.event.recipients);
  if (isVeto(actors) || isVeto(recipients)) {
    const ca = actorsRule(x.event.actors, y.event.recipients);
    const cr = actorsRule(x.event.recipients, y.event.actors);
    if (!isVeto(ca) && !isVeto(cr)) { actors = ca; recipients = cr; }
  }
  v = add('actors', () => actors);
  if (v) return stop(v);
  v = add('recipients', () => recipients);
  if (v) return stop(v);
  v = add('figures', () => figuresRule(x.event, y.event, sameArticle));
  if (v) return stop(v);
  add('weapons', () => weaponsRule(x.event, y.event));
  add('names', () => namesRule(a.names, b.names));
  if (sameArticle && linkedInText(x, y)) return { link: true, veto: null, score, rules };
  const names = pointsOf(rules['names']!);
  const namesAgree = names > 0 || a.names.size === 0 || b.names.size === 0 || options.ablate.includes('names');
  const placed = options.ablate.includes('placed') || pointsOf(rules['place']!) >= 1 || names >= 1
    || (pointsOf(rules['actors']!) >= 1 && pointsOf(rules['recipients']!) >= 1 && namesAgree);
  const min = sameArticle ? options.minScoreSameArticle : options.minScore;
  return { link: placed && score >= min, veto: null, score, rules };
}
