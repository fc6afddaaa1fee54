/**
 * Loads one page cold (a fresh browser context, so an empty cache) and weighs
 * everything it fetched by the time the load event and network idle are done,
 * i.e. before any user input. Bodies are gzipped here because the local server
 * sends them uncompressed while GitHub Pages sends them gzipped.
 */
import type { Browser, Response } from 'playwright-core';
import { gzipSize } from './gzip-size.ts';

export const KINDS = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
type Kind = (typeof KINDS)[number];

interface Resource {
  url: string;
  status: number;
  kind: Kind;
  /** Uncompressed body bytes. */
  raw: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  status: number;
  requests: number;
  /** Gzip bytes per kind. */
  bytes: Record<Kind, number>;
  total: number;
  /**
   * What the page adds beyond the text it exists to show: every byte it loads,
   * gzip, with the text of <main> left out of its HTML (markup, styles, scripts,
   * attributes and the header and footer stay). A long article costs nothing here.
   */
  markup: number;
  /** Gzip bytes of the scripts written into the HTML (counted in its bytes too), each gzipped on its own. */
  inlineJs: number;
  /** Script files fetched plus inline scripts, gzip bytes. */
  jsBeforeInteraction: number;
  fontRequests: string[];
  /** @font-face rules whose font-display would hold back text (auto or block); fonts without requests still count. */
  blockingFontFaces: string[];
  resources: Resource[];
}

/** Content type first (our server sets it from the extension), the request type for the rest. */
function kindOf(resourceType: string, contentType: string, url: string): Kind {
  if (resourceType === 'font' || /^font\/|woff/.test(contentType) || /\.(woff2?|ttf|otf|eot)$/i.test(url))
    return 'fonts';
  if (contentType.startsWith('text/html') || resourceType === 'document') return 'html';
  if (contentType.startsWith('text/css') || resourceType === 'stylesheet') return 'css';
  if (/javascript/.test(contentType) || resourceType === 'script') return 'js';
  if (contentType.startsWith('image/') || resourceType === 'image') return 'images';
  return 'other';
}

/** The HTML without the text of its <main>: what the page's own markup weighs around the words. */
function withoutMainText(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const main = html.slice(start, end).replace(/>[^<]+</g, '><');
  return html.slice(0, start) + main + html.slice(end);
}

const bodies = new WeakMap<Resource, Uint8Array>();

async function weigh(response: Response): Promise<Resource> {
  const request = response.request();
  // Redirects and some error responses have no body to read.
  const body = await response.body().catch(() => new Uint8Array());
  const resource: Resource = {
    url: response.url(),
    status: response.status(),
    kind: kindOf(request.resourceType(), response.headers()['content-type'] ?? '', new URL(response.url()).pathname),
    raw: body.length,
    gzip: gzipSize(body),
  };
  bodies.set(resource, body);
  return resource;
}

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<Resource>[] = [];
    page.on('response', (response) => pending.push(weigh(response)));
    const main = await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // Only what arrived before idle counts: nothing after it happens without input.
    const resources = await Promise.all(pending.slice());
    const blockingFontFaces = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        // A cross-origin sheet's rules cannot be read; the site has none, and the e2e suite forbids them.
        [
          ...((): CSSRule[] => {
            try {
              return [...sheet.cssRules];
            } catch {
              return [];
            }
          })(),
        ]
          .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
          .filter((rule) => !['swap', 'optional', 'fallback'].includes(rule.style.getPropertyValue('font-display')))
          .map((rule) => rule.cssText),
      ),
    );
    // Inline scripts ride in the HTML, so `total` has them already; the JavaScript budget must see them too.
    // Data blocks (JSON-LD) are not scripts a browser runs.
    const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
      scripts
        .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
        .map((script) => script.textContent ?? ''),
    );
    const inlineJs = inlineScripts.reduce((sum, text) => sum + gzipSize(new TextEncoder().encode(text)), 0);
    const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
    for (const resource of resources) bytes[resource.kind] += resource.gzip;
    return {
      url,
      status: main?.status() ?? 0,
      requests: resources.length,
      bytes,
      total: resources.reduce((sum, r) => sum + r.gzip, 0),
      markup: resources.reduce((sum, r) => {
        const body = bodies.get(r);
        if (r.kind !== 'html' || r.url !== main?.url() || !body) return sum + r.gzip;
        return sum + gzipSize(new TextEncoder().encode(withoutMainText(new TextDecoder().decode(body))));
      }, 0),
      inlineJs,
      jsBeforeInteraction: bytes.js + inlineJs,
      fontRequests: resources.filter((r) => r.kind === 'fonts').map((r) => r.url),
      blockingFontFaces,
      resources,
    };
  } finally {
    await context.close();
  }
}
