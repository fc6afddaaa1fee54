/**
 * What a reader sees of a case's layout on a phone and in the listing: the
 * architecture diagram fits a phone's width with every label readable inside
 * its box (it reflows instead of scrolling), and the home cards show the year
 * they are ordered by, under a heading for that year.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { site } from '../support/site';
import { caseSlugs } from '../support/budgets';
import { LANGS, LANGUAGES } from '../../src/lib/languages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/lib/content/dir';

/** Whether a case's facts describe an architecture, read from its file as the site does. */
const drawn = (slug: string) => /^architecture:/m.test(readFileSync(join(contentDir, 'cases', `${slug}.yaml`), 'utf8'));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const prefixed = (lang: (typeof LANGS)[number], path: string) =>
  LANGUAGES[lang].prefix ? `/${LANGUAGES[lang].prefix}${path}` : path;

describe.each(
  LANGS.flatMap((lang) =>
    caseSlugs()
      .filter(drawn)
      .map((slug) => prefixed(lang, `/cases/${slug}/`)),
  ),
)('the diagram on %s', (path) => {
  it('fits a 375 px phone: no box scrolls or spills, no label is cut', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(site().url(path));
    const found = await page.$$eval('.diagram', (figures) =>
      figures.map((figure) => {
        const mesh = figure.querySelector('[role="img"]') as Element;
        const frame = mesh.getBoundingClientRect();
        const spills = [mesh, ...mesh.querySelectorAll('*')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return el.scrollWidth > el.clientWidth + 1 || box.right > frame.right + 1 || box.left < frame.left - 1;
          })
          .map((el) => `${el.className}: ${el.textContent?.trim().slice(0, 30)}`);
        return { width: frame.width, spills };
      }),
    );
    expect(found).toHaveLength(1);
    for (const mesh of found) {
      expect(mesh.width).toBeLessThanOrEqual(375);
      expect(mesh.spills).toEqual([]);
    }
  });
});

describe.each(LANGS.map((lang) => prefixed(lang, '/')))('the cards on %s', (path) => {
  it('show the adoption year they are ordered by, latest first, under a heading for that year', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site().url(path));
    const groups = await page.$$eval('.cards', (lists) =>
      lists.map((list) => ({
        heading: list.closest('section')?.querySelector('h3')?.textContent ?? '',
        cards: [...list.querySelectorAll('.card .industry')].map((p) => p.textContent ?? ''),
      })),
    );
    expect(groups.length).toBeGreaterThan(0);
    const years = groups.map((g) => Number(/\d{4}/.exec(g.heading)?.[0]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    for (const group of groups) {
      const year = /\d{4}/.exec(group.heading)?.[0] ?? 'none';
      for (const card of group.cards) expect(card).toContain(year);
    }
  });
});
