/** What the global set-up provides to every browser test: where the built site is served. */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    base: string;
    outDir: string;
  }
}

export const site = () => {
  const origin = inject('origin');
  const base = inject('base');
  return {
    origin,
    base,
    outDir: inject('outDir'),
    url: (path: string) => `${origin}${base}${path.replace(/^\//, '')}`,
  };
};
