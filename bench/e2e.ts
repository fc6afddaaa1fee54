/**
 * `npm run bench:e2e -- [--root DIR] [test files…]`: runs the end-to-end suite
 * once and prints its wall time, the CPU time of the whole process tree (the
 * build, Vitest, Chromium and its renderers) and each file's duration. CPU time
 * is the fairer figure on a shared machine, where wall time depends on what
 * else runs. The tree is sampled from /proc, because Chromium's helper
 * processes are not reaped by their parents and so never reach getrusage().
 * `--root` runs another checkout's suite (e.g. an older commit) the same way.
 * Times are printed, never asserted.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { stripAnsi } from '../tests/support/build.ts';
import { treeMemory } from './proc-tree.ts';
import { table } from './table.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = resolve(at >= 0 ? (args.splice(at, 2)[1] ?? '.') : resolve(import.meta.dirname, '..'));
const TICKS_PER_SECOND = 100;

/** Children's CPU already reaped by this process (cutime + cstime), in ticks. */
const reapedTicks = () => {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[13]) + Number(fields[14]);
};

const started = performance.now();
const reapedBefore = reapedTicks();
const child = spawn(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...args],
  { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } },
);

/** Highest CPU ticks seen per process of the tree; a process keeps its last sample after it exits. */
const seen = new Map<number, { name: string; ticks: number }>();
const sample = () => {
  if (child.pid === undefined) return;
  for (const p of treeMemory(child.pid)) {
    const before = seen.get(p.pid);
    // Chromium rewrites its command line into argv[0]; the first word names the program.
    const name = before?.name ?? p.name.split(/\s/)[0] ?? p.name;
    seen.set(p.pid, { name, ticks: Math.max(p.ticks, before?.ticks ?? 0) });
  }
};
const timer = setInterval(sample, 250);

const files: { file: string; tests: string; ms: number }[] = [];
for (const stream of [child.stdout, child.stderr]) {
  createInterface({ input: stream }).on('line', (raw) => {
    const line = stripAnsi(raw);
    console.log(line);
    const m = line.match(/^\s*[✓❯×]\s+(tests\/\S+)\s+\((\d+ tests?)[^)]*\)\s+(\d+)ms/);
    if (m) files.push({ file: m[1] ?? '', tests: m[2] ?? '', ms: Number(m[3]) });
  });
}

const status = await new Promise<number | null>((done) => child.on('close', done));
clearInterval(timer);
const wallMs = performance.now() - started;
const sampled = [...seen.values()].reduce((sum, p) => sum + p.ticks, 0) / TICKS_PER_SECOND;
const reaped = (reapedTicks() - reapedBefore) / TICKS_PER_SECOND;
const byName = new Map<string, number>();
for (const p of seen.values()) byName.set(p.name, (byName.get(p.name) ?? 0) + p.ticks / TICKS_PER_SECOND);

console.log(
  table(
    `End-to-end suite in ${root} (exit ${status})`,
    ['measure', 'seconds'],
    [
      ['wall clock', (wallMs / 1000).toFixed(1)],
      ['CPU, whole tree (sampled from /proc every 250 ms)', sampled.toFixed(1)],
      ['CPU, reaped children (getrusage; misses Chromium helpers)', reaped.toFixed(1)],
      ...[...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([name, s]) => [`  of which ${name}`, s.toFixed(1)]),
    ],
  ),
);
console.log(
  table(
    'Per file (Vitest’s own durations)',
    ['file', 'tests', 'seconds'],
    files.map((f) => [f.file, f.tests, (f.ms / 1000).toFixed(1)]),
    'lr',
  ),
);
process.exitCode = status ?? 1;
