/**
 * Runs a real `astro build` (the command tests/support/build.ts defines, but asynchronously)
 * while measuring it: every output line is stamped with the time it arrived,
 * and the process tree's memory is sampled from /proc at a fixed interval.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { buildCommand, stripAnsi } from '../tests/support/build.ts';
import { systemTicks, treeMemory } from './proc-tree.ts';

export interface StampedLine {
  /** Milliseconds since the build was spawned. */
  ms: number;
  text: string;
}

export interface ProcessPeak {
  name: string;
  pid: number;
  /** VmHWM at the last sample before the process exited, bytes. */
  hwm: number;
  /** CPU ticks at the last sample (up to one interval short). */
  ticks: number;
}

export interface MeasuredBuild {
  status: number | null;
  ms: number;
  lines: StampedLine[];
  /** Highest sampled sum of RSS over the whole process tree, bytes, and when it was seen. */
  peakTreeRss: number;
  peakAtMs: number;
  samples: number;
  /** Per-process high-water marks; their sum bounds the tree's true peak from above. */
  processes: ProcessPeak[];
  /** Shares of all CPUs' time during the build: used by the build's tree, and by anything else on the machine. */
  cpu: { build: number; other: number };
}

export function measureBuild(env: Record<string, string>, sampleMs = 100): Promise<MeasuredBuild> {
  const started = performance.now();
  const ticksBefore = systemTicks();
  const selfBefore = process.cpuUsage();
  const { command, args, env: buildEnv } = buildCommand(env);
  const child = spawn(command, args, { env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: StampedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) =>
      lines.push({ ms: performance.now() - started, text: stripAnsi(line) }),
    );
  }
  let peakTreeRss = 0;
  let peakAtMs = 0;
  let samples = 0;
  const peaks = new Map<number, ProcessPeak>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = treeMemory(child.pid);
    const total = tree.reduce((sum, p) => sum + p.rss, 0);
    samples++;
    if (total > peakTreeRss) {
      peakTreeRss = total;
      peakAtMs = performance.now() - started;
    }
    for (const p of tree) {
      const seen = peaks.get(p.pid);
      // Keep the first name: an exiting process has an empty cmdline and falls back to its thread name.
      const name = seen?.name ?? p.name;
      peaks.set(p.pid, {
        name,
        pid: p.pid,
        hwm: Math.max(p.hwm, seen?.hwm ?? 0),
        ticks: Math.max(p.ticks, seen?.ticks ?? 0),
      });
    }
  };
  const timer = setInterval(sample, sampleMs);
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    // 'close' waits for stdout and stderr to end, so every line is in.
    child.on('close', (status) => {
      clearInterval(timer);
      const after = systemTicks();
      const total = Math.max(1, after.total - ticksBefore.total);
      const build = [...peaks.values()].reduce((sum, p) => sum + p.ticks, 0) / total;
      // This process's own sampling is not "other" work: convert its CPU time to a share of the same span.
      const self = process.cpuUsage(selfBefore);
      const wallCpus = ((performance.now() - started) * 1000 * availableParallelism()) / 1e6;
      const selfShare = (self.user + self.system) / 1e6 / Math.max(1e-9, wallCpus);
      const other = Math.max(0, (after.busy - ticksBefore.busy) / total - build - selfShare);
      done({
        status,
        ms: performance.now() - started,
        lines,
        peakTreeRss,
        peakAtMs,
        samples,
        processes: [...peaks.values()].sort((a, b) => b.hwm - a.hwm),
        cpu: { build, other },
      });
    });
  });
}

/** Clock ticks per second of /proc's CPU counters (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds of the whole build tree, from each process's last sampled counters (up to one interval short). */
export const cpuSeconds = (build: MeasuredBuild) =>
  build.processes.reduce((sum, p) => sum + p.ticks, 0) / TICKS_PER_SECOND;
