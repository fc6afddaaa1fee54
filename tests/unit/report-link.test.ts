import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportUrl } from '../../src/lib/report-issue';
import { caseSlugs } from '../support/budgets';

const repository = 'https://github.com/someone/istio-production-cases';
const file = 'src/content/cases/trulia.yaml';

describe('the report link of a case page', () => {
  it('opens a new issue, prefilled, where the repository takes issues', () => {
    const url = new URL(
      reportUrl({ repository, issues: true, branch: 'main' }, 'Error: Trulia', 'Page: x', file) ?? '',
    );
    expect(url.pathname).toBe('/someone/istio-production-cases/issues/new');
    expect(url.searchParams.get('title')).toBe('Error: Trulia');
    expect(url.searchParams.get('body')).toBe('Page: x');
  });
  it('opens GitHub’s editor on the case’s file, on the built branch, where Issues are off (as on a fork)', () => {
    const href = reportUrl({ repository, issues: false, branch: 'site' }, 'Error', 'Page: x', file);
    expect(href).toBe(`${repository}/edit/site/${file}`);
  });
  it('is not there when the repository is unknown', () => {
    expect(reportUrl({ repository: undefined, issues: true, branch: 'main' }, 'Error', 'Page', file)).toBeUndefined();
  });
  it('names a file every case has, where the case page passes it', () => {
    for (const slug of caseSlugs()) expect(existsSync(`src/content/cases/${slug}.yaml`), slug).toBe(true);
  });
  describe('as the build reads it', () => {
    afterEach(() => vi.unstubAllEnvs());
    const config = async (issues: string | undefined, branch: string | undefined) => {
      vi.stubEnv('REPOSITORY_ISSUES', issues);
      vi.stubEnv('REPOSITORY_BRANCH', branch);
      vi.resetModules();
      return (await import('../../src/site.config')).siteConfig;
    };
    it('takes issues and main unless the deploy workflow says otherwise', async () => {
      expect(await config(undefined, undefined)).toMatchObject({ issues: true, branch: 'main' });
      expect(await config('true', '')).toMatchObject({ issues: true, branch: 'main' });
      expect(await config('false', 'site')).toMatchObject({ issues: false, branch: 'site' });
    });
  });
});
