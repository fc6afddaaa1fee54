/** Launches Debian's Chromium through playwright-core with the flags this sandbox needs. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../../scripts/ensure-chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
