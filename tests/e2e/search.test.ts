/**
 * The search page under the GitHub Pages base path, used as a reader would:
 * by keyboard, from linked searches and filters, and with no match. Result
 * quality over a table of queries is search-quality.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { launchBrowser } from '../support/browser';
import { SEARCH_JS_BEFORE_INTERACTION } from '../support/budgets';
import { measurePageWeight } from '../support/page-weight';
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

describe('the search box', () => {
  it('keeps a ring in the colour of the site’s controls after a search, not the orange of keyboard focus', async () => {
    const page = await browser.newPage();
    await page.goto(site().url('/search/'));
    await page.click('#search-q');
    await page.keyboard.type('MOSN');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    const ring = await page.$eval('#search-q', (input) => {
      const probe = (name: string) => {
        const span = document.createElement('span');
        span.style.color = `var(${name})`;
        document.body.append(span);
        const color = getComputedStyle(span).color;
        span.remove();
        return color;
      };
      const style = getComputedStyle(input);
      return {
        focused: document.activeElement === input,
        color: style.outlineColor,
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        accent: probe('--accent'),
        focus: probe('--focus'),
      };
    });
    expect(ring.focused).toBe(true);
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.color).toBe(ring.accent);
    expect(ring.color).not.toBe(ring.focus);
    await page.close();
  });

  it.each([
    ['a phone (375 px, touch)', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true }, false],
    ['a desktop with a mouse', { viewport: { width: 1280, height: 800 } }, true],
  ] as const)('on %s, says “press Esc” only where a keyboard is likely', async (_, device, shown) => {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    await page.goto(site().url('/en/search/'));
    await page.waitForLoadState('load');
    expect(await page.isVisible('#search-hint')).toBe(shown);
    // Hidden, it is not read out as the box's description either.
    expect(Boolean(await page.getAttribute('#search-q', 'aria-describedby'))).toBe(shown);
    await context.close();
  });
});

describe('other kinds of page among the results', () => {
  const resultsOf = async (path: string) => {
    const page = await browser.newPage();
    await page.goto(site().url(path));
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    const results = await page.$$eval('#search-results > li > .result-head', (heads) =>
      heads.map((head) => ({
        path: new URL((head.querySelector('a') as HTMLAnchorElement).href).pathname,
        kind: head.querySelector('.kind')?.textContent,
      })),
    );
    await page.close();
    return results.map((r) => ({ ...r, path: `/${r.path.slice(site().base.length)}` }));
  };

  /** The built page at a site path, e.g. "/industries/fintech/". */
  const built = (path: string) => readFileSync(join(site().outDir, path, 'index.html'), 'utf8');
  /** Whether the built page at `hub` links to the page at `path`, or to a place in it. */
  const links = (hub: string, path: string) =>
    new RegExp(`href="${site().base}${path.slice(1)}(#[^"]*)?"`).test(built(hub));

  it('labels each result with its kind, and puts the cases first for an industry', async () => {
    const kinds = t('zh').search.kinds;
    const results = await resultsOf(`/search/?q=${encodeURIComponent('金融科技')}`);
    // First comes a case of that industry, whichever of them it is, full or brief.
    expect([kinds.cases, kinds.brief]).toContain(results[0]?.kind);
    expect(links('/industries/fintech/', results[0]?.path ?? '')).toBe(true);
    expect(results).toContainEqual({ path: '/industries/fintech/', kind: kinds.industries });
    const firstOther = results.findIndex((r) => !r.path.startsWith('/cases/'));
    expect(results.slice(firstOther).filter((r) => r.path.startsWith('/cases/'))).toEqual([]);
  });

  it('labels a brief as a brief, not as a case', async () => {
    const kinds = t('en').search.kinds;
    const results = await resultsOf('/en/search/?q=Careem');
    expect(results[0]).toEqual({ path: '/en/cases/careem/', kind: kinds.brief });
  });

  it('finds a case that uses ambient mode and its capability page, Istio today first for ztunnel, and the timeline page that holds a release', async () => {
    const kinds = t('en').search.kinds;
    const ambient = await resultsOf('/en/search/?q=ambient+mode');
    expect(ambient[0]?.kind).toBe(kinds.cases);
    expect(links('/en/capabilities/ambient-mode/', ambient[0]?.path ?? '')).toBe(true);
    expect(ambient).toContainEqual({ path: '/en/capabilities/ambient-mode/', kind: kinds.capabilities });
    expect((await resultsOf('/en/search/?q=ztunnel'))[0]).toEqual({
      path: '/en/istio-today/',
      kind: kinds['istio-today'],
    });
    const release = (await resultsOf('/en/search/?q=Istio+1.24'))[0];
    expect(release?.kind).toBe(kinds.timeline);
    expect(built(release?.path ?? '')).toMatch(/Istio 1\.24\b/);
  });

  it('shows a release with its version, date and note apart, not run together', async () => {
    const page = await browser.newPage();
    await page.goto(site().url(`/en/search/?q=${encodeURIComponent('Istio 0.6')}`));
    await page.waitForSelector('#search-results[aria-busy="false"] a');
    const excerpts = (await page.$$eval('#search-results .hits p', (ps) => ps.map((p) => p.textContent ?? ''))).join(
      ' ',
    );
    expect(excerpts).toMatch(/Istio 0\.6\s/);
    expect(excerpts).not.toMatch(/Istio 0\.6[^\s.,;:)]|\d{4}[A-Za-z]/);
    await page.close();
  });
});

describe('the search page’s own script', () => {
  it(`loads at most ${SEARCH_JS_BEFORE_INTERACTION / 1024} KiB gzip before any input, and neither Pagefind nor the results code`, async () => {
    const weight = await measurePageWeight(browser, site().url('/search/'));
    expect(weight.jsBeforeInteraction).toBeLessThanOrEqual(SEARCH_JS_BEFORE_INTERACTION);
    expect(weight.resources.map((r) => r.url).filter((url) => /pagefind|search-results/.test(url))).toEqual([]);
  });
});

describe('the search bundle in the deploy', () => {
  it('holds what the search page loads, and none of the result interfaces Pagefind also offers', () => {
    const files = readdirSync(join(site().outDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((file) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file))).toEqual([]);
  });
});
