import { launchBrowser } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/serve.ts';
const [dist, ...paths] = process.argv.slice(2);
const BASE = '/istio-production-cases/';
const served = await serveStatic(dist, BASE);
const browser = await launchBrowser();
for (const path of paths) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${served.origin}${BASE}${path}`);
      const name = `${path.replace(/\//g, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `/tmp/scale-work/shots/${name}`, fullPage: false });
      const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(name, 'overflow', over);
      await page.close();
    }
  }
}
await browser.close();
await served.close();
