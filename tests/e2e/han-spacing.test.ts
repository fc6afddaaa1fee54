/**
 * One spacing rule for Chinese, in content and interface alike, checked on the
 * text a reader sees on every Chinese page: a space between Han characters and
 * Latin letters or Arabic numerals (`2018 年 5 月`, `使用 Envoy`), and
 * full-width punctuation after Han characters (`：` not `:`), and full-width
 * brackets beside them (`（共 8 个案例）`). Source titles and
 * quotations keep their own spelling; citation marks are navigation, not text.
 * The content check applies the same rule to the source, naming file and line
 * (src/lib/content/prose.ts); this is the net for interface text and whatever
 * the pages compose.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';

const pages = [...(await sitemapUrls()).filter((url) => !new URL(url).pathname.includes('/en/')), site().url('/x/')];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Runs in the page: the visible text with exempt parts replaced by a line break, then every breach of the rule. */
function spacingBreaches(): string[] {
  const exempt =
    '.cite, .anchor, cite, q, blockquote, code, pre, [lang]:not([lang^="zh"]), .sources li a, .sources [lang]';
  for (const el of document.querySelectorAll(exempt)) el.replaceWith(document.createTextNode('\n'));
  const text = document.body.innerText;
  const han = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
  const rules = [
    new RegExp(`[${han}][A-Za-z0-9]`, 'g'),
    new RegExp(`[A-Za-z0-9][${han}]`, 'g'),
    new RegExp(`[${han}][:;,?!]`, 'g'),
  ];
  const breaches = (rule: RegExp, within: string) =>
    [...within.matchAll(rule)].map((m) => within.slice(Math.max(0, m.index - 12), m.index + 12).replace(/\s+/g, ' '));
  // Brackets beside Han are full width (（共 8 个案例）); a source's author keeps the brackets the source gave.
  for (const el of document.querySelectorAll('.sources')) el.replaceWith(document.createTextNode('\n'));
  const brackets = new RegExp(`[${han}] ?[()]|[()] ?[${han}]`, 'g');
  return [...rules.flatMap((rule) => breaches(rule, text)), ...breaches(brackets, document.body.innerText)];
}

describe('the Chinese spacing rule', () => {
  it('catches a breach', async () => {
    await page.goto(site().url('/about/'));
    await page.evaluate(() => document.querySelector('main')?.append('在2018年使用Envoy:', '全部案例 (共 8 个案例)'));
    const found = await page.evaluate(spacingBreaches);
    expect(found.join('\n')).toContain('在2018年');
    expect(found.join('\n')).toContain('例 (共');
  });

  it.each(pages)('holds on %s', async (url) => {
    await page.goto(url);
    expect(await page.evaluate(spacingBreaches)).toEqual([]);
  });
});
