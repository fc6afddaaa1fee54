/**
 * Search under the GitHub Pages base path: the query table through Pagefind's
 * JS API as the search page loads it, and a few searches through the real UI
 * using only the keyboard, in both languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';
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
    },
  );

  it('runs a linked search from ?q= on load', async () => {
    const page = await browser.newPage();
    await page.goto(site().url(`/search/?q=${encodeURIComponent('蚂蚁金服')}`));
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    const first = await page.$eval('#search-results a', (a) => (a as HTMLAnchorElement).href);
    expect(slugOf(first)).toBe('sofa-mesh');
    await page.close();
  });

  it.each([
    ['a key', '/en/search/?industry=footwear'],
    ['a key, in the other language', '/search/?industry=footwear'],
    ['an old label', `/en/search/?industry=${encodeURIComponent('Custom footwear')}`],
  ])('filters by industry without a query, from a link with %s', async (_, path) => {
    const page = await browser.newPage();
    await page.goto(site().url(path));
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    const hrefs = await page.$$eval('#search-results > li > .result-head a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).href),
    );
    expect(hrefs.map(slugOf)).toEqual(['hp-fitstation']);
    expect(await page.textContent('#search-status')).toMatch(/^(1 result matches|按所选条件共有 1 条结果)/);
    // The address carries the key, whichever form the link had.
    expect(new URL(page.url()).searchParams.get('industry')).toBe('footwear');
    await page.close();
  });

  it('says so when nothing matches, and offers the other language and a few suggestions', async () => {
    const page = await browser.newPage();
    await page.goto(site().url(`/en/search/?q=${encodeURIComponent('kubernetesx zzz')}`));
    await page.waitForSelector('#search-results[aria-busy="false"]');
    expect(await page.textContent('#search-status')).toBe('Nothing matches "kubernetesx zzz".');
    expect(await page.$$eval('#search-results li', (li) => li.length)).toBe(0);
    const other = await page.$eval('#search-other', (a) => (a as HTMLAnchorElement).href);
    expect(other).toBe(site().url(`/search/?q=kubernetesx+zzz`));
    expect(await page.$$eval('#search-empty a', (as) => as.length)).toBeGreaterThan(2);
    await page.close();
  });
});
