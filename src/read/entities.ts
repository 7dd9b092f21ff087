/** Decode character references without a DOM: the XML five, common HTML names, and numeric references. */
const NAMED: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', laquo: '\u00ab',
  raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', deg: '\u00b0', eacute: '\u00e9', euro: '\u20ac', pound: '\u00a3',
};

export function decodeEntities(s: string, htmlNames = true): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    if (semi < 0 || semi - amp > 10) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const name = s.slice(amp + 1, semi);
    let rep: string | undefined;
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) rep = String.fromCodePoint(code);
    } else if (htmlNames || name === 'lt' || name === 'gt' || name === 'amp' || name === 'quot' || name === 'apos') {
      rep = Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : undefined;
    }
    out += rep ?? s.slice(amp, semi + 1);
    i = semi + 1;
  }
  return out + s.slice(i);
}
