/**
 * Share images are cached by a hash of what they show (the card, its design and
 * the font's version) in Astro's cache folder, which survives between builds:
 * an unchanged card costs one file read on the next build. The hash is also
 * the image's public name, so a changed card gets a new URL that link
 * previews cannot confuse with the old one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteConfig } from '../site.config';
import { CARD_DESIGN, type ShareCard } from './card';
import { fontVersion } from './fonts';

const shareCacheDir = () => resolve(siteConfig.cacheDir, 'share-images');

/** The image's name without its extension: the hash of everything it shows. */
export function shareImageName(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify([card, CARD_DESIGN, fontVersion()]))
    .digest('hex')
    .slice(0, 20);
}

/** The card's PNG: from the cache, or drawn and cached. */
export async function cachedShareImage(card: ShareCard): Promise<Buffer> {
  const dir = shareCacheDir();
  const file = join(dir, `${shareImageName(card)}.png`);
  if (existsSync(file)) return readFileSync(file);
  // Imported here so that a warm build never loads the renderer.
  const { renderCard } = await import('./render');
  const png = await renderCard(card);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so an interrupted build never leaves half an image in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
