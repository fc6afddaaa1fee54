/**
 * Puts each page's share image into the build. Pages draw their images into the
 * cache while they render (src/components/head/ShareMeta.astro); this copies every
 * image a built page names in `og:image` from the cache to `og/`, and fails the
 * build if one is missing, so no page can point at a picture that is not there.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARE_DIR, shareCacheDir } from '../share/cache';

const OG_IMAGE = /<meta property="og:image" content="[^"]*\/([0-9a-f]+\.png)"/;

export function shareImagesIntegration(): AstroIntegration {
  return {
    name: 'istio-cases:share-images',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const names = new Set<string>();
        for (const page of pages) {
          const name = readFileSync(join(site, page), 'utf8').match(OG_IMAGE)?.[1];
          if (name) names.add(name);
        }
        const out = join(site, SHARE_DIR);
        mkdirSync(out, { recursive: true });
        let bytes = 0;
        for (const name of [...names].sort()) {
          const cached = join(shareCacheDir(), name);
          if (!existsSync(cached))
            throw new Error(`The share image ${name} is named by a page but is not in ${shareCacheDir()}.`);
          copyFileSync(cached, join(out, name));
          bytes += statSync(cached).size;
        }
        logger.info(`Copied ${names.size} share images (${Math.round(bytes / 1024)} KiB) into ${SHARE_DIR}/.`);
      },
    },
  };
}
