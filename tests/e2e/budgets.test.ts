/**
 * The byte budgets from tests/support/budgets.ts, measured exactly as `npm run bench`
 * measures them (tests/support/page-weight.ts): a cold load, every response
 * gzipped, counted up to load + network idle. Bytes are deterministic, so they
 * can fail a test; times and Lighthouse scores stay in the benchmark. The pages
 * are home, compare, search and every case, in every language, read from the content.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, budgetedPages, jsLimit } from '../support/budgets';
import { measurePageWeight, type PageWeight } from '../support/page-weight';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';

let browser: Browser;
/**
 * Every page is weighed in a fresh browser context and waits for its own network idle, so a few weighed at
 * once fetch exactly what each would alone; the lanes only keep the waiting for idle from adding up.
 */
const LANES = 4;
const weights = new Map<string, Promise<PageWeight>>();

beforeAll(async () => {
  browser = await launchBrowser();
  const lanes: Promise<unknown>[] = Array.from({ length: LANES }, () => Promise.resolve());
  budgetedPages().forEach(({ path }, i) => {
    const weight = (lanes[i % LANES] as Promise<unknown>).then(() => measurePageWeight(browser, site().url(path)));
    lanes[i % LANES] = weight.catch(() => undefined);
    weights.set(path, weight);
  });
});
afterAll(async () => {
  await browser?.close();
});

/** What failed, per resource, so a blown budget says which file grew. */
const breakdown = (page: PageWeight) =>
  [
    ...page.resources.map((r) => `${r.kind} ${r.gzip} B gzip (${r.raw} B raw) ${new URL(r.url).pathname}`),
    `inline scripts ${page.inlineJs} B gzip (inside the HTML above)`,
  ].join('\n');

describe.each(budgetedPages())('$name ($path), cold, before interaction', (budgeted) => {
  const { path } = budgeted;
  let page: PageWeight;
  beforeAll(async () => {
    page = await (weights.get(path) as Promise<PageWeight>);
    expect(page.status).toBe(200);
  });

  if (budgeted.isCase) {
    it(`adds at most ${BUDGETS.caseMarkupBytes / 1024} KiB gzip beyond the text of its article`, () => {
      expect(page.markup, `${breakdown(page)}\nwithout the text of <main>: ${page.markup} B gzip`).toBeLessThanOrEqual(
        BUDGETS.caseMarkupBytes,
      );
    });
  } else {
    it(`loads at most ${BUDGETS.listingPageBytes / 1024} KiB gzip in all`, () => {
      expect(page.total, breakdown(page)).toBeLessThanOrEqual(BUDGETS.listingPageBytes);
    });
  }

  it(`loads at most ${jsLimit(budgeted) / 1024} KiB gzip of JavaScript, inline included`, () => {
    expect(page.jsBeforeInteraction, breakdown(page)).toBeLessThanOrEqual(jsLimit(budgeted));
  });

  it('requests no web font', () => {
    expect(page.fontRequests).toHaveLength(BUDGETS.fontRequests);
  });
});
