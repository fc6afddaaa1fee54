/**
 * Indexes the built site with Pagefind at the end of every build. Any indexing
 * error, or an index with no pages, fails the build: a site whose search finds
 * nothing must not deploy.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_EXCLUDE_SELECTORS } from '../lib/search-exclude';

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
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind failed to write its bundle: ${written.errors.join('; ')}`);
          logger.info(`Read ${added.page_count} pages; wrote the search index into ${written.outputPath}.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
