/**
 * Memory and CPU of a process tree, read from Linux /proc. The build is a node
 * process that spawns Pagefind's native binary (and possibly helpers), so the
 * tree, not one pid, is what must fit in a CI runner's memory.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessMemory {
  pid: number;
  name: string;
  /** Resident set size now, bytes. */
  rss: number;
  /** The kernel's high-water mark of this process's RSS so far (VmHWM), bytes. */
  hwm: number;
  /** CPU time used so far (utime + stime), in clock ticks. */
  ticks: number;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // The process exited between listing and reading.
  }
};

/** Fields of /proc/<pid>/stat after `comm`, which may contain spaces or parentheses: [0] is field 3 (state). */
const statFields = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** Parent and CPU ticks of every live process. */
function processes(): Map<number, { ppid: number; ticks: number }> {
  const map = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    const f = statFields(stat);
    map.set(Number(entry), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
  }
  return map;
}

/** Busy and total clock ticks of all CPUs since boot, from /proc/stat. */
export function systemTicks(): { busy: number; total: number } {
  const [, ...values] = (read('/proc/stat') ?? '').split('\n')[0]?.trim().split(/\s+/) ?? [];
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = values.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

const kib = (status: string, field: string) =>
  Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;

/** The root and all its live descendants, with their memory. */
export function treeMemory(root: number): ProcessMemory[] {
  const all = processes();
  const inTree = new Set([root]);
  // Repeat until stable: /proc order does not put parents before children.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid: parent }] of all) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return [...inTree].flatMap((pid) => {
    const status = read(`/proc/${pid}/status`);
    if (!status) return [];
    // argv[0]'s basename says "node" or "pagefind_extended"; Name is the main thread's name ("MainThread").
    const argv0 = read(`/proc/${pid}/cmdline`)?.split('\0')[0]?.split('/').pop();
    const name = argv0 || (status.match(/^Name:\s+(.*)$/m)?.[1] ?? String(pid));
    return [{ pid, name, rss: kib(status, 'VmRSS'), hwm: kib(status, 'VmHWM'), ticks: all.get(pid)?.ticks ?? 0 }];
  });
}
