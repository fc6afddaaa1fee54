/**
 * Every built page, read as a parsed document: a Content-Security-Policy that
 * allows no inline script comes before anything it governs, no element carries
 * an inline script or event handler, and external links hand over neither the
 * opener nor the referrer.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elements, type HtmlElement } from '../support/html';
import { site } from '../support/site';

const { outDir } = site();
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
);

/** Script elements that are data, not code (structured data), which no CSP governs. */
const isData = (el: HtmlElement) => el.tag === 'script' && el.attrs['type'] === 'application/ld+json';

function cspOf(els: HtmlElement[]): { policy: string; index: number } {
  const index = els.findIndex(
    (el) => el.tag === 'meta' && el.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  return { policy: els[index]?.attrs['content'] ?? '', index };
}

describe.each(pages)('%s', (file) => {
  const els = elements(readFileSync(join(outDir, file), 'utf8'));

  it('has a strict Content-Security-Policy before anything it governs', () => {
    const { policy, index } = cspOf(els);
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    const scriptSrc = directives.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(
      scriptSrc.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s) && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
    ).toEqual([]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    const firstGoverned = els.findIndex(
      (el) => el.tag === 'script' || el.tag === 'style' || (el.tag === 'link' && el.attrs['rel'] === 'stylesheet'),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    if (firstGoverned >= 0) expect(index).toBeLessThan(firstGoverned);
  });

  it('runs no inline script and no event-handler attribute', () => {
    const inline = els.filter((el) => el.tag === 'script' && !el.attrs['src'] && !isData(el));
    const { policy } = cspOf(els);
    // An inline script is allowed only when the policy lists its exact hash.
    const unhashed = inline.filter((el) => !hashListed(policy, el.text));
    expect(unhashed.map((el) => el.text.slice(0, 80))).toEqual([]);
    const handlers = els.flatMap((el) =>
      Object.keys(el.attrs)
        .filter((a) => /^on/i.test(a))
        .map((a) => `<${el.tag} ${a}>`),
    );
    expect(handlers).toEqual([]);
    const jsUrls = els.filter((el) => /^\s*javascript:/i.test(el.attrs['href'] ?? el.attrs['src'] ?? ''));
    expect(jsUrls.map((el) => el.tag)).toEqual([]);
  });

  it('opens external links with rel="noopener noreferrer"', () => {
    const unsafe = els
      .filter((el) => el.tag === 'a' && /^https?:\/\//i.test(el.attrs['href'] ?? ''))
      .filter((el) => {
        const rel = (el.attrs['rel'] ?? '').split(/\s+/);
        return !rel.includes('noopener') || !rel.includes('noreferrer');
      });
    expect(unsafe.map((el) => el.attrs['href'])).toEqual([]);
  });
});

function hashListed(policy: string, body: string): boolean {
  return policy.includes(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

describe('the parsed-HTML checks', () => {
  it('read elements, not text that looks like them', () => {
    const els = elements(
      '<head><meta property="og:title" content="A </title> in a title"><title>x</title></head>' +
        '<!-- <script>alert(1)</script> --><a href="https://a.example/" rel="noopener noreferrer">a</a>',
    );
    expect(els.filter((el) => el.tag === 'script')).toEqual([]);
    expect(els.find((el) => el.tag === 'meta')?.attrs['content']).toBe('A </title> in a title');
  });
  it('see an inline script and an event handler where there is one', () => {
    const els = elements('<body><script>alert(1)</script><img src=x onerror="alert(2)"></body>');
    expect(els.filter((el) => el.tag === 'script' && !el.attrs['src']).map((el) => el.text)).toEqual(['alert(1)']);
    expect(els.find((el) => el.tag === 'img')?.attrs['onerror']).toBe('alert(2)');
  });
});
