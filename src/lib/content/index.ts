/**
 * What the Markdown plugins need to know about the content (they run at config
 * time and cannot use `astro:content`): the site's pages, and each case's source
 * keys. Read from disk once, and again only when a facts file changes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { istioReleases, releaseSources } from '../../data/istio-releases';
import { allPagePaths } from '../url';
import { contentDir } from './dir';
import { readRawFiles } from './raw-files';
import { parseYaml } from './yaml';

export interface ContentIndex {
  /** Language-neutral paths of every page, for internal links. */
  pagePaths: ReadonlySet<string>;
  /** Source keys per case slug. */
  sourceKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** Keys the Istio-today page may cite: its own sources and the release list's. */
  istioTodayKeys: ReadonlySet<string>;
  /** The facts file of a case, as messages name it. */
  factsFile: (slug: string) => string;
}

let cached: { signature: string; index: ContentIndex } | undefined;

/** Names and modification times of the files with sources: when none changed, the index still holds. */
function signatureOf(dir: string): string {
  const cases = join(dir, 'cases');
  const today = join(dir, 'istio-today', 'sources.yaml');
  return [
    ...readdirSync(cases)
      .sort()
      .map((name) => join(cases, name)),
    today,
  ]
    .map((path) => {
      try {
        return `${path}:${statSync(path).mtimeMs}`;
      } catch {
        return `${path}:absent`;
      }
    })
    .join('|');
}

export function contentIndex(dir: string = contentDir): ContentIndex {
  const signature = signatureOf(dir);
  if (cached?.signature === signature) return cached.index;
  const sourceKeys = new Map<string, Set<string>>();
  const paths = new Map<string, string>();
  const istioTodayKeys = new Set(releaseSources(istioReleases).map((s) => s.key));
  const keysIn = (text: string, path: string) => {
    const data = parseYaml(text, path).parsed?.data as { sources?: { key?: unknown }[] } | undefined;
    return (Array.isArray(data?.sources) ? data.sources : []).map((s) => String(s?.key));
  };
  for (const file of readRawFiles(dir).files) {
    if (file.kind === 'istio-today-sources') keysIn(file.text, file.path).forEach((k) => istioTodayKeys.add(k));
    if (file.kind !== 'case') continue;
    paths.set(file.slug, file.path);
    sourceKeys.set(file.slug, new Set(keysIn(file.text, file.path)));
  }
  const index: ContentIndex = {
    pagePaths: new Set(allPagePaths([...sourceKeys.keys()])),
    sourceKeys,
    istioTodayKeys,
    factsFile: (slug) => paths.get(slug) ?? join(dir, 'cases', `${slug}.yaml`),
  };
  cached = { signature, index };
  return index;
}
