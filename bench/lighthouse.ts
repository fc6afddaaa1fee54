/**
 * Lighthouse's Node API with its default config (mobile, simulated throttling)
 * against Debian's Chromium, one fresh browser per page so no run warms the next.
 * Chromium is told to resolve no host but the local server, so nothing reaches
 * the internet. Each page is audited in light and dark, since the colours (and so
 * the contrast audit) differ.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM } from '../tests/support/chromium.ts';
import { CHROMIUM_FLAGS, OFFLINE_FLAG } from '../tests/support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  explanation?: string;
  details?: unknown;
}

export interface LighthouseRun {
  url: string;
  /** Exact category scores out of 100, unrounded, so 99.6 is never mistaken for 100. */
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  failing: FailingAudit[];
  warnings: string[];
  /** Requests Lighthouse saw to any other origin; must stay empty (the offline flag would make them fail anyway). */
  offOrigin: string[];
}

/** URLs from the network-requests audit that are not on the page's own origin. */
function offOriginRequests(lhr: Result, origin: string): string[] {
  const details = lhr.audits['network-requests']?.details;
  const items = details?.type === 'table' ? details.items : [];
  return items
    .map((item) => String(item['url'] ?? ''))
    .filter((url) => url && !url.startsWith(origin) && !url.startsWith('data:'));
}

/** Every audit that costs its category points, with what Lighthouse says about it. */
function failingAudits(lhr: Result): FailingAudit[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) return [];
      return [
        {
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          ...(audit.explanation ? { explanation: audit.explanation } : {}),
          ...(audit.details ? { details: audit.details } : {}),
        },
      ];
    }),
  );
}

/** The colour scheme the page is asked for; Blink's setting, since Lighthouse has no option for it. */
export type Scheme = 'light' | 'dark';
const SCHEME_FLAG: Record<Scheme, string> = {
  light: '--blink-settings=preferredColorScheme=1',
  dark: '--blink-settings=preferredColorScheme=0',
};

export async function runLighthouse(url: string, scheme: Scheme = 'light'): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS, OFFLINE_FLAG, SCHEME_FLAG[scheme]],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const score = (category: Category) => {
      const value = lhr.categories[category]?.score;
      return value === null || value === undefined ? null : value * 100;
    };
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    return {
      url,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number | null>,
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failing: failingAudits(lhr),
      warnings: lhr.runWarnings,
      offOrigin: offOriginRequests(lhr, new URL(url).origin),
    };
  } finally {
    chrome.kill();
  }
}
