/**
 * The heaviest page of each kind of listing in a built site, gzip bytes of its
 * HTML (CSS inlined, no script): every page of a paginated listing must stay in
 * budget, and the heaviest one is the one that would break it first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from '../tests/support/gzip-size.ts';
import { LANGS, LANGUAGES } from '../src/lib/languages.ts';

/** Each listing and the folders its pages live in, language-neutral; the home page's first page is the root. */
export const LISTING_KINDS = {
  home: ['page'],
  compare: ['compare'],
  capabilities: ['capabilities'],
  industries: ['industries'],
  platforms: ['platforms'],
  timeline: ['timeline'],
} as const;

export type ListingKind = keyof typeof LISTING_KINDS;

export interface ListingWeight {
  /** Path of the heaviest page, from the site root. */
  page: string;
  bytes: number;
  /** How many pages of this kind there are, both languages. */
  pages: number;
}

export function heaviestListings(outDir: string): Record<ListingKind, ListingWeight> {
  const result = {} as Record<ListingKind, ListingWeight>;
  for (const [kind, folders] of Object.entries(LISTING_KINDS) as [ListingKind, readonly string[]][]) {
    const pages: string[] = [];
    for (const lang of LANGS) {
      const prefix = LANGUAGES[lang].prefix ? `${LANGUAGES[lang].prefix}/` : '';
      if (kind === 'home') pages.push(prefix);
      for (const folder of folders) {
        const dir = join(outDir, prefix, folder);
        if (!existsSync(dir)) continue;
        for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
          if (file === 'index.html' || file.endsWith('/index.html'))
            pages.push(`${prefix}${folder}/${file.slice(0, -'index.html'.length)}`);
        }
      }
    }
    let heaviest: ListingWeight = { page: '', bytes: 0, pages: pages.length };
    for (const page of pages) {
      const bytes = gzipSize(readFileSync(join(outDir, page, 'index.html')));
      if (bytes > heaviest.bytes) heaviest = { page, bytes, pages: pages.length };
    }
    result[kind] = heaviest;
  }
  return result;
}
