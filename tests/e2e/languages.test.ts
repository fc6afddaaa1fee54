/**
 * Both languages, page for page: every Chinese page has an English twin and the
 * other way round, each declares its language, links to its twin in one click,
 * and carries hreflang alternates (with x-default) and og:locale.
 */
import { describe, expect, it } from 'vitest';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';
import { visibleText } from '../support/visible-text';

const pages = await sitemapUrls();
const pathOf = (url: string) => new URL(url).pathname.slice(site().base.length - 1);
const isEnglish = (path: string) => path.startsWith('/en/');
const twinOf = (path: string) => (isEnglish(path) ? path.slice(3) : `/en${path}`);
const publicUrl = (path: string) => `https://example.github.io${site().base}${path.slice(1)}`;

const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1];
/** "July 31, 2018": the American order, which the site's British English does not use. */
const US_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;

describe('language parity', () => {
  const paths = pages.map(pathOf);
  it.each(paths)('%s has a twin in the other language', (path) => {
    expect(paths).toContain(twinOf(path));
  });
});

describe.each(pages.map(pathOf))('%s', (path) => {
  it('declares its language and links to its twin', async () => {
    const html = await (await fetch(site().url(path))).text();
    const english = isEnglish(path);
    expect(attr(html, /<html[^>]* lang="([^"]+)"/)).toBe(english ? 'en' : 'zh-CN');
    expect(attr(html, /<meta property="og:locale" content="([^"]+)"/)).toBe(english ? 'en_GB' : 'zh_CN');
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(publicUrl(path));
    const zhPath = english ? twinOf(path) : path;
    const enPath = english ? path : twinOf(path);
    expect(attr(html, /<link rel="alternate" hreflang="zh-CN" href="([^"]+)"/)).toBe(publicUrl(zhPath));
    expect(attr(html, /<link rel="alternate" hreflang="en" href="([^"]+)"/)).toBe(publicUrl(enPath));
    expect(attr(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/)).toBe(publicUrl(zhPath));
    const switchHref = attr(html, /<a class="lang-switch" href="([^"]+)"/);
    expect(switchHref).toBe(`${site().base}${twinOf(path).slice(1)}`);
    expect((await fetch(site().url(twinOf(path)))).status).toBe(200);
  });
});

// Only English pages carry the test, so no Chinese page reports a skipped one.
describe.each(pages.map(pathOf).filter(isEnglish))('%s', (path) => {
  it('writes dates day-month-year, the British way', async () => {
    const html = await (await fetch(site().url(path))).text();
    expect(visibleText(html, 'en').match(US_DATE)?.[0]).toBeUndefined();
  });
});
