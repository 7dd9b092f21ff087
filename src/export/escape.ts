/** A cell value before escaping. */
export type Cell = string | number | boolean | null | undefined;

function text(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v);
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a double quote, a CR or LF, or starts or
 * ends with a space; a double quote inside is doubled.
 */
export function csvField(v: Cell): string {
  const s = text(v);
  let needs = s.length > 0 && (s[0] === ' ' || s[s.length - 1] === ' ');
  for (let i = 0; i < s.length && !needs; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) needs = true;
  }
  return needs ? '"' + s.split('"').join('""') + '"' : s;
}

/** One CSV line (fields joined by commas, ended by LF). */
export function csvRow(values: Cell[]): string {
  return values.map(csvField).join(',') + '\n';
}

/**
 * One TSV field as GDELT's files have them: no quoting exists, so tabs, CR and LF inside a value
 * become single spaces.
 */
export function tsvField(v: Cell): string {
  const s = text(v);
  let out = '';
  for (const ch of s) out += ch === '\t' || ch === '\n' || ch === '\r' ? ' ' : ch;
  return out;
}

export function tsvRow(values: Cell[]): string {
  return values.map(tsvField).join('\t') + '\n';
}
