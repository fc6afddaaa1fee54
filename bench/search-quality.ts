/**
 * The search part of `npm run bench`: the search-quality table (precision,
 * recall and first place per language, against the built pages' visible text)
 * and cold searches through the real page, timed from Enter and from focus,
 * median of several fresh contexts. Times are printed, never budgeted.
 */
import type { Browser } from 'playwright-core';
import { KNOWN_MISSES } from '../tests/support/search-quality-table.ts';
import { measureSearchQuality, type LangQuality, type QueryQuality } from '../tests/support/search-quality.ts';
import { medianColdSearch } from './cold-search.ts';
import { table } from './table.ts';

/** Queries timed cold at every run: one that finds many pages, one that finds one case, per language. */
export const COLD_QUERIES = [
  { lang: 'zh', path: '/search/', queries: ['可观测性', '蚂蚁金服'] },
  { lang: 'en', path: '/en/search/', queries: ['observability', 'Dubbo'] },
] as const;
export const COLD_RUNS = 5;

export type ColdRun = Awaited<ReturnType<typeof medianColdSearch>>;

export async function coldSearches(browser: Browser, url: (path: string) => string): Promise<ColdRun[]> {
  const runs: ColdRun[] = [];
  for (const { lang, path, queries } of COLD_QUERIES) {
    for (const query of queries) runs.push(await medianColdSearch(browser, url(path), lang, query, COLD_RUNS));
  }
  return runs;
}

export const searchQuality = measureSearchQuality;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function searchReport(quality: { queries: QueryQuality[]; languages: LangQuality[] }, cold: ColdRun[]) {
  const problems = quality.queries.filter((q) => q.wrong.length || q.missed.length || q.firstOk === false);
  return [
    table(
      'Search quality: results of the real search page against the built pages’ visible text\n' +
        '(precision = results that hold the query; recall = pages holding it that were found; first = intended page ranked first)',
      ['lang', 'queries', 'precision', 'recall', 'first', 'nonsense: nothing, said so'],
      quality.languages.map((l) => [
        l.lang,
        String(l.queries),
        pct(l.precision),
        pct(l.recall),
        `${l.firstRanked}/${l.firstAsked}`,
        `${l.nothingSaid}/${l.nothing}`,
      ]),
      'lrrrrr',
    ),
    table(
      'Search quality per query',
      ['lang', 'kind', 'query', 'results', 'relevant', 'wrong', 'missed', 'first'],
      quality.queries.map((q) => [
        q.lang,
        q.kind,
        q.query,
        String(q.results.length),
        String(q.relevant.length),
        q.wrong.join(' ') || '–',
        [...q.missed, ...q.explained.map((p) => `${p} (known)`)].join(' ') || '–',
        q.first ? (q.firstOk ? `✓ ${q.first}` : `✗ ${q.results[0] ?? 'nothing'}`) : '–',
      ]),
      'lllrrlll',
    ),
    '\nKnown misses (Pagefind segmentation):',
    ...(KNOWN_MISSES.length ? KNOWN_MISSES.map((m) => `  ${m.lang} "${m.query}" ${m.path}: ${m.reason}`) : ['  none']),
    problems.length ? `\n${problems.length} quer(ies) with a wrong result, an unexplained miss or the wrong first` : '',
    table(
      `Cold search through the real page (fresh context, median of ${COLD_RUNS}): from Enter, and from focus of the box\n` +
        '(the page starts loading Pagefind on focus; Enter follows at once) to the first result drawn',
      ['lang', 'query', 'from Enter', 'runs', 'from focus', 'runs', 'results', 'fetched'],
      cold.map((c) => [
        c.lang,
        c.query,
        `${Math.round(c.ms)} ms`,
        c.runsMs.join(' '),
        `${Math.round(c.fromFocusMs)} ms`,
        c.runsFromFocusMs.join(' '),
        String(c.results ?? '?'),
        `${(c.bytes / 1024).toFixed(0)} KiB / ${c.requests}`,
      ]),
      'llrlrlrr',
    ),
  ].join('\n');
}
