/**
 * No page is ever wider than the screen: every page of the built site (404 in
 * both languages included), at every width from a small phone to a desktop, in
 * light and dark. Wide things (diagram, matrix, tables) must scroll inside their
 * own box. One browser page is reused: navigate once, then resize and switch
 * the colour scheme, which re-lays out the page without reloading it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { findOverflow, type OverflowReport } from '../support/overflow';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';

const WIDTHS = [320, 375, 414, 768, 1024, 1280];
const SCHEMES = ['light', 'dark'] as const;
const pages = [...(await sitemapUrls()), site().url('/missing-page/'), site().url('/en/missing-page/')];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: WIDTHS[0] as number, height: 800 } });
});
afterAll(async () => {
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
async function overflowAtEveryWidth(): Promise<string[]> {
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
    await page.goto(site().url('/about/'));
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.className = 'too-wide';
      wide.style.width = '2000px';
      wide.style.height = '1px';
      document.querySelector('main')?.append(wide);
      document.body.style.overflowX = 'hidden';
    });
    const failures = (await overflowAtEveryWidth()).join('\n');
    expect(failures).toContain('320 px light: page clipped instead of fixed: body { overflow-x: hidden }');
    expect(failures).toContain('div.too-wide spans');
  });
});

describe('no page is wider than the viewport', () => {
  it.each(pages)('%s', async (url) => {
    await page.goto(url, { waitUntil: 'load' });
    expect(await overflowAtEveryWidth()).toEqual([]);
  });
});
