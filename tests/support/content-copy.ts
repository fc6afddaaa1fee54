/**
 * Builds of an edited copy of the content. The tests that add cases (a ninth
 * case; enough copies that every listing has a second page) copy src/content to
 * a temporary folder, change the copy, and build it as CI does, under the
 * GitHub Pages base path, so the real content is never touched.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS } from '../../src/lib/languages';
import { runBuild, type BuildResult } from './build';

export const COPY_BASE = '/istio-production-cases/';
export const COPY_SITE_URL = 'https://example.github.io';

/** How many cases a content folder holds: its facts files. */
export const countCases = (content = 'src/content') =>
  readdirSync(join(content, 'cases')).filter((file) => file.endsWith('.yaml')).length;

/** Adds a copy of case `from` as `slug`: its facts and its article in every language, each passed through `edit`. */
export function copyCase(content: string, from: string, slug: string, edit: (text: string) => string) {
  const copy = (path: (name: string) => string) =>
    writeFileSync(join(content, path(slug)), edit(readFileSync(join(content, path(from)), 'utf8')));
  copy((name) => `cases/${name}.yaml`);
  for (const lang of LANGS) copy((name) => `articles/${lang}/${name}.mdx`);
}

export interface ContentBuild {
  content: string;
  dist: string;
  build: BuildResult;
  caseCount: number;
  /** Deletes the copy, its build and its cache. */
  remove(): void;
}

/**
 * Copies the content, lets `edit` change the copy, and builds it; a failed build throws with Astro's output.
 * `shareImagesFrom`, another build's cache folder, lends its share images: only the cards the edit changes
 * are drawn again, the rest are the same bytes.
 */
export function buildEditedContent(
  name: string,
  edit: (content: string) => void,
  shareImagesFrom?: string,
): ContentBuild {
  const work = mkdtempSync(join(tmpdir(), `ipc-${name}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  cpSync('src/content', content, { recursive: true });
  edit(content);
  const images = shareImagesFrom && join(shareImagesFrom, 'share-images');
  if (images && existsSync(images)) cpSync(images, join(cache, 'share-images'), { recursive: true });
  const build = runBuild({
    CONTENT_DIR: content,
    OUT_DIR: dist,
    ASTRO_CACHE_DIR: cache,
    BASE_PATH: COPY_BASE,
    SITE_URL: COPY_SITE_URL,
  });
  const caseCount = countCases(content);
  if (build.status !== 0) throw new Error(`The ${name} build, with ${caseCount} cases, failed:\n${build.output}`);
  return { content, dist, build, caseCount, remove: () => rmSync(work, { recursive: true, force: true }) };
}

const EN_ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const EN_TENS = ',,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'.split(',');
const ZH_DIGITS = '零一二三四五六七八九';

/** A count below 100 in words, as copy would spell it: "nine", "twenty-one"; 九, 二十一. */
export function countInWords(n: number): { en: string; zh: string } {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error(`No words for ${n} cases here; extend countInWords.`);
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  const en = n < 20 ? (EN_ONES[n] as string) : `${EN_TENS[tens]}${ones ? `-${EN_ONES[ones]}` : ''}`;
  const zhOnes = ones ? (ZH_DIGITS[ones] as string) : '';
  const zh = n < 10 ? (ZH_DIGITS[n] as string) : `${tens > 1 ? ZH_DIGITS[tens] : ''}十${zhOnes}`;
  return { en, zh };
}
