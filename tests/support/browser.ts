/** The browser tests use the same Chromium launch as the benchmarks. */
export { CHROMIUM_FLAGS, launchChromium as launchBrowser } from '../../scripts/lib/chromium.ts';
