import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { packageRoot } from '../../src/util/paths.js';
import { InputError } from '../../src/read/errors.js';

export const fixtures = join(packageRoot, 'test', 'fixtures', 'read');
export const fixture = (name: string): string => join(fixtures, name);
export const fixtureBytes = (name: string): Buffer => readFileSync(fixture(name));

/** Assert that fn rejects/throws an InputError with this code (and line, when given). */
export async function expectInputError(fn: () => unknown, code: string, line?: number): Promise<InputError> {
  try {
    await fn();
  } catch (err) {
    if (!(err instanceof InputError)) throw new Error(`expected InputError ${code}, got ${String(err)}`);
    if (err.code !== code) throw new Error(`expected ${code}, got ${err.code}: ${err.message}`);
    if (line !== undefined && err.line !== line) throw new Error(`expected line ${line}, got ${err.line}`);
    return err;
  }
  throw new Error(`expected InputError ${code}, but nothing was thrown`);
}

export function streamOf(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
}

type Route = (res: ServerResponse, base: string) => void;

function send(type: string, body: string | Buffer): Route {
  return (res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
}

/** A local HTTP server on 127.0.0.1 with the routes the URL tests need. */
export async function startServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const routes: Record<string, Route> = {
    '/article.html': send('text/html; charset=utf-8', fixtureBytes('article.html')),
    '/article.json': send('application/json', fixtureBytes('article.json')),
    '/article.txt': send('text/plain; charset=utf-8', fixtureBytes('article.txt')),
    '/feed.rss': send('application/rss+xml', fixtureBytes('feed.rss')),
    '/octet': send('application/octet-stream', fixtureBytes('article.html')),
    '/latin1': send('text/html; charset=windows-1252', Buffer.concat([Buffer.from('<html><body><p>The caf'), Buffer.from([0xe9]), Buffer.from(' near the market in Karvan was hit by a shell on Monday, the army said.</p></body></html>')])),
    '/french': send('text/plain; charset=utf-8', fixtureBytes('french.txt')),
    '/binary': send('application/octet-stream', fixtureBytes('binary.bin')),
    '/gzip': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(fixtureBytes('article.txt')));
    },
    '/br': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' });
      res.end(brotliCompressSync(fixtureBytes('article.txt')));
    },
    '/gzip-bomb': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 'a')));
    },
    '/redirect': (res) => {
      res.writeHead(302, { location: '/article.html' });
      res.end();
    },
    '/redirect-file': (res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/loop': (res) => {
      res.writeHead(301, { location: '/loop' });
      res.end();
    },
    '/500': (res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    },
    '/404': (res) => {
      res.writeHead(404);
      res.end('missing');
    },
    '/hang': () => undefined,
    '/slow-body': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('The army said ');
    },
    '/endless': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/declared-huge': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 ** 9) });
      res.write('The army said');
    },
  };
  const server: Server = createServer((req, res) => {
    const route = routes[(req.url ?? '/').split('?')[0] ?? '/'];
    if (route) route(res, '');
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
