/**
 * Publication dates from metadata → ISO 8601. ISO-looking input keeps its own offset (the local date
 * matters for "on Tuesday"); RFC 2822 dates ("Tue, 24 Oct 2023 14:00:00 -0400", RSS) keep theirs too;
 * anything else Date.parse understands becomes UTC. Unparseable → null.
 */
export function normaliseDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s.length < 4 || s.length > 80) return null;
  if (isIsoPrefix(s)) {
    const iso = s.length > 10 && s[10] === ' ' ? s.slice(0, 10) + 'T' + s.slice(11) : s;
    if (!Number.isNaN(Date.parse(iso))) return iso;
    if (!Number.isNaN(Date.parse(iso.slice(0, 10)))) return iso.slice(0, 10);
    return null;
  }
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const offset = trailingOffsetMinutes(s);
  if (offset === null) return new Date(ms).toISOString();
  return isoWithOffset(ms, offset);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** "YYYY-MM-DD…" */
function isIsoPrefix(s: string): boolean {
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(s[i])) return false;
  return s[4] === '-' && s[7] === '-';
}

/** A trailing numeric offset like "+0200", "-04:00", or GMT/UTC/Z (0). */
function trailingOffsetMinutes(s: string): number | null {
  const last = s.slice(s.lastIndexOf(' ') + 1);
  if (last === 'GMT' || last === 'UTC' || last === 'Z' || last === 'UT') return 0;
  const sign = last[0] === '+' ? 1 : last[0] === '-' ? -1 : 0;
  if (!sign) return null;
  const digits = last.slice(1).replace(':', '');
  if (digits.length !== 4 || ![...digits].every(isDigit)) return null;
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoWithOffset(ms: number, offsetMin: number): string {
  if (offsetMin === 0) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const d = new Date(ms + offsetMin * 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
