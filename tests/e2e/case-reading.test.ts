/**
 * Finding one's way around a long case: the table of contents lists every
 * section (collapsed on a phone, open beside the article on a desktop), every
 * heading links to itself, each source links back to every citation of it and
 * each citation to its source, citations are 24 × 24 px targets that never
 * start a line (they stay with their word and its punctuation), previous/next
 * cases follow the collection order, and the pinned facts panel fits the
 * screen, scrolling inside itself where the screen is shorter than it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { sitemapUrls } from '../support/pages';
import { site } from '../support/site';

const cases = (await sitemapUrls()).filter((url) => url.includes('/cases/'));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(cases)('%s', (url) => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
  });

  it('lists every section heading in its table of contents, and each heading links to itself', async () => {
    const { toc, headings, anchors } = await page.evaluate(() => ({
      toc: [...document.querySelectorAll('.toc a')].map((a) => a.getAttribute('href')),
      headings: [...document.querySelectorAll('.case-main :is(h2, h3)[id]')].map((h) => `#${h.id}`),
      anchors: [...document.querySelectorAll('.case-main .heading')].map(
        (wrap) => `${wrap.querySelector('a.anchor')?.getAttribute('href')}=#${wrap.firstElementChild?.id}`,
      ),
    }));
    expect(toc).toEqual(headings);
    expect(anchors.every((pair) => pair.split('=')[0] === pair.split('=')[1])).toBe(true);
    expect(anchors.length).toBe(headings.length);
  });

  it('links every source back to each place that cites it, and each citation to its source', async () => {
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      // A place is one citation mark; the source list links back to the mark, which may cite several sources.
      const cited = new Set<string>();
      for (const mark of document.querySelectorAll<HTMLElement>('.case .cite')) {
        for (const cite of mark.querySelectorAll<HTMLAnchorElement>('a')) {
          if (!document.querySelector(cite.hash)) found.push(`citation ${cite.textContent} points at nothing`);
          if (mark.id) cited.add(`${mark.id} ${cite.hash.slice(1)}`);
        }
      }
      const back = new Set<string>();
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.sources .back a')) {
        const place = document.getElementById(link.hash.slice(1));
        const source = link.closest('li')?.id;
        if (!place) found.push(`back-link ${link.hash} has no citation`);
        else if (!place.querySelector(`a[href="#${source}"]`)) found.push(`${link.hash} does not cite ${source}`);
        back.add(`${link.hash.slice(1)} ${source}`);
      }
      for (const pair of cited) if (!back.has(pair)) found.push(`citation ${pair} has no way back from its source`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('makes every citation a target of at least 24 × 24 px', async () => {
    const small = await page.$$eval('.cite a, .sources .back a', (links) =>
      links
        .map((a) => ({ text: a.textContent, box: a.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text, box }) => `${text} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
  });

  it('keeps each citation on the line of the word it follows, with the punctuation after it, on a phone', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const { citations, apart } = await page.evaluate(() => {
      const cites = [...document.querySelectorAll('.case-main .prose .cite')];
      return {
        citations: cites.length,
        apart: cites
          .map((cite) => cite.closest('.cited'))
          .filter((group) => !group || !group.firstChild?.textContent?.trim() || group.getClientRects().length !== 1)
          .map((group) => group?.textContent ?? 'a citation outside a group'),
      };
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(citations).toBeGreaterThan(0);
    expect(apart).toEqual([]);
  });

  it('pins the facts panel within the screen, every fact in reach', async () => {
    for (const height of [500, 700, 1000, 2400]) {
      await page.setViewportSize({ width: 1280, height });
      const panel = await page.$eval('.facts', (el) => ({
        position: getComputedStyle(el).position,
        overflow: getComputedStyle(el).overflowY,
        height: el.getBoundingClientRect().height,
        visible: el.clientHeight,
        content: el.scrollHeight,
      }));
      expect(panel.position).toBe('sticky');
      expect(panel.height, `${height} px tall window`).toBeLessThanOrEqual(height);
      // What the screen cannot show scrolls inside the panel, so no fact is out of reach.
      if (panel.content > panel.visible) expect(panel.overflow, `${height} px tall window`).toMatch(/auto|scroll/);
    }
    // On a tall screen the whole panel shows at once.
    expect(await page.$eval('.facts', (el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  });
});

describe('between cases', () => {
  it('leads to the previous and next case in the collection order, by company and title', async () => {
    const zh = cases.filter((url) => !url.includes('/en/'));
    await page.goto(zh[1] as string);
    const pager = await page.$$eval('.pager a', (links) =>
      links.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel'), text: a.textContent })),
    );
    expect(pager.map((p) => p.href)).toEqual([zh[0], zh[2]]);
    expect(pager.map((p) => p.rel)).toEqual(['prev', 'next']);
    await page.goto(zh[0] as string);
    expect(await page.$$eval('.pager a', (links) => links.map((a) => a.getAttribute('rel')))).toEqual(['next']);
  });

  it('shows the table of contents collapsed at the top on a phone, open beside the article on a desktop', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(site().url('/en/cases/auto-trader/'));
    expect(await page.locator('.toc nav a').first().isVisible()).toBe(false);
    await page.click('.toc summary');
    expect(await page.locator('.toc nav a').first().isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    expect(await page.locator('.toc nav a').first().isVisible()).toBe(true);
  });
});
