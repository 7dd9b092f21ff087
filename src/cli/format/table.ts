import type { Analysis } from '../../model/analysis.js';
import type { Event } from '../../model/event.js';
import type { Actor } from '../../model/actor.js';

/** A readable terminal table: one row per event, then quotes and lull records. */

function actorList(actors: Actor[]): string {
  return actors.map((a) => a.backedBy.length > 0 && !a.text.toLowerCase().includes('backed') ? `${a.name} (backed by ${a.backedBy.join(', ')})` : a.name).join(' + ') || '?';
}

function when(e: Event): string {
  const t = e.time;
  if (!t) return '';
  if (t.precision === 'ongoing') return 'ongoing';
  if (!t.start) return `${t.text} (unresolved)`;
  return t.end && t.end !== t.start ? `${t.start}..${t.end}` : t.start;
}

function counts(e: Event): string {
  const parts: string[] = [];
  for (const w of e.weapons) parts.push(`${w.count ?? ''}${w.count ? ' ' : ''}${w.name}${w.origin ? ` (${w.origin})` : ''}`.trim());
  for (const q of e.quantities) {
    if (q.kind === 'intercepted') parts.push(`${q.value} intercepted${q.by ? ` by ${q.by.name}` : ''}`);
    else if (q.kind === 'money') parts.push(`${q.unit === 'USD' ? '$' : ''}${formatNumber(q.value)}${q.unit && q.unit !== 'USD' ? ' ' + q.unit : ''}`);
    else if (q.kind === 'duration') parts.push(`${q.value} ${q.unit ?? ''}`.trim());
    else parts.push(`${q.approximate ? '~' : ''}${q.value ?? '?'} ${q.kind}`);
  }
  return [...new Set(parts)].join(', ');
}

function formatNumber(v: number | null): string {
  if (v === null) return '?';
  if (v >= 1e9) return `${v / 1e9} billion`;
  if (v >= 1e6) return `${v / 1e6} million`;
  return String(v);
}

function source(e: Event): string {
  return e.attribution.map((a) => [a.speakerText, a.outlet].filter(Boolean).join(' → ')).filter(Boolean).join('; ');
}

function place(e: Event): string {
  return e.locations.map((l) => (l.country && l.precision !== 'country' ? `${l.name} (${l.country})` : l.country ?? l.name)).join(', ');
}

function cut(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function renderTable(a: Analysis, width = process.stdout.isTTY ? process.stdout.columns ?? 160 : Infinity): string {
  const out: string[] = [];
  out.push(`${a.article.title ?? a.article.origin}  (${a.article.published ?? 'no date'}${a.article.outlet ? ', ' + a.article.outlet : ''})  ${a.events.length} events, ${a.quotes.length} quotes, ${a.lulls.length} lull records`);
  out.push('');
  const rows = a.events.map((e, i) => [
    `E${i + 1}`,
    `${e.codes.plover.type}${e.codes.plover.modes.length ? '/' + e.codes.plover.modes.join('+') : ''} ${e.codes.cameo.code}`,
    `${actorList(e.actors)} → ${actorList(e.recipients)}`,
    place(e),
    when(e),
    counts(e),
    source(e),
    e.modality,
    cut(e.sentenceText, 60),
  ]);
  const header = ['#', 'type', 'actor → recipient', 'place', 'date', 'counts', 'source', 'modality', 'sentence'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.min(c === 2 ? 60 : c === 8 ? 60 : 34, Math.max(...all.map((r) => r[c]!.length))));
  for (const r of all) out.push(r.map((cell, c) => pad(cut(cell, widths[c]!), widths[c]!)).join('  ').slice(0, Math.max(80, width)).trimEnd());
  for (const [i, e] of a.events.entries()) {
    if (e.codes.acled || e.topic || e.links.length) {
      const extra: string[] = [];
      if (e.codes.acled) extra.push(`ACLED ${e.codes.acled.eventType} / ${e.codes.acled.subEventType}`);
      if (e.topic) extra.push(`about: ${cut(e.topic.text, 70)}`);
      for (const l of e.links) extra.push(`${l.relation} E${a.events.findIndex((x) => x.id === l.event) + 1}`);
      out.push(`  E${i + 1}: ${extra.join('; ')}`);
    }
  }
  if (a.quotes.length) {
    out.push('', 'Quotes');
    for (const [i, q] of a.quotes.entries()) {
      out.push(`  Q${i + 1} "${cut(q.text, 90)}" — ${q.speakerText ?? 'unknown speaker'}${q.outlet ? ` (to ${q.outlet})` : ''}${q.time?.start ? `, ${q.time.start}` : ''}`);
    }
  }
  if (a.lulls.length) {
    out.push('', 'Lulls and truces');
    for (const [i, l] of a.lulls.entries()) {
      const sides = `${l.sideA.map((x) => x.name).join(' + ') || '?'} vs ${l.sideB.map((x) => x.name).join(' + ') || '?'}`;
      out.push(`  L${i + 1} ${l.declared === false ? 'undeclared ' : ''}${l.kind}: ${sides}, ${l.length ? l.length.text : 'length not given'}, ${l.ended === true ? 'ENDED' : l.ended === false ? 'holding' : 'status not given'}${l.attribution.length ? `, according to ${l.attribution.map((x) => x.outlet ?? x.speakerText).join('; ')}` : ''}`);
    }
  }
  if (a.warnings.length) out.push('', ...a.warnings.map((w) => `warning: ${w}`));
  return out.join('\n') + '\n';
}
