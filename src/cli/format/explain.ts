import type { Doc } from '../../pipeline/doc.js';
import type { Analysis } from '../../model/analysis.js';
import type { Provenance } from '../../model/provenance.js';

/** --explain: for each event, where every field came from; then the rules that fired, sentence by sentence. */

function prov(doc: Doc, p: Provenance): string {
  const span = p.span ? ` "${doc.text.slice(p.span[0], p.span[1])}" [${p.span[0]},${p.span[1]})` : '';
  return `${p.how} by ${p.rule}${span}${p.note ? ` — ${p.note}` : ''}`;
}

export function renderExplain(doc: Doc, a: Analysis): string {
  const out: string[] = [];
  for (const [i, e] of a.events.entries()) {
    out.push(`E${i + 1} ${e.id}  sentence ${e.sentence}: "${e.sentenceText}"`);
    out.push(`  triggers: ${e.triggers.map((t) => `"${t.text}" [${t.span[0]},${t.span[1]})`).join(', ')}`);
    for (const [field, p] of Object.entries(e.provenance)) out.push(`  ${field}: ${prov(doc, p)}`);
    out.push(`  codes: PLOVER ${e.codes.plover.type} [${e.codes.plover.modes.join(', ')}] · CAMEO ${e.codes.cameo.code} ${e.codes.cameo.name} · quad ${e.codes.quadClass} · Goldstein ${e.codes.goldstein} · ACLED ${e.codes.acled ? `${e.codes.acled.eventType} / ${e.codes.acled.subEventType}` : '-'}`);
    for (const x of e.actors) out.push(`  actor: ${x.name} (${x.country ?? '?'}, ${x.sector ?? '?'}) ← ${prov(doc, x.provenance)}`);
    for (const x of e.recipients) out.push(`  recipient: ${x.name} (${x.country ?? '?'}, ${x.sector ?? '?'}) ← ${prov(doc, x.provenance)}`);
    for (const x of e.locations) out.push(`  location: ${x.name} (${x.country ?? 'no country'}, ${x.precision}) ← ${prov(doc, x.provenance)}`);
    if (e.time) out.push(`  time: ${e.time.start ?? '?'}..${e.time.end ?? '?'} (${e.time.precision}) ← ${prov(doc, e.time.provenance)}`);
    for (const w of e.weapons) out.push(`  weapon: ${w.count ?? ''} ${w.name} (${w.category}) ← ${prov(doc, w.provenance)}`);
    for (const q of e.quantities) out.push(`  quantity: ${q.kind} ${q.value}${q.unit ? ' ' + q.unit : ''}${q.by ? ' by ' + q.by.name : ''} ← ${prov(doc, q.provenance)}`);
    for (const at of e.attribution) out.push(`  attribution: ${at.speakerText ?? '-'} / ${at.outlet ?? '-'} ← ${prov(doc, at.provenance)}`);
  }
  if (doc.trace && doc.trace.length) {
    out.push('', 'Rules that fired, by sentence:');
    let last = -1;
    for (const t of doc.trace) {
      if (t.sentence !== last) {
        out.push(`  [${t.sentence}] ${doc.sentenceText(t.sentence).slice(0, 100)}`);
        last = t.sentence;
      }
      out.push(`      ${t.stage.padEnd(11)} ${t.rule.padEnd(34)} ${t.message}`);
    }
  }
  return out.join('\n') + '\n';
}
