import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = '.github/workflows';
const workflows = readdirSync(dir).map((file) => ({ file, text: readFileSync(`${dir}/${file}`, 'utf8') }));

describe.each(workflows)('$file', ({ text }) => {
  const parsed = parse(text) as {
    permissions?: Record<string, string>;
    jobs: Record<string, { permissions?: unknown }>;
  };
  it('pins every action to a full commit SHA', () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1] as string);
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });
  it('grants no more than read access to the code, and writes only what Pages needs', () => {
    expect(parsed.permissions?.['contents']).toBe('read');
    const writes = Object.entries(parsed.permissions ?? {}).filter(([, level]) => level === 'write');
    expect(writes.map(([scope]) => scope).every((scope) => ['pages', 'id-token'].includes(scope))).toBe(true);
    for (const job of Object.values(parsed.jobs)) expect(job.permissions).toBeUndefined();
  });
});

describe('deployment', () => {
  it('builds with the URL and base path from configure-pages and deploys in the pages concurrency group', () => {
    const deploy = readFileSync(`${dir}/deploy.yml`, 'utf8');
    expect(deploy).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
    expect(deploy).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}');
    expect(parse(deploy).concurrency.group).toBe('pages');
  });
});
