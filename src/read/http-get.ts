import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { LookupFunction } from 'node:net';
import { isBlockedAddress } from './address.js';

/**
 * One HTTP GET with node:http(s), so that the SSRF check runs on the very addresses the socket
 * connects to (a `lookup` hook), not on an earlier, separate resolution: DNS rebinding between check
 * and connect is not possible. (Node's global fetch offers no such hook without the undici package.)
 * No redirects are followed here; the body is decompressed (gzip, deflate, br).
 */

export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATE';
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to a non-public address (${address})`);
  }
}

/** dns.lookup that fails with PrivateAddressError if any address of the host is not public. */
export function guardedLookup(): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { family: options.family ?? 0, all: true, verbatim: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err);
      const bad = addresses.find((a) => isBlockedAddress(a.address));
      if (bad) return callback(new PrivateAddressError(hostname, bad.address));
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      callback(null, first.address, first.family);
    });
  }) as LookupFunction;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  header(name: string): string | null;
  /** Decompressed body. */
  body: Readable;
  /** Stop reading and close the connection. */
  cancel(): void;
}

function decoded(res: IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const z = enc === 'gzip' || enc === 'x-gzip' ? createGunzip() : enc === 'deflate' ? createInflate() : enc === 'br' ? createBrotliDecompress() : null;
  if (!z) return res;
  res.on('error', (e) => z.destroy(e));
  return res.pipe(z);
}

export function httpGet(url: URL, options: { signal: AbortSignal; allowPrivate: boolean; headers: Record<string, string> }): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, {
      method: 'GET',
      headers: { ...options.headers, 'accept-encoding': 'gzip, deflate, br' },
      signal: options.signal,
      agent: false,
      ...(options.allowPrivate ? {} : { lookup: guardedLookup() }),
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const body = decoded(res);
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        header: (name) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
        },
        body,
        cancel: () => {
          body.destroy();
          res.destroy();
          req.destroy();
        },
      });
    });
    req.end();
  });
}
