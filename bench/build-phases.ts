/**
 * Splits a build's wall time into phases from the lines Astro prints. Astro's
 * own timestamps have one-second resolution, so each line is stamped on
 * arrival instead (see measure-build.ts); a phase runs from the line that ends
 * the previous phase to the first line that ends it.
 */
import type { StampedLine } from './measure-build.ts';

export interface Phase {
  name: string;
  ms: number;
}

/** In the order a build passes them; a missing marker folds its phase into the next. */
const MARKERS: { name: string; ends: RegExp }[] = [
  { name: 'start-up (config, Vite, integrations)', ends: /\[content\] Syncing content/ },
  { name: 'content sync (read + validate YAML/MDX)', ends: /\[content\] Synced content/ },
  { name: 'types + build info', ends: /Building static entrypoints/ },
  { name: 'vite: server bundle (MDX compile)', ends: /\[vite\] .*built in/ },
  { name: 'vite: client bundle + assets', ends: /generating static routes/ },
  { name: 'render static routes', ends: /✓ Completed in/ },
  { name: 'sitemap', ends: /\[@astrojs\/sitemap\]/ },
  { name: 'Pagefind indexing', ends: /\[istio-cases:pagefind\]/ },
];

export function buildPhases(lines: readonly StampedLine[], totalMs: number): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let cursor = 0;
  let pending: string[] = [];
  for (const marker of MARKERS) {
    const at = lines.findIndex((line, i) => i >= cursor && marker.ends.test(line.text));
    pending.push(marker.name);
    if (at < 0) continue;
    const ms = (lines[at]?.ms ?? from) - from;
    phases.push({ name: pending.join(' + '), ms });
    from = lines[at]?.ms ?? from;
    cursor = at + 1;
    pending = [];
  }
  phases.push({ name: [...pending, 'shutdown (exit)'].join(' + '), ms: totalMs - from });
  return phases;
}

export interface RouteTimes {
  pages: number;
  /** Sum of Astro's per-page "(+N ms)" render times. */
  totalMs: number;
  slowest: { path: string; ms: number }[];
}

/** Astro prints `├─ /path/index.html (+12ms)` per page; sum them and name the slowest. */
export function routeTimes(lines: readonly StampedLine[]): RouteTimes {
  const routes = lines.flatMap((line) => {
    const m = line.text.match(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/);
    return m ? [{ path: m[1] ?? '', ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }] : [];
  });
  return {
    pages: routes.length,
    totalMs: routes.reduce((sum, r) => sum + r.ms, 0),
    slowest: [...routes].sort((a, b) => b.ms - a.ms).slice(0, 3),
  };
}
