/**
 * npm run new-case -- <slug>
 *
 * Writes a new case's facts and its article in every language (see
 * src/lib/content/scaffold.ts), then says what to do next. The scaffold reads
 * the schema from src/content.config.ts, which is written for Astro's module
 * resolution; two resolve hooks give it that here: `astro:content`, of which the
 * config only uses defineCollection, and imports written without `.ts`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'astro:content') {
      return { url: 'data:text/javascript,export const defineCollection = (c) => c;', shortCircuit: true };
    }
    try {
      return next(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return next(`${specifier}.ts`, context);
      throw error;
    }
  },
});

try {
  const { newCase } = await import('../src/lib/content/scaffold.ts');
  const written = newCase(process.argv[2]);
  console.log(
    `Wrote ${written.join(', ')}.\nFill them in; npm run check:content lists what is still missing, with the fix.`,
  );
} catch (error) {
  console.error(`new-case: ${(error as Error).message}`);
  process.exitCode = 1;
}
