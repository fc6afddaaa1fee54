/**
 * The one search timer, used by `npm run bench` and `npm run bench:scale`.
 *
 * Cold search through the real UI: a fresh Chromium context (empty cache, no
 * Pagefind loaded), the query set into #search-q, the box focused, Enter
 * pressed, and the time until the first result link exists in
 * #search-results. Every instant is taken inside the page (performance.now()),
 * so browser-driver latency is not counted; the driver-side wall time is kept
 * as a cross-check. The search page marks its own steps (performance.mark
 * "search:…": Pagefind started, candidates found, first fragments in, first
 * draw), so a run also says where the time went. A warm query on the same page
 * may follow. Each figure is the median of several such runs.
 */
import type { Browser, Page } from 'playwright-core';
import { table } from './table.ts';

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
  /** Result count the page reports in its status line (an estimate while it says "about"). */
  results: number | undefined;
  /** The first result's path. */
  firstResult: string;
  /** The page's own marks (search:…), ms after Enter; negative when before it. */
  steps: Record<string, number>;
  /** Requests finished, and their response bytes, from pressing Enter until the first result showed. */
  requests: number;
  bytes: number;
  /** Per kind of file: how many were fetched, when the first was requested and the last finished, ms after Enter. */
  timeline: { kind: string; count: number; startMs: number; doneMs: number }[];
  /** A second query typed on the same page once the first has settled: Enter → first result. */
  warm?: { query: string; ms: number };
}

export interface MedianColdSearch extends ColdSearch {
  runsMs: number[];
  runsFromFocusMs: number[];
}

/** What a request fetches, from its file name. */
const KINDS: [string, RegExp][] = [
  ['results code', /\/search-results\.[\w-]+\.js$/],
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

/** Starts the in-page clock: Enter and focus (capture phase, before the page sees them) and the first result link. */
function installClock(page: Page) {
  return page.evaluate(() => {
    const state: BenchWindow['__bench'] = {};
    (window as unknown as BenchWindow).__bench = state;
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
}

/** Enter → first result of a second query on a page whose search has settled. */
async function warmSearch(page: Page, query: string): Promise<number> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  // Escape is the page's own way to clear the results, so the next first link is the new query's.
  await page.press('#search-q', 'Escape');
  await page.waitForFunction(() => !document.querySelector('#search-results a'));
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const list = document.querySelector('#search-results') as Element;
        const input = document.querySelector('#search-q') as HTMLInputElement;
        input.value = q;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (list.querySelector('a')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(list, { childList: true, subtree: true });
        input.form?.requestSubmit();
      }),
    query,
  );
}

export async function coldSearch(
  browser: Browser,
  url: string,
  lang: string,
  query: string,
  warm?: string,
): Promise<ColdSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await installClock(page);
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
      marks,
      firstResult,
    } = await page.evaluate(() => ({
      ...(window as unknown as BenchWindow).__bench,
      origin: performance.timeOrigin,
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('search:'))
        .map((m) => [m.name.slice('search:'.length), m.startTime] as const),
      firstResult: new URL((document.querySelector('#search-results a') as HTMLAnchorElement).href).pathname,
    }));
    const status = (await page.textContent('#search-status')) ?? '';
    const count = status.match(/(\d+)\s*(?:条结果|results?\b)/)?.[1];
    const done = (await Promise.all(fetched)).filter((f) => f !== undefined);
    const timeline = KINDS.map(([kind]) => kind)
      .concat('other')
      .map((kind) => {
        const of = done.filter((f) => f.kind === kind);
        const at = (epoch: number) => epoch - origin - enter;
        const startMs = Math.min(...of.map((f) => at(f.start)));
        return { kind, count: of.length, startMs, doneMs: Math.max(...of.map((f) => at(f.end))) };
      })
      .filter((k) => k.count > 0);
    const run: ColdSearch = {
      lang,
      query,
      ms: first - enter,
      fromFocusMs: first - focus,
      driverMs,
      results: count ? Number(count) : undefined,
      // A site path, without the base the search page sits under.
      firstResult: `/${firstResult.slice(new URL(url).pathname.replace(/(en\/)?search\/$/, '').length)}`,
      // The first of each mark: a later batch marks again.
      steps: Object.fromEntries([...marks].reverse().map(([name, at]) => [name, Math.round(at - enter)])),
      requests: done.length,
      bytes: done.reduce((sum, f) => sum + f.bytes, 0),
      timeline,
    };
    if (warm) run.warm = { query: warm, ms: await warmSearch(page, warm) };
    return run;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/** The median of several cold runs, each in its own fresh context, so one noisy run does not decide. */
export async function medianColdSearch(
  browser: Browser,
  url: string,
  lang: string,
  query: string,
  runs: number,
  warm?: string,
): Promise<MedianColdSearch> {
  const all: ColdSearch[] = [];
  for (let i = 0; i < runs; i++) all.push(await coldSearch(browser, url, lang, query, warm));
  const sorted = [...all].sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as ColdSearch;
  const warmMs = all.flatMap((r) => (r.warm ? [r.warm.ms] : []));
  return {
    ...middle,
    fromFocusMs: median(all.map((r) => r.fromFocusMs)),
    ...(warm ? { warm: { query: warm, ms: median(warmMs) } } : {}),
    runsMs: all.map((r) => Math.round(r.ms)),
    runsFromFocusMs: all.map((r) => Math.round(r.fromFocusMs)),
  };
}

/** `fragment×20 +190→+240`: requested first at, and last one finished at, ms after Enter. */
export const fetchTimeline = (s: ColdSearch) =>
  s.timeline
    .map((k) => `${k.kind}${k.count > 1 ? `×${k.count}` : ''} +${Math.round(k.startMs)}→+${Math.round(k.doneMs)}`)
    .join(', ');

/** The page's own steps, ms after Enter: `engine +40, candidates +95, data +130, drawn +150`. */
export const stepLine = (s: ColdSearch) =>
  Object.entries(s.steps)
    .map(([name, at]) => `${name} ${at >= 0 ? '+' : ''}${at}`)
    .join(', ');

/** The table both benchmarks print. */
export function coldSearchTable(title: string, runs: readonly MedianColdSearch[]): string {
  const runsOf = (ms: number[]) => ms.join(' ');
  return [
    table(
      `${title}\n(fresh context per run, median of ${runs[0]?.runsMs.length ?? 0}; from Enter, and from focus of the box,` +
        ' which starts loading Pagefind, with Enter at once, to the first result drawn)',
      ['lang', 'query', 'from Enter', 'runs', 'from focus', 'runs', 'results', 'first', 'warm', 'fetched'],
      runs.map((c) => [
        c.lang,
        c.query,
        `${Math.round(c.ms)} ms`,
        runsOf(c.runsMs),
        `${Math.round(c.fromFocusMs)} ms`,
        runsOf(c.runsFromFocusMs),
        String(c.results ?? '?'),
        c.firstResult,
        c.warm ? `${c.warm.query} ${Math.round(c.warm.ms)} ms` : '–',
        `${(c.bytes / 1024).toFixed(0)} KiB / ${c.requests}`,
      ]),
      'llrlrlrllr',
    ),
    '  where the median run’s time went (ms after Enter; page marks, then requests from start to done):',
    ...runs.map((c) => `  ${c.lang} "${c.query}": ${stepLine(c) || 'no marks'}; ${fetchTimeline(c)}`),
  ].join('\n');
}
