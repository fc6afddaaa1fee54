import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveInside, serveStatic } from '../support/serve';

const work = mkdtempSync(join(tmpdir(), 'ipc-serve-'));
const dist = join(work, 'dist');
mkdirSync(join(dist, 'cases'), { recursive: true });
writeFileSync(join(dist, 'index.html'), 'home');
writeFileSync(join(dist, '404.html'), 'not found');
writeFileSync(join(dist, 'cases', 'index.html'), 'cases');
// A sibling whose name starts with the served folder's name: a prefix check on strings would let it through.
mkdirSync(join(work, 'dist-secret'));
writeFileSync(join(work, 'dist-secret', 'key.txt'), 'secret');
writeFileSync(join(work, 'outside.txt'), 'secret');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('resolving a URL path inside the served folder', () => {
  it('finds files inside it', () => {
    expect(resolveInside(dist, '/')).toBe(dist);
    expect(resolveInside(dist, '/cases/index.html')).toBe(join(dist, 'cases', 'index.html'));
    expect(resolveInside(dist, '/cases/../index.html')).toBe(join(dist, 'index.html'));
  });
  it.each([
    '/../outside.txt',
    '/..%2foutside.txt',
    '/%2e%2e/outside.txt',
    '/..%2fdist-secret/key.txt',
    '/cases/..%2f..%2fdist-secret%2fkey.txt',
    '/index.html%00.txt',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveInside(dist, path)).toBeUndefined();
  });
  it('treats a backslash as part of a file name on POSIX, never as a way out', () => {
    expect(resolveInside(dist, '/..%5coutside.txt')).toBe(join(dist, '..\\outside.txt'));
  });
});

describe('the static server', () => {
  it('answers a path that climbs out of the folder with the 404 page, never the file', async () => {
    const served = await serveStatic(dist, '/repo/');
    try {
      for (const path of [
        '/repo/..%2fdist-secret/key.txt',
        '/repo/%2e%2e/outside.txt',
        '/repo/..%2f..%2foutside.txt',
      ]) {
        const response = await fetch(`${served.origin}${path}`);
        expect(response.status, path).toBe(404);
        expect(await response.text(), path).toBe('not found');
      }
      expect(await (await fetch(`${served.origin}/repo/cases/`)).text()).toBe('cases');
    } finally {
      await served.close();
    }
  });

  it('rejects, rather than hangs, when the port is taken', async () => {
    const first = await serveStatic(dist);
    try {
      const port = Number(new URL(first.origin).port);
      await expect(serveStatic(dist, '/', port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});
