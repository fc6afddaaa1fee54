import { describe, expect, it } from 'vitest';
import { BuildEnvError, normaliseBase, normaliseRepository, normaliseSiteUrl } from '../../src/site.config';

/** Every rejection names the variable and what was found, and says how to fix it. */
function rejection(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BuildEnvError);
    return (error as Error).message;
  }
  throw new Error('expected the value to be rejected, and it was accepted');
}

describe('BASE_PATH', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['/repo/', '/repo/'],
    ['//a//b/', '/a/b/'],
    [' /istio-production-cases ', '/istio-production-cases/'],
  ])('%j becomes %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it.each([
    ['../x', '".."'],
    ['/repo/../../etc/', '".."'],
    ['/./repo/', '"."'],
    ['/.git/', '".git"'],
    ['/re po/', 'spaces'],
    ['/repo?x=1', 'query'],
    ['/repo#top', 'fragment'],
    ['/%2e%2e/', '"%" escapes'],
    ['\\repo\\', 'backslashes'],
    ['/<script>/', '"<script>"'],
  ])('rejects %j, naming the variable and the fix', (raw, detail) => {
    const message = rejection(() => normaliseBase(raw));
    expect(message).toMatch(/^BASE_PATH: found /);
    expect(message).toContain(JSON.stringify(raw));
    expect(message).toContain('such as /istio-production-cases/');
    expect(message).toContain(detail);
  });
});

describe('SITE_URL', () => {
  it.each([
    ['https://user.github.io', 'https://user.github.io'],
    ['https://user.github.io/', 'https://user.github.io'],
    ['http://localhost:4321', 'http://localhost:4321'],
    ['HTTPS://Example.ORG', 'https://example.org'],
  ])('%j becomes the origin %j', (raw, expected) => {
    expect(normaliseSiteUrl(raw)).toBe(expected);
  });

  it.each([
    ['not-a-url', 'not an absolute URL'],
    ['user.github.io', 'not an absolute URL'],
    ['javascript:alert(1)', 'scheme javascript:'],
    ['ftp://user.github.io', 'scheme ftp:'],
    ['https://user.github.io/sub', 'the path /sub'],
    ['https://user.github.io/sub/', 'the path /sub/'],
    ['https://me:secret@user.github.io', 'credentials'],
    ['https://user.github.io?x=1', 'query or fragment'],
    ['https://user.github.io#x', 'query or fragment'],
  ])('rejects %j (%s), naming the variable and the fix', (raw, detail) => {
    const message = rejection(() => normaliseSiteUrl(raw));
    expect(message).toMatch(/^SITE_URL: found /);
    expect(message).toContain(detail);
    expect(message).toContain('BASE_PATH');
  });
});

describe('GITHUB_REPOSITORY', () => {
  it('links to the repository when it is owner/name, and to nothing when unset', () => {
    expect(normaliseRepository('octo/istio-production-cases')).toBe('https://github.com/octo/istio-production-cases');
    expect(normaliseRepository(undefined)).toBeUndefined();
    expect(normaliseRepository('  ')).toBeUndefined();
  });
  it.each(['octo', 'octo/repo/extra', 'octo/..', 'https://github.com/octo/repo', 'octo/re po'])('rejects %j', (raw) => {
    expect(rejection(() => normaliseRepository(raw))).toMatch(/^GITHUB_REPOSITORY: found .*owner\/name/);
  });
});
