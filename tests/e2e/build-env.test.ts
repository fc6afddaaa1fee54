/**
 * The build environment is validated in the real build, not only in unit
 * tests: a bad BASE_PATH or SITE_URL stops `astro build` before any page is
 * written, and the message names the variable and the fix.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build';

const work = mkdtempSync(join(tmpdir(), 'ipc-env-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with a bad environment', () => {
  it.each([
    [{ BASE_PATH: '../x' }, 'BASE_PATH: found "../x"', 'such as /istio-production-cases/'],
    [{ SITE_URL: 'https://user.github.io/sub' }, 'SITE_URL: found "https://user.github.io/sub"', 'goes in BASE_PATH'],
  ])('%j stops before writing anything', (env, found, fix) => {
    const outDir = join(work, Object.keys(env).join('-'));
    const build = runBuild({ ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(found);
    expect(build.output).toContain(fix);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
