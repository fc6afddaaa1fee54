/**
 * The content collections' one loader. It runs the content gate over the whole
 * content folder inside Astro's content sync, so `astro build`, `astro dev`,
 * `astro check` and `astro sync` all stop on bad content with the whole list
 * of problems, before any MDX is compiled; then it stores, for its collection,
 * the entries the gate parsed and judged, so the data pages read is exactly
 * the data that was checked. Every collection's loader shares one gate run per
 * state of the content folder.
 *
 * In `astro dev` the gate runs again on every change in the content folder and
 * prints the same report; a file with a problem leaves its collection until it
 * is fixed, so no page renders an article the gate has refused.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent, type CheckResult, type CollectionName, type Schemas } from './check';
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

/** Print a result once, whichever loader sees it first. */
function report(context: LoaderContext, result: CheckResult, started: number) {
  if (result === reported) return;
  const again = reported !== undefined;
  reported = result;
  if (result.problems.length) context.logger.error(formatProblems(result.problems));
  else
    context.logger.info(
      `Content gate: ${result.files} files of ${result.cases} cases ${again ? 'pass again' : 'checked'} in ${Math.round(performance.now() - started)} ms.`,
    );
}

/** Store the collection's entries that passed the gate; remove every other. */
async function store(context: LoaderContext, collection: CollectionName, result: CheckResult) {
  const root = fileURLToPath(context.config.root);
  const kept = new Set<string>();
  for (const entry of result.entries[collection]) {
    kept.add(entry.id);
    const path = resolve(entry.file);
    const filePath = relative(root, path).split(sep).join('/');
    const digest = context.generateDigest(entry.text);
    const existing = context.store.get(entry.id);
    if (existing?.digest === digest && existing.filePath === filePath) {
      // Unchanged since the last sync: Astro still needs to know which module renders it.
      if (entry.body !== undefined) context.store.addModuleImport(filePath);
      continue;
    }
    const data = await context.parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: path });
    context.store.set({
      id: entry.id,
      data,
      filePath,
      digest,
      ...(entry.body !== undefined ? { body: entry.body, deferredRender: true } : {}),
    });
  }
  for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
}

export function gated(collection: CollectionName, schemas: Schemas): Loader {
  return {
    name: 'content-gate',
    load: async (context) => {
      const started = performance.now();
      const result = checkOnce(schemas);
      report(context, result, started);
      if (result.problems.length && !context.watcher) {
        const error = new ContentError(result.problems);
        // A stack trace points into this file, which is not where the problem is.
        error.stack = '';
        throw error;
      }
      await store(context, collection, result);
      if (!context.watcher) return;
      const folder = resolve(contentDir);
      context.watcher.add(folder);
      const recheck = async (path: string) => {
        if (!resolve(path).startsWith(folder + sep)) return;
        const again = performance.now();
        const next = checkOnce(schemas);
        report(context, next, again);
        await store(context, collection, next);
      };
      for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, (path) => void recheck(path));
    },
  };
}
