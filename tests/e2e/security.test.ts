/**
 * Every page carries a Content-Security-Policy that allows inline scripts only
 * by the hash of their exact text (never 'unsafe-inline'), and every inline
 * script on the page matches one of those hashes; every external link opens
 * without handing over the opener or the referrer.
 */
import { createHash } from 'node:crypto';
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
  it('has a strict Content-Security-Policy that allows each inline script by its hash', () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    const scriptSrc = (csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '').trim().split(/\s+/);
    const hashes = scriptSrc.filter((s) => s.startsWith("'sha256-"));
    expect(scriptSrc.filter((s) => !hashes.includes(s))).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(inline.map(hashOf).filter((hash) => !hashes.includes(hash))).toEqual([]);
    // The policy must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/));
  });
  it('opens external links with rel="noopener noreferrer"', () => {
    const external = [...html.matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)].map((m) => m[0]);
    const unsafe = external.filter((a) => !/rel="[^"]*noopener[^"]*"/.test(a) || !/rel="[^"]*noreferrer[^"]*"/.test(a));
    expect(unsafe).toEqual([]);
  });
});
