/**
 * "Show more" pressed while the page is still checking candidates (the count
 * says "about"): the count and the list must agree at the end, no result may be
 * lost, and no button may offer to show zero more. The race is made certain by
 * holding Pagefind's fragment requests past the first few until the button has
 * been pressed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { launchBrowser } from '../support/browser';
import { searchThroughPage } from '../support/search-quality';
import { site } from '../support/site';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A count line's template as a pattern, the number captured. */
const countPattern = (template: string, query: string) =>
  new RegExp(
    `^${template
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('\\{q\\}', query)
      .replace('\\{n\\}', '(\\d+)')}$`,
  );

/** The number a final count line states, and whether it is exact, read through the page's own templates. */
const countOf = (status: string, lang: 'zh' | 'en', query: string) => {
  const exact = status.match(countPattern(t(lang).search.resultsMany, query));
  return { n: Number(exact?.[1]), exact: Boolean(exact) };
};

/** What the page shows once it is done: the count line, the listed results, and the button's text. */
async function settled(page: Page) {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  return page.evaluate(() => {
    const more = document.querySelector<HTMLButtonElement>('#search-more');
    return {
      status: document.querySelector('#search-status')?.textContent ?? '',
      items: [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li > .result-head a')].map(
        (a) => new URL(a.href).pathname,
      ),
      moreVisible: Boolean(more && !more.hidden),
      moreText: more?.textContent ?? '',
    };
  });
}

/**
 * Runs the query with Pagefind's fragment requests past the first few held back, so the count is an
 * estimate for as long as the test likes; presses "show more" then, when it is offered; lets the rest
 * through; and returns what the page shows once done, every further "show more" pressed.
 */
async function hurried(path: string, query: string, pageSize?: number) {
  const page = await browser.newPage();
  const held: (() => void)[] = [];
  let fragments = 0;
  let holding = true;
  await page.route('**/pagefind/fragment/**', async (route) => {
    if (holding && ++fragments > 4) await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  await page.goto(site().url(path));
  // The form says how many results a page lists; a small page makes a short list behave like a long one.
  if (pageSize)
    await page.$eval('#search-form', (form, n) => ((form as HTMLElement).dataset['pageSize'] = n), `${pageSize}`);
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  const lang: 'zh' | 'en' = path.startsWith('/en/') ? 'en' : 'zh';
  await page.waitForFunction(
    (about) => new RegExp(about).test(document.querySelector('#search-status')?.textContent ?? ''),
    countPattern(t(lang).search.resultsAbout, query).source,
  );
  const offered = await page.isVisible('#search-more');
  if (offered) {
    expect(await page.textContent('#search-more')).not.toMatch(/(^|\D)0(\D|$)/);
    await page.click('#search-more');
    await page.waitForTimeout(100);
  }
  holding = false;
  held.splice(0).forEach((release) => release());
  const pressed: string[] = [];
  let state = await settled(page);
  for (let i = 0; i < 20 && state.moreVisible; i++) {
    pressed.push(state.moreText);
    await page.click('#search-more');
    state = await settled(page);
  }
  await page.close();
  return { ...state, offered, pressed, lang };
}

describe('show more, pressed while the count is still an estimate', () => {
  it.each([
    ['zh', '/search/', 'Istio', 'as built', undefined],
    ['zh', '/search/', 'Istio', 'three results a page', 3],
    ['en', '/en/search/', 'Istio', 'three results a page', 3],
  ] as const)('%s %s “%s”, %s: the count and the list agree, nothing lost', async (_, path, query, __, pageSize) => {
    // What the query finds when nobody hurries it.
    const calm = await browser.newPage();
    await calm.goto(site().url(path));
    const reference = (await searchThroughPage(calm, query, site().base)).results.map(
      (r) => `${site().base}${r.slice(1)}`,
    );
    await calm.close();
    if (pageSize) expect(reference.length).toBeGreaterThan(pageSize);

    const state = await hurried(path, query, pageSize);
    // With a short page the button is there to press while the count is an estimate.
    if (pageSize) expect(state.offered).toBe(true);
    const { n, exact } = countOf(state.status, state.lang, query);
    expect(exact, state.status).toBe(true);
    expect(state.items.length, state.status).toBe(n);
    expect(new Set(state.items).size).toBe(state.items.length);
    expect([...state.items].sort()).toEqual([...reference].sort());
    // Every button pressed offered at least one more; once hidden it says nothing.
    expect(state.pressed.filter((text) => /(^|\D)0(\D|$)/.test(text))).toEqual([]);
    expect(state.moreVisible).toBe(false);
    expect(state.moreText).toBe('');
  });
});
