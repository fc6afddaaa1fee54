/** The browser tests use the same Chromium launch as the benchmarks. */
export { launchChromium as launchBrowser } from '../../scripts/lib/chromium.ts';
