/**
 * Builds the production site once under the GitHub Pages base path and serves it
 * on 127.0.0.1 on a free port for all browser tests; stops the server afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../support/chromium';
import { serveStatic } from '../support/serve';
import { buildWarnings, runBuild } from '../support/build';

export const TEST_BASE = '/istio-production-cases/';
export const TEST_SITE_URL = 'https://example.github.io';
/** GitHub Actions always sets GITHUB_REPOSITORY; tests set it too, so they see the same pages locally and in CI. */
export const TEST_REPOSITORY = 'example/istio-production-cases';

export default async function setup(project: TestProject) {
  ensureChromium();
  const work = mkdtempSync(join(tmpdir(), 'ipc-e2e-'));
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  const build = runBuild({
    BASE_PATH: TEST_BASE,
    SITE_URL: TEST_SITE_URL,
    GITHUB_REPOSITORY: TEST_REPOSITORY,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
  });
  if (build.status !== 0) throw new Error(`The production build failed:\n${build.output}`);
  const warnings = buildWarnings(build.output);
  if (warnings.length)
    throw new Error(`The production build printed warnings; fix their cause:\n${warnings.join('\n')}`);
  console.log(`Built the site under ${TEST_BASE} in ${(build.ms / 1000).toFixed(1)} s.`);
  const served = await serveStatic(outDir, TEST_BASE);
  project.provide('origin', served.origin);
  project.provide('base', TEST_BASE);
  project.provide('outDir', outDir);
  project.provide('cacheDir', cacheDir);
  return async () => {
    await served.close();
    if (!process.env.KEEP_REPRO) rmSync(work, { recursive: true, force: true });
  };
}
