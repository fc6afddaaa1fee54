/**
 * Serves the built site the way GitHub Pages does: under the base path, with
 * `dir/` → `dir/index.html`, `dir` → redirect to `dir/`, and 404.html (status
 * 404) for anything else. Used by `npm run serve`, the browser tests and the benchmarks.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/**
 * The file a URL path names inside `root`, or undefined when it would leave it.
 * The path is percent-decoded first, so `/..%2fsibling/` is caught like `/../sibling/`;
 * the check is on whole path segments, so `root-other/` next to `root/` does not pass.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const dir = resolve(root);
  const file = resolve(dir, `.${sep}${decoded}`);
  const rel = relative(dir, file);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? undefined : file;
}

export function serveStatic(root: string, base = '/', port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const send = (res: import('node:http').ServerResponse, status: number, file: string) => {
    res.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(res, 404, page);
      else res.writeHead(404).end('Not found');
    };
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) return notFound();
    const file = resolveInside(dir, url.pathname.slice(prefix.length - 1));
    if (!file) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(res, 200, index) : notFound();
    }
    return existsSync(file) ? send(res, 200, file) : notFound();
  });
  return new Promise((ready, fail) => {
    // A port in use (EADDRINUSE) or a host that cannot be bound rejects instead of hanging.
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const { port: actual } = server.address() as AddressInfo;
      ready({
        server,
        origin: `http://${host}:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
