import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinBase, localizedPath, pageUrl, withBase } from '../../src/lib/url';

afterEach(() => vi.unstubAllEnvs());

describe('base-path helper under a GitHub Pages project path', () => {
  it('prefixes site paths with the base', () => {
    vi.stubEnv('BASE_URL', '/istio-production-cases/');
    expect(withBase('/cases/trulia/')).toBe('/istio-production-cases/cases/trulia/');
    expect(withBase('favicon.svg')).toBe('/istio-production-cases/favicon.svg');
    expect(withBase('/')).toBe('/istio-production-cases/');
  });
  it('leaves absolute URLs, fragments and queries alone', () => {
    expect(joinBase('/repo/', 'https://istio.io/')).toBe('https://istio.io/');
    expect(joinBase('/repo/', '#source-T1')).toBe('#source-T1');
    expect(joinBase('/repo/', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
    expect(joinBase('/repo/', 'mailto:a@b.c')).toBe('mailto:a@b.c');
  });
  it('works at the root of a domain too', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(withBase('/cases/trulia/')).toBe('/cases/trulia/');
    expect(pageUrl('en', '/')).toBe('/en/');
  });
  it('tolerates a base without a trailing slash', () => {
    expect(joinBase('/repo', '/x/')).toBe('/repo/x/');
  });
});

describe('language paths', () => {
  it('keeps Chinese at the root and puts English under /en/', () => {
    expect(localizedPath('zh', '/cases/namely/')).toBe('/cases/namely/');
    expect(localizedPath('en', '/cases/namely/')).toBe('/en/cases/namely/');
    expect(localizedPath('en', '/')).toBe('/en/');
  });
  it('builds a page URL with base and language', () => {
    vi.stubEnv('BASE_URL', '/repo/');
    expect(pageUrl('en', '/search/')).toBe('/repo/en/search/');
    expect(pageUrl('zh', '/search/')).toBe('/repo/search/');
  });
});
