/**
 * axe-core on every page, in light and dark colour schemes, on a phone and a
 * desktop: zero violations of any impact. Then the keyboard path a screen-reader
 * or keyboard user takes: skip link, visible focus, search from the header.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = [...(await sitemapUrls()), site().url('/missing-page/')];
const VIEWS = [
  { width: 375, height: 800, colorScheme: 'light' },
  { width: 375, height: 800, colorScheme: 'dark' },
  { width: 1280, height: 900, colorScheme: 'light' },
  { width: 1280, height: 900, colorScheme: 'dark' },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page): Promise<string[]> {
  // The page's CSP forbids inline scripts, so axe is added through the test's privileged channel.
  await page.addScriptTag({ content: axeSource }).catch(async () => page.evaluate(axeSource));
  const found: { id: string; impact: string; nodes: { target: string[] }[] }[] = await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return found.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the axe harness', () => {
  it('does report a violation when there is one', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(site().url('/about/'));
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
    expect((await violations(page)).join('\n')).toContain('image-alt');
    await page.close();
  });
});

describe.each(VIEWS)('axe at $width px, $colorScheme', (view) => {
  it.each(pages)('%s has no violations', async (url) => {
    const context = await browser.newContext({
      viewport: { width: view.width, height: view.height },
      colorScheme: view.colorScheme,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

describe('keyboard only', () => {
  const focusOutline = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });

  it('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(site().url('/cases/trulia/'));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, href: el.getAttribute('href'), visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: '跳到正文', href: '#main', visible: true });
    expect((await focusOutline(page)).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('every focusable element shows a visible focus indicator', async () => {
    const page = await browser.newPage();
    await page.goto(site().url('/en/cases/auto-trader/'));
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusOutline(page);
      if (focus.tag === 'BODY') break;
      seen.add(focus.tag);
      expect(focus.outline, `focused ${focus.tag} #${i}`).not.toBe('none');
      expect(focus.width).toBeGreaterThanOrEqual(2);
    }
    expect(seen).toContain('A');
    expect(seen).toContain('INPUT');
    await page.close();
  });

  it('the header search box takes a query to the search page, which shows results', async () => {
    const page = await browser.newPage();
    await page.goto(site().url('/en/'));
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'header-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('Dubbo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=Dubbo/);
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    expect(await page.$eval('#search-results a', (a) => (a as HTMLAnchorElement).href)).toContain(
      '/en/cases/sofa-mesh/',
    );
    await page.close();
  });
});
