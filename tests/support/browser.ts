/**
 * Debian's Chromium with one set of flags, for the browser tests and the
 * benchmarks alike. Imports carry their `.ts` extension because node runs the
 * benchmarks directly.
 */
import { availableParallelism } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './chromium.ts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Resolve every host but the local server to nothing, so no run can reach the internet. */
export const OFFLINE_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, OFFLINE_FLAG] });
}

/**
 * Lends a few tabs made by `open`, each reused from page to page, to tests that
 * run concurrently: a fresh tab per page costs more than checking the page, and
 * more tabs than cores only queue up. `close` closes them all.
 */
export function tabPool(open: () => Promise<Page>, size = Math.min(2, availableParallelism())) {
  const free: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let opened = 0;
  return {
    async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
      const page =
        free.pop() ??
        (opened < size ? (opened++, await open()) : await new Promise<Page>((resolve) => waiting.push(resolve)));
      try {
        return await task(page);
      } finally {
        const next = waiting.shift();
        if (next) next(page);
        else free.push(page);
      }
    },
    close: () => Promise.all(free.map((page) => page.context().close())),
  };
}
