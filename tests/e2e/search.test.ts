/**
 * The search page under the GitHub Pages base path, used as a reader would:
 * by keyboard, from linked searches and filters, and with no match. Result
 * quality over a table of queries is search-quality.test.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';
import { watchPage } from '../support/watch';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slugOf = (url: string) => url.match(/\/cases\/([^/]+)\//)?.[1] ?? url;

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
      // Results stay in the page's language: case pages, or the Istio-today page that follows them up.
      const prefix = lang === 'zh' ? '/' : '/en/';
      expect(
        hrefs.filter(
          (h) => !h.startsWith(site().url(`${prefix}cases/`)) && !h.startsWith(site().url(`${prefix}istio-today/`)),
        ),
      ).toEqual([]);
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
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.textContent('#search-status')).toBe('Nothing matches "kubernetesx zzz".');
    expect(await page.$$eval('#search-results li', (li) => li.length)).toBe(0);
    const other = await page.$eval('.search-other', (a) => (a as HTMLAnchorElement).href);
    expect(other).toBe(site().url(`/search/?q=kubernetesx+zzz`));
    expect(await page.$$eval('#search-empty a', (as) => as.length)).toBeGreaterThan(2);
    await page.close();
  });
});
