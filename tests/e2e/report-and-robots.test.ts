/**
 * robots.txt points crawlers at the sitemap under the base path, and every case
 * page links to a GitHub issue prefilled with the case and the page's address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../support/site';
import { TEST_BASE, TEST_REPOSITORY, TEST_SITE_URL } from './global-setup';

const { outDir } = site();

describe('robots.txt', () => {
  it('allows crawling and names the sitemap at its public address under the base path', async () => {
    const response = await fetch(site().url('/robots.txt'));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    const sitemap = text.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toBe(`${TEST_SITE_URL}${TEST_BASE}sitemap-index.xml`);
    expect((await fetch(site().url('/sitemap-index.xml'))).status).toBe(200);
  });
});

describe('report an error', () => {
  const cases = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /(^|\/)cases\/[^/]+\/index\.html$/.test(f),
  );
  it.each(cases)('%s links to a prefilled issue about this page', (page) => {
    const html = readFileSync(join(outDir, page), 'utf8');
    const links = [...html.matchAll(/<a href="(https:\/\/github\.com\/[^"]*\/issues\/new\?[^"]*)"([^>]*)>/g)];
    expect(links).toHaveLength(1);
    const [, href = '', attributes = ''] = links[0] ?? [];
    const url = new URL(href.replaceAll('&amp;', '&'));
    expect(url.pathname).toBe(`/${TEST_REPOSITORY}/issues/new`);
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
    expect(url.searchParams.get('body')).toContain(canonical);
    const jsonLd = html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1] ?? '{}';
    const company: string = JSON.parse(jsonLd)['@graph'][0].about.name;
    expect(company).not.toBe('');
    expect(url.searchParams.get('title')).toContain(company);
    expect(attributes).toContain('noopener');
  });
  it('is on case pages only', () => {
    const others = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !cases.includes(f),
    );
    expect(others.filter((f) => readFileSync(join(outDir, f), 'utf8').includes('/issues/new?'))).toEqual([]);
  });
});
