import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { InputError } from './errors.js';

/**
 * SSRF guard: an address is refused when it is loopback, private (RFC 1918), link-local, unique-local,
 * CGNAT (100.64/10), multicast, unspecified, broadcast or otherwise reserved — IPv4 and IPv6, including
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible, NAT64 (64:ff9b::/96) and 6to4 (2002::/16) forms.
 */

function ipv4Bytes(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!p.length || p.length > 3 || ![...p].every((ch) => ch >= '0' && ch <= '9')) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

export function isBlockedIPv4(ip: string): boolean {
  const b = ipv4Bytes(ip);
  if (!b) return true;
  const [a, c] = [b[0] as number, b[1] as number];
  return (
    a === 0 || // "this network", 0.0.0.0
    a === 10 ||
    a === 127 ||
    (a === 100 && c >= 64 && c <= 127) || // CGNAT
    (a === 169 && c === 254) || // link-local (cloud metadata)
    (a === 172 && c >= 16 && c <= 31) ||
    (a === 192 && c === 168) ||
    (a === 192 && c === 0 && b[2] === 0) || // IETF protocol assignments
    (a === 192 && c === 0 && b[2] === 2) || // TEST-NET-1
    (a === 198 && (c === 18 || c === 19)) || // benchmarking
    (a === 198 && c === 51 && b[2] === 100) || // TEST-NET-2
    (a === 203 && c === 0 && b[2] === 113) || // TEST-NET-3
    a >= 224 // multicast 224/4, reserved 240/4, broadcast
  );
}

/** Expand an IPv6 address to 8 16-bit groups (handles "::" and a trailing dotted IPv4). */
function ipv6Groups(ip: string): number[] | null {
  let s = ip.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    // Trailing dotted IPv4 ("::ffff:1.2.3.4") → two hex groups ("::ffff:102:304").
    const v4 = ipv4Bytes(s.slice(lastColon + 1));
    if (!v4) return null;
    const hex = (hi: number, lo: number): string => ((hi << 8) | lo).toString(16);
    s = s.slice(0, lastColon + 1) + hex(v4[0] as number, v4[1] as number) + ':' + hex(v4[2] as number, v4[3] as number);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => {
    if (!h) return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!g.length || g.length > 4) return null;
      const n = parseInt(g, 16);
      if (Number.isNaN(n)) return null;
      out.push(n);
    }
    return out;
  };
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !rest) return null;
  const total = head.length + rest.length;
  if (halves.length === 1 && total !== 8) return null;
  if (total > 8) return null;
  return [...head, ...new Array<number>(8 - total).fill(0), ...rest];
}

export function isBlockedIPv6(ip: string): boolean {
  const g = ipv6Groups(ip);
  if (!g) return true;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const v4 = (hi: number, lo: number): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroPrefix && g5 === 0) {
    if (g6 === 0 && (g7 === 0 || g7 === 1)) return true; // :: and ::1
    return isBlockedIPv4(v4(g6, g7)); // IPv4-compatible ::a.b.c.d
  }
  if (zeroPrefix && g5 === 0xffff) return isBlockedIPv4(v4(g6, g7)); // IPv4-mapped
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isBlockedIPv4(v4(g6, g7)); // NAT64
  if (g0 === 0x2002) return isBlockedIPv4(v4(g1, g2)); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique-local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  if (g0 === 0x2001 && g1 === 0xdb8) return true; // documentation
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return true; // discard-only
  return false;
}

export function isBlockedAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) return isBlockedIPv4(ip);
  if (v === 6) return isBlockedIPv6(ip);
  return true;
}

/** Resolve a host (all addresses) and refuse it if any address is not public. */
export async function checkHost(hostname: string, source: string): Promise<void> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (err) {
      throw new InputError('FETCH_FAILED', `cannot resolve host ${host}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { source, cause: err });
    }
  }
  const bad = addresses.find(isBlockedAddress);
  if (bad !== undefined) {
    throw new InputError('PRIVATE_ADDRESS', `refusing to fetch: ${host} resolves to a non-public address (${bad}); pass --allow-private (allowPrivate: true) to allow it`, { source });
  }
}
