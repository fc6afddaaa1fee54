/**
 * Scale benchmark: `npm run bench:scale -- [N …]` (default 100 1000).
 *
 * For each N it writes N synthetic case studies (seeded, so every run builds the
 * same site) next to a copy of the real ones, runs a real production build
 * against them, measures wall time, phases, the process tree's peak memory and
 * the output sizes, then serves the result and times cold searches in Chromium.
 * A baseline with no synthetic cases runs first, so fixed cost and per-case cost
 * can be told apart. Results go to bench-results/scale.json; temp folders are
 * removed afterwards.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureChromium } from '../tests/support/chromium.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildPhases, routeTimes } from './build-phases.ts';
import { medianColdSearch } from './cold-search.ts';
import { dirSize } from './dir-size.ts';
import { heaviestListings } from './listing-weights.ts';
import { cpuSeconds, measureBuild } from './measure-build.ts';
import {
  busyWarning,
  listingLines,
  phaseTable,
  shareImageLines,
  summaryTable,
  targetLines,
  targets,
  type ScaleRow,
} from './scale-report.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { serveStatic } from '../tests/support/serve.ts';

const BASE = '/istio-production-cases/';
const SEED = 2018;
/** Cold searches per query; the median is reported. */
const SEARCH_RUNS = 3;
/** Words nearly every case uses, real or cloned, so these hit nearly every case. */
const MANY = { zh: '边车', en: 'sidecar' } as const;

// Astro and the content copy both resolve paths from the repository root.
process.chdir(join(import.meta.dirname, '..'));

const asked = process.argv.slice(2).map(Number);
if (asked.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error('Usage: npm run bench:scale -- [N …]   (N = number of synthetic cases; default 100 1000)');
  process.exit(2);
}
const sizes = [...new Set([0, ...(asked.length ? asked : [100, 1000])])].sort((a, b) => a - b);

let current: string | undefined;
process.on('SIGINT', () => {
  if (current) rmSync(current, { recursive: true, force: true });
  process.exit(130);
});

async function searchAll(outDir: string, fewQuery: string) {
  const served = await serveStatic(outDir, BASE);
  ensureChromium();
  const browser = await launchBrowser();
  try {
    const url = (lang: 'zh' | 'en') => `${served.origin}${BASE}${lang === 'en' ? 'en/' : ''}search/`;
    const results = [];
    for (const lang of ['zh', 'en'] as const) {
      for (const query of [MANY[lang], fewQuery]) {
        results.push(await medianColdSearch(browser, url(lang), lang, query, SEARCH_RUNS));
      }
    }
    return results;
  } finally {
    await browser.close();
    await served.close();
  }
}

/** The same content again: without share images, then with only the first build's share-image cache kept. */
async function timeShareImages(n: number, work: string, content: string, og: string) {
  const env = (name: string) => ({
    CONTENT_DIR: content,
    OUT_DIR: join(work, `dist-${name}`),
    ASTRO_CACHE_DIR: join(work, `cache-${name}`),
    BASE_PATH: BASE,
    SITE_URL: 'https://example.github.io',
  });
  console.log(`[N=${n}] building again without share images, then with a warm share-image cache…`);
  const without = await measureBuild({ ...env('without'), SHARE_IMAGES: 'off' });
  cpSync(join(work, 'cache', 'share-images'), join(work, 'cache-warm', 'share-images'), { recursive: true });
  const warm = await measureBuild(env('warm'));
  if (without.status !== 0 || warm.status !== 0) return undefined;
  rmSync(join(work, 'dist-without'), { recursive: true, force: true });
  rmSync(join(work, 'dist-warm'), { recursive: true, force: true });
  return {
    images: readdirSync(og).length,
    withoutMs: without.ms,
    warmMs: warm.ms,
    withoutCpuS: cpuSeconds(without),
    warmCpuS: cpuSeconds(warm),
  };
}

async function runOne(n: number): Promise<ScaleRow> {
  const work = mkdtempSync(join(tmpdir(), `ipc-scale-${n}-`));
  current = work;
  try {
    const genStart = performance.now();
    const content = join(work, 'content');
    const stats = writeSyntheticContent('src/content', content, n, SEED);
    const generateMs = performance.now() - genStart;
    console.log(
      `\n[N=${n}] wrote ${n} synthetic + ${stats.real} real cases in ${(generateMs / 1000).toFixed(1)} s; building…`,
    );
    const outDir = join(work, 'dist');
    const build = await measureBuild({
      CONTENT_DIR: content,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: BASE,
      SITE_URL: 'https://example.github.io',
    });
    const row: ScaleRow = {
      n,
      cases: n + stats.real,
      status: build.status,
      generateMs,
      contentBytes: stats.bytes,
      articleLength: { zhHanMean: stats.length.zh.mean, enWordsMean: stats.length.en.mean },
      buildMs: build.ms,
      pages: 0,
      pagefindPages: Number(build.lines.map((l) => l.text.match(/Read (\d+) pages/)?.[1]).find(Boolean)) || undefined,
      peakTreeRss: build.peakTreeRss,
      peakAtMs: build.peakAtMs,
      rssSamples: build.samples,
      processes: build.processes,
      distBytes: 0,
      pagefindBytes: 0,
      pagefindFiles: 0,
      phases: buildPhases(build.lines, build.ms),
      routes: routeTimes(build.lines),
      viteWarnings: build.lines.filter((l) => l.text.includes('MODULE_LEVEL_DIRECTIVE')).length,
      cpu: build.cpu,
      cpuSeconds: cpuSeconds(build),
      searches: [],
    };
    if (build.status !== 0) {
      const errors = build.lines.filter((l) => /error|fail|heap|killed/i.test(l.text)).slice(-20);
      row.error =
        errors.map((l) => l.text).join('\n') ||
        build.lines
          .slice(-20)
          .map((l) => l.text)
          .join('\n');
      console.log(`[N=${n}] build FAILED with status ${build.status}:\n${row.error}`);
      return row;
    }
    const share = await timeShareImages(n, work, content, join(outDir, 'og'));
    if (share) row.shareImages = share;
    const dist = dirSize(outDir);
    const index = dirSize(join(outDir, 'pagefind'));
    Object.assign(row, {
      pages: dist.html,
      distBytes: dist.bytes,
      pagefindBytes: index.bytes,
      pagefindFiles: index.files,
    });
    row.listingGzip = heaviestListings(outDir);
    // The rarest codename stands for a query that finds only a few cases (the baseline has none: use a real company).
    const rare = [...stats.codenames].sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'Trulia';
    row.searches = await searchAll(outDir, rare);
    console.log(
      `[N=${n}] built in ${(build.ms / 1000).toFixed(1)} s; searched "${MANY.zh}", "${MANY.en}" and "${rare}".`,
    );
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
    current = undefined;
  }
}

const rows: ScaleRow[] = [];
for (const n of sizes) rows.push(await runOne(n));

const results = targets(rows);
console.log(
  `\nScale benchmark (seed ${SEED}; ${availableParallelism()} CPUs; N = synthetic cases, plus the real ones):\n`,
);
console.log(summaryTable(rows));
console.log('\nWhere the build time goes (phases from Astro’s output, each line stamped on arrival):\n');
for (const row of rows.filter((r) => r.status === 0)) console.log(`${phaseTable(row)}\n`);
console.log('Listing pages, gzip HTML with inlined CSS (budget 18 KiB each at any N):');
console.log(`${listingLines(rows) || '  not measured'}\n`);
console.log('Share images’ part of the build time (cold: every image drawn; warm: the share-image cache kept):');
console.log(`${shareImageLines(rows) || '  not measured'}\n`);
console.log('Targets (times are measurements, not tests):');
console.log(targetLines(results));
const warning = busyWarning(rows);
if (warning) console.log(warning);

mkdirSync('bench-results', { recursive: true });
const report = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: availableParallelism(), cpuModel: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version },
  seed: SEED,
  basePath: BASE,
  method: {
    buildTime: 'wall time from spawning `astro build` to its exit, cold cache (fresh ASTRO_CACHE_DIR and OUT_DIR)',
    phases: 'each stdout/stderr line stamped on arrival; a phase ends at the first line that marks its end',
    cpu: 'from /proc/stat and the tree’s utime+stime: share of all CPUs’ time used by the build and by other processes',
    peakMemory:
      'highest sum of VmRSS over the build process tree (astro + Pagefind binary + any child), sampled from /proc every 100 ms; processes[].hwm is each process’s VmHWM',
    distSize: 'sum of file sizes under dist/ (pagefind: dist/pagefind)',
    coldSearch: `fresh Chromium context per run, median of ${SEARCH_RUNS} runs; in-page performance.now() from the Enter keydown to the first <a> in #search-results`,
  },
  rows,
  targets: results,
};
writeFileSync('bench-results/scale.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWrote bench-results/scale.json');
