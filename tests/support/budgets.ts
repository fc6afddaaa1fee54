/**
 * The byte and score budgets, in one place so that `npm run bench` and the e2e
 * budgets test enforce the same numbers. Times are never budgets: they vary with
 * the machine, bytes and scores do not.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/lib/content/dir.ts';
import { LANGS, LANGUAGES } from '../../src/lib/languages.ts';

const KIB = 1024;

export const BUDGETS = {
  /** Everything a listing page (home, compare, search) loads before any interaction, gzip bytes. */
  listingPageBytes: 18 * KIB,
  /**
   * What a case page adds beyond its text, gzip bytes (PageWeight.markup): the
   * words of a case are never cut to fit, the markup, styles and scripts are.
   */
  caseMarkupBytes: 12 * KIB,
  /** JavaScript on a reading page by load + network idle, inline scripts included, gzip bytes. */
  jsBeforeInteraction: 1 * KIB,
  /** Web font requests allowed; none means none can block rendering. */
  fontRequests: 0,
  /** Every Lighthouse category, out of 100. */
  lighthouseScore: 100,
} as const;

/** One representative case, for the benchmark's Lighthouse and search runs; the byte budgets cover every case. */
export const CASE_SLUG = 'trulia';

export interface BudgetedPage {
  /** A case's slug and language, or a page type and language, e.g. `trulia (en)`, `home (zh)`. */
  name: string;
  /** Site path, before the base path. */
  path: string;
  /** A case page: held to the markup budget rather than the total, which grows with its article. */
  isCase: boolean;
  /**
   * Reading pages are held to the 1 KiB JavaScript budget. The search page is not
   * one: it has its own, larger budget for its search box (see jsLimit).
   */
  reading: boolean;
}

/** Every case's slug, from the content collection (one YAML file per case), so a new case is budgeted as it lands. */
export const caseSlugs = (): string[] =>
  readdirSync(join(contentDir, 'cases'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();

const localized = (lang: (typeof LANGS)[number], path: string) =>
  LANGUAGES[lang].prefix ? `/${LANGUAGES[lang].prefix}${path}` : path;

/**
 * Pages held to the byte budget, by both the benchmark and the e2e test: home,
 * compare, search and every case page, in every language (site paths, before the base path).
 */
export function budgetedPages(): BudgetedPage[] {
  return LANGS.flatMap((lang) => [
    { name: `home (${lang})`, path: localized(lang, '/'), reading: true, isCase: false },
    { name: `compare (${lang})`, path: localized(lang, '/compare/'), reading: true, isCase: false },
    { name: `search (${lang})`, path: localized(lang, '/search/'), reading: false, isCase: false },
    ...caseSlugs().map((slug) => ({
      name: `${slug} (${lang})`,
      path: localized(lang, `/cases/${slug}/`),
      reading: true,
      isCase: true,
    })),
  ]);
}

export interface BudgetCheck {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

/** A font blocks rendering unless none is fetched or every @font-face lets text show in a fallback first. */
export const fontsBlockRendering = (page: { fontRequests: string[]; blockingFontFaces: string[] }) =>
  page.fontRequests.length > 0 && page.blockingFontFaces.length > 0;

/** A reading page gets the theme choice's 1 KiB; the search page, what its search box needs before any input. */
export const jsLimit = (page: BudgetedPage) =>
  page.reading ? BUDGETS.jsBeforeInteraction : SEARCH_JS_BEFORE_INTERACTION;

/** The byte budgets for one budgeted page. */
export function checkPageBytes(
  page: BudgetedPage,
  weight: { total: number; markup: number; jsBeforeInteraction: number },
): BudgetCheck[] {
  const checks: BudgetCheck[] = [
    page.isCase
      ? {
          name: `${page.name}: everything before interaction but the text of <main>`,
          limit: `≤ ${kib(BUDGETS.caseMarkupBytes)}`,
          actual: kib(weight.markup),
          pass: weight.markup <= BUDGETS.caseMarkupBytes,
        }
      : {
          name: `${page.name}: everything before interaction`,
          limit: `≤ ${kib(BUDGETS.listingPageBytes)}`,
          actual: kib(weight.total),
          pass: weight.total <= BUDGETS.listingPageBytes,
        },
  ];
  const limit = jsLimit(page);
  checks.push({
    name: `${page.name}: JS before interaction${page.reading ? '' : ' (search UI)'}`,
    limit: `≤ ${kib(limit)}`,
    actual: kib(weight.jsBeforeInteraction),
    pass: weight.jsBeforeInteraction <= limit,
  });
  return checks;
}

/**
 * JavaScript the search page loads before the reader does anything, gzip bytes: the part that
 * restores a linked search and waits. Pagefind and the results code come on focus or a query.
 */
export const SEARCH_JS_BEFORE_INTERACTION = 2 * KIB;
