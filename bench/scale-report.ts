/** Formats the scale benchmark's results: the summary table, the phase breakdown and the targets. */
import { table } from './table.ts';
import type { Phase, RouteTimes } from './build-phases.ts';
import { fetchTimeline, stepLine, type ColdSearch } from './cold-search.ts';
import type { ListingWeight } from './listing-weights.ts';
import type { ProcessPeak } from './measure-build.ts';

export interface ScaleRow {
  /** Synthetic cases; the real ones are added on top. */
  n: number;
  cases: number;
  status: number | null;
  error?: string;
  generateMs: number;
  contentBytes: number;
  articleLength: { zhHanMean: number; enWordsMean: number };
  buildMs: number;
  pages: number;
  pagefindPages: number | undefined;
  peakTreeRss: number;
  peakAtMs: number;
  rssSamples: number;
  processes: ProcessPeak[];
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  phases: Phase[];
  routes: RouteTimes;
  viteWarnings: number;
  /** Shares of all CPUs' time during the build used by the build itself and by other processes. */
  cpu: { build: number; other: number };
  searches: (ColdSearch & { runsMs: number[]; runsFromFocusMs?: number[] })[];
  /** CPU seconds of the build's process tree (astro, Pagefind, …): fairer than wall time on a shared machine. */
  cpuSeconds?: number;
  /** The same content built again without share images, and with a warm share-image cache (buildMs is cold). */
  shareImages?: { images: number; withoutMs: number; warmMs: number; withoutCpuS?: number; warmCpuS?: number };
  /** The heaviest page of each listing (gzip HTML, CSS inlined, no script), which must not grow with N. */
  listingGzip?: Record<string, ListingWeight>;
}

export const LISTING_BUDGET_BYTES = 18 * 1024;

/** Per size, one line per listing: its heaviest page's gzip bytes against the 18 KiB budget. */
export function listingLines(rows: ScaleRow[]): string {
  return rows
    .filter((r) => r.listingGzip)
    .map((r) => {
      const cells = Object.entries(r.listingGzip ?? {}).map(
        ([kind, { page, bytes, pages }]) =>
          `    ${kind.padEnd(13)} ${(bytes / 1024).toFixed(1).padStart(5)} KiB ${bytes <= LISTING_BUDGET_BYTES ? 'PASS' : 'FAIL'}  (heaviest of ${pages} pages: /${page})`,
      );
      return [`  N=${r.n} (${r.cases} cases):`, ...cells].join('\n');
    })
    .join('\n');
}

export const BUDGET = { buildMsAt1000: 60_000, coldSearchMs: 250, marginalGrowth: 1.5 } as const;

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const sec = (ms: number) => (ms / 1000).toFixed(1);
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

const searchCell = (row: ScaleRow, lang: string) =>
  row.searches
    .filter((s) => s.lang === lang)
    .map((s) => `${Math.round(s.ms)}`)
    .join('/') || '-';

export function summaryTable(rows: readonly ScaleRow[]): string {
  return table(
    '',
    [
      'N',
      'cases',
      'pages',
      'build s',
      's/100 cases',
      'peak MiB',
      'dist MiB',
      'pagefind MiB',
      'zh ms many/few',
      'en ms many/few',
    ],
    rows.map((r) => [
      String(r.n),
      String(r.cases),
      String(r.pages),
      r.status === 0 ? sec(r.buildMs) : `FAILED (${sec(r.buildMs)})`,
      r.n ? ((r.buildMs / 1000 / r.n) * 100).toFixed(2) : '-',
      mib(r.peakTreeRss),
      mib(r.distBytes),
      mib(r.pagefindBytes),
      searchCell(r, 'zh'),
      searchCell(r, 'en'),
    ]),
    '',
  );
}

export function phaseTable(row: ScaleRow): string {
  const body = row.phases.map((p) => [p.name, sec(p.ms), `${((p.ms / row.buildMs) * 100).toFixed(0)}%`]);
  const slow = row.routes.slowest.map((r) => `${r.path} ${r.ms} ms`).join(', ');
  const procs = row.processes
    .filter((p) => p.hwm > 8 * 2 ** 20)
    .map((p) => `${p.name} ${mib(p.hwm)} MiB`)
    .join(', ');
  return [
    `N = ${row.n} (${row.cases} cases, build ${sec(row.buildMs)} s, ${row.cpuSeconds?.toFixed(1) ?? '?'} CPU s; the build used ${pct(row.cpu.build)} of the CPUs, other processes ${pct(row.cpu.other)}):`,
    table('', ['phase', 's', 'share'], body, 'l'),
    `  render: ${row.routes.pages} pages, Astro's per-page times sum to ${sec(row.routes.totalMs)} s; slowest: ${slow}`,
    `  memory: tree peak ${mib(row.peakTreeRss)} MiB at ${sec(row.peakAtMs)} s (${row.rssSamples} samples); per-process VmHWM: ${procs}`,
    `  vite printed ${row.viteWarnings} MODULE_LEVEL_DIRECTIVE warnings (one per MDX article)`,
    ...row.searches.map(
      (s) =>
        `  search ${s.lang} "${s.query}": median ${Math.round(s.ms)} ms from Enter [${s.runsMs.join(', ')}], ${Math.round(s.fromFocusMs)} ms from focus [${(s.runsFromFocusMs ?? []).join(', ')}] (${Math.round(s.driverMs)} ms via driver), ${s.results ?? '?'} results, ${s.requests} requests, ${(s.bytes / 1024).toFixed(0)} KiB; page steps: ${stepLine(s)}; requested→done: ${fetchTimeline(s)}`,
    ),
  ].join('\n');
}

export interface TargetResult {
  name: string;
  pass: boolean | undefined;
  detail: string;
}

export function targets(rows: readonly ScaleRow[]): TargetResult[] {
  const ok = rows.filter((r) => r.status === 0);
  const at1000 = ok.find((r) => r.n === 1000);
  const searches = ok.flatMap((r) => r.searches.map((s) => ({ n: r.n, ...s })));
  const worst = searches.reduce<(typeof searches)[number] | undefined>(
    (w, s) => (!w || s.ms > w.ms ? s : w),
    undefined,
  );
  const sorted = [...ok].sort((a, b) => a.n - b.n);
  const marginals = sorted.slice(1).map((r, i) => {
    const prev = sorted[i] as ScaleRow;
    return { from: prev.n, to: r.n, per100: ((r.buildMs - prev.buildMs) / 1000 / (r.n - prev.n)) * 100 };
  });
  const first = marginals[0];
  const last = marginals.at(-1);
  return [
    {
      // With a warm share-image cache where measured: the images are drawn once, then cached between builds.
      name: `build of 1,000 synthetic cases ≤ ${BUDGET.buildMsAt1000 / 1000} s (warm share-image cache)`,
      pass: at1000 ? (at1000.shareImages?.warmMs ?? at1000.buildMs) <= BUDGET.buildMsAt1000 : undefined,
      detail: at1000
        ? `${sec(at1000.shareImages?.warmMs ?? at1000.buildMs)} s (cold cache ${sec(at1000.buildMs)} s)`
        : 'N = 1000 not run',
    },
    {
      name: `cold search ≤ ${BUDGET.coldSearchMs} ms (every query, every N)`,
      pass: worst ? worst.ms <= BUDGET.coldSearchMs : undefined,
      detail: worst
        ? `worst ${Math.round(worst.ms)} ms (${worst.lang} "${worst.query}", N = ${worst.n})`
        : 'no searches ran',
    },
    {
      name: `roughly linear: marginal s/100 cases at the largest step ≤ ${BUDGET.marginalGrowth}× the first step`,
      pass: first && last && marginals.length > 1 ? last.per100 <= BUDGET.marginalGrowth * first.per100 : undefined,
      detail: marginals.length
        ? marginals.map((m) => `${m.from}→${m.to}: ${m.per100.toFixed(2)} s/100`).join(', ')
        : 'needs at least two sizes',
    },
  ];
}

/** Share images' part of the build time: cold (buildMs, everything drawn) and warm (only the cache folder kept). */
export function shareImageLines(rows: readonly ScaleRow[]): string {
  return rows
    .filter((r) => r.status === 0 && r.shareImages)
    .map((r) => {
      const { images, withoutMs, warmMs, withoutCpuS, warmCpuS } = r.shareImages as NonNullable<
        ScaleRow['shareImages']
      >;
      const part = (ms: number) =>
        `${sec(ms - withoutMs)} s of ${sec(ms)} s (${pct(Math.max(0, ms - withoutMs) / ms)})`;
      const cpu = (of: number | undefined) =>
        of !== undefined && withoutCpuS !== undefined
          ? `; CPU ${(of - withoutCpuS).toFixed(1)} of ${of.toFixed(1)} s (${pct(Math.max(0, of - withoutCpuS) / of)})`
          : '';
      return [
        `  N = ${r.n}: ${images} images; without them ${sec(withoutMs)} s${withoutCpuS === undefined ? '' : ` (${withoutCpuS.toFixed(1)} CPU s)`}`,
        `    cold cache: ${part(r.buildMs)}${cpu(r.cpuSeconds)}`,
        `    warm cache: ${part(warmMs)}${cpu(warmCpuS)}`,
      ].join('\n');
    })
    .join('\n');
}

export const targetLines = (results: readonly TargetResult[]) =>
  results.map((t) => `${t.pass === undefined ? 'N/A ' : verdict(t.pass)}  ${t.name}: ${t.detail}`).join('\n');

/** A warning when other work shared the CPUs during a build, which inflates its times. */
export function busyWarning(rows: readonly ScaleRow[]): string | undefined {
  const busy = rows.filter((r) => r.cpu.other > 0.1);
  if (!busy.length) return undefined;
  const list = busy.map((r) => `N = ${r.n} (${pct(r.cpu.other)} of the CPUs)`).join(', ');
  return `Caution: other processes used the CPUs during the build at ${list}; times there are inflated.`;
}
