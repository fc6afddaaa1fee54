/**
 * The Istio-today page in both languages: every fixed section anchor, every
 * citation resolving into its source list, the diagram's text alternative, the
 * timeline listing the release data, and the page reachable from the
 * navigation, the feeds, the sitemap, search and every case's "Since then".
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReleases } from '../support/releases';

const istioReleases = readReleases();
import { LANGS, LANGUAGES } from '../../src/lib/languages';
import { ISTIO_TODAY_SECTIONS } from '../../src/lib/vocabulary';
import { launchBrowser } from '../support/browser';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';

const EDITIONS = LANGS.map((lang) => {
  const prefix = LANGUAGES[lang].prefix ? `/${LANGUAGES[lang].prefix}/` : '/';
  return { lang, tag: LANGUAGES[lang].tag, prefix, path: `${prefix}istio-today/` };
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const response = await page.goto(site().url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

describe.each(EDITIONS)('the Istio-today page ($lang)', ({ tag, path, prefix }) => {
  it('is served under the base path in its language', async () => {
    const page = await open(path);
    expect(new URL(page.url()).pathname).toBe(`${site().base}${path.slice(1)}`);
    expect(await page.getAttribute('html', 'lang')).toBe(tag);
    expect(await page.locator('[data-pagefind-body] h1').count()).toBe(1);
    await page.close();
  });

  it('has every fixed section anchor, each a titled section', async () => {
    const page = await open(path);
    for (const anchor of ISTIO_TODAY_SECTIONS) {
      const section = page.locator(`section#${anchor}`);
      expect(await section.count(), `#${anchor}`).toBe(1);
      expect((await section.locator('h2').first().innerText()).trim(), `#${anchor} heading`).not.toBe('');
    }
    await page.close();
  });

  it('resolves every citation into its source list, and cites every source listed', async () => {
    const page = await open(path);
    const cited = await page.$$eval('.cite a', (links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
    const listed = await page.$$eval('.sources > li', (items) => items.map((i) => i.id));
    expect(cited.length).toBeGreaterThan(50);
    expect([...new Set(cited)].filter((id) => !listed.includes(id))).toEqual([]);
    expect(listed.filter((id) => !cited.includes(id))).toEqual([]);
    await page.close();
  });

  it('gives the then-and-now diagram a text alternative naming all three stages', async () => {
    const page = await open(path);
    const diagram = page.locator('#architecture [role="img"]');
    expect(await diagram.count()).toBe(1);
    const alt = (await diagram.getAttribute('aria-label')) ?? '';
    for (const word of ['Mixer', 'istiod', 'ztunnel', 'waypoint']) expect(alt).toContain(word);
    expect(await diagram.locator('svg').count()).toBe(3);
    expect(await diagram.locator('svg:not([aria-hidden="true"])').count()).toBe(0);
    await page.close();
  });

  it('lists every release of the data file, oldest first, marking the unverified', async () => {
    const page = await open(path);
    const items = await page.$$eval('#releases li[data-version]', (lis) =>
      lis.map((li) => ({
        version: li.getAttribute('data-version'),
        date: li.querySelector('time')?.getAttribute('datetime'),
        verified: li.getAttribute('data-verified') === 'true',
        badge: li.querySelector('.badge') !== null,
      })),
    );
    expect(items.map(({ version, date }) => ({ version, date }))).toEqual(
      istioReleases.map(({ version, date }) => ({ version, date })),
    );
    for (const item of items) expect(item.badge, `Istio ${item.version}`).toBe(!item.verified);
    expect(items.map((i) => i.verified)).toEqual(istioReleases.map((r) => r.verified));
    await page.close();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const page = await open(path, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('is in the navigation of the home page and in the language’s feed', async () => {
    const page = await open(prefix);
    const target = `${site().base}${path.slice(1)}`;
    expect(await page.locator(`header nav a[href="${target}"]`).count()).toBe(1);
    await page.close();
    const feed = await (await fetch(site().url(`${prefix}feed.xml`))).text();
    expect(feed).toContain(`<link href="https://example.github.io${target}"/>`);
  });
});

describe('the Istio-today page elsewhere on the site', () => {
  it('is in the sitemap in both languages', async () => {
    const paths = (await sitemapUrls()).map((u) => new URL(u).pathname);
    for (const { path } of EDITIONS) expect(paths).toContain(`${site().base}${path.slice(1)}`);
  });

  it('is indexed for search', () => {
    const { outDir } = site();
    const html = readFileSync(`${outDir}/en/istio-today/index.html`, 'utf8');
    expect(html).toContain('data-pagefind-body');
  });

  const cases = readdirSync('src/content/cases')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      slug: f.replace(/\.yaml$/, ''),
      sections: ((parse(readFileSync(`src/content/cases/${f}`, 'utf8')) as { istioToday?: string[] }).istioToday ??
        []) as string[],
    }));

  // One tab for every case page: a tab costs more to open than these pages take to load.
  let tab: Page;
  beforeAll(async () => {
    tab = await browser.newPage();
  });
  afterAll(async () => {
    await tab?.close();
  });

  it.each(cases)('links the "Since then" of $slug to its sections of the page', async ({ slug, sections }) => {
    for (const { path, prefix } of EDITIONS) {
      const response = await tab.goto(site().url(`${prefix}cases/${slug}/`));
      expect(response?.status()).toBe(200);
      const hrefs = await tab.$$eval('section[aria-labelledby="since-heading"] .istio-today-links a', (links) =>
        links.map((a) => a.getAttribute('href')),
      );
      const target = `${site().base}${path.slice(1)}`;
      expect(hrefs, `${prefix}cases/${slug}/`).toEqual(
        sections.length ? sections.map((s) => `${target}#${s}`) : [target],
      );
    }
  });
});
