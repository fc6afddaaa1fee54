/**
 * The search-quality table (tests/support/search-quality-table.ts) through the
 * real search page, against ground truth read from the built pages' visible
 * text: every result holds the query, every page that holds it is found (or is
 * a listed, explained miss), the intended page comes first (cases before other
 * kinds of page for a company, industry or capability), and nonsense finds
 * nothing and says so. The same run prints its figures in `npm run bench`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { measureSearchQuality, type LangQuality, type QueryQuality } from '../support/search-quality';
import { site } from '../support/site';

let browser: Browser;
let queries: QueryQuality[] = [];
let languages: LangQuality[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ queries, languages } = await measureSearchQuality(browser, site().origin, site().base, site().outDir));
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe.each(['zh', 'en'] as const)('search quality (%s)', (lang) => {
  const mine = () => queries.filter((q) => q.lang === lang);
  it('asks at least 40 queries', () => {
    expect(mine().length).toBeGreaterThanOrEqual(40);
  });
  it('shows only pages whose visible text holds the query', () => {
    expect(
      mine()
        .filter((q) => q.wrong.length)
        .map((q) => `${q.query}: ${q.wrong.join(', ')}`),
    ).toEqual([]);
    expect(languages.find((l) => l.lang === lang)?.precision).toBeGreaterThanOrEqual(0.95);
  });
  it('finds every page that holds the query, but for the listed, explained misses', () => {
    expect(
      mine()
        .filter((q) => q.missed.length)
        .map((q) => `${q.query}: ${q.missed.join(', ')}`),
    ).toEqual([]);
  });
  it('ranks the intended case first', () => {
    expect(
      mine()
        .filter((q) => q.firstOk === false)
        .map((q) => `${q.query}: ${q.results[0]}`),
    ).toEqual([]);
  });
  it('ranks every case above other kinds of page when the query names a company, industry or capability', () => {
    const isCase = (path: string) => /\/cases\//.test(path);
    expect(
      mine()
        .filter((q) => ['company', 'industry', 'capability'].includes(q.kind))
        .filter(
          (q) =>
            q.results.findLastIndex(isCase) > q.results.findIndex((p) => !isCase(p)) &&
            q.results.some((p) => !isCase(p)),
        )
        .map((q) => `${q.query}: ${q.results.join(', ')}`),
    ).toEqual([]);
  });
  it('finds nothing for nonsense, and says so', () => {
    const nonsense = mine().filter((q) => q.kind === 'nonsense');
    expect(nonsense.length).toBeGreaterThan(0);
    for (const q of nonsense) {
      expect(q.results).toEqual([]);
      expect(q.status).toContain(q.query);
    }
  });
});
