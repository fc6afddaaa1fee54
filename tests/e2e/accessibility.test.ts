/**
 * axe-core, zero violations of any impact, in two passes:
 * 1. every page of the build once (light, 1280 px), found in the build output
 *    itself, so a new page is checked without editing this file;
 * 2. one page of each template (the largest of its pages, so the most content
 *    is checked) in light and dark, at 375 and 1280 px, with the header menu
 *    closed and open. Templates alternate between the languages, so both are
 *    seen. Each template's page is loaded once and its views are switched in
 *    place (viewport, colour scheme, menu), which the CSS follows live; two
 *    templates are checked at a time.
 * Then the keyboard path a screen-reader or keyboard user takes: skip link,
 * visible focus, search from the header.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCount, axeTab, VIEWS, viewName, violations, violationsIn, type View } from '../support/axe';
import { launchBrowser, tabPool } from '../support/browser';
import { site } from '../support/site';

/** Every HTML file of the build as a path under the base: `/`, `/en/cases/x/`, `/404.html`. */
const built = (readdirSync(site().outDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({
    path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
    bytes: statSync(join(site().outDir, file)).size,
  }))
  .sort((a, b) => a.path.localeCompare(b.path));

const isEnglish = (path: string) => path.startsWith('/en/');
/** The path without its language prefix, which is what tells the template. */
const neutral = (path: string) => (isEnglish(path) ? path.slice(3) : path);

interface Template {
  name: string;
  route: RegExp;
  /** Why the current data may build no page of this template. */
  absentWhen?: string;
}
/** Every template of the site; a page that matches none fails the first test, so a new template is not missed. */
const TEMPLATES: Template[] = [
  { name: 'home', route: /^\/$/ },
  { name: 'home, later page', route: /^\/page\/\d+\/$/, absentWhen: 'every case fits on the first page' },
  { name: 'case', route: /^\/cases\/[^/]+\/$/ },
  { name: 'compare', route: /^\/compare\/$/ },
  { name: 'compare, later page', route: /^\/compare\/\d+\/$/, absentWhen: 'every case fits in one matrix' },
  { name: 'capability', route: /^\/capabilities\/[^/]+\/$/ },
  { name: 'industry', route: /^\/industries\/[^/]+\/$/ },
  { name: 'platform', route: /^\/platforms\/[^/]+\/$/ },
  {
    name: 'facet, later page',
    route: /^\/(capabilities|industries|platforms)\/[^/]+\/\d+\/$/,
    absentWhen: 'every facet value fits on one page',
  },
  { name: 'timeline', route: /^\/timeline\/(.+\/)?$/ },
  { name: 'Istio today', route: /^\/istio-today\/$/ },
  { name: 'search', route: /^\/search\/$/ },
  { name: 'about', route: /^\/about\/$/ },
  { name: '404', route: /^\/404\.html$/ },
];
const templateOf = (path: string) => TEMPLATES.find((t) => t.route.test(neutral(path)));

/** The largest page of a template, in the wanted language when the template has it there. */
function representative(template: Template, english: boolean): string | undefined {
  const of = built.filter((page) => template.route.test(neutral(page.path)));
  const largest = (pages: typeof of) =>
    pages.reduce<(typeof of)[number] | undefined>((a, b) => (a && a.bytes >= b.bytes ? a : b), undefined);
  return (largest(of.filter((page) => isEnglish(page.path) === english)) ?? largest(of))?.path;
}

/** A query the search page must answer: the name before the colon in the representative case's title. */
function searchQuery(casePath: string): string {
  const html = readFileSync(join(site().outDir, casePath, 'index.html'), 'utf8');
  const title = html.match(/<h1[^>]*>([^<]+)/)?.[1] ?? '';
  return title.split(/[:：]/)[0]?.trim() ?? '';
}

const present = TEMPLATES.filter((template) => representative(template, false));
const absent = TEMPLATES.filter((template) => !representative(template, false));
const caseTemplate = TEMPLATES.find((t) => t.name === 'case') as Template;
/** Present templates alternate between the languages: zh, en, zh, … */
const templateRuns = present.map((template, i) => {
  const english = i % 2 === 1;
  const path = representative(template, english) as string;
  let url = site().url(path);
  // GitHub Pages serves 404.html for any missing address; its script shows the language of that address.
  if (template.name === '404') url = site().url(`${english ? '/en' : ''}/no-such-page/`);
  if (template.name === 'search') {
    url += `?q=${encodeURIComponent(searchQuery(representative(caseTemplate, isEnglish(path)) as string))}`;
  }
  return { template, path, url, english: template.name === '404' ? english : isEnglish(path) };
});
// The every-page pass skips the pages the template pass already sees in its light 1280 px view.
const inTemplateRuns = new Set(templateRuns.map((run) => run.path));
const pageRuns = built.filter((page) => !inTemplateRuns.has(page.path)).map((page) => site().url(page.path));

let browser: Browser;
const started = Date.now();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  const total = (Date.now() - started) / 1000;
  console.log(
    `axe: ${axeCount.runs} runs (the control, ${pageRuns.length} pages once, ${templateRuns.length} templates × ${VIEWS.length} views ` +
      `less the menus that do not exist) in ${total.toFixed(1)} s for this file`,
  );
});

describe('the axe harness', () => {
  it('does report a violation when there is one', async () => {
    const page = await axeTab(browser, { width: 1280, height: 900 });
    await page.goto(site().url('/about/'));
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
    expect((await violations(page)).join('\n')).toContain('image-alt');
    await page.context().close();
  });

  it('knows the template of every built page, and sees every template that has a page in both languages', () => {
    expect(built.length).toBeGreaterThan(TEMPLATES.length);
    expect(built.filter((page) => !templateOf(page.path)).map((page) => page.path)).toEqual([]);
    expect(new Set(templateRuns.map((run) => run.english))).toEqual(new Set([false, true]));
    const seen = [...pageRuns, ...[...inTemplateRuns].map((path) => site().url(path))];
    expect(seen.sort()).toEqual(built.map((page) => site().url(page.path)).sort());
  });

  // A template the data builds no page of cannot be checked; say so by name, and prove it is truly absent.
  it.each(absent.map((t) => ({ name: t.name, why: t.absentWhen ?? 'none', route: t.route })))(
    '$name: no page in this build ($why); accessibility-paginated.test.ts builds one and checks it',
    ({ route, why }) => {
      expect(why).not.toBe('none');
      expect(built.filter((page) => route.test(neutral(page.path)))).toEqual([]);
    },
  );
});

describe('axe on every page once, light at 1280 px', () => {
  const tabs = tabPool(() => axeTab(browser, { width: 1280, height: 900 }));
  let passStarted = 0;
  beforeAll(() => {
    passStarted = Date.now();
  });
  afterAll(async () => {
    console.log(
      `axe, every page once: ${pageRuns.length} pages in ${((Date.now() - passStarted) / 1000).toFixed(1)} s`,
    );
    await tabs.close();
  });

  it.concurrent.each(pageRuns)('%s has no violations', async (url) => {
    await tabs.use(async (page) => {
      // Static pages: everything axe needs is there at the load event; nothing loads later without input.
      await page.goto(url, { waitUntil: 'load' });
      expect(await violations(page)).toEqual([]);
    });
  });
});

describe('axe on each template, in every view', () => {
  // Two templates at a time (axe is CPU-bound: a tab per core); each template's page is loaded once and its
  // views are switched in place. Worked out before the tests, which read what was found in their view.
  const tabs = tabPool(() => axeTab(browser, { width: 375, height: 800 }));
  const found = new Map<string, Promise<{ views: Map<View, string[]>; searchResults: number }>>();
  beforeAll(() => {
    for (const { template, url } of templateRuns) {
      const checked = tabs.use(async (page) => {
        await page.goto(url, { waitUntil: 'load' });
        if (template.name === 'search') await page.waitForSelector('#search-results[aria-busy="false"]');
        const searchResults = await page.locator('#search-results a').count();
        const views = new Map<View, string[]>();
        for (const view of VIEWS) {
          views.set(view, await violationsIn(page, view).catch((e: Error) => [`not checked: ${e.message}`]));
        }
        return { views, searchResults };
      });
      // A page that fails to load fails every one of its views' tests, each with the reason.
      found.set(
        url,
        checked.catch((e: Error) => ({
          views: new Map(VIEWS.map((view) => [view, [`not loaded: ${e.message}`]])),
          searchResults: 0,
        })),
      );
    }
  });
  afterAll(async () => {
    await tabs.close();
  });

  describe.each(templateRuns)('the $template.name template, $url', ({ template, url }) => {
    it.each(VIEWS.map((view) => ({ view, name: viewName(view) })))('$name', async ({ view }) => {
      const { views, searchResults } = await (found.get(url) as Promise<{
        views: Map<View, string[]>;
        searchResults: number;
      }>);
      if (template.name === 'search') expect(searchResults).toBeGreaterThan(0);
      expect(views.get(view)).toEqual([]);
    });
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
