/**
 * A new case reaches every listing without touching code: a temporary copy of
 * the content gains one more case (both languages, in an industry the
 * vocabulary did not have), and the real build must show it on the home page,
 * the matrix, its facet pages, the timeline, both feeds, the sitemap and in
 * search in both languages. No interface text, meta description or feed title
 * may state how many cases there are in words.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REQUIRED_HEADINGS } from '../../src/lib/content/headings';
import { LANGS } from '../../src/lib/languages';
import { casePath, localizedPath } from '../../src/lib/url';
import { launchBrowser } from '../support/browser';
import {
  buildEditedContent,
  copyCase,
  countCases,
  countInWords,
  COPY_BASE as BASE,
  COPY_SITE_URL,
} from '../support/content-copy';
import { elements } from '../support/html';
import { searchThroughPage } from '../support/search-quality';
import { site } from '../support/site';
import { serveStatic, type StaticServer } from '../support/serve';
import { visibleText } from '../support/visible-text';

const SLUG = 'kestrel-orbital';
const windowsText = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
const COMPANY = 'Kestrel Orbital';
const INDUSTRY = 'space-tourism';
const realCount = countCases();
let server: StaticServer;
let browser: Browser;

// Built once at collection time, so the page list below can name every page of the build.
// The new case is a copy of a real one under a new slug, company and industry: valid by construction.
const { content, dist, caseCount, remove } = buildEditedContent(
  'ninth',
  (content) => {
    const vocabulary = join(content, 'vocabulary.yaml');
    writeFileSync(
      vocabulary,
      readFileSync(vocabulary, 'utf8').replace(
        /^industries:\n/m,
        `industries:\n  ${INDUSTRY}: { zh: 太空旅游, en: Space tourism }\n`,
      ),
    );
    // Only the facts file has an industry line; the articles just take the new name. Its files are saved as a
    // Windows editor saves them, with a byte-order mark and CRLF line endings, which the site reads as plain text.
    copyCase(content, 'trulia', SLUG, (text) =>
      windowsText(text.replaceAll('Trulia', COMPANY).replace(/^industry: real-estate$/m, `industry: ${INDUSTRY}`)),
    );
  },
  site().cacheDir,
);

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const file = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(async () => {
  server = await serveStatic(dist, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  remove();
});

describe('a case added by its content files alone', () => {
  it('has its page in both languages', () => {
    expect(html(`cases/${SLUG}`)).toContain(COMPANY);
    expect(html(`en/cases/${SLUG}`)).toContain(COMPANY);
  });

  it.each(LANGS)('is read as its text though saved with a byte-order mark and CRLF (%s)', (lang) => {
    const article = readFileSync(join(content, `articles/${lang}/${SLUG}.mdx`), 'utf8');
    expect(article.startsWith('\uFEFF---\r\n'), 'the copy was saved as a Windows editor saves it').toBe(true);
    const title = (
      parse(
        article
          .replace(/^\uFEFF/, '')
          .split(/\r?\n---/)[0]
          ?.replace(/^---/, '') ?? '',
      ) as { title: string }
    ).title;
    const page = elements(html(localizedPath(lang, casePath(SLUG))));
    const text = (tag: string) => page.filter((e) => e.tag === tag).map((e) => e.text.trim());
    expect(text('h1')).toEqual([title]);
    expect(text('h2')).toEqual(expect.arrayContaining([...REQUIRED_HEADINGS.full[lang]]));
    expect(text('h2').join(' ')).not.toMatch(/title:|description:/);
  });

  it.each(['', 'en/'])('is in the %scase listing and the matrix', (prefix) => {
    const link = `${BASE}${prefix}cases/${SLUG}/`;
    // The listing starts on the home page and goes on under page/N/ once there are more cases than one page holds.
    const folder = join(dist, prefix, 'page');
    const more = existsSync(folder) ? readdirSync(folder).map((n) => html(`${prefix}page/${n}`)) : [];
    expect([html(prefix), ...more].filter((page) => page.includes(`href="${link}"`))).toHaveLength(1);
    expect(html(`${prefix}compare`)).toContain(`href="${link}`);
  });

  it.each(['', 'en/'])('has %sfacet pages for its new industry and its capabilities', (prefix) => {
    const link = `${BASE}${prefix}cases/${SLUG}/`;
    const industry = html(`${prefix}industries/${INDUSTRY}`);
    expect(industry).toContain(prefix ? 'Space tourism' : '太空旅游');
    expect(industry).toContain(`href="${link}`);
    expect(html(`${prefix}capabilities/observability`)).toContain(`href="${link}`);
  });

  it.each(['', 'en/'])('is on the %stimeline', (prefix) => {
    // The timeline is paginated: the case's events are on one of its pages.
    const folder = join(dist, `${prefix}timeline`);
    const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .map((f) => readFileSync(join(folder, f), 'utf8'));
    expect(pages.some((page) => page.includes(`${BASE}${prefix}cases/${SLUG}/`))).toBe(true);
  });

  it('is in both feeds and in the sitemap, in both languages', () => {
    expect(file('feed.xml')).toContain(`${COPY_SITE_URL}${BASE}cases/${SLUG}/`);
    expect(file('en/feed.xml')).toContain(`${COPY_SITE_URL}${BASE}en/cases/${SLUG}/`);
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map(file)
      .join('');
    expect(sitemap).toContain(`${BASE}cases/${SLUG}/`);
    expect(sitemap).toContain(`${BASE}en/cases/${SLUG}/`);
  });

  it.each([
    ['/search/', 'Kestrel'],
    ['/en/search/', 'Kestrel'],
    ['/search/', '太空旅游'],
    ['/en/search/', 'Space tourism'],
  ])('is found by %s for “%s”, first', async (path, query) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}${path.slice(1)}`);
    const { results } = await searchThroughPage(page, query, BASE);
    await page.close();
    expect(results[0]).toBe(`${path.startsWith('/en/') ? '/en' : ''}/cases/${SLUG}/`);
  });
});

/**
 * The total written out by hand: the real content's count or the copy's (one
 * more), spelt from those counts, before a word for cases. Digits a listing
 * computes ("9 cases") are fine, and so is prose about some of them ("two
 * cases mention…").
 */
const words = [countInWords(realCount), countInWords(caseCount)];
const EN_COUNT = new RegExp(
  `\\b(${words.map((w) => w.en).join('|')})\\s+(?:\\w+\\s+)?(cases|case studies|companies|teams|organisations)\\b`,
  'i',
);
const ZH_COUNT = new RegExp(`(${words.map((w) => w.zh).join('|')})\\s*(个|家|则)\\s*(?:\\S{0,4})?(案例|公司|团队)`);

describe('no number of cases in words', () => {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('index.html') && !f.startsWith('pagefind') && !f.startsWith('og'),
  );
  it('the copy holds exactly one case more than the real content', () => {
    expect(caseCount).toBe(realCount + 1);
  });
  it.each(pages)('%s', (path) => {
    const page = readFileSync(join(dist, path), 'utf8');
    const lang = path.startsWith('en/') ? 'en' : 'zh';
    const els = elements(page);
    const metadata = els
      .filter((el) => el.tag === 'meta' && /description|title/.test(el.attrs['name'] ?? el.attrs['property'] ?? ''))
      .map((el) => el.attrs['content'] ?? '')
      .concat(els.filter((el) => el.tag === 'title').map((el) => el.text));
    // A case's own prose may say "more than eight months"; its metadata and every other page's text may not count cases.
    const text = /(^|\/)cases\/[^/]+\/index\.html$/.test(path) ? '' : visibleText(page, lang);
    const found = [...metadata, text].filter((t) => EN_COUNT.test(t) || ZH_COUNT.test(t));
    expect(found.map((t) => (t.match(EN_COUNT) ?? t.match(ZH_COUNT))?.[0])).toEqual([]);
  });
  it.each(['feed.xml', 'en/feed.xml'])('%s title and subtitle', (feed) => {
    const head = file(feed).split('<entry')[0] ?? '';
    expect(head.match(EN_COUNT) ?? head.match(ZH_COUNT)).toBeNull();
  });
});
