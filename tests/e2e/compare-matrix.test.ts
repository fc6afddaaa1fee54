/**
 * The compare matrix in its frame: on a desktop the table fills the framed box
 * (no empty strip at its right); on a phone the box scrolls sideways inside
 * itself while the header row, the case-name column and their corner stay put.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Widths in px of the frame's inside and of the table, and whether the frame scrolls sideways. */
const measure = () =>
  page.$eval('.matrix', (frame) => {
    const table = frame.querySelector('table') as HTMLTableElement;
    return {
      inside: frame.clientWidth,
      table: Math.round(table.getBoundingClientRect().width),
      scrolls: frame.scrollWidth > frame.clientWidth,
    };
  });

describe.each(['/compare/', '/en/compare/'])('the matrix on %s', (path) => {
  it.each(['light', 'dark'] as const)('fills its frame at 1280 px (%s)', async (colorScheme) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto(site().url(path));
    const { inside, table, scrolls } = await measure();
    expect(scrolls).toBe(false);
    expect(inside - table).toBeLessThanOrEqual(1);
  });

  it('scrolls inside its frame at 375 px, keeping the header row and the case column in place', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(site().url(path));
    expect((await measure()).scrolls).toBe(true);
    const corner = () =>
      page.$eval('.matrix', (frame) => {
        const box = frame.getBoundingClientRect();
        const at = (el: Element | null) => el?.getBoundingClientRect() ?? { left: NaN, top: NaN };
        const corner = frame.querySelector('.corner') as Element;
        const middle = corner.getBoundingClientRect();
        const onTop = document.elementFromPoint(middle.left + middle.width / 2, middle.top + middle.height / 2);
        return {
          rowHeadLeft: at(frame.querySelector('tbody th[scope=row]')).left - box.left,
          colHeadTop: at(frame.querySelector('thead th.cap')).top - box.top,
          cornerOnTop: corner.contains(onTop),
        };
      });
    // A reader scrolls the page to the matrix first; the corner must be on screen to be on top. The site
    // scrolls smoothly, so both scrolls are asked to be instant: a busy machine would measure mid-animation.
    await page.$eval('.matrix', (frame) => frame.scrollIntoView({ behavior: 'instant' }));
    const before = await corner();
    await page.$eval('.matrix', (frame) => frame.scrollTo({ left: 200, top: 200, behavior: 'instant' }));
    const after = await corner();
    expect(after.rowHeadLeft).toBeCloseTo(before.rowHeadLeft, 0);
    expect(after.colHeadTop).toBeCloseTo(before.colHeadTop, 0);
    // The corner stays above the headings and names that scroll under it.
    expect(after.cornerOnTop).toBe(true);
  });
});

describe.each(['/compare/', '/en/compare/'])('the totals on %s', (path) => {
  it('draw each level in the colour the legend gives it', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site().url(path));
    const colours = await page.$eval('main', (main) => {
      const colourOf = (el: Element | null) => (el ? getComputedStyle(el).color : 'missing');
      const legend = (symbol: string) =>
        colourOf([...main.querySelectorAll('.legend .key')].find((k) => k.textContent?.includes(symbol)) ?? null);
      const tallies = (symbol: string) =>
        [...main.querySelectorAll('.sum [aria-hidden] span')]
          .filter((s) => s.textContent?.trim() === symbol)
          .map(colourOf);
      return {
        documented: { legend: legend('●'), tallies: [...new Set(tallies('●'))] },
        partial: { legend: legend('◐'), tallies: [...new Set(tallies('◐'))] },
      };
    });
    for (const { legend, tallies } of Object.values(colours)) expect(tallies).toEqual([legend]);
  });
});
