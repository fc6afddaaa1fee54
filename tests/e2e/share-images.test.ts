/**
 * Link previews: every page but the 404 names a share image that is in the
 * build, is a 1200×630 PNG, and is described; every character the image draws
 * has a glyph in the bundled font (no empty boxes); case pages carry JSON-LD.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncovered } from '../../src/share/fonts';
import { site } from '../support/site';
import { TEST_BASE, TEST_SITE_URL } from './global-setup';

const { outDir } = site();
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .sort();

const meta = (html: string, key: string) =>
  html
    .match(new RegExp(`<meta (?:property|name)="${key.replaceAll('+', '\\+')}" content="([^"]*)"`))?.[1]
    ?.replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const shared = pages.filter((p) => p !== '404.html');

describe('share images', () => {
  it('cover every page but the 404, in both languages', () => {
    expect(shared.length).toBeGreaterThan(10);
    expect(shared.filter((p) => p.startsWith('en/')).length).toBe(shared.length / 2);
    expect(meta(readFileSync(join(outDir, '404.html'), 'utf8'), 'og:image')).toBeUndefined();
  });

  describe.each(shared)('%s', (page) => {
    const html = readFileSync(join(outDir, page), 'utf8');
    it('names an absolute og:image under the base path that is a 1200×630 PNG in the build', () => {
      const image = meta(html, 'og:image') ?? '';
      expect(image).toMatch(new RegExp(`^${TEST_SITE_URL}${TEST_BASE}og/[0-9a-f]+\\.png$`));
      const file = join(outDir, new URL(image).pathname.slice(TEST_BASE.length));
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    });
    it('describes the image, and the font has a glyph for every character it draws', () => {
      const alt = meta(html, 'og:image:alt') ?? '';
      expect(alt).toContain(meta(html, 'og:title'));
      // The alt text is the card's text joined by " · ": every one of its characters is drawn.
      expect(uncovered(alt)).toEqual([]);
      if (page.includes('cases/')) expect(alt.split(' · ').length).toBeGreaterThanOrEqual(4);
      else expect(alt).toContain(meta(html, 'og:description'));
    });
  });
});

describe('structured data on case pages', () => {
  const cases = pages.filter((p) => /(^|\/)cases\/[^/]+\/index\.html$/.test(p));
  it('is on every case page', () => expect(cases.length).toBeGreaterThan(0));

  describe.each(cases)('%s', (page) => {
    const html = readFileSync(join(outDir, page), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    const graph = JSON.parse(blocks[0]?.[1] ?? '{}')['@graph'] as Record<string, unknown>[];
    const article = graph.find((n) => n['@type'] === 'Article') ?? {};
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList') ?? {};

    it('holds an Article matching the page', () => {
      expect(blocks).toHaveLength(1);
      // Escaped by the component, so no value can close the data block early.
      expect(blocks[0]?.[1]).not.toMatch(/</);
      expect(article['headline']).toBe(meta(html, 'og:title'));
      expect(article['inLanguage']).toBe(html.match(/<html lang="([^"]+)"/)?.[1]);
      expect(article['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article['publisher']).toMatchObject({ '@type': 'Organization', name: meta(html, 'og:site_name') });
      expect(article['mainEntityOfPage']).toBe(meta(html, 'og:url'));
    });
    it('holds a breadcrumb from the case list to this case', () => {
      const items = crumbs['itemListElement'] as { position: number; item: string }[];
      expect(items.map((i) => i.position)).toEqual([1, 2]);
      expect(items[1]?.item).toBe(meta(html, 'og:url'));
      expect(items[0]?.item).toMatch(new RegExp(`^${TEST_SITE_URL}${TEST_BASE}(en/)?$`));
    });
  });

  it('is on no other page', () => {
    const others = pages.filter((p) => !cases.includes(p));
    expect(others.filter((p) => readFileSync(join(outDir, p), 'utf8').includes('application/ld+json'))).toEqual([]);
  });
});
