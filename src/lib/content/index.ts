/**
 * What the Markdown plugins need to know about the content (they run at config
 * time and cannot use `astro:content`): the site's pages, and each case's source
 * keys. Read from disk once, and again only when a facts file changes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allPagePaths } from '../url';
import { contentDir } from './dir';
import { readRawFiles } from './raw-files';
import { parseYaml } from './yaml';

export interface ContentIndex {
  /** Language-neutral paths of every page, for internal links. */
  pagePaths: ReadonlySet<string>;
  /** Source keys per case slug. */
  sourceKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** The facts file of a case, as messages name it. */
  factsFile: (slug: string) => string;
}

let cached: { signature: string; index: ContentIndex } | undefined;

/** Names and modification times of the facts files: when neither changed, the index still holds. */
function signatureOf(dir: string): string {
  const cases = join(dir, 'cases');
  return readdirSync(cases)
    .sort()
    .map((name) => `${name}:${statSync(join(cases, name)).mtimeMs}`)
    .join('|');
}

export function contentIndex(dir: string = contentDir): ContentIndex {
  const signature = signatureOf(dir);
  if (cached?.signature === signature) return cached.index;
  const sourceKeys = new Map<string, Set<string>>();
  const paths = new Map<string, string>();
  for (const file of readRawFiles(dir).files) {
    if (file.kind !== 'case') continue;
    paths.set(file.slug, file.path);
    const data = parseYaml(file.text, file.path).parsed?.data as { sources?: { key?: unknown }[] } | undefined;
    sourceKeys.set(file.slug, new Set((Array.isArray(data?.sources) ? data.sources : []).map((s) => String(s?.key))));
  }
  const index: ContentIndex = {
    pagePaths: new Set(allPagePaths([...sourceKeys.keys()])),
    sourceKeys,
    factsFile: (slug) => paths.get(slug) ?? join(dir, 'cases', `${slug}.yaml`),
  };
  cached = { signature, index };
  return index;
}
