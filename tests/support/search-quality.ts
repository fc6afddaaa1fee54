/**
 * Search quality against ground truth read from the built site. A page is
 * relevant to a query when its visible text holds the query, or one of the
 * alternatives the vocabulary's aliases give it, by the same rules the search
 * page applies (src/components/search-terms.ts, search-aliases.ts). "Visible text" is
 * the browser's innerText of the page's searchable region ([data-pagefind-body])
 * as a reader sees it, without the parts marked data-pagefind-ignore or left out
 * by selector (src/lib/search-exclude.ts) (site
 * chrome, citation keys, source lists, "not stated" placeholders); a visible
 * label that the index takes from an attribute (data-pagefind-index-attrs, so
 * that "Company" and "Trulia" do not run together) counts once, as itself. Results are
 * read from the real search page: type, press Enter, wait until the list is no
 * longer busy, press "show more" until it is gone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { alternatives } from '../../src/components/search-aliases.ts';
import { holdsAll, parseQuery } from '../../src/components/search-terms.ts';
import { aliasGroups } from '../../src/lib/vocabulary.ts';
import { PAGEFIND_EXCLUDE_SELECTORS } from '../../src/lib/search-exclude.ts';
import { KNOWN_MISSES, QUALITY_TABLE, type QualityQuery } from './search-quality-table.ts';

type Lang = 'zh' | 'en';

export interface QueryQuality extends QualityQuery {
  lang: Lang;
  /** Site paths (without the base) of the results, in order. */
  results: string[];
  relevant: string[];
  /** Results whose page does not hold the query. */
  wrong: string[];
  /** Relevant pages search did not return; `explained` are the listed, known ones. */
  missed: string[];
  explained: string[];
  /** Whether `first` ranked first; undefined when the query names no page. */
  firstOk?: boolean;
  status: string;
  /** The alternatives the page says it also searched ("" when none). */
  also: string;
  /** The alternatives the vocabulary gives the query. */
  alternatives: string[];
}

export interface LangQuality {
  lang: Lang;
  queries: number;
  precision: number;
  recall: number;
  firstRanked: number;
  firstAsked: number;
  /** Queries that must find nothing and say so, and how many did. */
  nothing: number;
  nothingSaid: number;
}

/** Every built page that Pagefind indexes (it has data-pagefind-body), as a site path, per language. */
function indexedPaths(outDir: string): Record<Lang, string[]> {
  const found: Record<Lang, string[]> = { zh: [], en: [] };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(file);
      } else if (name === 'index.html' && readFileSync(file, 'utf8').includes('data-pagefind-body')) {
        const path = `/${relative(outDir, dir).split(sep).join('/')}/`.replace(/^\/\/$/, '/');
        found[path.startsWith('/en/') ? 'en' : 'zh'].push(path);
      }
    }
  };
  walk(outDir);
  return found;
}

/** The searchable region's text as a reader sees it. */
async function visibleText(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return page.evaluate((excluded) => {
    const body = document.querySelector('[data-pagefind-body]');
    if (!(body instanceof HTMLElement)) return '';
    const copy = body.cloneNode(true) as HTMLElement;
    // A visible label indexed through an attribute ("Company:" before a fact) counts as the label itself.
    copy.querySelectorAll<HTMLElement>('[data-pagefind-index-attrs]').forEach((node) => {
      const attrs = (node.dataset['pagefindIndexAttrs'] ?? '').split(',');
      node.prepend(`${attrs.map((a) => node.getAttribute(a.trim()) ?? '').join(' ')} `);
    });
    copy.querySelectorAll(['[data-pagefind-ignore]', ...excluded].join(',')).forEach((node) => node.remove());
    // innerText needs layout: measure the copy in place of the original, hidden from nothing.
    body.replaceWith(copy);
    return copy.innerText;
  }, PAGEFIND_EXCLUDE_SELECTORS);
}

/** Runs one query through the search page and returns the result paths, all pages of them, and the status line. */
export async function searchThroughPage(page: Page, query: string, base: string) {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  while (await page.isVisible('#search-more')) {
    await page.click('#search-more');
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  }
  const hrefs = await page.$$eval('#search-results > li > .result-head a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const status = (await page.textContent('#search-status')) ?? '';
  // Read only from inside the live region: a screen reader hears the alternatives with the count, or not at all.
  const announced = '[role="status"][aria-live="polite"] #search-also';
  const also = (await page.isVisible(announced)) ? ((await page.textContent(announced)) ?? '') : '';
  return { results: hrefs.map((href) => `/${href.slice(base.length)}`), status, also };
}

const slugOf = (path: string) => path.match(/\/cases\/([^/]+)\//)?.[1];
/** Whether a result is the page the table names: a case by slug, any other page by its path in either language. */
/** A page path names a whole paginated listing ("/timeline/" is also "/timeline/2/"); a slug names a case. */
const isPage = (path: string, first: string) =>
  first.startsWith('/') ? path.replace(/^\/en\//, '/').replace(/\d+\/$/, '') === first : slugOf(path) === first;

export async function measureSearchQuality(
  browser: Browser,
  origin: string,
  base: string,
  outDir: string,
): Promise<{ queries: QueryQuality[]; languages: LangQuality[] }> {
  const url = (path: string) => `${origin}${base}${path.replace(/^\//, '')}`;
  const paths = indexedPaths(outDir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const queries: QueryQuality[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const texts = new Map<string, string>();
      for (const path of paths[lang]) texts.set(path, await visibleText(page, url(path)));
      await page.goto(url(lang === 'zh' ? '/search/' : '/en/search/'));
      for (const row of QUALITY_TABLE[lang]) {
        const others = alternatives(row.query, aliasGroups(lang));
        const sets = [row.query, ...others].map(parseQuery);
        const relevant = [...texts]
          .filter(([, text]) => sets.some((terms) => holdsAll(text, terms)))
          .map(([path]) => path);
        const { results, status, also } = await searchThroughPage(page, row.query, base);
        const known = KNOWN_MISSES.filter((m) => m.lang === lang && m.query === row.query).map((m) => m.path);
        const missed = relevant.filter((p) => !results.includes(p));
        queries.push({
          ...row,
          lang,
          results,
          relevant,
          wrong: results.filter((p) => !relevant.includes(p)),
          missed: missed.filter((p) => !known.includes(p)),
          explained: missed.filter((p) => known.includes(p)),
          ...(row.first ? { firstOk: isPage(results[0] ?? '', row.first) } : {}),
          status,
          also,
          alternatives: others,
        });
      }
    }
    const languages = (['zh', 'en'] as const).map((lang) => {
      const mine = queries.filter((q) => q.lang === lang);
      const returned = mine.reduce((n, q) => n + q.results.length, 0);
      const right = mine.reduce((n, q) => n + q.results.length - q.wrong.length, 0);
      const relevant = mine.reduce((n, q) => n + q.relevant.length, 0);
      const nothing = mine.filter((q) => q.kind === 'nonsense');
      return {
        lang,
        queries: mine.length,
        precision: returned ? right / returned : 1,
        recall: relevant ? right / relevant : 1,
        firstRanked: mine.filter((q) => q.firstOk).length,
        firstAsked: mine.filter((q) => q.first).length,
        nothing: nothing.length,
        nothingSaid: nothing.filter((q) => q.results.length === 0 && q.status.includes(q.query)).length,
      };
    });
    return { queries, languages };
  } finally {
    await context.close();
  }
}
