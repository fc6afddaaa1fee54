/**
 * Every page carries a Content-Security-Policy that allows no inline script,
 * every external link opens without handing over the opener or the referrer,
 * and no page contains an inline script at all (JSON-LD data blocks are data:
 * each must parse as JSON and hold no markup that could end it early).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../support/site';

const { outDir } = site();
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
);

describe.each(pages)('%s', (file) => {
  const html = readFileSync(join(outDir, file), 'utf8');
  it('has a strict Content-Security-Policy and no inline script', () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc.trim()).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // Structured data (<script type="application/ld+json">) is data the browser never runs; nothing else inline.
    const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
    expect(inline.filter((tag) => tag !== '<script type="application/ld+json">')).toEqual([]);
    // The policy must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/));
  });
  it('carries structured data only as well-formed JSON-LD', () => {
    for (const [, body = ''] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      expect(body).not.toMatch(/</);
      expect(() => JSON.parse(body)).not.toThrow();
    }
  });
  it('opens external links with rel="noopener noreferrer"', () => {
    const external = [...html.matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)].map((m) => m[0]);
    const unsafe = external.filter((a) => !/rel="[^"]*noopener[^"]*"/.test(a) || !/rel="[^"]*noreferrer[^"]*"/.test(a));
    expect(unsafe).toEqual([]);
  });
});
