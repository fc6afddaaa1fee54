/**
 * Search under the GitHub Pages base path: the query table through Pagefind's
 * JS API as the search page loads it, and a few searches through the real UI
 * using only the keyboard, in both languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';
import { watchPage } from '../support/watch';
import { EN_QUERIES, ZH_QUERIES } from './search-queries';

let browser: Browser;
const pages: Partial<Record<'zh' | 'en', Page>> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slugOf = (url: string) => url.match(/\/cases\/([^/]+)\//)?.[1] ?? url;

/** Open the search page once per language and ask Pagefind directly, as the page's script does. */
async function topThree(lang: 'zh' | 'en', query: string): Promise<string[]> {
  let page = pages[lang];
  if (!page) {
    page = await browser.newPage();
    await page.goto(site().url(lang === 'zh' ? '/search/' : '/en/search/'));
    pages[lang] = page;
  }
  // A string, not a function: the test runner would rewrite import() inside a function body.
  const args = JSON.stringify({ bundle: site().url('/pagefind/pagefind.js'), base: site().base, q: query });
  const urls: string[] = await page.evaluate(`(async ({ bundle, base, q }) => {
    const pagefind = await import(bundle);
    await pagefind.options({ baseUrl: base });
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url);
  })(${args})`);
  return urls.map(slugOf);
}

describe.each([
  ['zh', ZH_QUERIES],
  ['en', EN_QUERIES],
] as const)('%s search', (lang, table) => {
  it.each(table)('“$query” finds $expect in the top three', async ({ query, expect: slug }) => {
    expect(await topThree(lang, query)).toContain(slug);
  });
});

describe('the search page, by keyboard', () => {
  it.each([
    ['zh', '/search/', 'MOSN', 'sofa-mesh'],
    ['zh', '/search/', '可观测性', 'trulia'],
    ['en', '/en/search/', 'footwear', 'hp-fitstation'],
  ] as const)(
    '%s %s: typing “%s” and pressing Enter lists the case; Escape clears',
    async (lang, path, query, slug) => {
      const page = await browser.newPage();
      // Pagefind needs WebAssembly and a worker: any CSP violation or failed request shows here.
      const { problems } = await watchPage(page, site().origin);
      await page.goto(site().url(path));
      // Tab from the top of the page: skip link, then navigation, until the search box has focus.
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#search-results[aria-busy="false"] a');
      const hrefs = await page.$$eval('#search-results a', (as) =>
        as.slice(0, 3).map((a) => (a as HTMLAnchorElement).href),
      );
      expect(hrefs.map(slugOf)).toContain(slug);
      expect(hrefs.every((h) => h.startsWith(site().url(lang === 'zh' ? '/cases/' : '/en/cases/')))).toBe(true);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      // ArrowDown moves into the results; the focused result is a case link.
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toContain('/cases/');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Escape');
      expect(await page.inputValue('#search-q')).toBe('');
      expect(await page.$$eval('#search-results li', (li) => li.length)).toBe(0);
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it('runs a linked search from ?q= on load', async () => {
    const page = await browser.newPage();
    const { problems } = await watchPage(page, site().origin);
    await page.goto(site().url(`/search/?q=${encodeURIComponent('蚂蚁金服')}`));
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    const first = await page.$eval('#search-results a', (a) => (a as HTMLAnchorElement).href);
    expect(slugOf(first)).toBe('sofa-mesh');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('filters by industry without a query', async () => {
    const page = await browser.newPage();
    await page.goto(site().url(`/en/search/?industry=${encodeURIComponent('Custom footwear')}`));
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map(slugOf)).toEqual(['hp-fitstation']);
    await page.close();
  });
});
