/**
 * Runs the content gate before a collection loads, inside Astro's content sync,
 * so `astro build`, `astro dev`, `astro check` and `astro sync` all stop on bad
 * content with the whole list of problems, before Astro's own schema check or
 * any MDX is compiled. Both collections share one run per sync. In `astro dev`
 * the gate runs again on every change in the content folder and prints the
 * same report, so an edit is judged by the same rules as a build.
 */
import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent, type CheckResult, type Schemas } from './check';
import { contentDir } from './dir';
import { ContentError, formatProblems } from './problem';
import { contentSignature } from './raw-files';

let last: { signature: string; result: CheckResult } | undefined;
let reported: CheckResult | undefined;

/** One check per state of the content folder: every collection's loader asks, the first one checks. */
function checkOnce(schemas: Schemas): CheckResult {
  const signature = contentSignature(contentDir);
  if (last?.signature !== signature) last = { signature, result: checkContent(schemas, contentDir) };
  return last.result;
}

let watching = false;

/** In dev, check again whenever a content file is added, changed or removed. */
function watch(context: LoaderContext, schemas: Schemas) {
  if (watching || !context.watcher) return;
  watching = true;
  const root = resolve(contentDir) + sep;
  const recheck = (path: string) => {
    if (!resolve(path).startsWith(root)) return;
    const result = checkOnce(schemas);
    if (result === reported) return;
    reported = result;
    if (result.problems.length) context.logger.error(formatProblems(result.problems));
    else context.logger.info(`Content gate: ${result.files} files of ${result.cases} cases pass again.`);
  };
  for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, recheck);
}

export function gated(loader: Loader, schemas: Schemas): Loader {
  return {
    ...loader,
    name: `gated-${loader.name}`,
    load: async (context) => {
      const started = performance.now();
      watch(context, schemas);
      const result = checkOnce(schemas);
      const first = result !== reported;
      reported = result;
      if (result.problems.length) {
        if (first) context.logger.error(formatProblems(result.problems));
        const error = new ContentError(result.problems);
        // A stack trace points into this file, which is not where the problem is.
        error.stack = '';
        throw error;
      }
      if (first) {
        context.logger.info(
          `Content gate: ${result.files} files of ${result.cases} cases checked in ${Math.round(performance.now() - started)} ms.`,
        );
      }
      return loader.load(context);
    },
  };
}
