/**
 * The byte and score budgets, in one place so that `npm run bench` and the e2e
 * budgets test enforce the same numbers. Times are never budgets: they vary with
 * the machine, bytes and scores do not.
 */

export const KIB = 1024;

export const BUDGETS = {
  /** Everything a case page loads before any interaction, gzip bytes. */
  casePageBytes: 18 * KIB,
  /** JavaScript loaded by load + network idle, gzip bytes. */
  jsBeforeInteraction: 2 * KIB,
  /** Web font requests allowed; none means none can block rendering. */
  fontRequests: 0,
  /** Every Lighthouse category, out of 100. */
  lighthouseScore: 100,
} as const;

/** One representative case; every case page comes from the same layout. */
export const CASE_SLUG = 'trulia';

/** Pages held to the byte budgets, by both the benchmark and the e2e test (site paths, before the base path). */
export const BUDGETED_PAGES = [
  { name: 'case (zh)', path: `/cases/${CASE_SLUG}/` },
  { name: 'case (en)', path: `/en/cases/${CASE_SLUG}/` },
  { name: 'home (zh)', path: '/' },
] as const;

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

/** The byte budgets for one budgeted page. */
export function checkPageBytes(name: string, page: { total: number; jsBeforeInteraction: number }): BudgetCheck[] {
  return [
    {
      name: `${name}: everything before interaction`,
      limit: `≤ ${kib(BUDGETS.casePageBytes)}`,
      actual: kib(page.total),
      pass: page.total <= BUDGETS.casePageBytes,
    },
    {
      name: `${name}: JS before interaction`,
      limit: `≤ ${kib(BUDGETS.jsBeforeInteraction)}`,
      actual: kib(page.jsBeforeInteraction),
      pass: page.jsBeforeInteraction <= BUDGETS.jsBeforeInteraction,
    },
  ];
}

/**
 * JavaScript the search page loads before the reader does anything, gzip bytes: the part that
 * restores a linked search and waits. Pagefind and the results code come on focus or a query.
 */
export const SEARCH_JS_BEFORE_INTERACTION = 2 * KIB;
