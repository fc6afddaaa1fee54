/**
 * Cold search through the real UI: a fresh Chromium context (empty cache, no
 * Pagefind loaded), the query typed into #search-q, Enter pressed, and the time
 * until the first result link exists in #search-results. Both instants are
 * taken inside the page (performance.now()), so browser-driver latency is
 * not counted; the driver-side wall time is kept as a cross-check.
 */
import type { Browser } from 'playwright-core';

export interface ColdSearch {
  lang: string;
  query: string;
  /** Enter keydown → first result link in the DOM, measured in the page. */
  ms: number;
  /**
   * Focus of #search-q → first result link. The page starts loading Pagefind on
   * focus and Enter follows at once, so this is the whole cold path a reader
   * who types fast waits for.
   */
  fromFocusMs: number;
  /** Same span seen from the driver (includes CDP round trips and polling). */
  driverMs: number;
  /** Result count the page reports in its status line. */
  results: number | undefined;
  /** Requests finished, and their response bytes, from pressing Enter until the first result showed. */
  requests: number;
  bytes: number;
  /** Per kind of file: how many were fetched, when the first was requested and the last finished, ms after Enter. */
  timeline: { kind: string; count: number; startMs: number; doneMs: number }[];
}

/** What a Pagefind request fetches, from its file name. */
const KINDS: [string, RegExp][] = [
  ['pagefind.js', /\/pagefind\.js$/],
  ['worker', /pagefind-worker\.js$/],
  ['entry', /pagefind-entry\.json$/],
  ['wasm', /wasm\.[\w-]+\.pagefind$/],
  ['meta', /\.pf_meta$/],
  ['index', /\.pf_index$/],
  ['filter', /\.pf_filter$/],
  ['fragment', /\.pf_fragment$/],
  ['favicon', /favicon\.svg$/],
];
const kindOf = (url: string) => KINDS.find(([, re]) => re.test(new URL(url).pathname))?.[0] ?? 'other';

interface BenchWindow {
  __bench: { focus?: number; enter?: number; first?: number };
}

export async function coldSearch(browser: Browser, url: string, lang: string, query: string): Promise<ColdSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => {
      const state: BenchWindow['__bench'] = {};
      (window as unknown as BenchWindow).__bench = state;
      // Capture phase on window runs before the form sees the key, i.e. before the search starts.
      window.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') state.enter ??= performance.now();
        },
        { capture: true },
      );
      window.addEventListener('focusin', () => (state.focus ??= performance.now()), { capture: true });
      const list = document.querySelector('#search-results');
      if (!list) throw new Error('#search-results is missing');
      new MutationObserver((_, observer) => {
        if (list.querySelector('a')) {
          state.first ??= performance.now();
          observer.disconnect();
        }
      }).observe(list, { childList: true, subtree: true });
    });
    // Set the value without an input event: typing would start the debounced search before Enter.
    await page.$eval('#search-q', (input, q) => ((input as HTMLInputElement).value = q), query);
    await page.focus('#search-q');
    // Playwright reports the search worker's requests on the page too; timing() is in epoch milliseconds.
    const fetched: Promise<{ kind: string; bytes: number; start: number; end: number } | undefined>[] = [];
    page.on('requestfinished', (request) =>
      fetched.push(
        request.sizes().then(
          (s) => {
            const t = request.timing();
            const kind = kindOf(request.url());
            return { kind, bytes: s.responseBodySize, start: t.startTime, end: t.startTime + t.responseEnd };
          },
          // A request that finishes as the context closes has no sizes left to read; it came after the result.
          () => undefined,
        ),
      ),
    );
    const before = performance.now();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.first !== undefined, undefined, {
      timeout: 60_000,
    });
    const driverMs = performance.now() - before;
    const {
      focus = NaN,
      enter = NaN,
      first = NaN,
      origin,
    } = await page.evaluate(() => ({
      ...(window as unknown as BenchWindow).__bench,
      origin: performance.timeOrigin,
    }));
    const status = (await page.textContent('#search-status')) ?? '';
    const count = status.match(/(\d+)\s*(?:条结果|results?\b)/)?.[1];
    const done = (await Promise.all(fetched)).filter((f) => f !== undefined);
    const bytes = done.reduce((sum, f) => sum + f.bytes, 0);
    const timeline = KINDS.map(([kind]) => kind)
      .concat('other')
      .map((kind) => {
        const of = done.filter((f) => f.kind === kind);
        const at = (epoch: number) => epoch - origin - enter;
        const startMs = Math.min(...of.map((f) => at(f.start)));
        return { kind, count: of.length, startMs, doneMs: Math.max(...of.map((f) => at(f.end))) };
      })
      .filter((k) => k.count > 0);
    const results = count ? Number(count) : undefined;
    return {
      lang,
      query,
      ms: first - enter,
      fromFocusMs: first - focus,
      driverMs,
      results,
      requests: done.length,
      bytes,
      timeline,
    };
  } finally {
    await context.close();
  }
}

/** The median of several cold runs, each in its own fresh context, so one noisy run does not decide. */
export async function medianColdSearch(
  browser: Browser,
  url: string,
  lang: string,
  query: string,
  runs: number,
): Promise<ColdSearch & { runsMs: number[]; runsFromFocusMs: number[] }> {
  const all: ColdSearch[] = [];
  for (let i = 0; i < runs; i++) all.push(await coldSearch(browser, url, lang, query));
  const sorted = [...all].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as ColdSearch;
  const focusSorted = all.map((r) => r.fromFocusMs).sort((a, b) => a - b);
  return {
    ...median,
    fromFocusMs: focusSorted[Math.floor((focusSorted.length - 1) / 2)] ?? NaN,
    runsMs: all.map((r) => Math.round(r.ms)),
    runsFromFocusMs: all.map((r) => Math.round(r.fromFocusMs)),
  };
}
