/** Runs a real `astro build` with its own output and cache folders, returning exit code and output. */
import { spawnSync } from 'node:child_process';

export interface BuildResult {
  status: number | null;
  output: string;
  ms: number;
}

/** Variables a test runner sets (Vite's import.meta.env mirrors) that would leak into the site build. */
const RUNNER_ONLY = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_ONLY.test(key)));
}

export function runBuild(env: Record<string, string>): BuildResult {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Strip ANSI colour codes so assertions read plain text.
  const escape = String.fromCharCode(27);
  const output = `${result.stdout}\n${result.stderr}`.replaceAll(new RegExp(`${escape}\\[[0-9;]*m`, 'g'), '');
  return { status: result.status, output, ms: Date.now() - started };
}
