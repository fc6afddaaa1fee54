/**
 * What share images cost the build: the same site built without them
 * (SHARE_IMAGES=off, the build before they existed), with them on a cold cache,
 * and with them on a warm share-image cache (only `share-images/` carried over;
 * Astro's other caches start empty, as in CI). Alternating runs, each with fresh
 * output and cache folders; the fastest of each kind is compared, since a
 * shared machine only ever adds time.
 */
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../tests/support/build.ts';

/** The target: a warm-cache build at most this many times the build without share images. */
export const WARM_BUILD_TARGET = 1.25;

export interface ShareBuildTimes {
  withoutMs: number[];
  coldMs: number;
  warmMs: number[];
  images: number;
  imageBytes: number;
  /** Fastest warm build over fastest build without share images. */
  warmRatio: number;
}

export function timeShareImageBuilds(
  work: string,
  env: Record<string, string>,
  /** Where the last warm build writes the site, for the rest of the benchmark to serve. */
  outDir: string,
  log: (message: string) => void,
  runs = 2,
): ShareBuildTimes {
  const build = (name: string, out: string, extra: Record<string, string> = {}) => {
    const result = runBuild({ ...env, OUT_DIR: out, ASTRO_CACHE_DIR: join(work, `cache-${name}`), ...extra });
    if (result.status !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
    log(`  ${name}: ${(result.ms / 1000).toFixed(1)} s`);
    return result.ms;
  };
  log('Building with share images on a cold cache…');
  const coldOut = join(work, 'dist-cold');
  const coldMs = build('cold', coldOut);
  const og = join(coldOut, 'og');
  const images = readdirSync(og).filter((f) => f.endsWith('.png'));
  const imageBytes = images.reduce((sum, f) => sum + statSync(join(og, f)).size, 0);
  const withoutMs: number[] = [];
  const warmMs: number[] = [];
  for (let i = 1; i <= runs; i++) {
    log(`Building without share images, then with a warm share-image cache (run ${i} of ${runs})…`);
    withoutMs.push(build(`without-${i}`, join(work, `dist-without-${i}`), { SHARE_IMAGES: 'off' }));
    cpSync(join(work, 'cache-cold', 'share-images'), join(work, `cache-warm-${i}`, 'share-images'), {
      recursive: true,
    });
    warmMs.push(build(`warm-${i}`, i === runs ? outDir : join(work, `dist-warm-${i}`)));
  }
  return {
    withoutMs,
    coldMs,
    warmMs,
    images: images.length,
    imageBytes,
    warmRatio: Math.min(...warmMs) / Math.min(...withoutMs),
  };
}

export function shareBuildReport(t: ShareBuildTimes): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const fastest = (list: number[]) => `${s(Math.min(...list))} (runs: ${list.map(s).join(', ')})`;
  const verdict = t.warmRatio <= WARM_BUILD_TARGET ? 'PASS' : 'OVER';
  return [
    '\nBuild time and share images (astro build + Pagefind, wall clock; fresh Astro cache each time):',
    `  without share images (SHARE_IMAGES=off): ${fastest(t.withoutMs)}`,
    `  with share images, cold cache:           ${s(t.coldMs)} (draws ${t.images} images, ${(t.imageBytes / 1024).toFixed(0)} KiB; ${s(t.coldMs - Math.min(...t.withoutMs))} over the build without)`,
    `  with share images, warm cache:           ${fastest(t.warmMs)}`,
    `  warm / without: ${t.warmRatio.toFixed(2)}× — ${verdict} (target ≤ ${WARM_BUILD_TARGET}×; a time, so reported, not failed)`,
  ].join('\n');
}
