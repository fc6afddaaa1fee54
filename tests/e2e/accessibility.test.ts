/**
 * axe-core: zero violations of any impact on every page once, and on every
 * template (a route: home, a case, compare, search, about, 404, …) in light and
 * dark at phone (375 px) and desktop (1280 px) width, alternating the language
 * so each template is seen in both. Then the keyboard path a screen-reader or
 * keyboard user takes: skip link, visible focus, search from the header.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = [...(await sitemapUrls()), site().url('/missing-page/')];

interface View {
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
  /** Which language's page of each template this view checks. */
  english: boolean;
}
const VIEWS: View[] = [
  { width: 375, height: 800, colorScheme: 'light', english: false },
  { width: 375, height: 800, colorScheme: 'dark', english: true },
  { width: 1280, height: 900, colorScheme: 'light', english: true },
  { width: 1280, height: 900, colorScheme: 'dark', english: false },
];
const viewName = (v: View) => `${v.width} px ${v.colorScheme}`;

/** A page's template: its route with the last dynamic segment folded (`cases/*`), language prefix removed. */
function templateOf(url: string): { template: string; english: boolean } {
  const path = new URL(url).pathname.replace(site().base, '/');
  const english = path.startsWith('/en/');
  const segments = path
    .replace(/^\/en\//, '/')
    .split('/')
    .filter(Boolean);
  const known = pages.slice(0, -1).includes(url);
  const template = !known
    ? '404'
    : segments.length === 0
      ? 'home'
      : segments.length === 1
        ? segments[0]
        : `${segments[0]}/*`;
  return { template: template ?? 'home', english };
}

/** Every template in every view, in the view's language (or the other one if the template has only one). */
const templateRuns = [...new Set(pages.map((url) => templateOf(url).template))].flatMap((template) => {
  const of = pages.filter((url) => templateOf(url).template === template);
  return VIEWS.map((view) => ({
    view,
    url: of.find((url) => templateOf(url).english === view.english) ?? (of[0] as string),
  }));
});
/** Every page not already checked by the template runs, once, spread over the views. */
const checked = new Set(templateRuns.map((run) => run.url));
const pageRuns = pages
  .filter((url) => !checked.has(url))
  .map((url, i) => ({ view: VIEWS[i % VIEWS.length] as View, url }));
const runs = [...templateRuns, ...pageRuns].map((run) => ({ ...run, name: `${run.url} at ${viewName(run.view)}` }));

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

/** One browser context per view, reused across its pages; each page is a fresh tab. */
const contexts = new Map<View, Promise<BrowserContext>>();
const contextFor = (view: View) => {
  let context = contexts.get(view);
  if (!context) {
    const { width, height, colorScheme } = view;
    context = browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP: true });
    contexts.set(view, context);
  }
  return context;
};

describe('axe on every page once and on every template in every view', () => {
  it('covers every page and every template in all four views', () => {
    expect(new Set(runs.map((run) => run.url))).toEqual(new Set(pages));
    for (const template of new Set(pages.map((url) => templateOf(url).template))) {
      const views = runs.filter((run) => templateOf(run.url).template === template).map((run) => run.view);
      expect(new Set(views).size, template).toBe(VIEWS.length);
    }
  });

  it.each(runs)('$name has no violations', async ({ url, view }) => {
    const page = await (await contextFor(view)).newPage();
    // Static pages: everything axe needs is there at the load event; nothing loads later without input.
    await page.goto(url, { waitUntil: 'load' });
    expect(await violations(page)).toEqual([]);
    await page.close();
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
