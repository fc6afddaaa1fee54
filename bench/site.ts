/**
 * `npm run bench`: builds the site under the GitHub Pages base path into a
 * temporary folder, serves it locally, and measures what a reader pays: page
 * weight per page type and language, Pagefind's time to first result through the
 * real search UI, and Lighthouse. Prints tables, writes bench-results/bench.json,
 * and exits non-zero when a budget (tests/support/budgets.ts) fails. Times are
 * reported, never budgeted: they depend on the machine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/serve.ts';
import {
  BUDGETS,
  CASE_SLUG,
  budgetedPages,
  checkPageBytes,
  fontsBlockRendering,
  kib,
} from '../tests/support/budgets.ts';
import type { BudgetCheck } from '../tests/support/budgets.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { CATEGORIES, runLighthouse, type LighthouseRun, type Scheme } from './lighthouse.ts';
import { KINDS, measurePageWeight, type PageWeight } from '../tests/support/page-weight.ts';
import { coldSearchTable, medianColdSearch, type MedianColdSearch } from './cold-search.ts';
import { searchQuality, searchReport } from './search-quality.ts';
import { table } from './table.ts';
import { shareBuildReport, timeShareImageBuilds } from './share-build.ts';

const BASE = '/istio-production-cases/';
/** Every budgeted page (home, compare, search, each case; both languages), then the rest of the page types. */
const BUDGETED = budgetedPages();
const PAGES = [
  ...BUDGETED,
  { name: 'about (zh)', path: '/about/' },
  { name: 'about (en)', path: '/en/about/' },
  { name: '404', path: '/no-such-page/' },
];
/** Timed cold, per language: a broad query (most pages hold it) and a narrow one, each followed by a warm one. */
const SEARCHES = [
  {
    lang: 'zh',
    path: '/search/',
    queries: [
      ['边车', '可观测性'],
      ['蚂蚁金服', 'MOSN'],
    ],
  },
  {
    lang: 'en',
    path: '/en/search/',
    queries: [
      ['sidecar', 'observability'],
      ['Dubbo', 'footwear'],
    ],
  },
] as const;
const SEARCH_RUNS = 5;
/** The issue's set: home, a case, compare and search, in both languages (each in light and dark). */
const LIGHTHOUSE_PAGES = PAGES.filter(
  (p) => /^(home|compare|search) /.test(p.name) || p.name.startsWith(`${CASE_SLUG} `),
);
const SCHEMES: readonly Scheme[] = ['light', 'dark'];

type Named<T> = T & { name: string };
type Url = (path: string) => string;

const log = (message: string) => console.error(`[bench] ${message}`);
/** Floored, unlike Lighthouse's own rounding, so a 99.6 shows as 99 next to its FAIL. */
const score = (value: number | null) => (value === null ? '–' : String(Math.floor(value)));
const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);

async function weighPages(browser: Browser, url: Url): Promise<Named<PageWeight>[]> {
  const weights: Named<PageWeight>[] = [];
  for (const page of PAGES) {
    log(`Weighing ${page.name}…`);
    weights.push({ name: page.name, ...(await measurePageWeight(browser, url(page.path))) });
  }
  return weights;
}

/** Each query cold on fresh pages (the median of several), each followed on its page by another query, warm. */
async function timeSearches(browser: Browser, url: Url): Promise<MedianColdSearch[]> {
  const runs: MedianColdSearch[] = [];
  for (const { lang, path, queries } of SEARCHES) {
    for (const [query, warm] of queries) {
      log(`Searching (${lang}) “${query}” cold ${SEARCH_RUNS} times, each followed by “${warm}” warm…`);
      runs.push(await medianColdSearch(browser, url(path), lang, query, SEARCH_RUNS, warm));
    }
  }
  return runs;
}

/** Page weights and search timings share one Chromium; each measurement gets its own context. */
async function measureInBrowser(url: Url, origin: string, outDir: string) {
  const browser = await launchBrowser();
  try {
    const weights = await weighPages(browser, url);
    const searches = await timeSearches(browser, url);
    log('Search quality over the query table…');
    const quality = await searchQuality(browser, origin, BASE, outDir);
    return { chromium: browser.version(), weights, searches, quality };
  } finally {
    await browser.close();
  }
}

async function runLighthouses(url: Url): Promise<Named<LighthouseRun>[]> {
  const runs: Named<LighthouseRun>[] = [];
  for (const page of LIGHTHOUSE_PAGES) {
    for (const scheme of SCHEMES) {
      log(`Lighthouse on ${page.name}, ${scheme}…`);
      runs.push({ name: `${page.name} ${scheme}`, ...(await runLighthouse(url(page.path), scheme)) });
    }
  }
  return runs;
}

function checkBudgets(weights: Named<PageWeight>[], lighthouse: Named<LighthouseRun>[]): BudgetCheck[] {
  const measured = BUDGETED.map((page) => {
    const weight = weights.find((w) => w.name === page.name);
    if (!weight) throw new Error(`The budgeted page ${page.name} (${page.path}) was not measured.`);
    return { page, weight, checks: checkPageBytes(page, weight) };
  });
  // One row per budget with the heaviest page (the page-weight table has every page), plus a row per page over it.
  const budgetNames = ['everything before interaction', 'JS before interaction', 'JS before interaction (search UI)'];
  const byteChecks = budgetNames.flatMap((budget) => {
    const rows = measured.flatMap(({ page, weight, checks }) =>
      checks.filter((c) => c.name.endsWith(budget)).map((check) => ({ page, weight, check })),
    );
    if (rows.length === 0) return [];
    const bytesOf = (w: PageWeight) => (budget.startsWith('JS') ? w.jsBeforeInteraction : w.total);
    const heaviest = rows.reduce((a, b) => (bytesOf(b.weight) > bytesOf(a.weight) ? b : a));
    const summary = {
      name: `${budget}, each of ${rows.length} pages`,
      limit: heaviest.check.limit,
      actual: `${heaviest.check.actual} (${heaviest.page.name})`,
      pass: rows.every((r) => r.check.pass),
    };
    return [summary, ...rows.filter((r) => !r.check.pass).map((r) => r.check)];
  });
  const fonts = weights.flatMap((w) => w.fontRequests);
  const blocking = weights.filter(fontsBlockRendering).map((w) => w.name);
  const fontCheck = {
    name: 'no render-blocking web font (every page)',
    limit: 'none',
    actual: `${fonts.length} font requests${blocking.length ? `; blocking on ${blocking.join(', ')}` : ''}`,
    pass: blocking.length === 0,
  };
  const offline = {
    name: 'Lighthouse stayed on the local server',
    limit: 'no other origin',
    actual: `${lighthouse.flatMap((l) => l.offOrigin).length} other-origin requests`,
    pass: lighthouse.every((l) => l.offOrigin.length === 0),
  };
  const scoreChecks = lighthouse.map((run) => ({
    name: `Lighthouse ${run.name}: ${CATEGORIES.join(' / ')}`,
    limit: `all ${BUDGETS.lighthouseScore}`,
    actual: CATEGORIES.map((c) => score(run.scores[c])).join(' / '),
    pass: CATEGORIES.every((c) => run.scores[c] === BUDGETS.lighthouseScore),
  }));
  return [...byteChecks, fontCheck, offline, ...scoreChecks];
}

function report(
  buildMs: number,
  weights: Named<PageWeight>[],
  searches: MedianColdSearch[],
  lighthouse: Named<LighthouseRun>[],
  budgets: BudgetCheck[],
): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const notes = lighthouse.flatMap((l) => [
    ...l.warnings.map((w) => `  ${l.name} warning: ${w}`),
    ...l.offOrigin.map((u) => `  ${l.name} requested another origin: ${u}`),
    ...l.failing.map(
      (a) =>
        `  ${l.name} ${a.category}: ${a.id} (${a.title}) score ${a.score}` +
        `${a.displayValue ? `: ${a.displayValue}` : ''}${a.explanation ? ` — ${a.explanation}` : ''}`,
    ),
  ]);
  return [
    `Build (astro build + Pagefind, wall clock, base ${BASE}): ${(buildMs / 1000).toFixed(1)} s`,
    table(
      'Page weight, cold, before interaction (KiB, each body gzipped at the default level)',
      ['page', 'status', ...KINDS, 'total', 'requests', 'JS before interaction'],
      weights.map((w) => [
        w.name,
        String(w.status),
        ...KINDS.map((k) => kb(w.bytes[k])),
        kb(w.total),
        String(w.requests),
        kb(w.jsBeforeInteraction),
      ]),
    ),
    coldSearchTable('Search through the real page: time to the first result drawn', searches),
    table(
      'Lighthouse (default config: mobile, simulated throttling)',
      ['page', ...CATEGORIES, 'LCP', 'TBT', 'CLS'],
      lighthouse.map((l) => [
        l.name,
        ...CATEGORIES.map((c) => score(l.scores[c])),
        ms(l.lcpMs),
        ms(l.tbtMs),
        l.cls === null ? '–' : l.cls.toFixed(3),
      ]),
    ),
    table(
      'Budgets',
      ['result', 'budget', 'limit', 'actual'],
      budgets.map((b) => [b.pass ? 'PASS' : 'FAIL', b.name, b.limit, b.actual]),
      'llrr',
    ),
    // Below-1 audits can still round to a category of 100; listed so a slide towards 99 is visible early.
    '\nLighthouse audits below a perfect score (weighted ones), warnings and other-origin requests:',
    ...(notes.length ? notes : ['  none']),
  ].join('\n');
}

process.chdir(resolve(import.meta.dirname, '..'));
ensureChromium();
const work = mkdtempSync(join(tmpdir(), 'ipc-bench-'));
try {
  log(`Building under ${BASE}…`);
  const outDir = join(work, 'dist');
  // Several builds, timed with and without share images; the last (warm share-image cache) is the one measured.
  const shareBuilds = timeShareImageBuilds(
    work,
    // GitHub Actions sets GITHUB_REPOSITORY for the deployed site, so its case pages carry the report-an-error link.
    { BASE_PATH: BASE, SITE_URL: 'https://example.github.io', GITHUB_REPOSITORY: 'example/istio-production-cases' },
    outDir,
    log,
  );
  const build = { ms: shareBuilds.warmMs.at(-1) ?? 0 };

  const served = await serveStatic(outDir, BASE);
  const url: Url = (path) => `${served.origin}${BASE}${path.replace(/^\//, '')}`;
  try {
    const measured = await measureInBrowser(url, served.origin, outDir);
    const lighthouse = await runLighthouses(url);
    const budgets = checkBudgets(measured.weights, lighthouse);

    console.log(report(build.ms, measured.weights, measured.searches, lighthouse, budgets));
    console.log(searchReport(measured.quality));
    console.log(shareBuildReport(shareBuilds));
    mkdirSync('bench-results', { recursive: true });
    const json = {
      date: new Date().toISOString(),
      node: process.version,
      chromium: measured.chromium,
      base: BASE,
      budgets: BUDGETS,
      build: { ms: build.ms, shareImages: shareBuilds },
      pages: measured.weights,
      search: measured.searches,
      searchQuality: measured.quality,
      lighthouse,
      checks: budgets,
    };
    writeFileSync('bench-results/bench.json', `${JSON.stringify(json, null, 2)}\n`);
    const failed = budgets.filter((b) => !b.pass);
    console.log(
      failed.length
        ? `\n${failed.length} budget(s) failed. Full results: bench-results/bench.json`
        : `\nAll ${budgets.length} budgets pass (${kib(BUDGETS.listingPageBytes)} listing page, ${kib(BUDGETS.caseMarkupBytes)} case markup, ${kib(BUDGETS.jsBeforeInteraction)} JS). Full results: bench-results/bench.json`,
    );
    if (failed.length) process.exitCode = 1;
  } finally {
    await served.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
