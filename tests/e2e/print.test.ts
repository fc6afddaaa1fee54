/**
 * Printing a case page: no navigation, search, menu or footer on paper; dark ink
 * on white even when the reader's screen is dark; every external link's address
 * printed after it; the facts panel and the diagram kept whole and unpinned.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
const luminance = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

// A case with a diagram and many sources, in both languages.
describe.each(['/cases/auto-trader/', '/en/cases/auto-trader/'])('printing %s with a dark screen', (path) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(site().url(path));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('leaves navigation, search, menus, the footer and the back link off the paper', async () => {
    const shown = await page.$$eval('header.site-header, footer, nav, form[role="search"], .skip-link', (els) =>
      els.filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);
    const back = await page.$$eval(
      'main a',
      (links) => links.filter((a) => a.getClientRects().length > 0 && a.textContent?.startsWith('←')).length,
    );
    expect(back).toBe(0);
  });

  it('prints dark text on white', async () => {
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      heading: getComputedStyle(document.querySelector('h1') as Element).color,
      text: getComputedStyle(document.querySelector('.prose p') as Element).color,
      facts: getComputedStyle(document.querySelector('.facts') as Element).color,
    }));
    expect(luminance(colours.body)).toBeCloseTo(1);
    for (const ink of [colours.heading, colours.text, colours.facts]) expect(luminance(ink)).toBeLessThan(0.35);
  });

  it("prints every external link's address after it", async () => {
    const links = await page.$$eval('main a[href^="http"]', (anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content })),
    );
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((l) => !l.after.includes(l.href))).toEqual([]);
  });

  it('keeps the facts panel and the diagram whole, and nothing pinned or clipped', async () => {
    const boxes = await page.$$eval('.facts, figure', (els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return { tag: el.tagName, breakInside: style.breakInside, position: style.position };
      }),
    );
    expect(boxes.map((b) => b.tag)).toEqual(expect.arrayContaining(['ASIDE', 'FIGURE']));
    expect(boxes.filter((b) => b.breakInside !== 'avoid' || b.position === 'sticky')).toEqual([]);
    // Visually hidden text (.sr-only) is clipped on purpose; anything else that scrolls would be cut off on paper.
    const clipped = await page.$$eval('main *', (els) =>
      els
        .filter((el) => !el.closest('.sr-only'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        .map((el) => `${el.tagName}.${el.className} ${getComputedStyle(el).overflowX}`),
    );
    expect(clipped).toEqual([]);
  });

  it('makes a PDF', async () => {
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
