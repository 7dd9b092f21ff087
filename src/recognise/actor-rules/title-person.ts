import type { ActorData, Token } from '../../pipeline/doc.js';
import type { ActorCtx, Base, Candidate } from '../actor-context.js';
import { candidate, tok } from '../actor-context.js';
import type { NamedValue } from '../actor-types.js';
import { emptyList } from '../../util/lists.js';
import { joinTexts } from '../../pipeline/token-join.js';
import { upperVerb } from './given-names.js';
import { titleOfCountry } from './title-of-country.js';
import { officeHolder, RULE_TITLE_KNOWN } from './office-holder.js';
import { titleShape } from '../actor-data.js';

/**
 * Rule family: [owner] title Name ("Secretary of State Antony Blinken", "State Department spokesperson
 * Matthew Miller", "Israeli Prime Minister Benjamin Netanyahu", "Hamas leader Yahya Sinwar", "Gen. Z").
 * Country: the owner's, else the title's default, else the person's dictionary entry.
 */
export const RULE_TITLE = 'rule:actor.title-name';

export const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'dos', 'ould', 'ag']);
const LOCATIVE = new Set(['in', 'at', 'near', 'to', 'from', 'into', 'of', 'outside', 'inside', 'around', 'toward', 'towards']);
export const STOP = new Set(['said', 'says', 'told', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'and', 'or', 'of', 'the', 'to', 'in', 'on', 'at', 'for', 'with', 'who', 'which', 'that', 'this', 'today', 'yesterday', 'also', 'as', 'by', 'from', 'after', 'before', 'during', 'his', 'her', 'a', 'an', 'not', 'it', 'met', 'added', 'stated', 'reported', 'announced', 'declared', 'denied', 'visited', 'arrived', 'left', 'ordered', 'called', 'urged', 'warned', 'asked', 'explained', 'noted', 'indicated', 'confirmed', 'acknowledged', 'admitted', 'claimed', 'spoke', 'speaking', 'expressed', 'insisted', 'accused', 'condemned', 'rejected', 'signed', 'stressed', 'issued', 'went', 'came', 'made', 'gave', 'took', 'did', 'does', 'can', 'could', 'should', 'may', 'might', 'must', 'been', 'being', 'be', 'here', 'there', 'then', 'now', 'when', 'where', 'while', 'but', 'if', 'because']);

/** Words before a title that keep it a title of the named person ("former President Bill Clinton", "ex-premier X"). */
export const BEFORE_TITLE = new Set(['former', 'ex', 'then', 'late', 'outgoing', 'ousted', 'deposed', 'exiled', 'acting', 'interim', 'incumbent']);

export function titleAfter(ctx: ActorCtx, b: Base): Candidate | null {
  let at = b.end;
  if (b.role === 'none' && BEFORE_TITLE.has(tok(ctx, at)?.norm ?? '')) {
    at++;
    const d = tok(ctx, at);
    if (d && d.kind === 'dash' && !d.space) at++;
  }
  const t = ctx.lex.titles.matchAt(ctx.tokens, at, ctx.upper, ctx.to);
  if (!t) return null;
  let title = t.values[0]!.entry;
  // stacked titles: "spokesman Col. Luis Isaacs", "Foreign Minister and Deputy Prime Minister X"
  const t2 = ctx.lex.titles.matchAt(ctx.tokens, t.tokenEnd, ctx.upper, ctx.to);
  if (t2) {
    const second = t2.values[0]!.entry;
    if (title.sector === null) {
      title = titleShape(title);
      title.sector = second.sector;
    }
    t.tokenEnd = t2.tokenEnd;
  }
  const nameEnd = nameSpan(ctx, t.tokenEnd);
  // a people's name that is also its demonym ("Chinese", "Japanese", "Sudanese") owns a title as its state does
  const owner = b.role === 'actor' ? (b.value?.form === 'people' ? ctx.lex.byId.get(b.value.id)?.data ?? b.data : b.data) : null;
  if (nameEnd === t.tokenEnd) {
    // "the Foreign Minister of Chile": a title owned by a state after "of"; else a generic role noun (composite)
    return b.role === 'none' ? titleOfCountry(ctx, b.start, t.tokenEnd, { country: title.country ?? null, sector: title.sector ?? null, role: title.role ?? '' }) : null;
  }
  const known = personAt(ctx, t.tokenEnd, nameEnd, title.role);
  // "in Sheikh Radwan", "near General Hospital": a place named after a title
  if (!known && b.role === 'none' && LOCATIVE.has(tok(ctx, b.start - 1)?.norm ?? '')) return null;
  const nameText = joinTexts(ctx.tokens, t.tokenEnd, nameEnd);
  const kd = known?.data;
  const shown = ctx.upper ? titleCase(nameText) : nameText;
  const country = owner?.country ?? title.country ?? kd?.country ?? null;
  const sector = owner && owner.kind !== 'state' && owner.sector ? (title.sector === 'MIL' && owner.sector === 'GOV' ? 'MIL' : owner.sector) : title.sector ?? kd?.sector ?? null;
  const role = owner && owner.kind !== 'state' && !kd && title.role ? `${owner.name} ${title.role}` : kd?.role ?? (title.role || null);
  const data: ActorData = {
    name: kd?.name ?? shown, country, sector, kind: 'person', backedBy: emptyList(), role, plural: false, generic: false, alsoPlace: false,
    ref: kd?.ref ?? null,
  };
  // the country only the office-holder lexicon knows ("President Bouteflika" → Algeria) is inferred
  const fromLexicon = !owner?.country && !title.country && !!kd?.country && !!known?.entry.years;
  return candidate(b.start, nameEnd, data, fromLexicon ? RULE_TITLE_KNOWN : RULE_TITLE, fromLexicon ? 'inferred' : 'stated');
}

/** Capitalised name tokens after a title (with particles and glued hyphens: "al-Assad", "bin Salman"). */
export function nameSpan(ctx: ActorCtx, k: number): number {
  let end = k;
  let words = 0;
  for (let j = k; j < ctx.to && words < 4; j++) {
    const w: Token = ctx.tokens[j]!;
    if (w.kind === 'word' && (STOP.has(w.norm) || (ctx.upper && upperVerb(w.norm)))) break;
    if (w.kind === 'word' && (w.cap || ctx.upper) && w.norm !== "'s") { words++; end = j + 1; continue; }
    if (w.kind === 'word' && PARTICLES.has(w.norm) && j + 1 < ctx.to) continue;
    if (w.kind === 'dash' && !w.space && j > k && !tok(ctx, j + 1)?.space) continue;
    break;
  }
  return end;
}

/** A dictionary person exactly covering [k, end), or a known person by surname (office-holder.ts). */
function personAt(ctx: ActorCtx, k: number, end: number, titleRole: string | undefined): NamedValue | null {
  const m = ctx.lex.names.matchAt(ctx.tokens, k, ctx.upper, end);
  if (m && m.tokenEnd === end) {
    const v = m.values.find((x) => x.data.kind === 'person');
    if (v) return v;
  }
  return officeHolder(ctx, k, end, titleRole);
}

/** "LUIS ARTURO ISAACS" → "Luis Arturo Isaacs" (names in upper-case wire copy). */
export function titleCase(s: string): string {
  let out = '';
  let start = true;
  for (const ch of s) {
    out += start ? ch : ch.toLowerCase();
    start = ch === ' ' || ch === '-';
  }
  return out;
}
