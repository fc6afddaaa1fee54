/** Two builds of the same commit produce byte-identical dist/ folders, so a deploy can be verified and cached. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build';
import { site } from '../support/site';
import { TEST_BASE, TEST_REPOSITORY, TEST_SITE_URL } from './global-setup';

const work = process.env.KEEP_REPRO ?? mkdtempSync(join(tmpdir(), 'ipc-repro-'));
afterAll(() => {
  if (!process.env.KEEP_REPRO) rmSync(work, { recursive: true, force: true });
});

function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(
    files.sort().map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

describe('reproducible builds', () => {
  it('a second build, with a fresh cache, is byte-identical to the first', () => {
    const outDir = join(work, 'dist');
    const build = runBuild({
      BASE_PATH: TEST_BASE,
      SITE_URL: TEST_SITE_URL,
      GITHUB_REPOSITORY: TEST_REPOSITORY,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
    });
    expect(build.status, build.output).toBe(0);
    const first = fingerprint(site().outDir);
    const second = fingerprint(outDir);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(50);
  });
});
