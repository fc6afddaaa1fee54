/**
 * The search-quality table (tests/support/search-quality-table.ts) through the
 * real search page, against ground truth read from the built pages' visible
 * text: every result holds the query, every page that holds it is found (or is
 * a listed, explained miss), the intended page comes first (cases before other
 * kinds of page for a company, industry or capability), another word for an
 * industry, platform or capability finds what its label finds and says what
 * else it searched, and nonsense finds nothing and says so. The same run prints its figures in `npm run bench`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { launchBrowser } from '../support/browser';
import { measureSearchQuality, type LangQuality, type QueryQuality } from '../support/search-quality';
import { site } from '../support/site';

let browser: Browser;
let queries: QueryQuality[] = [];
let languages: LangQuality[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ queries, languages } = await measureSearchQuality(browser, site().origin, site().base, site().outDir));
}, 420_000);
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
        .filter((q) => ['company', 'industry', 'capability', 'alias'].includes(q.kind))
        .filter(
          (q) =>
            q.results.findLastIndex(isCase) > q.results.findIndex((p) => !isCase(p)) &&
            q.results.some((p) => !isCase(p)),
        )
        .map((q) => `${q.query}: ${q.results.join(', ')}`),
    ).toEqual([]);
  });
  it('finds pages for another word of an industry, platform or capability, and says what else it searched', () => {
    const aliases = mine().filter((q) => q.kind === 'alias');
    expect(aliases.length).toBeGreaterThan(0);
    const { alsoSearched, termSeparator } = t(lang).search;
    expect(
      aliases
        .filter((q) => !q.alternatives.length || !q.results.length)
        .map((q) => `${q.query}: ${q.alternatives.length} alternatives, ${q.results.length} results`),
    ).toEqual([]);
    for (const q of mine())
      expect(q.also, q.query).toBe(
        q.alternatives.length ? alsoSearched.replace('{terms}', q.alternatives.join(termSeparator)) : '',
      );
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
