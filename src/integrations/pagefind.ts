/**
 * Indexes the built site with Pagefind at the end of every build. Any indexing
 * error, or an index with no pages, fails the build: a site whose search finds
 * nothing must not deploy. Only what the site's search loads is written: the
 * prebuilt result interfaces Pagefind also offers (about 430 KB) would ship
 * unused, since the site draws its own results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_EXCLUDE_SELECTORS } from '../lib/search-exclude';

const PREBUILT_INTERFACE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'istio-cases:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: PAGEFIND_EXCLUDE_SELECTORS });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${site}.`);
          const bundle = await index.getFiles();
          if (bundle.errors.length) throw new Error(`Pagefind failed to make its bundle: ${bundle.errors.join('; ')}`);
          const outputPath = join(site, 'pagefind');
          const wanted = bundle.files.filter((file) => !PREBUILT_INTERFACE.test(file.path));
          for (const file of wanted) {
            const path = join(outputPath, file.path);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.content);
          }
          logger.info(
            `Read ${added.page_count} pages; wrote the search index (${wanted.length} files) into ${outputPath}.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
