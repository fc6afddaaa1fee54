/**
 * axe-core in the browser tests: tabs that load it into every page, one run
 * that lists violations by rule and element, and the views each template is
 * checked in (light and dark, 375 and 1280 px, the header menu closed and open).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** How many times axe ran in this test file, for the figure it prints. */
export const axeCount = { runs: 0 };

/**
 * A tab whose every document gets axe before its own scripts. The page's CSP forbids inline scripts, so
 * axe comes through the test's privileged channel; an init script is compiled once per tab, not once per page.
 */
export async function axeTab(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, colorScheme: 'light', bypassCSP: true });
  await context.addInitScript(axeSource);
  return context.newPage();
}

/** Every violation of any impact on the page as it is now, one line per rule with the elements it found. */
export async function violations(page: Page): Promise<string[]> {
  const found: { id: string; impact: string; nodes: { target: string[] }[] }[] = await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  axeCount.runs++;
  return found.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface View {
  width: 375 | 1280;
  colorScheme: 'light' | 'dark';
  menu: 'closed' | 'open';
}
export const VIEWS: View[] = ([375, 1280] as const).flatMap((width) =>
  (['light', 'dark'] as const).flatMap((colorScheme) =>
    (['closed', 'open'] as const).map((menu) => ({ width, colorScheme, menu })),
  ),
);
/** Phones fold the navigation into a menu; from 64rem its items sit in the bar and there is nothing to open. */
const MENU_SHOWN_AT = (width: number) => width < 1024;
export const viewName = (v: View) =>
  `${v.width} px ${v.colorScheme}, menu ${v.menu}` +
  (v.menu === 'open' && !MENU_SHOWN_AT(v.width) ? ': no menu at this width, its items sit in the bar' : '');

/**
 * Puts the loaded page in a view in place (viewport, colour scheme, menu), which the CSS follows live, and
 * returns axe's violations there; none to check where the view has no menu to open, after asserting that
 * the menu's items are on screen without it.
 */
export async function violationsIn(page: Page, view: View): Promise<string[]> {
  await page.setViewportSize({ width: view.width, height: view.width < 1024 ? 800 : 900 });
  await page.emulateMedia({ colorScheme: view.colorScheme });
  // The header's menu that is on screen (the 404 page holds one header per language).
  const menu = page.locator('details.menu').filter({ visible: true }).first();
  const summary = menu.locator('summary');
  const firstItem = menu.locator('nav a').first();
  if (!MENU_SHOWN_AT(view.width)) {
    await menu.evaluate((el) => ((el as HTMLDetailsElement).open = false));
    // Nothing to open: the button is gone and the menu's items are on screen in the bar.
    await expect.poll(() => summary.isVisible()).toBe(false);
    expect(await firstItem.isVisible()).toBe(true);
    if (view.menu === 'open') return [];
  } else {
    const open = await menu.evaluate((el) => (el as HTMLDetailsElement).open);
    if (open !== (view.menu === 'open')) await summary.click();
    expect(await firstItem.isVisible()).toBe(view.menu === 'open');
  }
  return violations(page);
}
