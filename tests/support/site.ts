/** What the global set-up provides to every browser test: where the built site is served. */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    base: string;
    outDir: string;
    /** Astro's cache folder of that build, share images included. */
    cacheDir: string;
  }
}

export const site = () => {
  const origin = inject('origin');
  const base = inject('base');
  return {
    origin,
    base,
    outDir: inject('outDir'),
    cacheDir: inject('cacheDir'),
    url: (path: string) => `${origin}${base}${path.replace(/^\//, '')}`,
  };
};
