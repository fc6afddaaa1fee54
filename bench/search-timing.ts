/**
 * Times Pagefind through the search page's own UI: type into #search-q, press
 * Enter, and stop the clock when the first result link is in #search-results.
 * The clock runs inside the page (performance.now() at the Enter keydown and in a
 * MutationObserver), so the browser driver's round trips are not counted.
 */
import type { Browser, Page } from 'playwright-core';
import { gzipSize } from '../tests/support/gzip-size.ts';

export interface SearchRun {
  query: string;
  ms: number;
  firstResult: string;
  /** Gzip bytes fetched under /pagefind/ while this query ran. */
  pagefindBytes: number;
  pagefindRequests: number;
}

export interface SearchTiming {
  url: string;
  cold: SearchRun;
  warm: SearchRun;
}

interface Clock {
  start: number;
  first: number;
}
/** The page's window with the clock on it; a cast rather than a global declaration, so src/ never sees it. */
type Clocked = Window & { benchClock?: Clock };

function installClock(page: Page) {
  return page.evaluate(() => {
    const clock: Clock = { start: 0, first: 0 };
    (window as Clocked).benchClock = clock;
    // Capture phase: the clock starts before the page's own handlers see the key.
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter') Object.assign(clock, { start: performance.now(), first: 0 });
      },
      true,
    );
    const list = document.querySelector('#search-results');
    if (!list) throw new Error('The search page has no #search-results.');
    new MutationObserver(() => {
      if (clock.start && !clock.first && list.querySelector('a')) clock.first = performance.now();
    }).observe(list, { childList: true, subtree: true });
  });
}

/** Gzip sizes of Pagefind's responses, pushed as they arrive so none is missed while its body is read. */
type Fetched = Promise<number>[];

async function runQuery(page: Page, query: string, fetched: Fetched): Promise<SearchRun> {
  const before = fetched.length;
  // fill() sets the whole query in one input event; Enter then submits at once
  // (the page cancels its 150 ms typing debounce on submit).
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => Boolean((window as Clocked).benchClock?.first), null, { timeout: 30_000 });
  const { start, first } = await page.evaluate(() => (window as Clocked).benchClock as Clock);
  const firstResult = await page.$eval('#search-results a', (a) => (a as HTMLAnchorElement).pathname);
  // Let Pagefind finish the fragments it is still loading for the other results.
  await page.waitForLoadState('networkidle');
  const mine = await Promise.all(fetched.slice(before));
  return {
    query,
    ms: first - start,
    firstResult,
    pagefindBytes: mine.reduce((sum, gzip) => sum + gzip, 0),
    pagefindRequests: mine.length,
  };
}

/** One fresh context: a cold query on a just-loaded search page, then a different, warm one. */
export async function timeSearch(browser: Browser, url: string, cold: string, warm: string): Promise<SearchTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched: Fetched = [];
    // On the context, so that anything a worker fetches counts too.
    context.on('response', (response) => {
      if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
      fetched.push(response.body().then(gzipSize, () => 0));
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await installClock(page);
    const coldRun = await runQuery(page, cold, fetched);
    // Escape is the page's own way to clear the results, so the next first link is the new query's.
    await page.press('#search-q', 'Escape');
    await page.waitForFunction(() => !document.querySelector('#search-results a'));
    const warmRun = await runQuery(page, warm, fetched);
    return { url, cold: coldRun, warm: warmRun };
  } finally {
    await context.close();
  }
}
