/**
 * axe on the templates only a larger collection builds: the later pages of the
 * home listing, the compare matrix, a facet and the timeline. A temporary copy
 * of the content gains copies of one real case (each under its own slug and
 * company name, so valid by construction) until every listing has a second
 * page; the real build of that copy is checked in light and dark, at 375 and
 * 1280 px, with the header menu closed and open, the templates alternating
 * between the languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACET_PAGE_SIZE, MATRIX_PAGE_SIZE } from '../../src/lib/facets';
import { HOME_PAGE_SIZE } from '../../src/lib/listing';
import { axeCount, axeTab, VIEWS, viewName, violationsIn } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { buildEditedContent, copyCase, countCases, COPY_BASE as BASE } from '../support/content-copy';
import { site } from '../support/site';
import { serveStatic, type StaticServer } from '../support/serve';

const ORIGINAL = 'trulia';

// Built once at collection time, so the test names below can give each page's address.
// Copies of one real case, each under its own slug and company name, until there are
// more cases than the largest listing page holds.
const started = Date.now();
const { dist, build, caseCount, remove } = buildEditedContent(
  'paginated',
  (content) => {
    const facts = readFileSync(join(content, `cases/${ORIGINAL}.yaml`), 'utf8');
    const company = facts.match(/^ {2}en: "?([^"\n]+?)"?$/m)?.[1] as string;
    const wanted = Math.max(HOME_PAGE_SIZE, FACET_PAGE_SIZE, MATRIX_PAGE_SIZE) + 1;
    for (let i = 1; countCases(content) < wanted; i++) {
      copyCase(content, ORIGINAL, `${ORIGINAL}-copy-${i}`, (text) => text.replaceAll(company, `${company} Copy ${i}`));
    }
  },
  site().cacheDir,
);

/** The first facet page that has a second page in this build, found in the build output. */
const facetPage = (readdirSync(dist, { recursive: true }) as string[])
  .map((file) => file.replaceAll('\\', '/'))
  .sort()
  .find((file) => /^(capabilities|industries|platforms)\/[^/]+\/2\/index\.html$/.test(file))
  ?.replace(/index\.html$/, '');
/** Page 2 of each paginated listing, the languages alternating. */
const PAGES = [
  { template: 'home, later page', path: 'page/2/' },
  { template: 'compare, later page', path: 'en/compare/2/' },
  { template: 'facet, later page', path: facetPage ?? 'no facet has a second page' },
  // Each copy adds its dated events, so the timeline runs past one page as well; its page 2 opens with a continued year.
  { template: 'timeline, later page', path: 'timeline/2/' },
];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(dist, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  remove();
  console.log(
    `axe on later pages: ${axeCount.runs} runs; ${((Date.now() - started) / 1000).toFixed(1)} s for this file, ` +
      `of which ${(build.ms / 1000).toFixed(1)} s built the ${caseCount} cases`,
  );
});

describe.each(PAGES)('axe on the $template template, /$path', ({ path }) => {
  let page: Page;
  beforeAll(async () => {
    page = await axeTab(browser, { width: 375, height: 800 });
    await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('is a later page of its listing, with the page navigation', async () => {
    expect(await page.locator('nav.pagination a[aria-current="page"]').textContent()).toBe('2');
  });

  it.each(VIEWS.map((view) => ({ view, name: viewName(view) })))('$name', async ({ view }) => {
    expect(await violationsIn(page, view)).toEqual([]);
  });
});
