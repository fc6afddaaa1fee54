/**
 * Every page, in both languages, served under the GitHub Pages base path: it
 * answers 200, logs no console error, makes no failed request and no request to
 * another host, and every internal link and asset it references resolves,
 * fragments included.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/lib/content/dir';
import { allFacetPaths } from '../../src/lib/facets';
import { casePath, localizedPath } from '../../src/lib/url';
import { launchBrowser, tabPool } from '../support/browser';
import { sitemapUrls } from '../support/pages';
import { watchPage } from '../support/watch';
import { site } from '../support/site';

let browser: Browser;
const pages = await sitemapUrls();
const bodies = new Map<string, Promise<{ status: number; html: string }>>();

/** Fetch each internal URL once, without following redirects: a link must point at the final address. */
function fetchOnce(url: string) {
  let found = bodies.get(url);
  if (!found) {
    found = fetch(url, { redirect: 'manual' }).then(async (r) => ({
      status: r.status,
      html: r.headers.get('content-type')?.includes('text/html') ? await r.text() : '',
    }));
    bodies.set(url, found);
  }
  return found;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

describe('the sitemap', () => {
  it('lists every page in both languages', () => {
    const paths = pages.map((p) => new URL(p).pathname.replace(site().base, '/'));
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBe(paths.length / 2);
    expect(paths).toContain('/cases/trulia/');
    expect(paths).toContain('/en/cases/sofa-mesh/');
    // One page per case per language, counted from the content, never typed in.
    const slugs = readdirSync(join(contentDir, 'cases')).map((f) => f.replace(/\.yaml$/, ''));
    const casePages = slugs.flatMap((slug) => [casePath(slug), localizedPath('en', casePath(slug))]);
    expect(paths.filter((p) => /\/cases\/[^/]+\/$/.test(p)).sort()).toEqual(casePages.sort());
  });

  it('lists a facet page for every capability, industry and platform, in both languages', () => {
    const paths = new Set(pages.map((p) => new URL(p).pathname.replace(site().base, '/')));
    const missing = allFacetPaths()
      .flatMap((path) => [path, localizedPath('en', path)])
      .filter((path) => !paths.has(path));
    expect(missing).toEqual([]);
  });
});

type Watched = Awaited<ReturnType<typeof watchPage>>;
/** What each tab's watcher has seen since the tab's last visit began. */
const watched = new WeakMap<Page, Watched>();
// Tabs are reused from page to page: opening one costs more than loading the page.
const tabs = tabPool(async () => {
  const page = await browser.newPage();
  watched.set(page, await watchPage(page, site().origin));
  return page;
});

function visit(url: string) {
  return tabs.use(async (page) => {
    const { problems, scripts } = watched.get(page) as Watched;
    // Leave the last page first: a request it still had open (its favicon) is aborted now, not during this visit.
    await page.goto('about:blank');
    problems.length = 0;
    scripts.length = 0;
    // Static pages: every request a page makes without input has finished by its load event.
    const response = await page.goto(url, { waitUntil: 'load' });
    const refs = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
      els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src),
    );
    const html = await page.content();
    return { status: response?.status(), problems: [...problems], refs, html, scripts: [...scripts] };
  });
}

/** Links within the page itself (skip link, citations) are checked against the page as served, whatever its status. */
async function brokenRefs(refs: string[], self: { url: string; html: string }): Promise<string[]> {
  const broken: string[] = [];
  for (const ref of new Set(refs)) {
    if (!ref.startsWith(site().origin)) continue;
    const [target = '', fragment] = ref.split('#');
    const { status, html } = target === self.url ? { status: 200, html: self.html } : await fetchOnce(target);
    if (status !== 200) broken.push(`${ref} → HTTP ${status}`);
    else if (fragment && !html.includes(`id="${decodeURIComponent(fragment)}"`))
      broken.push(`${ref} → no element #${fragment}`);
  }
  return broken;
}

describe('every page', () => {
  it.concurrent.each(pages)('%s loads cleanly and every internal link resolves', async (url) => {
    const { status, problems, refs, html, scripts } = await visit(url);
    expect(status).toBe(200);
    // Reading pages need no JavaScript; only search loads a script.
    if (!url.endsWith('/search/')) expect(scripts).toEqual([]);
    expect(problems).toEqual([]);
    expect(await brokenRefs(refs, { url, html })).toEqual([]);
  });
});

describe('a missing page under the base path', () => {
  it('gets the styled bilingual 404 page whose links all resolve', async () => {
    const url = site().url('/cases/no-such-case/deeper/');
    const { status, problems, refs, html } = await visit(url);
    expect(status).toBe(404);
    expect(problems).toEqual([]);
    expect(refs).toContain(site().url('/'));
    expect(refs).toContain(site().url('/en/'));
    expect(html).toContain('lang="en"');
    expect(await brokenRefs(refs, { url, html })).toEqual([]);
  });
});

describe('the page watcher', () => {
  it('reports a Content-Security-Policy violation, which the browser logs on the page itself', async () => {
    const page = await browser.newPage();
    const { problems } = await watchPage(page, site().origin);
    const control = `${site().origin}/__csp-control__/`;
    await page.route(control, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><script>document.title = 'ran'</script><img src="https://elsewhere.example/x.png" alt="">`,
      }),
    );
    await page.goto(control);
    await page.close();
    expect(problems.some((p) => p.startsWith('CSP violation: script-src'))).toBe(true);
    expect(problems).toContain('request to another host: https://elsewhere.example/x.png');
  });
});
