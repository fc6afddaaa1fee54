/**
 * Debian's Chromium for the benchmark, with the same flags as the browser tests.
 * tests/support/browser.ts cannot be imported here: node runs this directly and
 * that file imports without a `.ts` extension, which only Vitest resolves.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../ensure-chromium.ts';

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, OFFLINE_FLAG] });
}
