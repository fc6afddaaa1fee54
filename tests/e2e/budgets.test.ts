/**
 * The byte budgets from tests/support/budgets.ts, measured exactly as `npm run bench`
 * measures them (tests/support/page-weight.ts): a cold load, every response
 * gzipped, counted up to load + network idle. Bytes are deterministic, so they
 * can fail a test; times and Lighthouse scores stay in the benchmark.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETED_PAGES, BUDGETS } from '../support/budgets';
import { measurePageWeight, type PageWeight } from '../support/page-weight';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What failed, per resource, so a blown budget says which file grew. */
const breakdown = (page: PageWeight) =>
  page.resources.map((r) => `${r.kind} ${r.gzip} B gzip ${new URL(r.url).pathname}`).join('\n');

describe.each(BUDGETED_PAGES)('$name ($path), cold, before interaction', ({ path }) => {
  let page: PageWeight;
  beforeAll(async () => {
    page = await measurePageWeight(browser, site().url(path));
    expect(page.status).toBe(200);
  });

  it(`loads at most ${BUDGETS.casePageBytes / 1024} KiB gzip in all`, () => {
    expect(page.total, breakdown(page)).toBeLessThanOrEqual(BUDGETS.casePageBytes);
  });

  it(`loads at most ${BUDGETS.jsBeforeInteraction / 1024} KiB gzip of JavaScript`, () => {
    expect(page.jsBeforeInteraction, breakdown(page)).toBeLessThanOrEqual(BUDGETS.jsBeforeInteraction);
  });

  it('requests no web font', () => {
    expect(page.fontRequests).toHaveLength(BUDGETS.fontRequests);
  });
});
