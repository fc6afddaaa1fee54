/**
 * The header and the theme as a reader meets them: one short bar on a phone
 * whose menu opens without JavaScript; a light / dark / system choice that
 * persists across pages and applies before the first paint; with JavaScript
 * off the choice is hidden and the system scheme applies. The 404 page speaks
 * the language of its path.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';
import { t } from '../../src/i18n';
import { NAV } from '../../src/lib/nav';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';

describe('the header on a phone', () => {
  it.each([320, 375])('is one bar at most 64 px tall at %i px, in both languages', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 700 } });
    for (const path of ['/cases/auto-trader/', '/en/cases/auto-trader/']) {
      await page.goto(site().url(path));
      const height = await page.$eval('.site-header', (el) => el.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(64);
    }
    await page.close();
  });

  it('opens its menu without JavaScript, and the menu lists the sections', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 700 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site().url('/en/compare/'));
    const nav = page.locator('.site-header nav a');
    expect(await nav.first().isVisible()).toBe(false);
    await page.click('.site-header summary');
    expect(await nav.allTextContents()).toEqual(NAV.map((entry) => entry.label(t('en'))));
    expect(await page.locator('.site-header nav a[aria-current="page"]').textContent()).toBe('Compare');
    // Without JavaScript the theme choice would do nothing, so it is not shown.
    expect(await page.locator('select[name="theme"]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the theme choice', () => {
  it('follows the system until the reader chooses, then keeps the choice on every page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site().url('/en/'));
    expect(await background(page)).toBe(WHITE);
    await page.selectOption('select[name="theme"]', 'dark');
    expect(await background(page)).not.toBe(WHITE);
    // The next page is dark from its first paint: the attribute is set before <body> exists.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.body && !('firstBody' in window)) {
          Object.assign(window, { firstBody: document.documentElement.dataset['theme'] ?? 'none' });
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site().url('/cases/trulia/'));
    expect(await page.evaluate(() => (window as unknown as { firstBody: string }).firstBody)).toBe('dark');
    expect(await background(page)).not.toBe(WHITE);
    expect(await page.inputValue('select[name="theme"]')).toBe('dark');
    await page.selectOption('select[name="theme"]', 'system');
    await page.reload();
    expect(await background(page)).toBe(WHITE);
    await context.close();
  });

  it('applies under the Content-Security-Policy, without a violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(site().url('/'));
    expect(await page.evaluate(() => 'js' in document.documentElement.dataset)).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the 404 page', () => {
  const visible = (page: Page) =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent),
      current: document.querySelectorAll('[aria-current]').length,
      cases: [...document.querySelectorAll('.nf-cases a')].filter((a) => a.checkVisibility()).length,
      search: [...document.querySelectorAll('main form[role="search"]')].filter((f) => f.checkVisibility()).length,
    }));

  it('speaks English under /en/ and Chinese elsewhere, with search and the cases, nothing marked current', async () => {
    const page = await browser.newPage();
    const english = await page.goto(site().url('/en/no-such-page/'));
    expect(english?.status()).toBe(404);
    const en = await visible(page);
    expect(en).toMatchObject({ lang: 'en', h1: ['Page not found'], current: 0, search: 1 });
    expect(en.title).toMatch(/^Page not found/);
    await page.goto(site().url('/no-such-page/'));
    const zh = await visible(page);
    expect(zh).toMatchObject({ lang: 'zh-CN', h1: ['找不到这个页面'], current: 0, search: 1 });
    expect(zh.cases).toBe(en.cases);
    expect(zh.cases).toBeGreaterThan(0);
    await page.close();
  });

  it('shows both languages without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site().url('/en/no-such-page/'));
    expect((await visible(page)).h1).toEqual(['找不到这个页面', 'Page not found']);
    await context.close();
  });
});
