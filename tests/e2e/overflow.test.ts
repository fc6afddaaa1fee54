/**
 * No page is ever wider than the screen: every page of the built site (404 in
 * both languages included), at every width from a small phone to a desktop, in
 * light and dark. Wide things (diagram, matrix, tables) must scroll inside their
 * own box. Each page is loaded once, then resized and switched between colour
 * schemes, which re-lays it out without reloading; two tabs take turns.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, tabPool } from '../support/browser';
import { findOverflow, type OverflowReport } from '../support/overflow';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';

const WIDTHS = [320, 375, 414, 768, 1024, 1280];
const SCHEMES = ['light', 'dark'] as const;
const pages = [...(await sitemapUrls()), site().url('/missing-page/'), site().url('/en/missing-page/')];

let browser: Browser;
const tabs = tabPool(() => browser.newPage({ viewport: { width: WIDTHS[0] as number, height: 800 } }));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

const faults = (report: OverflowReport) => [
  ...report.clipped.map((rule) => `page clipped instead of fixed: ${rule}`),
  ...(report.widest
    ? [`${report.widest.element} spans ${report.widest.left}..${report.widest.right} px (viewport ${report.viewport})`]
    : []),
  ...(report.scrollWidth > report.viewport ? [`document is ${report.scrollWidth} px wide`] : []),
];

/** Every width and scheme for the page already loaded; one line per failing combination. */
async function overflowAtEveryWidth(page: Page): Promise<string[]> {
  const failures: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const fault of faults(await page.evaluate(findOverflow))) failures.push(`${width} px ${scheme}: ${fault}`);
    }
  }
  return failures;
}

describe('the overflow check', () => {
  it('reports an element wider than the screen and a page clipped to hide it', async () => {
    const page = await browser.newPage();
    await page.goto(site().url('/about/'));
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.className = 'too-wide';
      wide.style.width = '2000px';
      wide.style.height = '1px';
      document.querySelector('main')?.append(wide);
      document.body.style.overflowX = 'hidden';
    });
    const failures = (await overflowAtEveryWidth(page)).join('\n');
    await page.close();
    expect(failures).toContain('320 px light: page clipped instead of fixed: body { overflow-x: hidden }');
    expect(failures).toContain('div.too-wide spans');
  });
});

describe('no page is wider than the viewport', () => {
  it.concurrent.each(pages)('%s', async (url) => {
    const failures = await tabs.use(async (page) => {
      await page.goto(url, { waitUntil: 'load' });
      return overflowAtEveryWidth(page);
    });
    expect(failures).toEqual([]);
  });
});
