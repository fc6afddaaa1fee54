/**
 * Share images are cached by a hash of what they show (the card, its design and
 * the font's version) in Astro's cache folder, which survives between builds:
 * an unchanged page costs one file check on the next build. The hash is also
 * the image's public name, so a changed card gets a new URL that link
 * previews cannot confuse with the old one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteConfig } from '../site.config';
import { CARD_DESIGN, type ShareCard } from './card';
import { fontVersion } from './fonts';

/** Folder of the images in the built site. */
export const SHARE_DIR = 'og';

export const shareCacheDir = () => resolve(siteConfig.cacheDir, 'share-images');

export function shareImageName(card: ShareCard): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([card, CARD_DESIGN, fontVersion()]))
    .digest('hex')
    .slice(0, 20);
  return `${hash}.png`;
}

/** Make sure the card's image is in the cache (drawing it if not) and return its file name. */
export async function cachedShareImage(card: ShareCard): Promise<string> {
  const name = shareImageName(card);
  const dir = shareCacheDir();
  const file = join(dir, name);
  if (!existsSync(file)) {
    // Imported here so that a warm build never loads the renderer.
    const { renderCard } = await import('./render');
    const png = await renderCard(card);
    mkdirSync(dir, { recursive: true });
    // Write then rename, so an interrupted build never leaves half an image in the cache.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  }
  return name;
}
