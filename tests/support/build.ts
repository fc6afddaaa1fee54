/**
 * Runs a real `astro build` with its own output and cache folders, returning exit
 * code and output. The scale benchmark starts its builds with the same command
 * (buildCommand) and measures them as they run.
 */
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

/** How every build is started, here and in the benchmarks: this Node, Astro's own entry, plain uncoloured output. */
export function buildCommand(env: Record<string, string>) {
  return {
    command: process.execPath,
    args: ['node_modules/astro/bin/astro.mjs', 'build'],
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  };
}

/** ANSI colour codes, stripped so assertions and phase markers read plain text. */
export const stripAnsi = (text: string) =>
  text.replaceAll(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');

/** Builds the project in `cwd` (this one by default). */
export function runBuild(env: Record<string, string>, cwd?: string): BuildResult {
  const started = Date.now();
  const { command, args, env: buildEnv } = buildCommand(env);
  const result = spawnSync(command, args, { cwd, env: buildEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: stripAnsi(`${result.stdout}\n${result.stderr}`), ms: Date.now() - started };
}

/**
 * The warnings a build printed (Astro's and Vite's "[WARN]" lines, with the code frame that follows each), so
 * a clean build can be required: a warning printed on every build is one nobody reads.
 */
export function buildWarnings(output: string): string[] {
  return output
    .split(/\n(?=\S)/)
    .filter((block) => /\[WARN\]|^\(!\)|\bwarning:/i.test(block))
    .map((block) => block.trim());
}
