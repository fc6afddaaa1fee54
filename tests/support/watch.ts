/**
 * Everything a page does wrong while it loads, as one list of sentences: CSP
 * violations (recorded from the `securitypolicyviolation` event, because the
 * browser reports them as console errors located on the page itself), console
 * errors, uncaught exceptions, failed requests, HTTP errors and any request to
 * another host (aborted, so no test can reach the internet).
 */
import type { Page } from 'playwright-core';

/** The one console error a 404 page may log: its own status, on its own URL. */
const OWN_404 = /^Failed to load resource: the server responded with a status of 404/;

export async function watchPage(page: Page, origin: string): Promise<{ problems: string[]; scripts: string[] }> {
  const problems: string[] = [];
  const scripts: string[] = [];
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  // Injected through the DevTools protocol, so the page's own CSP does not block it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'an inline resource'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (OWN_404.test(m.text()) && m.location().url === page.url()) return;
    problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    // The document's own status is the test's to judge (a 404 page answers 404).
    const own = r.request().isNavigationRequest() && r.request().frame() === page.mainFrame();
    if (r.status() >= 400 && !own) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { problems, scripts };
}
