/**
 * The weekly link check, against a server on 127.0.0.1 that answers the ways
 * real sites do: fine, gone, moved, refusing HEAD, failing, not there at all.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/links/check';
import { externalLinks } from '../../scripts/links/collect';
import { linkReport } from '../../scripts/links/report';

let server: Server;
let origin = '';
const dist = mkdtempSync(join(tmpdir(), 'links-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    const routes: Record<string, () => void> = {
      '/ok': () => res.writeHead(200).end('fine'),
      '/gone': () => res.writeHead(404).end(),
      '/moved': () => res.writeHead(301, { location: '/ok' }).end(),
      '/no-head': () => res.writeHead(req.method === 'HEAD' ? 405 : 200).end(),
      '/failing': () => res.writeHead(503).end(),
    };
    (routes[req.url ?? ''] ?? (() => res.writeHead(500).end()))();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A closed port: nothing listens there.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const link = (path: string) => `<a href="${origin}${path}" rel="noopener noreferrer">x</a>`;
  mkdirSync(join(dist, 'cases/a'), { recursive: true });
  mkdirSync(join(dist, 'pagefind'), { recursive: true });
  writeFileSync(
    join(dist, 'cases/a/index.html'),
    `<!doctype html><title>a</title>${['/ok', '/gone', '/moved', '/no-head', '/failing'].map(link).join('')}` +
      `<a href="http://127.0.0.1:${closedPort}/x">closed</a><a href="/cases/b/">internal</a><a href="#s">fragment</a>` +
      `<template><a href="${origin}/ok">inside a template</a></template><!-- <a href="${origin}/in-comment">no</a> -->`,
  );
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>home</title>${link('/gone')}`);
  writeFileSync(join(dist, 'pagefind/fragment.html'), `${link('/never-read')}`);
});
afterAll(() => {
  server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the link check', () => {
  it('collects every external link of the built pages with the pages citing it, and nothing else', () => {
    const links = externalLinks(dist);
    expect([...links.keys()].map((u) => u.replace(origin, '')).sort()).toEqual(
      expect.arrayContaining(['/failing', '/gone', '/moved', '/no-head', '/ok']),
    );
    expect(links.get(`${origin}/gone`)).toEqual(['/', '/cases/a/']);
    expect([...links.keys()].some((u) => u.includes('never-read') || u.includes('in-comment'))).toBe(false);
    expect([...links.keys()].some((u) => u.startsWith('/') || u.startsWith('#'))).toBe(false);
  });

  it('tells what is gone from what answers, following redirects and falling back from HEAD to GET', async () => {
    const urls = [...externalLinks(dist).keys()].sort();
    const results = await checkLinks(urls, 4, 2000);
    const byPath = Object.fromEntries(results.map((r) => [r.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), r]));
    expect(byPath['/ok']?.state).toBe('ok');
    expect(byPath['/no-head']?.state).toBe('ok');
    expect(byPath['/moved']).toMatchObject({ state: 'ok', finalUrl: `${origin}/ok` });
    expect(byPath['/gone']).toMatchObject({ state: 'broken', status: 404 });
    expect(byPath['/failing']).toMatchObject({ state: 'broken', status: 503 });
    expect(byPath['/x']?.state).toBe('unreachable');

    const report = linkReport(results, externalLinks(dist), '2026-11-30');
    expect(report).toContain('3 rotted or unreachable, 1 redirected');
    expect(report).toContain(`| ${origin}/gone | HTTP 404 | \`/\`, \`/cases/a/\` |`);
    expect(report).toContain(`| ${origin}/moved | ${origin}/ok |`);
    expect(report).toContain('src/content/cases/<slug>.yaml');
  });
});
