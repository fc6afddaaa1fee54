/**
 * Puts each page's share image into the build. Pages draw their images into the
 * cache while they render (src/components/head/ShareMeta.astro); this links (or copies) every
 * image a built page names in `og:image` from the cache to `og/`, and fails the
 * build if one is missing, so no page can point at a picture that is not there.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARE_DIR, shareCacheDir } from '../share/cache';

const OG_IMAGE = /<meta property="og:image" content="[^"]*\/([0-9a-f]+\.png)"/;

/** Bytes read first: the tag sits early in the head, so most pages need no more than this. */
const HEAD_BYTES = 16 * 1024;

/** The share image a page names: looked for in its first bytes, then in the whole file. */
function imageOf(file: string): string | undefined {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  return (
    head.toString('utf8', 0, length).match(OG_IMAGE)?.[1] ??
    (length === HEAD_BYTES ? readFileSync(file, 'utf8').match(OG_IMAGE)?.[1] : undefined)
  );
}

export function shareImagesIntegration(): AstroIntegration {
  return {
    name: 'istio-cases:share-images',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const names = new Set<string>();
        for (const page of pages) {
          const name = imageOf(join(site, page));
          if (name) names.add(name);
        }
        const out = join(site, SHARE_DIR);
        mkdirSync(out, { recursive: true });
        let bytes = 0;
        for (const name of [...names].sort()) {
          const cached = join(shareCacheDir(), name);
          if (!existsSync(cached))
            throw new Error(`The share image ${name} is named by a page but is not in ${shareCacheDir()}.`);
          // A hard link costs no bytes and no time; another disk, or a file already there, falls back to a copy.
          try {
            linkSync(cached, join(out, name));
          } catch {
            copyFileSync(cached, join(out, name));
          }
          bytes += statSync(cached).size;
        }
        logger.info(`Put ${names.size} share images (${Math.round(bytes / 1024)} KiB) into ${SHARE_DIR}/.`);
      },
    },
  };
}
