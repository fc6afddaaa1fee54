/**
 * Debian's Chromium with one set of flags, for the browser tests and the
 * benchmarks alike. Imports carry their `.ts` extension because node runs the
 * benchmarks directly.
 */
import { chromium, type Browser } from 'playwright-core';
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
